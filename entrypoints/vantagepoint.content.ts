import { defineContentScript } from '#imports';
import { detectPage } from '@/utils/contracts/page';
import { holdClicks } from '@/utils/page/hold';
import { runSourcePage } from '@/utils/page/source-page';
import { runSystemScript } from '@/utils/page/system-script';
import { checkPublicAddress } from '@/utils/systems/vantagepoint/address';
import { vantagepointPageBehaviour } from '@/utils/systems/vantagepoint/behaviour';
import { isVantagepointAppPath, vantagepointSite } from '@/utils/systems/vantagepoint/site';
import { PAGES as VANTAGEPOINT_PAGES } from '@/utils/systems/vantagepoint/pages';

/**
 * Deltek Vantagepoint: the cloud from the manifest, and on-premises hosts the admin added, for
 * which the background registers this same script at run time. One script: the guide (a
 * single-page app: source-page re-detects on hash and DOM changes), Generate Secret held until the
 * admin confirms (utils/page/hold.ts), the launcher and the page outline.
 */
export default defineContentScript({
  matches: vantagepointSite.matches,
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    const url = new URL(location.href);
    if (!vantagepointSite.isSiteUrl(url) && !isVantagepointAppPath(url)) return;
    runSystemScript(ctx, [
      (c) =>
        runSourcePage(c, VANTAGEPOINT_PAGES, vantagepointPageBehaviour, {
          siteChecks: () => [{ field: 'address', element: null, result: checkPublicAddress(location.hostname) }],
        }),
      // Detection at the moment of the click: the form may have rendered a moment ago.
      (c) => holdClicks(c, VANTAGEPOINT_PAGES).watch(document, () => detectPage(VANTAGEPOINT_PAGES, [document])?.page.hold ?? null),
    ]);
  },
});
