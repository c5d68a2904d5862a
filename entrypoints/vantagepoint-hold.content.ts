import { defineContentScript } from '#imports';
import { holdClicks } from '@/utils/page/hold';
import { detectPage } from '@/utils/contracts/page';
import { isVantagepointAppPath, vantagepointSite } from '@/utils/systems/vantagepoint/site';
import { PAGES as VANTAGEPOINT_PAGES } from '@/utils/systems/vantagepoint/pages';

/**
 * Vantagepoint's Generate Secret, held until the admin confirms (utils/page/hold.ts): a script of
 * its own beside the guide's, so each stays within its size budget. Same hosts as the guide's
 * (on-premises ones registered together with it). Top frame only.
 */
export default defineContentScript({
  matches: vantagepointSite.matches,
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    if (window.top !== window || !isVantagepointAppPath(new URL(location.href))) return;
    // Detection at the moment of the click: the form may have rendered a moment ago.
    holdClicks(ctx, VANTAGEPOINT_PAGES).watch(document, () => detectPage(VANTAGEPOINT_PAGES, [document])?.page.hold ?? null);
  },
});
