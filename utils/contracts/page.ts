import type { BehaviourWords, SaveCapture } from './behaviour';
import type { CheckResult } from './check';
import type { LabelledValue } from '../dom/labels';
import type { MessageKey } from '../i18n/i18n';
import type { ValueName } from './values';

/** What the background tells a page about the setup so far (nothing secret). */
export interface PageContext {
  /** The service account being set up, once known (typed on Add/Change, or the suggestion). */
  accountName: string | null;
}

/** One check shown next to a field and in the panel. */
export interface FieldCheck<Field extends string = string> {
  /** One of the system's declared check fields (its `behaviour.ts`). */
  field: Field;
  element: Element | null;
  result: CheckResult;
}

/** A form the guide watches: checked as typed, read when submitted. Never blocks the vendor's save. */
export interface WatchedForm<W extends BehaviourWords = BehaviourWords> {
  check(doc: Document): FieldCheck<W['field']>[];
  /** The one-action corrections that apply now, given the checks. */
  fixes?(checks: readonly FieldCheck<W['field']>[]): W['fix'][];
  /** Makes one thing right (e.g. tick exactly the required boxes). */
  fix?(doc: Document, fix: W['fix']): void;
  /** The form's Save, outlined once every checked field is right. */
  submit?(doc: Document): Element | null;
  /** Whether a click on this element submits the form (the vendor's Save). Forms without: only checked. */
  isSubmit?(el: Element): boolean;
  /** What the vendor's Save takes: values, and the events it proves; null when there is nothing to take. */
  read?(doc: Document): SaveCapture<W['event']> | null;
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
 * (the top document or one of its same-origin frames) and must be cheap: they run after DOM changes.
 * `W`: the system's own check fields, events and fixes (`WordsOf` its behaviour).
 */
export interface PageDef<PageId extends string = string, Anchor extends string = string, W extends BehaviourWords = BehaviourWords> {
  id: PageId;
  detect(doc: Document): boolean;
  /** Values this page shows and how to read each one. */
  captures?: Partial<Record<ValueName, (doc: Document, ctx: PageContext) => LabelledValue | null>>;
  /** Named elements a step can highlight. */
  anchors?: Partial<Record<Anchor, (doc: Document, ctx: PageContext) => Element | Element[] | null>>;
  form?: WatchedForm<W>;
  hold?: HeldAction;
  /** Fields of this page the guide may fill with values captured on the same site. */
  fill?: Partial<Record<ValueName, (doc: Document) => HTMLInputElement | null>>;
}

export interface DetectedPage<PageId extends string = string, W extends BehaviourWords = BehaviourWords> {
  page: PageDef<PageId, string, W>;
  doc: Document;
}

/** The first page (in the given order: most specific first) that any of the documents shows. */
export function detectPage<PageId extends string, W extends BehaviourWords>(
  pages: readonly PageDef<PageId, string, W>[],
  docs: readonly Document[],
): DetectedPage<PageId, W> | null {
  for (const page of pages) for (const doc of docs) if (page.detect(doc)) return { page, doc };
  return null;
}
