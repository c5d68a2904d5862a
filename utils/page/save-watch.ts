import { controlAt } from '../dom/accessible-name';
import { isPlainlyVisible } from '../dom/visible';
import type { WatchedForm } from '../contracts/page';
import type { Request } from '../protocol/messages';

/**
 * The vendor's Save on a watched form: a person's click on it (or a person's Enter in one of its
 * fields, which submits it through its default button) takes what the form holds at that moment
 * (UKG's account user name and password) and the events its Save proves (its `read`). Runs in the
 * capture phase, before the page navigates, and never prevents the page's own handling.
 *
 * A page on a matched host may be hostile (attack R4-1): a Save counts only when the form says the
 * control is its Save by what a person sees (`isSubmit`), the control is plainly visible, and a
 * pointer click's point hits the control itself (not a transparent button laid over the page).
 */
export function createSaveWatch(send: (m: Request) => unknown) {
  /** Submit buttons whose click was just taken: the submit event that follows is the same Save. */
  const taken = new WeakSet<Element>();

  function take(doc: Document, form: WatchedForm) {
    const saved = form.read?.(doc);
    if (saved) send({ type: 'page/form-saved', ...saved });
  }

  const watch = {
    /** A click in `doc`; true when it was on the form's Save. */
    click(doc: Document, e: MouseEvent, form: WatchedForm | undefined): boolean {
      // Only a person's click: a script-made click (e.g. an off-screen look-alike form calling
      // save.click()) must not replace the account in the vault.
      if (!e.isTrusted || !form?.isSubmit) return false;
      const control = controlAt(e.target);
      if (!control || !form.isSubmit(control) || !isPlainlyVisible(control)) return false;
      // A pointer click lands where the control is on top; a keyboard click (detail 0) has no point.
      if (e.detail > 0) {
        const hit = doc.elementFromPoint(e.clientX, e.clientY);
        if (!hit || !(control.contains(hit) || hit.contains(control) || controlAt(hit) === control)) return false;
      }
      taken.add(control);
      take(doc, form);
      return true;
    },
    /** A form submitted by a person (Enter in a field: its default button is the submitter). */
    submit(doc: Document, e: SubmitEvent, form: WatchedForm | undefined): boolean {
      const submitter = e.submitter;
      if (!e.isTrusted || !submitter || !form?.isSubmit) return false;
      if (taken.delete(submitter)) return true; // the click already took it
      if (!form.isSubmit(submitter) || !isPlainlyVisible(submitter)) return false;
      take(doc, form);
      return true;
    },
  };
  /** A click or a submit in `doc`; true when it was the form's Save. */
  return (doc: Document, e: Event, form: WatchedForm | undefined): boolean =>
    e.type === 'submit' ? watch.submit(doc, e as SubmitEvent, form) : watch.click(doc, e as MouseEvent, form);
}
