import { normalizeText } from './text';

export interface LabelledValue {
  value: string;
  /** The element that shows the value; what a highlight should frame. */
  element: Element;
}

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** How far past a label we look for its value: a few cells or siblings, not the whole page. */
const MAX_STEPS_AFTER_LABEL = 12;

function isFormControl(el: Element): el is HTMLInputElement | HTMLTextAreaElement {
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA';
}

/**
 * Reads a value shown next to its label, the way a person would: "Customer API Key: ABC12" in one
 * element, a label cell followed by a value cell, a <dt>/<dd> pair, or a label and a read-only input.
 * `label` is tested against normalised text (lower case, single spaces) and may capture the value
 * itself as group 1 when both share one text node.
 */
export function readLabelledValue(doc: Document, label: RegExp, root: Element | null = doc.body): LabelledValue | null {
  if (!root) return null;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.nodeType === Node.ELEMENT_NODE && SKIP_TAGS.has((n as Element).tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    const match = label.exec(normalizeText(node.textContent));
    if (!match) continue;
    const parent = node.parentElement;
    if (!parent) continue;
    const inline = match[1]?.trim();
    if (inline) {
      // Keep the original case: take the same number of trailing characters from the raw text.
      const raw = (node.textContent ?? '').trim();
      return { value: raw.slice(raw.length - inline.length), element: parent };
    }
    const forId = parent.closest('label')?.getAttribute('for');
    const target = forId ? doc.getElementById(forId) : null;
    if (target && isFormControl(target)) return { value: target.value.trim(), element: target };
    const after = valueAfter(walker);
    if (after) return after;
  }
  return null;
}

function valueAfter(walker: TreeWalker): LabelledValue | null {
  for (let i = 0, n = walker.nextNode(); n && i < MAX_STEPS_AFTER_LABEL; n = walker.nextNode(), i++) {
    if (n.nodeType === Node.ELEMENT_NODE && isFormControl(n as Element)) {
      const input = n as HTMLInputElement;
      if (input.type !== 'hidden' && input.value.trim()) return { value: input.value.trim(), element: input };
    } else if (n.nodeType === Node.TEXT_NODE) {
      const text = (n.textContent ?? '').trim();
      if (text && text !== ':' && n.parentElement) return { value: text, element: n.parentElement };
    }
  }
  return null;
}

/** Accessible-name-ish text of a form control: its <label>, aria-label(ledby), or placeholder. */
export function controlLabel(el: HTMLElement): string {
  const doc = el.ownerDocument;
  const parts: string[] = [];
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) for (const id of labelledBy.split(/\s+/)) parts.push(doc.getElementById(id)?.textContent ?? '');
  parts.push(el.getAttribute('aria-label') ?? '');
  if (el.id) for (const l of doc.querySelectorAll(`label[for="${CSS.escape(el.id)}"]`)) parts.push(l.textContent ?? '');
  const wrapping = el.closest('label');
  if (wrapping) parts.push(wrapping.textContent ?? '');
  parts.push(el.getAttribute('placeholder') ?? '');
  return normalizeText(parts.join(' '));
}

const NOT_TEXT = ['hidden', 'checkbox', 'radio', 'submit', 'button', 'image', 'reset', 'file'];

/** Every text-type input or textarea whose label matches, in page order. */
export function findControlsByLabel(doc: Document | Element, label: RegExp): HTMLInputElement[] {
  return [...doc.querySelectorAll<HTMLInputElement>('input, textarea')].filter(
    (el) => !NOT_TEXT.includes(el.type) && label.test(controlLabel(el)),
  );
}

/** The first text-type input whose label matches. */
export function findControlByLabel(doc: Document | Element, label: RegExp): HTMLInputElement | null {
  for (const el of doc.querySelectorAll<HTMLInputElement>('input, textarea')) {
    if (NOT_TEXT.includes(el.type)) continue;
    if (label.test(controlLabel(el))) return el;
  }
  return null;
}

/** Bullets or asterisks standing for a secret the page does not show (never a value to capture). */
export function isMasked(value: string): boolean {
  return /^[\s•●∙·◦⬤*]{3,}$/.test(value) || /[•●]{3,}/.test(value);
}

/**
 * The value an element shows, the ways pages show keys: a field's value (read-only inputs), the
 * text of a cell or span, or — when the text is empty — a tooltip (`title`). Null when empty.
 */
export function valueIn(el: Element): LabelledValue | null {
  const field = isFormControl(el) ? el : el.querySelector<HTMLInputElement>('input:not([type="hidden"]):not([type="checkbox"]), textarea');
  const text = field ? field.value.trim() : (el.textContent ?? '').trim();
  if (text) return { value: text, element: field ?? el };
  const tip = el.getAttribute('title') ?? el.querySelector('[title]')?.getAttribute('title');
  return tip?.trim() ? { value: tip.trim(), element: el } : null;
}
