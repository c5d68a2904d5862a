import { inspectableDocuments } from './documents';

/**
 * One line of a page outline as the content script collects it: plain strings are our own words
 * (roles, tag names), `{ text }` is the page's text and `{ path }` a URL path, both redacted by the
 * background before anyone sees them (utils/outline/format.ts). Redaction lives there so that every
 * content script does not carry it.
 */
export type OutlinePiece = string | { text: string } | { path: string };
export type OutlineLine = OutlinePiece[];

const FIELD = 'input:not([type="hidden"]), select, textarea';
const BUTTON = 'button, input[type="button"], input[type="submit"], [role="button"]';
const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"], legend, caption, th, [role="columnheader"], [role="tab"], [role="menuitem"]';
/** Containers: named by their label only (a dialog's text can be the very password it shows). */
const REGION = '[role="dialog"], [role="alertdialog"], dialog, [role="grid"], [role="tabpanel"], form';

/** An element's text without what its form fields hold (a textarea's text is its value). */
function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  if (!el.querySelector(FIELD)) return el.textContent ?? '';
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll(FIELD).forEach((f) => f.remove());
  return copy.textContent ?? '';
}

function fieldLine(el: Element): OutlineLine {
  const doc = el.ownerDocument;
  const id = el.getAttribute('id');
  const label =
    el.getAttribute('aria-label') ??
    (id ? textOf(doc.querySelector(`label[for="${CSS.escape(id)}"]`)) || null : null) ??
    (textOf(el.closest('label')) || null) ??
    el.getAttribute('placeholder') ??
    '';
  const type = el.tagName === 'INPUT' ? `input[${(el as HTMLInputElement).type}]` : el.tagName.toLowerCase();
  const name = el.getAttribute('name') ?? id ?? '';
  // The field's kind, name and label: never its value.
  return [`field ${type}`, ...(name ? [' name="', { text: name }, '"'] : []), ...(label.trim() ? [': ', { text: label }] : [])];
}

function outlineOf(doc: Document): OutlineLine[] {
  const lines: OutlineLine[] = [];
  for (const el of doc.querySelectorAll(`${REGION}, ${HEADING}, ${BUTTON}, ${FIELD}`)) {
    if (el.matches(REGION)) {
      const labelledBy = el.getAttribute('aria-labelledby');
      const name = el.getAttribute('aria-label') ?? (labelledBy ? textOf(doc.getElementById(labelledBy)) : '');
      lines.push([el.getAttribute('role') ?? el.tagName.toLowerCase(), ...(name.trim() ? [': ', { text: name }] : [])]);
    } else if (el.matches(FIELD) && !el.matches(BUTTON)) lines.push(fieldLine(el));
    else {
      // A button input's value is its caption, not data.
      const text = el.getAttribute('aria-label') ?? (el.tagName === 'INPUT' ? (el as HTMLInputElement).value : textOf(el));
      if (text.trim()) lines.push([el.matches(BUTTON) ? 'button' : (el.getAttribute('role') ?? el.tagName.toLowerCase()), ': ', { text }]);
    }
  }
  return lines;
}

/**
 * What an admin can send so detection can be fixed: where the page is (no query string), its
 * title, headings, labels, column headers, buttons and form fields with their roles. Never a
 * field's value or the page's running text.
 */
/** How deep an outline follows same-origin frames: a page nobody recognised may sit in any shell. */
const OUTLINE_FRAME_DEPTH = 3;

export function outlineLines(top: Document): OutlineLine[] {
  const url = new URL(top.location.href);
  const lines: OutlineLine[] = [
    [`page: ${url.host}`, { path: url.pathname }],
    ['title: ', { text: top.title }],
  ];
  for (const doc of inspectableDocuments(top, OUTLINE_FRAME_DEPTH)) {
    if (doc !== top) lines.push(['frame: ', { path: new URL(doc.location.href).pathname }, ' (title: ', { text: doc.title }, ')']);
    lines.push(...outlineOf(doc).map((l) => (doc === top ? l : ['  ', ...l])));
  }
  return lines.slice(0, 300);
}
