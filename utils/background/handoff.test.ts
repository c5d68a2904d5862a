import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { createWorker } from '@/utils/background/worker';
import type { Envelope } from '@/utils/contracts/envelope';
import type { SenderLike } from '@/utils/protocol/sender';
import { openHandOff, sealHandOff, type Sealed } from '@/utils/handoff/handoff';
import { UKG_PAGE } from '@/test/support/factories';

/** A value no other test uses: it must never show up where a plaintext may not be. */
const CANARY = 'Zq9!canary-7f3a9c';
const VALUES = {
  customerApiKey: 'B7K2Q',
  username: 'TogetherIntegration',
  password: CANARY,
  userApiKey: 'USRK0000K0AB',
  rootUrl: 'https://service4.ultipro.com/',
};
const HOUR = 3_600_000;

const id = () => browser.runtime.id;
const panel = (): SenderLike => ({
  id: id(),
  url: browser.runtime.getURL('/sidepanel.html?tab=7'),
  origin: browser.runtime.getURL('/').slice(0, -1),
  frameId: 0,
});
const options = (): SenderLike => ({
  id: id(),
  url: browser.runtime.getURL('/options.html'),
  origin: browser.runtime.getURL('/').slice(0, -1),
  frameId: 0,
  tab: { id: 9 },
});
const ukgTab = (): SenderLike => ({ id: id(), url: UKG_PAGE, origin: new URL(UKG_PAGE).origin, frameId: 0, tab: { id: 7 } });

function send(worker: ReturnType<typeof createWorker>, message: unknown, sender: SenderLike): Promise<Envelope> {
  return new Promise((resolve) => worker.onMessage(message, sender, resolve));
}

/** Everything in every IndexedDB database of the extension, as text. */
async function everyIndexedDbRecord(): Promise<string> {
  const out: unknown[] = [];
  for (const { name } of await indexedDB.databases()) {
    const db = await new Promise<IDBDatabase>((ok, no) =>
      Object.assign(indexedDB.open(name!), { onsuccess: (e: Event) => ok((e.target as IDBOpenDBRequest).result), onerror: no }),
    );
    for (const store of db.objectStoreNames) {
      const all = db.transaction(store).objectStore(store).getAll();
      out.push(await new Promise((ok) => (all.onsuccess = () => ok(all.result))));
    }
    db.close();
  }
  return JSON.stringify(out);
}

/** A fresh browser profile: no storage, no progress. */
function newProfile() {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
}

/** The first admin: values typed into the guide, then sealed by the guide's page (utils/handoff/handoff.ts). */
async function sealed(now = Date.now(), hours = 24): Promise<Sealed> {
  const worker = createWorker();
  await send(worker, { type: 'page/detected', pageId: 'ukg-other', available: [], fillable: [], checks: [], fixes: [] }, ukgTab());
  expect(await send(worker, { type: 'vault/put', values: VALUES, tabId: 7 }, panel())).toEqual({ ok: true, data: null });
  const reply = await send(worker, { type: 'handoff/values', system: 'ukg-pro' }, panel());
  expect(reply.ok).toBe(true);
  const { values, maxHours } = (reply as { data: { values: Parameters<typeof sealHandOff>[0]['values']; maxHours: number } }).data;
  return sealHandOff({ provider: 'ukg-pro', values, hours, maxHours, sealedBy: 'Ana', now, workFactor: 10 });
}

/** The colleague's page opens it; the worker keeps what it holds. */
async function openInto(worker: ReturnType<typeof createWorker>, envelope: Sealed, passphrase = envelope.passphrase, now = Date.now()) {
  const opened = await openHandOff(envelope.envelope, passphrase, now);
  if (!opened.ok) return opened;
  const values = Object.fromEntries(Object.entries(opened.contents.values).map(([n, v]) => [n, v.value]));
  return { ...opened, kept: await send(worker, { type: 'handoff/keep', system: opened.contents.provider, values }, options()) };
}

describe('hand-off through the worker', () => {
  beforeEach(() => {
    newProfile();
    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(null as never);
  });

  it('seals the guide’s values for the colleague, who opens them into session storage only, ready for Send', async () => {
    const envelope = await sealed();
    expect(envelope.passphrase.split('-')).toHaveLength(6);
    expect(envelope.names.sort()).toEqual(Object.keys(VALUES).sort());
    expect(envelope.fileName).toMatch(/^together-hand-off-ukg-pro-\d{4}-\d\d-\d\d\.age$/);
    expect(envelope.envelope).not.toContain(CANARY);
    // The passphrase is never stored by the sealer.
    expect(JSON.stringify(await browser.storage.session.get(null))).not.toContain(envelope.passphrase);
    expect(JSON.stringify(await browser.storage.local.get(null))).not.toContain(envelope.passphrase);

    newProfile();
    const colleague = createWorker();
    // Typed as read out on a call: spaces and capitals instead of hyphens.
    const typed = ` ${envelope.passphrase.toUpperCase().replaceAll('-', '  ')} `;
    const opened = await openInto(colleague, envelope, typed);
    expect(opened.ok && opened.contents).toMatchObject({ provider: 'ukg-pro', sealedBy: 'Ana' });
    expect(opened.ok && opened.contents.expiresAt - opened.contents.sealedAt).toBe(24 * HOUR);
    // Masked as the guide masks them.
    const kept = opened.ok ? opened.kept : null;
    expect(kept).toMatchObject({ ok: true, data: expect.arrayContaining([{ name: 'password', masked: '•'.repeat(12), secret: true }]) });
    expect(JSON.stringify(kept)).not.toContain(CANARY);
    // In the vault, as typed values (no origin: never written into a vendor page), for the lifetime
    // captured values have; never storage.local, sync or IndexedDB.
    expect(await colleague.vault.all()).toMatchObject(VALUES);
    expect(await colleague.vault.origins()).toMatchObject({ password: null });
    expect(JSON.stringify(await browser.storage.session.get(null))).toContain(CANARY);
    expect(JSON.stringify(await browser.storage.local.get(null))).not.toContain(CANARY);
    expect(JSON.stringify(await browser.storage.sync.get(null))).not.toContain(CANARY);
    expect(await everyIndexedDbRecord()).not.toContain(CANARY);
    expect(await everyIndexedDbRecord()).not.toContain(envelope.passphrase);
  });

  it('refuses for each reason, keeps nothing, and opens the same envelope once the passphrase is right', async () => {
    const envelope = await sealed();
    newProfile();
    const colleague = createWorker();
    expect(await openInto(colleague, envelope, 'wrong words entirely')).toEqual({ ok: false, refusal: 'passphrase' });
    const lines = envelope.envelope.split('\n');
    lines[3] = lines[3]!.slice(0, 10) + (lines[3]![10] === 'A' ? 'B' : 'A') + lines[3]!.slice(11);
    expect(await openInto(colleague, { ...envelope, envelope: lines.join('\n') })).toEqual({ ok: false, refusal: 'damaged' });
    expect(await openInto(colleague, { ...envelope, envelope: 'Hi, here are the keys' })).toEqual({ ok: false, refusal: 'not-envelope' });
    expect(await colleague.vault.all()).toEqual({});
    expect(await openInto(colleague, envelope)).toMatchObject({ ok: true, kept: { ok: true } });
  });

  it('refuses an expired envelope (the sealed expiry, checked by the opener)', async () => {
    const t0 = Date.UTC(2026, 11, 7, 9);
    const envelope = await sealed(t0, 1);
    expect(await openInto(createWorker(), envelope, envelope.passphrase, t0 + HOUR)).toEqual({ ok: false, refusal: 'expired' });
    expect(await openInto(createWorker(), envelope, envelope.passphrase, t0 + HOUR - 1)).toMatchObject({ ok: true });
  });

  it('only for our own pages: a content script can neither read the values to seal nor keep opened ones', async () => {
    const worker = createWorker();
    await send(worker, { type: 'vault/put', values: { customerApiKey: 'B7K2Q' }, tabId: 7 }, panel());
    expect(await send(worker, { type: 'handoff/values', system: 'ukg-pro' }, ukgTab())).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await send(worker, { type: 'handoff/keep', system: 'ukg-pro', values: { username: 'x' } }, ukgTab())).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await worker.vault.all()).toEqual({ customerApiKey: 'B7K2Q' });
  });

  it('hands over one guide’s values only, and says there is nothing to seal before one is captured', async () => {
    const worker = createWorker();
    expect(await send(worker, { type: 'handoff/values', system: 'vantagepoint' }, panel())).toMatchObject({
      ok: false,
      error: { code: 'no-value' },
    });
    await send(worker, { type: 'vault/put', values: { customerApiKey: 'B7K2Q' }, tabId: 7 }, panel());
    expect(await send(worker, { type: 'handoff/values', system: 'vantagepoint' }, panel())).toMatchObject({
      ok: false,
      error: { code: 'no-value' },
    });
    expect(await send(worker, { type: 'handoff/values', system: 'ukg-pro' }, panel())).toEqual({
      ok: true,
      data: { values: { customerApiKey: { value: 'B7K2Q', host: null } }, maxHours: 24 },
    });
  });

  it('refuses opened values that fail their checks, as typed ones are', async () => {
    const worker = createWorker();
    expect(
      await send(worker, { type: 'handoff/keep', system: 'ukg-pro', values: { rootUrl: 'javascript:alert(1)' } }, options()),
    ).toMatchObject({ ok: false, error: { code: 'invalid-value' } });
    expect(await worker.vault.all()).toEqual({});
  });

  it('follows policy: the organisation caps the expiry, or turns hand-off off', async () => {
    const managed = vi.spyOn(browser.storage, 'managed', 'get').mockReturnValue({ get: async () => ({ handOffMaxHours: 2 }) } as never);
    const t0 = Date.UTC(2026, 11, 7, 9);
    expect((await sealed(t0)).expiresAt).toBe(t0 + 2 * HOUR);
    managed.mockReturnValue({ get: async () => ({ handOff: false }) } as never);
    const worker = createWorker();
    await send(worker, { type: 'vault/put', values: { customerApiKey: 'B7K2Q' }, tabId: 7 }, panel());
    expect(await send(worker, { type: 'handoff/values', system: 'ukg-pro' }, panel())).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await send(worker, { type: 'handoff/keep', system: 'ukg-pro', values: { username: 'x' } }, panel())).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});
