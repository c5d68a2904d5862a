import { controlAt } from '../dom/accessible-name';
import type { WatchedForm } from '../contracts/page';
import type { Request } from '../protocol/messages';

/**
 * The vendor's Save on a watched form: a person's click on it takes what the form holds at that
 * moment (UKG's account user name and password) and the events its Save proves (its `read`). Runs in the capture phase, before the page
 * navigates, and never prevents the page's own handling. True when the click was on the form's Save.
 */
export function onSaveClick(doc: Document, e: Event, form: WatchedForm | undefined, send: (m: Request) => unknown): boolean {
  // Only a person's click: a script-made click (e.g. an off-screen look-alike form calling
  // save.click()) must not replace the account in the vault.
  if (!e.isTrusted) return false;
  const target = controlAt(e.target);
  if (!target || !form?.isSubmit?.(target)) return false;
  const saved = form.read?.(doc);
  if (saved) send({ type: 'form/saved', ...saved });
  return true;
}
