import { defineContentScript } from '#imports';
import { runTogetherPage } from '@/utils/together-page/together-page';
import { togetherSite } from '@/utils/together/site';

/** Together's settings page: see utils/together-page/together-page.ts. */
export default defineContentScript({
  matches: togetherSite.matches,
  allFrames: false,
  runAt: 'document_idle',
  main: runTogetherPage,
});
