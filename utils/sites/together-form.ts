import { findControlByLabel } from '../dom/labels';
import { bodyText } from '../dom/text';
import type { ValueName } from '../values';

/**
 * Labels of Together's HRIS form fields, matched on normalised label text. "User API key" contains
 * "user", so the username pattern needs "name" right after it.
 */
export const TOGETHER_FIELD_LABELS: Partial<Record<ValueName, RegExp>> = {
  userApiKey: /\buser api key\b/,
  customerApiKey: /\bcustomer api key\b/,
  rootUrl: /\b(?:root|base) url\b/,
  username: /\buser ?name\b/,
  password: /\bpassword\b/,
  clientId: /\b(client id|consumer key)\b/,
  clientSecret: /\bclient secret\b/,
  database: /\bdatabase\b/,
  vantagepointUrl: /\bvantagepoint (url|address)\b/,
};

/** Together's sign-in page: a password field and sign-in wording, without the HRIS form. */
export function isTogetherLogin(doc: Document): boolean {
  return (
    !findControlByLabel(doc, /\bcustomer api key\b/) &&
    !!doc.querySelector('input[type="password"]') &&
    /\b(sign in|log in|login)\b/.test(bodyText(doc))
  );
}

/** A field a person can see: refuse to fill anything hidden (a classic way to siphon values). */
export function isVisibleField(el: HTMLElement): boolean {
  if (el.hidden || el.getClientRects().length === 0) return false;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  if (!style || style.visibility === 'hidden' || style.visibility === 'collapse') return false;
  if (style.opacity !== '' && Number(style.opacity) < 0.1) return false;
  const r = el.getBoundingClientRect();
  return r.width >= 4 && r.height >= 4;
}

export function findTogetherField(doc: Document, name: ValueName): HTMLInputElement | null {
  const label = TOGETHER_FIELD_LABELS[name];
  const el = label ? findControlByLabel(doc, label) : null;
  return el && isVisibleField(el) ? el : null;
}
