import { togetherSite } from './together';
import type { SiteDef, SiteId } from './types';
import { ukgProSite } from './ukg-pro';
import { vantagepointSite } from './vantagepoint';

/** Total over SiteId: adding a site id without its definition does not compile. */
export const SITES: Record<SiteId, SiteDef> = {
  'ukg-pro': ukgProSite,
  vantagepoint: vantagepointSite,
  together: togetherSite,
};

/** The site a URL belongs to, by the precise runtime test; null for every other URL. */
export function siteForUrl(url: URL): SiteDef | null {
  for (const site of Object.values(SITES)) if (site.isSiteUrl(url)) return site;
  return null;
}

export { PANEL_PAGE } from './panel-page';

/** Origins of the source sites, as web_accessible_resources wants them (paths must be `/*`). */
export function panelHostMatches(): string[] {
  const origins = Object.values(SITES)
    .filter((s) => s.role === 'source')
    .flatMap((s) => s.matches.map((m) => m.replace(/^(\w+:\/\/[^/]+)\/.*$/, '$1/*')));
  return [...new Set(origins)];
}
