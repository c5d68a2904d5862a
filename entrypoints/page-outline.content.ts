import { defineContentScript } from '#imports';
import { outlineLines } from '@/utils/dom/outline';
import { listenToBackground } from '@/utils/page/listen';
import { SYSTEM_BASICS } from '@/utils/systems/catalog';
import { onPremSystemFor } from '@/utils/systems/sites';

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
    const ours = SYSTEMS.some((s) => s.site.isSiteUrl(url)) || onPremSystemFor(url) !== null;
    if (window.top !== window || !ours) return;
    listenToBackground(ctx, { 'page/outline': () => ({ lines: outlineLines(document) }) });
  },
});
