import { browser, defineContentScript } from '#imports';
import { outlineLines } from '@/utils/dom/outline';
import type { ToContent } from '@/utils/protocol/messages';
import { SYSTEM_BASICS } from '@/utils/systems/catalog';

const SYSTEMS = Object.values(SYSTEM_BASICS);

/**
 * The redacted page outline ("Not the page you expected?"), on the HR systems' pages: a script of
 * its own so the guide's scripts stay within their size budget; it only answers `page/outline`
 * (the background redacts what it collects: utils/outline/format.ts). Top frame only.
 */
export default defineContentScript({
  matches: SYSTEMS.flatMap((s) => s.site.matches),
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    const url = new URL(location.href);
    // The match patterns cannot exclude a vendor's API and sign-in hosts: nothing there. (On-premises
    // hosts run this script only once the admin added them: utils/background/onprem-hosts.ts.)
    const ours = SYSTEMS.some((s) => s.site.isSiteUrl(url) || ('onPrem' in s && s.onPrem.isAppUrl(url)));
    if (window.top !== window || !ours) return;
    browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
      if (sender.id !== browser.runtime.id || !ctx.isValid || (message as ToContent)?.type !== 'page/outline') return undefined;
      sendResponse({ lines: outlineLines(document) });
      return undefined;
    });
  },
});
