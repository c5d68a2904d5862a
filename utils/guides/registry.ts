import type { SiteId } from '../sites/types';
import type { Guide, GuideId, GuideStep } from './types';
import { ukgProGuide } from './ukg-pro';
import { vantagepointGuide } from './vantagepoint';

export const GUIDES: Record<GuideId, Guide> = { 'ukg-pro': ukgProGuide, vantagepoint: vantagepointGuide };

export function guideForSite(site: SiteId): Guide | null {
  return Object.values(GUIDES).find((g) => g.site === site) ?? null;
}

/**
 * The step the admin is on, given the page they are looking at and what is already captured:
 * the first step on this page that still has something to capture, else the first step on this page.
 * Null when the page is not part of the guide (the panel then shows the written steps).
 */
export function currentStep(guide: Guide, pageId: string | null, captured: ReadonlySet<string>): GuideStep | null {
  const onPage = guide.steps.filter((s) => s.page === pageId);
  return onPage.find((s) => s.captures?.some((v) => !captured.has(v))) ?? onPage[0] ?? null;
}
