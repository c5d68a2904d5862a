import { browser, defineContentScript } from '#imports';
import { plural, setMessages } from '@/utils/i18n/i18n';
import { chosenLanguage } from '@/utils/page/language';
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
    // The fill notice in the language chosen in Options (content scripts cannot read settings).
    void chosenLanguage().then(setMessages);

    browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
      const msg = message as ToContent;
      if (sender.id !== browser.runtime.id || !ctx.isValid) return undefined;
      if (msg?.type === 'page/language') {
        setMessages(msg.choice);
        sendResponse(null);
        return undefined;
      }
      if (msg?.type !== 'together/fill') return undefined;
      void fillOrOpenThenFill(window, msg.provider, msg.values, wait).then(({ report, elements }) => {
        if (report.state === 'filled') {
          const n = report.filled.length;
          showNotice(ctx, plural(n, 'together_filled_one', 'together_filled_other'));
          outline.highlight(elements);
          ctx.setTimeout(() => outline.highlight([]), OUTLINE_MS);
        }
        sendResponse(report);
      });
      return true;
    });
  },
});
