import type { SiteDef } from '../contracts/site';
import { togetherSite } from '../together/site';
import { SYSTEM_BASICS, type SystemId } from './catalog';

/** The systems' own sites (sources of values) and Together's (the destination). */
export type SiteId = SystemId | 'together';

/** Every site the extension runs on, by id. */
export const SITES = {
  ...(Object.fromEntries(Object.entries(SYSTEM_BASICS).map(([id, s]) => [id, s.site])) as Record<SystemId, SiteDef>),
  together: togetherSite,
} satisfies Record<SiteId, SiteDef>;

export const isSiteId = (x: unknown): x is SiteId => typeof x === 'string' && Object.hasOwn(SITES, x);

/** The site a URL belongs to, by the precise runtime test; null for every other URL. */
export function siteForUrl(url: URL): (SiteDef & { id: SiteId }) | null {
  for (const site of Object.values(SITES)) if (site.isSiteUrl(url) && isSiteId(site.id)) return site as SiteDef & { id: SiteId };
  return null;
}

/**
 * A URL of a system's app on an origin the admin added (on-premises), by path shape only: the
 * caller checks that the origin was added.
 */
export function onPremSystemFor(url: URL): SystemId | null {
  for (const s of Object.values(SYSTEM_BASICS)) if ('onPrem' in s && s.onPrem.isAppUrl(url)) return s.id;
  return null;
}
