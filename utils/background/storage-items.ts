import { storage } from '#imports';

/**
 * Every storage key of the extension, typed once (WXT's storage.defineItem). Secrets only ever in
 * `session:` items. (Guide progress and setup records live in IndexedDB: background/progress.ts.)
 */

/** Captured values with their expiry and origin (utils/vault/vault.ts): storage.session only, trusted contexts only. */
export const vaultItem = storage.defineItem<unknown>('session:vault');

/** Which page each tab shows (non-secret), so a restarted worker still knows. */
export const tabPagesItem = storage.defineItem<unknown>('session:tab-pages');

/** A Send waiting for Together or its Save (non-secret: guide, tab, phase, value names, hosts), so a restarted worker takes it up. */
export const relayJobItem = storage.defineItem<unknown>('session:relay-job');

/** The admin's own settings (non-secret), as saved from Options; read through settings.ts. */
export const settingsItem = storage.defineItem<unknown>('local:settings');

/**
 * SHA-256 of the decoys pages showed (a system's `decoys`, e.g. UKG's web user's own key), by origin
 * then value (the latest of each), to warn if one is captured. Per origin: a page can replace only
 * its own origin's entries.
 */
export const decoysItem = storage.defineItem<Record<string, Record<string, string>>>('session:decoys-by-origin', { fallback: {} });

/** Non-secret: the on-premises origins the admin added, for the system that has them. */
export const onPremOriginsItem = (systemId: string) => storage.defineItem<unknown>(`local:onprem-${systemId}-origins`);
