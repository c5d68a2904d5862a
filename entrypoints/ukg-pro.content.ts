import { defineContentScript } from '#imports';
import { runSourcePage } from '@/utils/page/source-page';
import { runSystemScript } from '@/utils/page/system-script';
import { ukgProPageBehaviour } from '@/utils/systems/ukg-pro/behaviour';
import { ukgProSite } from '@/utils/systems/ukg-pro/site';
import { readWebUserApiKey, PAGES as UKG_PAGES } from '@/utils/systems/ukg-pro/pages';

/**
 * UKG Pro admin UI: the guide, the launcher and the page outline in one script. Top frame only: the
 * admin pages load in the same-origin ContentFrame, which the top frame reads directly
 * (utils/dom/documents.ts); no script runs inside vendor sub-frames.
 */
export default defineContentScript({
  matches: ukgProSite.matches,
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    // The match patterns cannot exclude UKG's API, recruiting and sign-in hosts: stop there at once.
    if (!ukgProSite.isSiteUrl(new URL(location.href))) return;
    runSystemScript(ctx, [(c) => runSourcePage(c, UKG_PAGES, ukgProPageBehaviour, { decoys: { userApiKey: readWebUserApiKey } })]);
  },
});
