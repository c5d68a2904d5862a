import { normalizeText } from '../dom/text';
import { isShown } from '../dom/visible';

/**
 * Together's Save and its answer, as a person sees them. Pure DOM reading, no state: the Together
 * page's content script (utils/together-page/together-save.ts) keeps what was on screen before the click.
 */

/** What a Save button says on its face: its own visible text (or a submit input's value), never an aria-label or title alone. */
const SAVE_WORDS = /^(save|save changes|save integration|save and connect|save & connect|connect|update|update integration)$/;

/** The control a click landed on, if a person would read it as the form's Save. */
export function saveControlAt(target: EventTarget | null): HTMLElement | null {
  const el = target instanceof Element ? target.closest<HTMLElement>('button, input[type="submit"], [role="button"]') : null;
  if (!el || !isShown(el)) return null;
  const face = el instanceof HTMLInputElement ? el.value : el.textContent;
  return SAVE_WORDS.test(normalizeText(face)) ? el : null;
}

/** Where apps put the answer to a Save: live regions, alerts, toasts and banners, and status badges. */
const ANSWER_PLACES =
  '[role="status"], [role="alert"], [aria-live]:not([aria-live="off"]), output, [class*="toast" i], [class*="snackbar" i], [class*="notification" i], [class*="banner" i], [class*="badge" i], [class*="status" i], [class*="alert" i], [class*="message" i], [class*="success" i], [class*="error" i], [data-status]';

const FAILED =
  /\b(error|errors|failed|failure|could not|couldn['’]t|cannot|can['’]t|unable|invalid|not saved|not connected|disconnected|rejected|denied)\b/;
const SAVED = /\b(saved|success|successful|successfully|connected|integration (is )?(active|enabled|live))\b/;

/** Short lines of text an app may show as its answer without marking it (a "Saved." that appears under the form). */
const LINES = 'p, span, div, li, small, strong, em, b';
const MAX_LINE = 200;

/** The texts of every answer place, and of every short line of text, on screen now (kept at the click: only what is new after it counts). */
export function answerTexts(doc: Document): Map<Element, string> {
  const found = new Map<Element, string>();
  for (const el of doc.querySelectorAll(ANSWER_PLACES)) {
    // The outermost place only: a toast with a status badge inside is one answer.
    if (el.parentElement?.closest(ANSWER_PLACES) || !isShown(el)) continue;
    const text = normalizeText(el.textContent);
    if (text) found.set(el, text);
  }
  for (const el of doc.querySelectorAll(LINES)) {
    if (el.childElementCount > 0 || el.closest(ANSWER_PLACES) || el.closest('form, label, button, a, script, style')) continue;
    const text = normalizeText(el.textContent);
    if (text && text.length <= MAX_LINE && isShown(el)) found.set(el, text);
  }
  return found;
}

export interface SaveAnswer {
  outcome: 'saved' | 'error';
  /** What Together said, as shown (trimmed): the panel repeats an error in its own words around it. */
  message: string;
}

/**
 * Together's answer to a Save: a new or changed text in an answer place (an error wins over a
 * success in the same look: "Saved 3 of 5 fields; 2 failed" is an error), or an invalid field the
 * form marked (`aria-invalid`). Null while nothing new is said.
 */
export function saveAnswer(doc: Document, before: ReadonlyMap<Element, string>, form: Element | null): SaveAnswer | null {
  // New text only: a place that changed, or a new place saying what nothing said before (an app that
  // re-renders makes new elements for the same old words).
  const said = new Set(before.values());
  const fresh = [...answerTexts(doc)].filter(([el, text]) => (before.has(el) ? before.get(el) !== text : !said.has(text)));
  const shown = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
  // An alert, or a place named for errors ("field-error"), says an error whatever its words ("Required").
  const errorPlace = (el: Element) => el.getAttribute('role') === 'alert' || /error|invalid/i.test(el.getAttribute('class') ?? '');
  const failed = fresh.find(([el, text]) => FAILED.test(text) || (errorPlace(el) && !SAVED.test(text)));
  if (failed) return { outcome: 'error', message: shown(failed[0]) };
  const invalid = form?.querySelector('[aria-invalid="true"]');
  if (invalid && isShown(invalid)) return { outcome: 'error', message: '' };
  const saved = fresh.find(([, text]) => SAVED.test(text));
  return saved ? { outcome: 'saved', message: shown(saved[0]) } : null;
}
