import { defineContentScript } from '#imports';
import { checkPublicAddress } from '@/utils/systems/vantagepoint/address';
import { runSourcePage } from '@/utils/page/source-page';
import { vantagepointPageBehaviour } from '@/utils/systems/vantagepoint/behaviour';
import { isVantagepointAppPath, vantagepointSite } from '@/utils/systems/vantagepoint/site';
import { PAGES as VANTAGEPOINT_PAGES } from '@/utils/systems/vantagepoint/pages';

/**
 * Deltek Vantagepoint: the cloud from the manifest, and on-premises hosts the admin added, for
 * which the background registers this same script at run time. A single-page app: source-page
 * re-detects on hash and DOM changes. Generate Secret is held by a script of its own
 * (vantagepoint-hold.content.ts).
 */
export default defineContentScript({
  matches: vantagepointSite.matches,
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    const url = new URL(location.href);
    const cloud = vantagepointSite.isSiteUrl(url);
    if (!cloud && !isVantagepointAppPath(url)) return;
    runSourcePage(ctx, VANTAGEPOINT_PAGES, vantagepointPageBehaviour, {
      siteChecks: () => [{ field: 'address', element: null, result: checkPublicAddress(location.hostname) }],
    });
  },
});
