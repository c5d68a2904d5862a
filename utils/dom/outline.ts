import { inspectableDocuments } from './documents';

/** Each line is capped, and so is the whole outline: it is pasted into a support message. */
const MAX_LINE = 100;
const MAX_LINES = 300;

/** Five-letter words of the vendors' admin UIs: every other five-letter run may be a Customer API key. */
export const UI_WORDS: ReadonlySet<string> = new Set(
  'users roles email admin reset login title items field value other types group pages tools about close state phone start ended where after never cards grant token learn setup basic total notes names dates rules teams sites links alert error files'.split(' '),
);
/** Punctuation a word may carry around it in running text. */
const EDGES = /^[("'[{¿¡]+|[)"'\]}:;,.!?]+$/g;

/** Whether one word could be a secret: a key, a password (with or without digits), an id. */
function couldBeSecret(word: string): boolean {
  const core = word.replace(EDGES, '');
  if (!core) return false;
  // Keys and passwords mixing letters and digits.
  if (/\d/.test(core) && /[A-Za-z]/.test(core) && core.length >= 4) return true;
  // Symbols inside a word (k(7Pq!xZr^, p@ss*word); "e-mail" and "Add/Change" are words.
  if (/[^A-Za-z0-9\u00c0-\u024f]/.test(core) && !/^[A-Za-z\u00c0-\u024f]+(?:[-/'’][A-Za-z\u00c0-\u024f]+)*$/.test(core)) return true;
  // Letters only, five of them: the shape of a Customer API key (about one in five has no digit).
  if (/^[A-Za-z]{5}$/.test(core) && !UI_WORDS.has(core.toLowerCase())) return true;
  // Case changing inside a long word: generated passwords and ids (kPqXzrTm, CorrectHorse).
  if (core.length >= 8 && /[a-z][A-Z]/.test(core)) return true;
  return false;
}

/**
 * Text that might be a value even though it sits in a heading or label ("Customer API Key: B7K2Q"):
 * every word that could be a secret (see couldBeSecret), e-mail addresses and long numbers are replaced.
 */
export function redact(text: string): string {
  return text
    .split(/[\s\u00a0]+/)
    .filter(Boolean)
    .map((word) => (word.includes('@') ? '[e-mail]' : couldBeSecret(word) ? '[redacted]' : word.replace(/\d{3,}/g, '[number]')))
    .join(' ')
    .slice(0, MAX_LINE);
}

/** A URL path with every segment that is not a plain page or folder name replaced (tenants, ids, tokens). */
export function redactPath(pathname: string): string {
  return pathname
    .split('/')
    .map((seg) => {
      const name = decodeURIComponentSafe(seg);
      return !name || (/^[A-Za-z]+(?:\.(?:aspx?|html?))?$/.test(name) && !couldBeSecret(name.replace(/\.\w+$/, ''))) ? seg : '[redacted]';
    })
    .join('/');
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

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

function fieldLine(el: Element): string {
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
  return `field ${type}${name ? ` name="${redact(name)}"` : ''}${label ? `: ${redact(label)}` : ''}`;
}

function outlineOf(doc: Document): string[] {
  const lines: string[] = [];
  for (const el of doc.querySelectorAll(`${REGION}, ${HEADING}, ${BUTTON}, ${FIELD}`)) {
    if (el.matches(REGION)) {
      const labelledBy = el.getAttribute('aria-labelledby');
      const name = el.getAttribute('aria-label') ?? (labelledBy ? textOf(doc.getElementById(labelledBy)) : '');
      lines.push(`${el.getAttribute('role') ?? el.tagName.toLowerCase()}${name ? `: ${redact(name)}` : ''}`);
    } else if (el.matches(FIELD) && !el.matches(BUTTON)) lines.push(fieldLine(el));
    else if (el.matches(BUTTON)) {
      // A button input's value is its caption, not data.
      const caption = el.getAttribute('aria-label') ?? (el.tagName === 'INPUT' ? (el as HTMLInputElement).value : textOf(el));
      lines.push(`button: ${redact(caption ?? '')}`);
    } else {
      const role = el.getAttribute('role') ?? el.tagName.toLowerCase();
      lines.push(`${role}: ${redact(el.getAttribute('aria-label') ?? textOf(el))}`);
    }
  }
  return lines.filter((l) => !/: $/.test(l));
}

/**
 * What an admin can send so detection can be fixed: where the page is (no query string), its
 * title, headings, labels, column headers, buttons and form fields with their roles. Never a
 * field's value or the page's running text.
 */
export function pageOutline(top: Document): string {
  const url = new URL(top.location.href);
  const lines = [`page: ${url.host}${redactPath(url.pathname)}`, `title: ${redact(top.title)}`];
  for (const doc of inspectableDocuments(top)) {
    if (doc !== top) lines.push(`frame: ${redactPath(new URL(doc.location.href).pathname)} (title: ${redact(doc.title)})`);
    lines.push(...outlineOf(doc).map((l) => (doc === top ? l : `  ${l}`)));
  }
  return lines.slice(0, MAX_LINES).join('\n');
}
