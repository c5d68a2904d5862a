import { defineContentScript } from '#imports';
import { outlineLines } from '@/utils/dom/outline';
import { listenToBackground } from '@/utils/page/listen';
import { onSystemPage, SYSTEM_MATCHES } from '@/utils/page/system-page';

/**
 * The redacted page outline ("Not the page you expected?"), on the HR systems' pages: a script of
 * its own so the guide's scripts stay within their size budget; it only answers `page/outline`
 * (the background redacts what it collects: utils/outline/format.ts). Top frame only.
 */
export default defineContentScript({
  matches: SYSTEM_MATCHES,
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    if (!onSystemPage(new URL(location.href))) return;
    listenToBackground(ctx, { 'page/outline': () => ({ lines: outlineLines(document) }) });
  },
});
