import type { PageDef } from './pages';

export type VantagepointPageId = 'vantagepoint-other';

/** Page detectors for Vantagepoint's forms come with the Connect guide; until then every page shows the written steps. */
export const VANTAGEPOINT_PAGES: readonly PageDef<VantagepointPageId>[] = [
  { id: 'vantagepoint-other', detect: (doc) => doc.defaultView?.top === doc.defaultView },
];
