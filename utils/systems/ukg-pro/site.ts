import type { SiteDef } from '../../contracts/site';

/**
 * UKG Pro (UltiPro) admin web UI. Test URLs:
 *   https://n12.ultipro.com/default.aspx
 *   https://ew42.ultipro.com/pages/VIEW/ServiceAccountAdmin.aspx?USParams=PK%3DESS
 *   https://t11.ultipro.ca/Default.aspx
 * The classic UI loads target pages in a same-origin iframe named ContentFrame; the content script
 * runs in the top frame only and reads into that frame (see utils/dom/documents.ts).
 */

/** UKG hosts that are not the admin UI: web-service API hosts, recruiting, sign-in, WFM. */
const NOT_ADMIN_HOST = /^(?:(?:service|rental)\d*t?|recruiting\d*|signin-[^.]*|wfm-[^.]*)\./i;
const UKG_DOMAIN = /\.ultipro\.(?:com|ca)$/i;

export const ukgProSite: SiteDef = {
  id: 'ukg-pro',
  role: 'source',
  matches: ['https://*.ultipro.com/*', 'https://*.ultipro.ca/*'],
  isSiteUrl(url) {
    return (
      url.protocol === 'https:' &&
      UKG_DOMAIN.test(url.hostname) &&
      !NOT_ADMIN_HOST.test(url.hostname) &&
      !url.pathname.toLowerCase().startsWith('/ibmcognos')
    );
  },
};
