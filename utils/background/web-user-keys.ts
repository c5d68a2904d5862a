import { sha256Hex } from '../crypto/sha256';
import type { StoredValue } from '../vault/vault';

/** How many origins' web-user key hashes are kept (one each). */
const MAX_WEB_USER_KEYS = 20;

/**
 * SHA-256 hashes of the web user's own key, as pages that show it report them: a key captured as
 * the service account's that matches one is the wrong key. Hashes only, never a key.
 */
export function createWebUserKeys(item: StoredValue) {
  const all = async () => ((await item.getValue()) ?? {}) as Record<string, string>;
  return {
    /**
     * One entry per origin, so no page can push out another origin's (the real tenant's) hash; at
     * most MAX_WEB_USER_KEYS origins, the oldest entry going first.
     */
    async remember(origin: string, sha256: string): Promise<void> {
      const known = Object.entries(await all()).filter(([o]) => o !== origin);
      await item.setValue(Object.fromEntries([...known, [origin, sha256]].slice(-MAX_WEB_USER_KEYS)));
    },
    /** Whether a key is a web user's own, as some page showed it. */
    async isWebUserKey(key: string): Promise<boolean> {
      return Object.values(await all()).includes(await sha256Hex(key));
    },
  };
}

export type WebUserKeys = ReturnType<typeof createWebUserKeys>;
