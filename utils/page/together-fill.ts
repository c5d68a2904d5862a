import { setInputValue } from '../dom/set-input-value';
import type { FillReport } from '../protocol/messages';
import { findTogetherField, isTogetherLogin } from '../sites/together-form';
import { isTogetherIntegrationsUrl } from '../sites/together';
import type { ValueName } from '../values';

/**
 * Fills Together's form in this document. Re-checks, right before writing, that this is the top
 * frame of the exact integrations page (the background checked too, but the tab may have moved on).
 * Never presses Together's Save.
 */
export function fillTogetherForm(win: Window, values: Partial<Record<ValueName, string>>): FillReport {
  const names = Object.keys(values) as ValueName[];
  const none: FillReport = { state: 'wrong-page', filled: [], missing: names };
  if (win.top !== win || !isTogetherIntegrationsUrl(new URL(win.location.href))) return none;
  const doc = win.document;
  if (isTogetherLogin(doc)) return { ...none, state: 'login' };

  const targets = names.map((n) => [n, findTogetherField(doc, n)] as const);
  if (targets.every(([, el]) => !el)) return { ...none, state: 'no-form' };

  const filled: ValueName[] = [];
  const missing: ValueName[] = [];
  for (const [name, el] of targets) {
    const value = values[name];
    if (el && typeof value === 'string') {
      setInputValue(el, value);
      filled.push(name);
    } else missing.push(name);
  }
  return { state: 'filled', filled, missing };
}
