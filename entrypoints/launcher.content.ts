import { defineContentScript } from '#imports';
import { setMessages } from '@/utils/i18n/i18n';
import { chosenLanguage } from '@/utils/page/language';
import { createLauncher } from '@/utils/page/launcher';
import { listenToBackground } from '@/utils/page/listen';
import { onSystemPage, SYSTEM_MATCHES } from '@/utils/page/system-page';

/**
 * The side panel's launcher on the HR systems' pages (utils/page/launcher.ts): the same for every
 * system, so a script of its own beside each system's guide script. It shows when the background's
 * `page/guide` says so (guide unfinished, side panel closed for this tab). Top frame only.
 */
export default defineContentScript({
  matches: SYSTEM_MATCHES,
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    if (!onSystemPage(new URL(location.href))) return;
    const launcher = createLauncher(ctx);
    const speak = chosenLanguage().then(setMessages);
    listenToBackground(ctx, {
      'page/guide': (msg) => void speak.then(() => launcher.show(msg.launcher)),
      'page/language': (msg) => {
        setMessages(msg.choice);
        launcher.relabel();
      },
    });
  },
});
