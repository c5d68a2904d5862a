import { SYSTEM_BASICS } from '../systems/catalog';
import { onPremSystemFor } from '../systems/sites';

const SYSTEMS = Object.values(SYSTEM_BASICS);

/** Every HR system's match patterns: for the content scripts every system shares (launcher, page outline). */
export const SYSTEM_MATCHES = SYSTEMS.flatMap((s) => s.site.matches);

/**
 * Whether a shared content script should run here: the top frame of a system's page. The match
 * patterns cannot exclude a vendor's API and sign-in hosts, so the precise test decides. (On-premises
 * hosts run these scripts only once the admin added them: utils/background/onprem-hosts.ts.)
 */
export function onSystemPage(url: URL): boolean {
  return window.top === window && (SYSTEMS.some((s) => s.site.isSiteUrl(url)) || onPremSystemFor(url) !== null);
}
