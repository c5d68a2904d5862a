import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createVault, DEFAULT_MAX_HOLD_MS, DEFAULT_TTL_MS, type StoredValue } from '@/utils/vault/vault';

/** A storage item stand-in that keeps what was written, so tests can see what reached storage. */
function memoryArea(): StoredValue & { data: { vault?: unknown } } {
  const data: { vault?: unknown } = {};
  return {
    data,
    getValue: async () => structuredClone(data.vault ?? null),
    setValue: async (value) => void (data.vault = structuredClone(value)),
    removeValue: async () => void delete data.vault,
  };
}

describe('vault', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-22T10:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('keeps a value for ten minutes by default, then forgets it', async () => {
    expect(DEFAULT_TTL_MS).toBe(10 * 60 * 1000);
    const area = memoryArea();
    const vault = createVault(area);
    await vault.put('customerApiKey', 'B7K2Q');
    vi.advanceTimersByTime(DEFAULT_TTL_MS - 1);
    expect(await vault.all()).toEqual({ customerApiKey: 'B7K2Q' });
    vi.advanceTimersByTime(1);
    expect(await vault.all()).toEqual({});
    expect(area.data).toEqual({});
  });

  it('counts the lifetime from the last capture: every held value lives on with it', async () => {
    const vault = createVault(memoryArea());
    expect(await vault.expiresAt()).toBeNull();
    await vault.put('customerApiKey', 'B7K2Q');
    vi.advanceTimersByTime(9 * 60_000);
    await vault.put('userApiKey', 'XJ4MT90000K0');
    expect(await vault.expiresAt()).toBe(Date.now() + DEFAULT_TTL_MS);
    vi.advanceTimersByTime(DEFAULT_TTL_MS - 1);
    expect(Object.keys(await vault.all())).toEqual(['customerApiKey', 'userApiKey']);
  });

  it('keeps values longer on request, never past the total hold the policy allows', async () => {
    const vault = createVault(memoryArea());
    expect(await vault.extend()).toBe(false);
    await vault.put('password', 'p@ss!(word)', null, { ttlMs: 5 * 60_000, maxHoldMs: 12 * 60_000 });
    const start = Date.now();
    vi.advanceTimersByTime(4 * 60_000);
    expect(await vault.extend({ ttlMs: 5 * 60_000, maxHoldMs: 12 * 60_000 })).toBe(true);
    expect(await vault.expiresAt()).toBe(start + 10 * 60_000);
    // The cap: 12 minutes after the first capture, however often the admin asks.
    expect(await vault.extend({ ttlMs: 5 * 60_000, maxHoldMs: 12 * 60_000 })).toBe(true);
    expect(await vault.expiresAt()).toBe(start + 12 * 60_000);
    expect(await vault.holdEndsAt({ maxHoldMs: 12 * 60_000 })).toBe(start + 12 * 60_000);
    expect(await vault.extend({ ttlMs: 5 * 60_000, maxHoldMs: 12 * 60_000 })).toBe(false);
    // A capture near the end does not lengthen the hold either.
    vi.advanceTimersByTime(7 * 60_000);
    await vault.put('username', 'TogetherIntegration', null, { ttlMs: 5 * 60_000, maxHoldMs: 12 * 60_000 });
    expect(await vault.expiresAt()).toBe(start + 12 * 60_000);
    vi.advanceTimersByTime(60_000);
    expect(await vault.all()).toEqual({});
  });

  it('remembers when values ran out of time, until the next capture or clear', async () => {
    const vault = createVault(memoryArea());
    await vault.put('customerApiKey', 'B7K2Q');
    expect(vault.lastExpired()).toBeNull();
    vi.advanceTimersByTime(DEFAULT_TTL_MS);
    expect(await vault.sweep()).toBe(true);
    expect(vault.lastExpired()).toBe(Date.now());
    await vault.put('customerApiKey', 'B7K2Q');
    expect(vault.lastExpired()).toBeNull();
    await vault.clear();
    expect(vault.lastExpired()).toBeNull();
  });

  it('never holds past the built-in cap, whatever a caller asks', async () => {
    const vault = createVault(memoryArea());
    await vault.put('rootUrl', 'https://service4.ultipro.com/', null, { maxHoldMs: 10 * DEFAULT_MAX_HOLD_MS });
    expect(await vault.holdEndsAt({ maxHoldMs: 10 * DEFAULT_MAX_HOLD_MS })).toBe(Date.now() + DEFAULT_MAX_HOLD_MS);
  });

  it('survives a service-worker restart through storage.session, expiry included', async () => {
    const area = memoryArea();
    await createVault(area).put('password', 'p@ss!(word)');
    const restarted = createVault(area);
    expect(await restarted.all()).toEqual({ password: 'p@ss!(word)' });
    vi.advanceTimersByTime(DEFAULT_TTL_MS);
    expect(await createVault(area).all()).toEqual({});
  });

  it('sweep removes expired values from storage without a read, and says so', async () => {
    const area = memoryArea();
    const vault = createVault(area, { ttlMs: 30_000 });
    await vault.put('customerApiKey', 'B7K2Q');
    expect(await vault.sweep()).toBe(false);
    vi.advanceTimersByTime(30_000);
    expect(await vault.sweep()).toBe(true);
    expect(area.data).toEqual({});
  });

  it('clear wipes memory and storage and notifies listeners', async () => {
    const area = memoryArea();
    const vault = createVault(area);
    const changed = vi.fn();
    vault.onChange(changed);
    await vault.put('customerApiKey', 'B7K2Q');
    await vault.clear();
    expect(await vault.all()).toEqual({});
    expect(area.data).toEqual({});
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('ignores malformed stored data instead of trusting it', async () => {
    const area = memoryArea();
    area.data.vault = { customerApiKey: { value: 42 }, notAValue: { value: 'x', expiresAt: Date.now() + 1e6 } };
    expect(await createVault(area).all()).toEqual({});
  });
});
