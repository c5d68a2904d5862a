import { accessibleName, findControlByName } from '../dom/accessible-name';
import { setInputValue, setSelectValue } from '../dom/set-input-value';
import { normalizeText } from '../dom/text';
import { isOnTop, isShown } from '../dom/visible';
import type { FillReport, TogetherPageState } from '../protocol/messages';
import { isTogetherLogin, togetherFieldCandidates } from '../together/form';
import { isTogetherIntegrationsUrl } from '../together/site';
import { SYSTEM_BASICS, systemValues, type SystemId } from '../systems/catalog';
import type { ValueName } from '../contracts/values';

export interface FillOutcome {
  report: FillReport;
  /** The fields written, for the outline drawn afterwards. */
  elements: HTMLElement[];
}

const OPEN_FORM =
  /^(\+\s*)?(set ?up|add|connect|configure|new)( an?| your| new)? (hris|hr system|hris integration|hr integration|integration)\b/;
const CONTINUE = /^(continue|next|select|choose)\b/;

const CLICKABLE =
  'button, a, [role="button"], [role="option"], [role="radio"], [role="tab"], [role="menuitem"], label, [tabindex], [onclick]';

/** The element a person would click for `text`: a control named so, or the card/option around a matching title. */
function clickable(doc: Document, text: RegExp): HTMLElement | null {
  for (const el of doc.querySelectorAll<HTMLElement>(`${CLICKABLE}, h2, h3, h4, strong, span, div, p`)) {
    if (!isShown(el) || !text.test(accessibleName(el))) continue;
    return el.matches(CLICKABLE) ? el : (el.closest<HTMLElement>(CLICKABLE) ?? el);
  }
  return null;
}

/**
 * Chooses the HR system where Together offers a choice: a button, card, tab, option, radio button,
 * or a drop-down followed by "Continue". Each control is used once per page, so a choice that did
 * not take is not clicked over and over.
 */
function chooseProvider(doc: Document, system: SystemId, used: WeakSet<Element>): boolean {
  const name = SYSTEM_BASICS[system].together.option;
  for (const radio of doc.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
    if (used.has(radio) || !name.test(accessibleName(radio))) continue;
    used.add(radio);
    radio.click();
    pressContinue(doc, used);
    return true;
  }
  for (const select of doc.querySelectorAll('select')) {
    const match = [...select.options].find((o) => name.test(normalizeText(o.textContent)));
    if (!match || !isShown(select) || used.has(select)) continue;
    used.add(select);
    setSelectValue(select, match.value);
    pressContinue(doc, used);
    return true;
  }
  const option = clickable(doc, name);
  if (option && !used.has(option)) {
    used.add(option);
    option.click();
    pressContinue(doc, used);
    return true;
  }
  return false;
}

function pressContinue(doc: Document, used: WeakSet<Element>) {
  const next = findControlByName(doc, CONTINUE, isShown);
  if (next && !used.has(next) && !(next as HTMLButtonElement).disabled) {
    used.add(next);
    next.click();
  }
}

/** What stays the same across looks at one page: controls already used, and when the look began. */
export interface TogetherMemory {
  used: WeakSet<Element>;
  since: number;
  /** Provider fields seen last time, and since when: the form counts as open once it stops growing. */
  fields: number;
  fieldsSince: number;
}

export const newTogetherMemory = (now: number): TogetherMemory => ({ used: new WeakSet(), since: now, fields: 0, fieldsSince: now });

/** After this long without a form, a picker or an opener, the admin is asked to open the form. */
const ASK_AFTER_MS = 6_000;
/**
 * A form with a field for every value the provider has is filled at once; one with only some is
 * taken as complete once its field count has held this long (forms render in pieces).
 */
const FORM_STABLE_MS = 300;

/**
 * One look at Together's page while a fill waits for it, and the one step it can take: the sign-in
 * form (wait for the admin: never typed into), the provider's form (ready to fill), a provider
 * choice or "Set up HRIS integration" (clicked), or nothing yet (the app is still booting).
 */
export function advanceTogether(doc: Document, system: SystemId, memory: TogetherMemory, now: number): TogetherPageState {
  const form = SYSTEM_BASICS[system].together;
  if (isTogetherLogin(doc, form)) return 'login';
  const all = systemValues(system);
  // A value with two candidate fields counts as present: the form is there, and the fill will say
  // which value it could not place.
  const fields = all.filter((n) => togetherFieldCandidates(doc, form, n).length > 0).length;
  if (fields !== memory.fields) {
    memory.fields = fields;
    memory.fieldsSince = now;
  }
  if (fields === all.length) return 'form';
  if (fields > 0) return now - memory.fieldsSince >= FORM_STABLE_MS ? 'form' : 'choosing';
  if (chooseProvider(doc, system, memory.used)) return 'choosing';
  const opener = findControlByName(doc, OPEN_FORM, isShown);
  if (opener && !memory.used.has(opener)) {
    memory.used.add(opener);
    opener.click();
    return 'choosing';
  }
  return now - memory.since >= ASK_AFTER_MS ? 'open-form' : 'booting';
}

/**
 * Whether this window still shows Together's integrations form for the provider: the exact address
 * and no sign-in form. What was filled is put back into a re-rendered field only while it does.
 */
export function stillTheForm(win: Window, system: SystemId): boolean {
  return (
    win.top === win &&
    isTogetherIntegrationsUrl(new URL(win.location.href)) &&
    !isTogetherLogin(win.document, SYSTEM_BASICS[system].together)
  );
}

/**
 * Fills Together's form in this document. Re-checks, right before writing, that this is the top
 * frame of the exact integrations page (the background checked too, but the tab may have moved on).
 * Never presses Together's Save, never types into its sign-in form or its own API Keys section.
 */
export function fillTogetherForm(win: Window, system: SystemId, values: Partial<Record<ValueName, string>>): FillOutcome {
  const form = SYSTEM_BASICS[system].together;
  const names = Object.keys(values) as ValueName[];
  const none = (state: FillReport['state']): FillOutcome => ({ report: { state, filled: [], missing: names }, elements: [] });
  if (win.top !== win || !isTogetherIntegrationsUrl(new URL(win.location.href))) return none('wrong-page');
  const doc = win.document;
  if (isTogetherLogin(doc, form)) return none('login');

  const candidates = names.map((n) => [n, togetherFieldCandidates(doc, form, n)] as const);
  if (candidates.every(([, found]) => found.length === 0)) return none('no-form');

  const filled: ValueName[] = [];
  const missing: ValueName[] = [];
  const ambiguous: ValueName[] = [];
  const elements: HTMLElement[] = [];
  for (const [name, found] of candidates) {
    const value = values[name];
    // Two fields that both pass for one value: which is Together's? Neither is written into.
    if (found.length > 1) {
      ambiguous.push(name);
      missing.push(name);
      continue;
    }
    const el = found[0];
    // On screen, the hit test must reach the field itself: nothing laid over it.
    el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    if (el && typeof value === 'string' && isOnTop(el) !== false) {
      setInputValue(el, value);
      filled.push(name);
      elements.push(el);
    } else missing.push(name);
  }
  return { report: { state: 'filled', filled, missing, ...(ambiguous.length ? { ambiguous } : {}) }, elements };
}
