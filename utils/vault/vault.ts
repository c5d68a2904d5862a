import { isValueName, type ValueName } from '../contracts/values';

/** One stored value, as WXT's storage.defineItem gives it (utils/background/storage-items.ts); a fake in tests. */
export interface StoredValue {
  getValue(): Promise<unknown>;
  setValue(value: unknown): Promise<void>;
  removeValue(): Promise<void>;
}

export const DEFAULT_TTL_MS = 10 * 60 * 1000;

interface Entry {
  value: string;
  expiresAt: number;
  /** The page origin the value was captured on; null when the admin typed it into our own form. */
  origin: string | null;
}

export interface Vault {
  /** Keeps a value for `ttlMs` (default: the vault's lifetime), with the origin it was captured on. */
  put(name: ValueName, value: string, ttlMs?: number, origin?: string | null): Promise<void>;
  /** Unexpired values only. */
  all(): Promise<Partial<Record<ValueName, string>>>;
  /** Unexpired values captured on `origin` (what may be written back into that site's pages). */
  from(origin: string): Promise<Partial<Record<ValueName, string>>>;
  /** Earliest expiry among held values; null when empty. */
  expiresAt(): Promise<number | null>;
  clear(): Promise<void>;
  /** Forgets some values (e.g. the ones just relayed), keeping the rest. */
  remove(names: readonly ValueName[]): Promise<void>;
  /** Drops expired values; true when something was dropped. */
  sweep(): Promise<boolean>;
  onChange(listener: () => void): void;
}

/**
 * Captured values, held in the background's memory and mirrored to storage.session (memory-only,
 * trusted contexts only) so they survive the service worker being stopped. Each value expires
 * `ttlMs` after capture; expiry is enforced on every read, and `sweep` (run from an alarm) removes
 * expired values even when nobody reads.
 */
export function createVault(item: StoredValue, opts: { now?: () => number; ttlMs?: number } = {}): Vault {
  const now = opts.now ?? Date.now;
  const ttlMs = opts.ttlMs ?? DEFAULT_TTL_MS;
  const listeners: (() => void)[] = [];
  let entries: Map<ValueName, Entry> | null = null;

  async function load(): Promise<Map<ValueName, Entry>> {
    if (entries) return entries;
    const stored = await item.getValue();
    const loaded = new Map<ValueName, Entry>();
    if (stored && typeof stored === 'object') {
      for (const [name, e] of Object.entries(stored as Record<string, Partial<Entry>>)) {
        if (isValueName(name) && typeof e?.value === 'string' && typeof e.expiresAt === 'number') {
          loaded.set(name, { value: e.value, expiresAt: e.expiresAt, origin: typeof e.origin === 'string' ? e.origin : null });
        }
      }
    }
    entries ??= loaded;
    return entries;
  }

  async function persist(map: Map<ValueName, Entry>): Promise<void> {
    if (map.size === 0) await item.removeValue();
    else await item.setValue(Object.fromEntries(map));
    for (const l of listeners) l();
  }

  async function sweep(): Promise<boolean> {
    const map = await load();
    const t = now();
    let dropped = false;
    for (const [name, e] of map) {
      if (e.expiresAt <= t) {
        map.delete(name);
        dropped = true;
      }
    }
    if (dropped) await persist(map);
    return dropped;
  }

  return {
    async put(name, value, ttl = ttlMs, origin = null) {
      const map = await load();
      map.set(name, { value, expiresAt: now() + Math.min(ttl, ttlMs), origin });
      await persist(map);
    },
    async all() {
      await sweep();
      const map = await load();
      return Object.fromEntries([...map].map(([n, e]) => [n, e.value]));
    },
    async from(origin) {
      await sweep();
      const map = await load();
      return Object.fromEntries([...map].filter(([, e]) => e.origin === origin).map(([n, e]) => [n, e.value]));
    },
    async expiresAt() {
      await sweep();
      const map = await load();
      return map.size ? Math.min(...[...map.values()].map((e) => e.expiresAt)) : null;
    },
    async clear() {
      const map = await load();
      map.clear();
      await persist(map);
    },
    async remove(names) {
      const map = await load();
      for (const n of names) map.delete(n);
      await persist(map);
    },
    sweep,
    onChange(listener) {
      listeners.push(listener);
    },
  };
}
