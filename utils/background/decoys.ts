import { sha256Hex } from '../crypto/sha256';
import type { ValueName } from '../contracts/values';
import type { StoredValue } from '../vault/vault';

/** How many origins' decoy hashes are kept. */
const MAX_ORIGINS = 20;

type Known = Record<string, Partial<Record<ValueName, string>>>;

/**
 * SHA-256 hashes of decoys, as pages that show them report them (a system's `decoys`: values its
 * pages show that must not be mistaken for one of its own, e.g. UKG's web user's own key): a
 * captured value that matches one is the wrong value. Hashes only, never a value.
 */
export function createDecoys(item: StoredValue) {
  const all = async () => ((await item.getValue()) ?? {}) as Known;
  return {
    /**
     * The latest of each value per origin, so no page can push out another origin's (the real
     * tenant's) hash; at most MAX_ORIGINS origins, the oldest going first.
     */
    async remember(origin: string, value: ValueName, sha256: string): Promise<void> {
      const known = await all();
      const mine = { ...(known[origin] ?? {}), [value]: sha256 };
      const others = Object.entries(known).filter(([o]) => o !== origin);
      await item.setValue(Object.fromEntries([...others, [origin, mine]].slice(-MAX_ORIGINS)));
    },
    /** Whether a captured value is a decoy some page showed for it. */
    async isDecoy(value: ValueName, captured: string): Promise<boolean> {
      const hash = await sha256Hex(captured);
      return Object.values(await all()).some((byValue) => byValue?.[value] === hash);
    },
  };
}

export type Decoys = ReturnType<typeof createDecoys>;
