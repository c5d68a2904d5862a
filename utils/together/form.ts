import { findControlByLabel, findControlsByLabel } from '../dom/labels';
import { bodyText, normalizeText } from '../dom/text';
import { isOnTop, isPlainlyVisible } from '../dom/visible';
import type { TogetherForm } from '../contracts/system';
import type { ValueName } from '../contracts/values';

/** Sign-in fields also appear on HR systems' forms (a service account's user name and password). */
const SIGN_IN_LIKE: ReadonlySet<ValueName> = new Set(['username', 'password']);

/**
 * Together's sign-in page: a password field and sign-in wording, without the HR system's form
 * (none of its fields that a sign-in form would not have).
 */
export function isTogetherLogin(doc: Document, form: TogetherForm): boolean {
  const formShown = (Object.entries(form.fields) as [ValueName, RegExp][]).some(
    ([name, label]) => !SIGN_IN_LIKE.has(name) && findControlByLabel(doc, label),
  );
  return !formShown && !!doc.querySelector('input[type="password"]') && /\b(sign in|log in|login)\b/.test(bodyText(doc));
}

/** Together's own API keys (organization id, client id, api key) sit on the same page: never ours to fill. */
const OWN_SECTION = /^(?:(?:your|together|organi[sz]ation) )?api (?:keys?|credentials|access)$/;

const HEADING = 'h1, h2, h3, h4, h5, h6, legend, [role="heading"]';

/** The heading a field sits under: the nearest heading before it in document order. */
function headingAbove(el: Element): string {
  for (let node: Element | null = el; node && node.tagName !== 'BODY'; node = node.parentElement) {
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      const heading = sib.matches(HEADING) ? sib : [...sib.querySelectorAll(HEADING)].at(-1);
      if (heading) return normalizeText(heading.textContent);
    }
  }
  return '';
}

/**
 * The fields that could take one value: every control whose label fits that a person can plainly
 * see (the one visibility rule, utils/dom/visible.ts) and that nothing covers (where its centre is
 * on screen), outside a sign-in form and outside Together's own API Keys section. Page order alone
 * would let a hidden look-alike win.
 */
export function togetherFieldCandidates(doc: Document, form: TogetherForm, name: ValueName): HTMLInputElement[] {
  const label = form.fields[name];
  if (!label) return [];
  return findControlsByLabel(doc, label).filter(
    (el) =>
      isPlainlyVisible(el) &&
      isOnTop(el) !== false &&
      !OWN_SECTION.test(headingAbove(el)) &&
      !(
        el.form &&
        el.form.querySelector('input[type="password"]') &&
        /\b(sign in|log in|login)\b/.test(normalizeText(el.form.textContent))
      ),
  );
}

/** The field for one value: the one candidate. Two that both pass are one too many: which is Together's? Neither. */
export function findTogetherField(doc: Document, form: TogetherForm, name: ValueName): HTMLInputElement | null {
  const found = togetherFieldCandidates(doc, form, name);
  return found.length === 1 ? found[0]! : null;
}
