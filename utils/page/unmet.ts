import type { FieldCheck } from '../contracts/page';

const related = (a: Element, b: Element) => a === b || a.contains(b) || b.contains(a);

/**
 * What the step's outline goes around on a form: its own target until that is right, then the next
 * field whose check is not met yet (in the form's order), then the form's Save. A target no check
 * is about (a button, a value to copy) keeps the outline.
 */
export function outlineTargets(anchored: Element[], checks: readonly FieldCheck[], submit: Element | null): Element[] {
  const met = (el: Element) => {
    const about = checks.filter((c) => c.element && related(c.element, el));
    return about.length > 0 && about.every((c) => c.result.level === 'ok');
  };
  if (!anchored.length || !anchored.every(met)) return anchored;
  const next = checks.find((c) => c.element && c.result.level !== 'ok');
  if (next?.element) return [next.element];
  return submit && !anchored.includes(submit) ? [submit] : anchored;
}
