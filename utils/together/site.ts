import type { SiteDef } from '../contracts/site';

export const TOGETHER_ORIGIN = 'https://my.togetherplatform.com';
export const TOGETHER_SETTINGS_PATH = '/settings';
/** Where "Send to Together" takes the admin. */
export const TOGETHER_INTEGRATIONS_URL = `${TOGETHER_ORIGIN}${TOGETHER_SETTINGS_PATH}?section=integrations`;

/**
 * The only page that may receive a fill: exact origin (no prefix or suffix matching, which is how
 * lookalikes such as my.togetherplatform.com.evil.test get through), the settings path and the
 * integrations section.
 */
export function isTogetherIntegrationsUrl(url: URL): boolean {
  return (
    url.origin === TOGETHER_ORIGIN &&
    url.pathname.replace(/\/$/, '') === TOGETHER_SETTINGS_PATH &&
    url.searchParams.get('section') === 'integrations'
  );
}

export const togetherSite: SiteDef = {
  id: 'together',
  role: 'destination',
  matches: [`${TOGETHER_ORIGIN}${TOGETHER_SETTINGS_PATH}*`],
  isSiteUrl: (url) => url.origin === TOGETHER_ORIGIN && url.pathname.replace(/\/$/, '') === TOGETHER_SETTINGS_PATH,
};
