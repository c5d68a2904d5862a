import { defineContentScript } from '#imports';
import { runSourcePage } from '@/utils/page/source-page';
import { runSystemScript } from '@/utils/page/system-script';
import { acmePageBehaviour } from './behaviour';
import { PAGES } from './pages';
import { acmeSite } from './site';

/**
 * The example system's content script, as `entrypoints/<id>.content.ts` would be for a real one.
 * Built only into the example build (`npm run build:example`, test/example-system/build.ts).
 */
export default defineContentScript({
  matches: acmeSite.matches,
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    if (!acmeSite.isSiteUrl(new URL(location.href))) return;
    runSystemScript(ctx, [(c) => runSourcePage(c, PAGES, acmePageBehaviour)]);
  },
});
