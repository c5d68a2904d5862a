import { togetherExamples, togetherSite } from '../together/site';
import type { SiteDef, SiteExamples, SiteId } from '../contracts/site';
import { ukgProExamples, ukgProSite } from './ukg-pro/site';
import { vantagepointExamples, vantagepointSite } from './vantagepoint/site';

/** Total over SiteId: adding a site id without its definition does not compile. */
export const SITES: Record<SiteId, SiteDef> = {
  'ukg-pro': ukgProSite,
  vantagepoint: vantagepointSite,
  together: togetherSite,
};

/** Each site's example URLs (kept apart from the definitions so content scripts do not ship them). */
export const SITE_EXAMPLES: Record<SiteId, SiteExamples> = {
  'ukg-pro': ukgProExamples,
  vantagepoint: vantagepointExamples,
  together: togetherExamples,
};

/** The site a URL belongs to, by the precise runtime test; null for every other URL. */
export function siteForUrl(url: URL): SiteDef | null {
  for (const site of Object.values(SITES)) if (site.isSiteUrl(url)) return site;
  return null;
}

export { PANEL_PAGE } from '../contracts/panel-page';

/** Origins of the source sites, as web_accessible_resources wants them (paths must be `/*`). */
export function panelHostMatches(): string[] {
  const origins = Object.values(SITES)
    .filter((s) => s.role === 'source')
    .flatMap((s) => s.matches.map((m) => m.replace(/^(\w+:\/\/[^/]+)\/.*$/, '$1/*')));
  return [...new Set(origins)];
}
