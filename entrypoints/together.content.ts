import { browser, defineContentScript } from '#imports';
import type { ToContent } from '@/utils/protocol/messages';
import { togetherSite } from '@/utils/sites/together';
import { fillTogetherForm } from '@/utils/page/together-fill';
import { showNotice } from '@/utils/page/notice';

/** Together's settings page: the only place a captured value is ever written. Top frame only. */
export default defineContentScript({
  matches: togetherSite.matches,
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    if (window.top !== window) return;
    browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
      const msg = message as ToContent;
      if (sender.id !== browser.runtime.id || msg?.type !== 'together/fill' || !ctx.isValid) return undefined;
      const report = fillTogetherForm(window, msg.values);
      if (report.state === 'filled') {
        const n = report.filled.length;
        showNotice(ctx, `Together Setup Assistant filled ${n} value${n === 1 ? '' : 's'}. Review the form, then press Save.`);
      }
      sendResponse(report);
      return undefined;
    });
  },
});
