import type { ContentScriptContext } from '#imports';
import { shadowHost } from './shadow-host';
import { t, type MessageKey } from '../i18n/i18n';

interface ConfirmText {
  message: MessageKey;
  confirm: MessageKey;
  cancel: MessageKey;
}

/**
 * A confirmation in the page for a held vendor action: a native modal `<dialog>` (`showModal()`: the
 * page behind is inert, focus stays in it, Escape cancels). Only a trusted click (a person's, not a
 * script's) on the confirm button resolves true; Escape or Cancel resolve false. The root is open
 * on purpose: it shows nothing secret, and page scripts cannot confirm on the admin's behalf
 * because their clicks are not trusted.
 */
export function askToConfirm(ctx: ContentScriptContext, text: ConfirmText): Promise<boolean> {
  const { host, body: holder } = shadowHost('confirm', '', 'open');
  const box = document.createElement('dialog');
  holder.append(box);
  box.setAttribute('role', 'alertdialog');
  box.setAttribute('aria-label', t('ext_name'));
  box.style.cssText =
    'width:min(440px,90vw);padding:18px 20px;border:0;border-radius:10px;' +
    'background:#fff;color:#1d2733;font:14px/1.45 system-ui,sans-serif;box-shadow:0 8px 40px rgba(0,0,0,.35);border-top:5px solid #b3261e;';
  const p = document.createElement('p');
  p.style.margin = '0 0 14px';
  p.textContent = t(text.message);
  const buttons = document.createElement('div');
  buttons.style.cssText = 'display:flex;gap:8px;justify-content:flex-end;flex-wrap:wrap;';
  const make = (label: string, primary: boolean) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.style.cssText = `font:inherit;padding:6px 12px;border-radius:6px;cursor:pointer;border:1px solid ${primary ? '#b3261e' : '#8a99ad'};background:${primary ? '#b3261e' : '#f4f6f9'};color:${primary ? '#fff' : 'inherit'};`;
    return b;
  };
  const cancel = make(t(text.cancel), false);
  const confirm = make(t(text.confirm), true);
  buttons.append(cancel, confirm);
  box.append(p, buttons);

  return new Promise((resolve) => {
    const done = (answer: boolean) => {
      if (box.open) box.close();
      host.remove();
      resolve(answer);
    };
    confirm.addEventListener('click', (e) => e.isTrusted && done(true));
    cancel.addEventListener('click', () => done(false));
    // Escape: the dialog's own cancel event.
    box.addEventListener('cancel', (e) => {
      e.preventDefault();
      done(false);
    });
    ctx.onInvalidated(() => done(false));
    document.documentElement.append(host);
    box.showModal();
    cancel.focus();
  });
}
