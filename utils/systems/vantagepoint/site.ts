import type { SiteDef } from '../../contracts/site';

/**
 * Deltek Vantagepoint cloud. Test URLs:
 *   https://acme.deltekfirst.com/Acme/app/#!Employees/view/0/0/00001/hybrid
 * Maconomy (`*-iaccess`) and file-drop/API hosts (`*-api`) share the domain and are excluded.
 */
const EXCLUDED_HOST = /-(?:iaccess|api)\./i;

/** `https://<any host>/<Tenant>/app/…`: the shape of a Vantagepoint app URL, cloud or on-premises. */
export function isVantagepointAppPath(url: URL): boolean {
  return url.protocol === 'https:' && /^\/[^/]+\/app(?:\/|$)/i.test(url.pathname);
}

export const vantagepointSite: SiteDef = {
  id: 'vantagepoint',
  role: 'source',
  matches: ['https://*.deltekfirst.com/*/app/*'],
  isSiteUrl(url) {
    return (
      url.protocol === 'https:' &&
      /\.deltekfirst\.com$/i.test(url.hostname) &&
      !EXCLUDED_HOST.test(url.hostname) &&
      isVantagepointAppPath(url)
    );
  },
};
