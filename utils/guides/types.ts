import type { SiteId } from '../sites/types';
import type { ValueName } from '../values';

export type GuideId = 'ukg-pro' | 'vantagepoint';

export interface GuideStep {
  id: string;
  title: string;
  /** One or two sentences: what to do on this page. Shown even when the page is not recognised. */
  instruction: string;
  /** The page this step happens on (a page id of the guide's site). */
  page: string;
  /** Anchor (of that page) to highlight while this step is current. */
  highlight?: string;
  /** Values the admin can capture on this step. */
  captures?: ValueName[];
}

export interface Guide {
  id: GuideId;
  /** Panel heading. */
  title: string;
  site: SiteId;
  steps: GuideStep[];
}
