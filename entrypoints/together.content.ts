import { browser, defineContentScript } from '#imports';
import { createOverlay } from '@/utils/page/overlay';
import { showNotice } from '@/utils/page/notice';
import { fillOrOpenThenFill } from '@/utils/page/together-fill';
import type { ToContent } from '@/utils/protocol/messages';
import { togetherSite } from '@/utils/sites/together';

const OUTLINE_MS = 15_000;

/** Together's settings page: the only place a captured value is ever written. Top frame only. */
export default defineContentScript({
  matches: togetherSite.matches,
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    if (window.top !== window) return;
    const outline = createOverlay(ctx, 'highlight');
    const wait = (ms: number) => new Promise<void>((r) => ctx.setTimeout(r, ms));

    browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
      const msg = message as ToContent;
      if (sender.id !== browser.runtime.id || msg?.type !== 'together/fill' || !ctx.isValid) return undefined;
      void fillOrOpenThenFill(window, msg.provider, msg.values, wait).then(({ report, elements }) => {
        if (report.state === 'filled') {
          const n = report.filled.length;
          showNotice(ctx, `Together Setup Assistant filled ${n} value${n === 1 ? '' : 's'} (outlined). Review the form, then press Save.`);
          outline.highlight(elements);
          ctx.setTimeout(() => outline.highlight([]), OUTLINE_MS);
        }
        sendResponse(report);
      });
      return true;
    });
  },
});
