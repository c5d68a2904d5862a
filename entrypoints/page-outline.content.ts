import { browser, defineContentScript } from '#imports';
import { outlineLines } from '@/utils/dom/outline';
import type { ToContent } from '@/utils/protocol/messages';
import { ukgProSite } from '@/utils/systems/ukg-pro/site';
import { isVantagepointAppPath, vantagepointSite } from '@/utils/systems/vantagepoint/site';

/**
 * The redacted page outline ("Not the page you expected?"), on the source sites' pages: a script of
 * its own so the guide's scripts stay within their size budget; it only answers `page/outline`
 * (the background redacts what it collects: utils/outline/format.ts). Top frame only.
 */
export default defineContentScript({
  matches: [...ukgProSite.matches, ...vantagepointSite.matches],
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    const url = new URL(location.href);
    // The match patterns cannot exclude UKG's API and sign-in hosts: nothing there. (On-premises
    // Vantagepoint hosts run this script only once the admin added them: utils/background/onprem-hosts.ts.)
    if (window.top !== window || !(ukgProSite.isSiteUrl(url) || isVantagepointAppPath(url))) return;
    browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
      if (sender.id !== browser.runtime.id || !ctx.isValid || (message as ToContent)?.type !== 'page/outline') return undefined;
      sendResponse({ lines: outlineLines(document) });
      return undefined;
    });
  },
});
