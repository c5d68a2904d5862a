import { defineContentScript } from '#imports';
import { setMessages } from '@/utils/i18n/i18n';
import { chosenLanguage } from '@/utils/page/language';
import { createLauncher } from '@/utils/page/launcher';
import { listenToBackground } from '@/utils/page/listen';
import { SYSTEM_BASICS } from '@/utils/systems/catalog';
import { onPremSystemFor } from '@/utils/systems/sites';

const SYSTEMS = Object.values(SYSTEM_BASICS);

/**
 * The side panel's launcher on the HR systems' pages (utils/page/launcher.ts): the same for every
 * system, so a script of its own beside each system's guide script. It shows when the background's
 * `page/guide` says so (guide unfinished, side panel closed for this tab). Top frame only.
 */
export default defineContentScript({
  matches: SYSTEMS.flatMap((s) => s.site.matches),
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    const url = new URL(location.href);
    const cloud = SYSTEMS.some((s) => s.site.isSiteUrl(url));
    // The match patterns cannot exclude a vendor's API and sign-in hosts: nothing there. (On-premises
    // hosts run this script only once the admin added them: utils/background/onprem-hosts.ts.)
    if (window.top !== window || (!cloud && onPremSystemFor(url) === null)) return;
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
