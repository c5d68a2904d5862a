import type { LabelledValue } from '../dom/labels';
import type { ValueName } from '../values';

/**
 * A page of a site, recognised from what a person sees. Detectors get one document at a time
 * (the top document or the UKG ContentFrame) and must be cheap: they run after DOM changes.
 */
export interface PageDef<PageId extends string = string> {
  id: PageId;
  detect(doc: Document): boolean;
  /** Values this page shows and how to read each one. */
  captures?: Partial<Record<ValueName, (doc: Document) => LabelledValue | null>>;
  /** Named elements a step can highlight. */
  anchors?: Record<string, (doc: Document) => Element | null>;
}

export interface DetectedPage<PageId extends string = string> {
  page: PageDef<PageId>;
  doc: Document;
}

/** The first page (in the given order: most specific first) that any of the documents shows. */
export function detectPage<PageId extends string>(
  pages: readonly PageDef<PageId>[],
  docs: readonly Document[],
): DetectedPage<PageId> | null {
  for (const page of pages) for (const doc of docs) if (page.detect(doc)) return { page, doc };
  return null;
}
