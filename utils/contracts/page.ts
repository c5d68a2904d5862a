import type { CheckField, CheckResult, FormFix } from './check';
import type { LabelledValue } from '../dom/labels';
import type { MessageKey } from '../i18n/i18n';
import type { ValueName } from './values';

/** What the background tells a page about the setup so far (nothing secret). */
export interface PageContext {
  /** The service account being set up, once known (typed on Add/Change, or the suggestion). */
  accountName: string | null;
}

/** One check shown next to a field and in the panel. */
export interface FieldCheck {
  field: CheckField;
  element: Element | null;
  result: CheckResult;
}

/** A form the guide watches: checked as typed, read when submitted. Never blocks the vendor's save. */
export interface WatchedForm {
  check(doc: Document): FieldCheck[];
  /** The one-action corrections that apply now, given the checks. */
  fixes?(checks: readonly FieldCheck[]): FormFix[];
  /** Makes one thing right (e.g. tick exactly the required boxes). */
  fix?(doc: Document, fix: FormFix): void;
  /** Whether a click on this element submits the form (the vendor's Save). Forms without: only checked. */
  isSubmit?(el: Element): boolean;
  /** Values taken when the form is submitted. */
  read?(doc: Document): Partial<Record<ValueName, string>> & { _rightsOk?: boolean };
}

/**
 * A site's last page definition, `<site>-other`, matches any of its pages that is not a step's
 * page: there the guide shows the way, and offers a page outline in case detection missed the page.
 */
export const isCatchAllPage = (pageId: string | null) => pageId === null || pageId.endsWith('-other');

/** A vendor control whose click the guide holds until the admin confirms (e.g. "Generate Secret"). */
export interface HeldAction {
  matches(el: Element): boolean;
  /** Whether the click needs confirming now (e.g. a secret already exists). */
  shouldHold(doc: Document): boolean;
  message: MessageKey;
  confirm: MessageKey;
  cancel: MessageKey;
}

/**
 * A page of a site, recognised from what a person sees. Detectors get one document at a time
 * (the top document or the UKG ContentFrame) and must be cheap: they run after DOM changes.
 */
export interface PageDef<PageId extends string = string, Anchor extends string = string> {
  id: PageId;
  detect(doc: Document): boolean;
  /** Values this page shows and how to read each one. */
  captures?: Partial<Record<ValueName, (doc: Document, ctx: PageContext) => LabelledValue | null>>;
  /** Named elements a step can highlight. */
  anchors?: Partial<Record<Anchor, (doc: Document, ctx: PageContext) => Element | Element[] | null>>;
  form?: WatchedForm;
  hold?: HeldAction;
  /** Fields of this page the guide may fill with values captured on the same site. */
  fill?: Partial<Record<ValueName, (doc: Document) => HTMLInputElement | null>>;
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
