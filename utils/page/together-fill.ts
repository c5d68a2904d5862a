import { setInputValue } from '../dom/set-input-value';
import { normalizeText } from '../dom/text';
import { isShown } from '../dom/visible';
import type { FillReport } from '../protocol/messages';
import { findTogetherField, isTogetherLogin } from '../sites/together-form';
import { isTogetherIntegrationsUrl } from '../sites/together';
import type { GuideId } from '../guides/types';
import type { ValueName } from '../values';

export interface FillOutcome {
  report: FillReport;
  /** The fields written, for the outline drawn afterwards. */
  elements: HTMLElement[];
}

const OPEN_FORM = /^(set ?up|add|connect|configure)( an?| your)? (hris|hr system|hris integration|integration)\b/;
/** How Together names each HR system in its provider choice. */
const PROVIDER_OPTION: Record<GuideId, RegExp> = {
  'ukg-pro': /^(ukg pro|ukg pro \(ultipro\)|ultipro|ukg pro \/ ultipro)$/,
  vantagepoint: /^((deltek )?vantagepoint|deltek vantagepoint connect)$/,
};

function clickable(doc: Document, text: RegExp): HTMLElement | null {
  for (const el of doc.querySelectorAll<HTMLElement>('button, a, [role="button"], [role="option"], [role="radio"], [role="tab"], label')) {
    if (isShown(el) && text.test(normalizeText(el.textContent ?? el.getAttribute('aria-label')))) return el;
  }
  return null;
}

/** Chooses the HR system where Together offers a choice (a button, tab, radio or select). */
function chooseProvider(doc: Document, provider: GuideId): boolean {
  const name = PROVIDER_OPTION[provider];
  const option = clickable(doc, name);
  if (option) {
    option.click();
    return true;
  }
  for (const select of doc.querySelectorAll('select')) {
    const match = [...select.options].find((o) => name.test(normalizeText(o.textContent)));
    if (match && isShown(select)) {
      select.value = match.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    }
  }
  return false;
}

async function poll(fn: () => boolean, wait: (ms: number) => Promise<void>, ms: number): Promise<boolean> {
  for (let t = 0; t < ms; t += 100) {
    if (fn()) return true;
    await wait(100);
  }
  return fn();
}

/**
 * Fills Together's form in this document. Re-checks, right before writing, that this is the top
 * frame of the exact integrations page (the background checked too, but the tab may have moved on).
 * Never presses Together's Save.
 */
export function fillTogetherForm(win: Window, values: Partial<Record<ValueName, string>>): FillOutcome {
  const names = Object.keys(values) as ValueName[];
  const none = (state: FillReport['state']): FillOutcome => ({ report: { state, filled: [], missing: names }, elements: [] });
  if (win.top !== win || !isTogetherIntegrationsUrl(new URL(win.location.href))) return none('wrong-page');
  const doc = win.document;
  if (isTogetherLogin(doc)) return none('login');

  const targets = names.map((n) => [n, findTogetherField(doc, n)] as const);
  if (targets.every(([, el]) => !el)) return none('no-form');

  const filled: ValueName[] = [];
  const missing: ValueName[] = [];
  const elements: HTMLElement[] = [];
  for (const [name, el] of targets) {
    const value = values[name];
    if (el && typeof value === 'string') {
      setInputValue(el, value);
      filled.push(name);
      elements.push(el);
    } else missing.push(name);
  }
  return { report: { state: 'filled', filled, missing }, elements };
}

/**
 * Fill; when the provider's form is not open yet, open it the way the admin would ("Set up HRIS
 * integration", then "UKG Pro" or "Deltek Vantagepoint") and wait for it to render. Clicks only
 * those; never Save.
 */
export async function fillOrOpenThenFill(
  win: Window,
  provider: GuideId,
  values: Partial<Record<ValueName, string>>,
  wait: (ms: number) => Promise<void>,
): Promise<FillOutcome> {
  const first = fillTogetherForm(win, values);
  if (first.report.state !== 'no-form') return first;
  const doc = win.document;
  if (!chooseProvider(doc, provider)) {
    const opener = clickable(doc, OPEN_FORM);
    if (!opener) return first;
    opener.click();
    if (!(await poll(() => chooseProvider(doc, provider), wait, 2_000))) return first;
  }
  await poll(() => names(values).some((n) => findTogetherField(doc, n)), wait, 3_000);
  return fillTogetherForm(win, values);
}

const names = (values: Partial<Record<ValueName, string>>) => Object.keys(values) as ValueName[];
