import { storage } from '#imports';

/**
 * The background's own storage keys, typed once (WXT's storage.defineItem). Secrets are never
 * here: the vault (utils/vault/vault.ts) keeps captured values in storage.session itself.
 */

/** The admin's own settings (non-secret), as saved from Options; read through settings.ts. */
export const settingsItem = storage.defineItem<unknown>('local:settings');

/** SHA-256 of the web users' own keys seen on Web Services (the last five), to warn if one is captured as the account's. */
export const webUserKeysItem = storage.defineItem<string[]>('session:web-user-keys', { fallback: [] });

/** Non-secret: the on-premises origins the admin added, for the system that has them. */
export const onPremOriginsItem = (systemId: string) => storage.defineItem<unknown>(`local:onprem-${systemId}-origins`);
