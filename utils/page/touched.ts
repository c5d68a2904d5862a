import type { FieldCheck } from '../contracts/page';

const FIELD = 'input:not([type="button"], [type="submit"], [type="hidden"], [readonly]), select, textarea';
const isField = (el: Element) => el.matches(FIELD) || el.querySelector(FIELD) !== null;

/**
 * Which form fields the admin has touched: left (blur), changed, or tried to save. Until then a
 * field's check is neutral: an empty form is not a form full of mistakes.
 */
export function createTouched() {
  let fields: Element[] = [];
  const saved = new WeakSet<Document>();
  const isTouched = (el: Element) => saved.has(el.ownerDocument) || fields.some((f) => f === el || el.contains(f));
  return {
    /** A focusout or change event in a watched document. */
    touch(target: EventTarget | null) {
      // Not `instanceof Element`: a field in a frame belongs to the frame's realm.
      const el = target as Element | null;
      if (el?.nodeType !== 1 || fields.includes(el)) return;
      fields = [...fields.filter((f) => f.isConnected), el];
    },
    /** The admin clicked the form's Save: every field counts as touched. */
    saveTried(doc: Document) {
      saved.add(doc);
    },
    /**
     * The checks with the untouched fields' faults made neutral. Only checks of something the admin
     * fills in (a field, or a group of them): a finding about the page itself stands as it is.
     */
    neutralUntilTouched(checks: FieldCheck[]): FieldCheck[] {
      return checks.map((c) =>
        c.element && c.result.level !== 'ok' && isField(c.element) && !isTouched(c.element)
          ? { ...c, result: { ...c.result, level: 'neutral' } }
          : c,
      );
    },
  };
}

export type Touched = ReturnType<typeof createTouched>;
