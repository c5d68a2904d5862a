import { defineContentScript } from '#imports';
import { runSourcePage } from '@/utils/page/source-page';
import { vantagepointSite } from '@/utils/sites/vantagepoint';
import { VANTAGEPOINT_PAGES } from '@/utils/sites/vantagepoint-pages';

/** Deltek Vantagepoint (cloud). A single-page app: source-page re-detects on hash and DOM changes. */
export default defineContentScript({
  matches: vantagepointSite.matches,
  allFrames: false,
  runAt: 'document_idle',
  main: (ctx) => runSourcePage(ctx, vantagepointSite, VANTAGEPOINT_PAGES),
});
