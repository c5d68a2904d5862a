import { beforeEach, describe, expect, it, vi } from 'vitest';
import { advanceTogether, newTogetherMemory } from '@/utils/together-page/together-fill';
import type { TogetherPageState } from '@/utils/protocol/messages';

/** happy-dom does no layout: every displayed element gets a box. */
function stubLayout() {
  const box = () => DOMRect.fromRect({ x: 0, y: 0, width: 200, height: 24 });
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(box);
  vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(() => [box()] as unknown as DOMRectList);
}

const UKG_FIELDS = `<label>User API key <input name="u"></label><label>Customer API key <input name="c"></label>`;

/** The ways Together may offer its providers once "Set up HRIS integration" is clicked. */
const PICKERS: Record<string, string> = {
  'option list': `<div role="listbox"><div role="option">SFTP</div><div role="option" data-ukg>UKG Pro</div></div>`,
  buttons: `<button type="button">SFTP</button><button type="button" data-ukg>UKG Pro (UltiPro)</button>`,
  cards: `<div class="card" tabindex="0"><h3>SFTP</h3><p>File drop</p></div><div class="card" tabindex="0" data-ukg><h3>UKG Pro</h3><p>HR and payroll</p></div>`,
  'radio buttons, then Continue': `<label><input type="radio" name="p"> SFTP</label><label><input type="radio" name="p" data-ukg> UltiPro</label><button type="button" data-continue>Continue</button>`,
  'drop-down, then Continue': `<label for="s">Provider</label><select id="s" data-ukg><option value="">Choose…</option><option value="sftp">SFTP</option><option value="ukg">UKG Pro</option></select><button type="button" data-continue>Continue</button>`,
};

/**
 * Together's integrations page with no HRIS yet: "Set up HRIS integration" shows the picker; the
 * UKG Pro choice (and Continue, where there is one) renders the form.
 */
function together(picker: string) {
  document.body.innerHTML = `<h1>Settings</h1><h2>Integrations</h2><button id="setup">Set up HRIS integration</button><div id="picker"></div><form id="form"></form>
    <h2>API Keys</h2><label>Client ID <input name="own-client-id" value="org-client"></label><button id="save">Save</button>`;
  const clicks: string[] = [];
  const showForm = () => (document.getElementById('form')!.innerHTML = UKG_FIELDS);
  document.getElementById('save')!.addEventListener('click', () => clicks.push('SAVE'));
  document.getElementById('setup')!.addEventListener('click', () => {
    clicks.push('setup');
    document.getElementById('picker')!.innerHTML = PICKERS[picker]!;
    const ukg = document.querySelector<HTMLElement>('[data-ukg]')!;
    const next = document.querySelector('[data-continue]');
    const chosen = () =>
      ukg.tagName === 'SELECT'
        ? (ukg as HTMLSelectElement).value === 'ukg'
        : ukg.tagName === 'INPUT'
          ? (ukg as HTMLInputElement).checked
          : true;
    if (next)
      next.addEventListener('click', () => {
        clicks.push('continue');
        if (chosen()) showForm();
      });
    else ukg.addEventListener('click', () => (clicks.push('ukg'), showForm()));
  });
  return clicks;
}

describe('opening Together’s UKG Pro form while a fill waits', () => {
  beforeEach(() => {
    stubLayout();
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(
      'https://my.togetherplatform.com/settings?section=integrations',
    );
  });

  it.each(Object.keys(PICKERS))('through %s: Set up, the provider, the form — never Save', (picker) => {
    const clicks = together(picker);
    const memory = newTogetherMemory(0);
    const states: TogetherPageState[] = [];
    for (let now = 0; now <= 2_000 && states.at(-1) !== 'form'; now += 100) states.push(advanceTogether(document, 'ukg-pro', memory, now));
    expect(states.at(-1)).toBe('form');
    expect(clicks[0]).toBe('setup');
    expect(clicks).not.toContain('SAVE');
    expect(document.querySelector('form')!.querySelectorAll('input')).toHaveLength(2);
  });

  it('waits (booting) while the app has not rendered, then asks the admin to open the form', () => {
    document.body.innerHTML = '<div id="root"></div>';
    const memory = newTogetherMemory(0);
    expect(advanceTogether(document, 'ukg-pro', memory, 1_000)).toBe('booting');
    expect(advanceTogether(document, 'ukg-pro', memory, 7_000)).toBe('open-form');
  });

  it('never types into a sign-in form, and clicks nothing there', () => {
    document.body.innerHTML =
      '<h1>Sign in</h1><form><label>Email <input type="email"></label><label>Password <input type="password"></label><button id="b">Log in</button></form>';
    const clicked = vi.fn();
    document.getElementById('b')!.addEventListener('click', clicked);
    expect(advanceTogether(document, 'ukg-pro', newTogetherMemory(0), 0)).toBe('login');
    expect(clicked).not.toHaveBeenCalled();
  });

  it('does not take Together’s own API Keys section for the Vantagepoint form', () => {
    document.body.innerHTML =
      '<h2>Integrations</h2><p>No HR system is connected.</p><h2>API Keys</h2><label>Client ID <input value="org-client"></label><label>API key <input></label>';
    expect(advanceTogether(document, 'vantagepoint', newTogetherMemory(0), 1_000)).toBe('booting');
  });
});
