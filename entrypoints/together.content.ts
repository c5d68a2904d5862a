import { defineContentScript } from '#imports';
import { runTogetherPage } from '@/utils/page/together-page';
import { togetherSite } from '@/utils/together/site';

/** Together's settings page: see utils/page/together-page.ts. */
export default defineContentScript({
  matches: togetherSite.matches,
  allFrames: false,
  runAt: 'document_idle',
  main: runTogetherPage,
});
