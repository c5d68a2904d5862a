import { isValueName, type ValueName } from '../contracts/values';

/** One stored value, as WXT's storage.defineItem gives it (utils/background/storage-items.ts); a fake in tests. */
export interface StoredValue {
  getValue(): Promise<unknown>;
  setValue(value: unknown): Promise<void>;
  removeValue(): Promise<void>;
}

export const DEFAULT_TTL_MS = 10 * 60 * 1000;
/** However often the admin keeps them longer, values go this long after the first of them was captured (unless a policy says less). */
export const DEFAULT_MAX_HOLD_MS = 60 * 60 * 1000;

/** How long values live: `ttlMs` after the last capture (or "keep longer"), never past `maxHoldMs` after the first. */
export interface Lifetime {
  ttlMs?: number;
  maxHoldMs?: number;
}

interface Entry {
  value: string;
  expiresAt: number;
  /** When the value was captured: the total hold counts from the oldest value held. */
  capturedAt: number;
  /** The page origin the value was captured on; null when the admin typed it into our own form. */
  origin: string | null;
}

export interface Vault {
  /**
   * Keeps a value with the origin it was captured on. Every held value then lives `ttlMs` from now:
   * the lifetime counts from the last capture (a generated password cannot be captured again, and
   * the vendor's flow can take longer than one lifetime).
   */
  put(name: ValueName, value: string, origin?: string | null, lifetime?: Lifetime): Promise<void>;
  /** "Keep longer": every held value lives `ttlMs` more; false when the total hold is already at its cap. */
  extend(lifetime?: Lifetime): Promise<boolean>;
  /** When the held values must go at the latest, however often they are kept longer; null when empty. */
  holdEndsAt(lifetime?: Lifetime): Promise<number | null>;
  /** Unexpired values only. */
  all(): Promise<Partial<Record<ValueName, string>>>;
  /** Unexpired values captured on `origin` (what may be written back into that site's pages). */
  from(origin: string): Promise<Partial<Record<ValueName, string>>>;
  /** The origin each unexpired value was captured on (null: typed into our own form). */
  origins(): Promise<Partial<Record<ValueName, string | null>>>;
  /** When the held values expire (the earliest, should they differ); null when empty. */
  expiresAt(): Promise<number | null>;
  clear(): Promise<void>;
  /** Forgets some values (e.g. the ones just relayed), keeping the rest. */
  remove(names: readonly ValueName[]): Promise<void>;
  /** Drops expired values; true when something was dropped. */
  sweep(): Promise<boolean>;
  /** When values last ran out of time (not cleared or sent), so the guide can say so; null if never. */
  lastExpired(): number | null;
  onChange(listener: () => void): void;
}

/** Stored entries as they were kept; anything malformed is dropped, never trusted. */
function readEntries(stored: unknown, ttlMs: number): Map<ValueName, Entry> {
  const loaded = new Map<ValueName, Entry>();
  if (!stored || typeof stored !== 'object') return loaded;
  for (const [name, e] of Object.entries(stored as Record<string, Partial<Entry>>)) {
    if (isValueName(name) && typeof e?.value === 'string' && typeof e.expiresAt === 'number') {
      const capturedAt = typeof e.capturedAt === 'number' ? e.capturedAt : e.expiresAt - ttlMs;
      loaded.set(name, { value: e.value, expiresAt: e.expiresAt, capturedAt, origin: typeof e.origin === 'string' ? e.origin : null });
    }
  }
  return loaded;
}

/** Drops the entries expired at `t`; whether any was. */
function dropExpired(map: Map<ValueName, Entry>, t: number): boolean {
  let dropped = false;
  for (const [name, e] of map)
    if (e.expiresAt <= t) {
      map.delete(name);
      dropped = true;
    }
  return dropped;
}

/** Writes the entries (none: the item is removed), then tells the listeners. */
async function store(item: StoredValue, map: Map<ValueName, Entry>, listeners: readonly (() => void)[]): Promise<void> {
  if (map.size === 0) await item.removeValue();
  else await item.setValue(Object.fromEntries(map));
  for (const l of listeners) l();
}

const soonest = (map: Map<ValueName, Entry>) => Math.min(...[...map.values()].map((e) => e.expiresAt));
/** When the held values must go however often they are kept longer: the hold's cap after the first capture. */
const capOf = (map: Map<ValueName, Entry>, l: Lifetime) =>
  Math.min(...[...map.values()].map((e) => e.capturedAt)) + Math.min(l.maxHoldMs ?? DEFAULT_MAX_HOLD_MS, DEFAULT_MAX_HOLD_MS);
/** Every held value to expire at `at`, never past the hold's cap. */
function expireAll(map: Map<ValueName, Entry>, at: number, l: Lifetime) {
  const until = Math.min(at, capOf(map, l));
  for (const e of map.values()) e.expiresAt = until;
}

/**
 * Captured values, held in the background's memory and mirrored to storage.session (memory-only,
 * trusted contexts only) so they survive the service worker being stopped. Held values expire
 * together, `ttlMs` after the last capture (or "keep longer"), and never later than the hold's cap
 * after the first; expiry is enforced on every read, and `sweep` (run from an alarm) removes expired
 * values even when nobody reads.
 */
export function createVault(item: StoredValue, opts: { now?: () => number; ttlMs?: number } = {}): Vault {
  const now = opts.now ?? Date.now;
  const ttlMs = opts.ttlMs ?? DEFAULT_TTL_MS;
  const listeners: (() => void)[] = [];
  let entries: Map<ValueName, Entry> | null = null;
  let expired: number | null = null;

  async function load(): Promise<Map<ValueName, Entry>> {
    if (entries) return entries;
    const loaded = readEntries(await item.getValue(), ttlMs);
    entries ??= loaded;
    return entries;
  }

  const persist = (map: Map<ValueName, Entry>) => store(item, map, listeners);

  async function sweep(): Promise<boolean> {
    const map = await load();
    const t = now();
    const dropped = dropExpired(map, t);
    if (dropped) {
      expired = t;
      await persist(map);
    }
    return dropped;
  }
  /** The unexpired values (expiry is enforced on every read). */
  const live = async () => {
    await sweep();
    return load();
  };
  const ttlOf = (l: Lifetime) => Math.min(l.ttlMs ?? ttlMs, ttlMs);
  /** One field of each unexpired entry (that `keep` keeps), by value name. */
  const read = async <T>(field: (e: Entry) => T, keep: (e: Entry) => boolean = () => true): Promise<Partial<Record<ValueName, T>>> =>
    Object.fromEntries([...(await live())].filter(([, e]) => keep(e)).map(([n, e]) => [n, field(e)]));

  return {
    async put(name, value, origin = null, lifetime = {}) {
      const map = await live();
      map.set(name, { value, expiresAt: 0, capturedAt: now(), origin });
      expired = null;
      expireAll(map, now() + ttlOf(lifetime), lifetime);
      await persist(map);
    },
    async extend(lifetime = {}) {
      const map = await live();
      if (map.size === 0) return false;
      const before = soonest(map);
      expireAll(map, before + ttlOf(lifetime), lifetime);
      await persist(map);
      return soonest(map) > before;
    },
    async holdEndsAt(lifetime = {}) {
      const map = await live();
      return map.size ? capOf(map, lifetime) : null;
    },
    all: () => read((e) => e.value),
    from: (origin) =>
      read(
        (e) => e.value,
        (e) => e.origin === origin,
      ),
    origins: () => read((e) => e.origin),
    async expiresAt() {
      const map = await live();
      return map.size ? soonest(map) : null;
    },
    async clear() {
      const map = await load();
      expired = null;
      map.clear();
      await persist(map);
    },
    async remove(names) {
      const map = await load();
      for (const n of names) map.delete(n);
      await persist(map);
    },
    sweep,
    lastExpired: () => expired,
    onChange: (listener) => void listeners.push(listener),
  };
}
