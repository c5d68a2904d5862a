import { beforeEach, describe, expect, it, vi } from 'vitest';
import { advanceTogether, fillTogetherForm, newTogetherMemory } from '@/utils/together-page/together-fill';
import type { TogetherPageState } from '@/utils/protocol/messages';
import type { SystemId } from '@/utils/systems/catalog';

/**
 * Together's side of the variation corpus (docs/robustness.md), pairwise: every pair of values of
 * any two axes — provider, how providers are offered, boot delay, a form that re-renders after it
 * shows, hidden look-alike fields — occurs in at least one case. Each case must reach the form,
 * fill exactly the provider's fields, and never touch Save, decoys or Together's own API keys.
 */
const AXES = {
  system: ['ukg-pro', 'vantagepoint'] as SystemId[],
  picker: ['buttons', 'cards', 'option list', 'radios', 'select'],
  bootMs: [0, 1_500],
  rerender: [false, true],
  decoys: [false, true],
};
type Case = { [K in keyof typeof AXES]: (typeof AXES)[K][number] };

/** Greedy all-pairs: keep adding the full combination that covers the most uncovered pairs. */
function pairwise(): Case[] {
  const keys = Object.keys(AXES) as (keyof typeof AXES)[];
  const all: Case[] = keys.reduce<Record<string, unknown>[]>(
    (acc, k) => acc.flatMap((c) => (AXES[k] as unknown[]).map((v) => ({ ...c, [k]: v }))),
    [{}],
  ) as Case[];
  const pairsOf = (c: Case) => keys.flatMap((a, i) => keys.slice(i + 1).map((b) => `${a}=${String(c[a])}|${b}=${String(c[b])}`));
  const uncovered = new Set(all.flatMap(pairsOf));
  const chosen: Case[] = [];
  while (uncovered.size > 0) {
    const best = all.reduce((x, y) =>
      pairsOf(y).filter((p) => uncovered.has(p)).length > pairsOf(x).filter((p) => uncovered.has(p)).length ? y : x,
    );
    pairsOf(best).forEach((p) => uncovered.delete(p));
    chosen.push(best);
  }
  return chosen;
}

const FORMS: Record<SystemId, { name: string; option: string; fields: [string, string][] }> = {
  'ukg-pro': {
    name: 'UKG Pro',
    option: 'UKG Pro (UltiPro)',
    fields: [
      ['userApiKey', 'User API key'],
      ['customerApiKey', 'Customer API key'],
      ['rootUrl', 'Root URL'],
      ['username', 'Username'],
      ['password', 'Password'],
    ],
  },
  vantagepoint: {
    name: 'Deltek Vantagepoint',
    option: 'Deltek Vantagepoint',
    fields: [
      ['clientId', 'Client ID'],
      ['clientSecret', 'Client secret'],
      ['database', 'Database'],
      ['vantagepointUrl', 'Vantagepoint URL'],
    ],
  },
};

/** Builds an element from data (no markup parsing): attributes, then children (text or elements). */
function h(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

function picker(kind: string, option: string): HTMLElement[] {
  const next = () => h('button', { type: 'button', 'data-continue': '' }, 'Continue');
  switch (kind) {
    case 'buttons':
      return [h('button', { type: 'button' }, 'SFTP'), h('button', { type: 'button', 'data-pick': '' }, option)];
    case 'cards':
      return [
        h('div', { class: 'card', tabindex: '0' }, h('h3', {}, 'SFTP')),
        h('div', { class: 'card', tabindex: '0', 'data-pick': '' }, h('h3', {}, option), h('p', {}, 'HR')),
      ];
    case 'option list':
      return [h('div', { role: 'listbox' }, h('div', { role: 'option' }, 'SFTP'), h('div', { role: 'option', 'data-pick': '' }, option))];
    case 'radios':
      return [
        h('label', {}, h('input', { type: 'radio', name: 'p' }), ' SFTP'),
        h('label', {}, h('input', { type: 'radio', name: 'p', 'data-pick': '' }), ` ${option}`),
        next(),
      ];
    default:
      return [
        h('label', { for: 's' }, 'Provider'),
        h(
          'select',
          { id: 's', 'data-pick': '' },
          h('option', { value: '' }, 'Choose…'),
          h('option', { value: 'sftp' }, 'SFTP'),
          h('option', { value: 'it' }, option),
        ),
        next(),
      ];
  }
}

/** Together as configured by one case; the app renders only after `bootMs` (driven by the test's clock). */
function togetherApp(c: Case) {
  const form = FORMS[c.system];
  const events: string[] = [];
  const fields = (attr: string) => form.fields.map(([name, label]) => h('label', {}, `${label} `, h('input', { [attr]: name })));
  const formEl = h('form', { id: 'form' });
  const showForm = () => formEl.replaceChildren(...fields('data-value'));
  const root = h('div', { id: 'root' });
  document.body.replaceChildren(root);
  function render() {
    const setup = h('button', { id: 'setup' }, 'Set up HRIS integration');
    const pickerEl = h('div', { id: 'picker' });
    const save = h('button', { id: 'save' }, 'Save');
    root.replaceChildren(
      h('h1', {}, 'Settings'),
      h('h2', {}, 'Integrations'),
      setup,
      pickerEl,
      ...(c.decoys ? [h('div', { style: 'display:none' }, ...fields('data-decoy'))] : []),
      formEl,
      h('h2', {}, 'API Keys'),
      h('label', {}, 'Client ID ', h('input', { 'data-own': '', value: 'org-client' })),
      h('label', {}, 'API key ', h('input', { 'data-own': '', value: 'org-key' })),
      save,
    );
    save.addEventListener('click', () => events.push('SAVE'));
    setup.addEventListener('click', () => {
      pickerEl.replaceChildren(...picker(c.picker, form.option));
      const pick = pickerEl.querySelector<HTMLElement>('[data-pick]')!;
      const next = pickerEl.querySelector('[data-continue]');
      const chosen = () =>
        pick.tagName === 'SELECT'
          ? (pick as HTMLSelectElement).value === 'it'
          : pick.tagName === 'INPUT'
            ? (pick as HTMLInputElement).checked
            : true;
      const show = () => {
        showForm();
        events.push('form');
      };
      if (next) next.addEventListener('click', () => chosen() && show());
      else pick.addEventListener('click', show);
    });
  }
  return { events, render, rerender: showForm };
}

describe('Together, pairwise over its axes', () => {
  beforeEach(() => {
    const box = () => DOMRect.fromRect({ x: 0, y: 0, width: 200, height: 24 });
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(box);
    vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(function (this: Element) {
      return (this.closest('[style*="display:none"]') ? [] : [box()]) as unknown as DOMRectList;
    });
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(
      'https://my.togetherplatform.com/settings?section=integrations',
    );
  });

  const cases = pairwise();
  it('covers every pair of axis values in far fewer cases than all combinations', () => {
    expect(cases.length).toBeLessThan(2 * 5 * 2 * 2 * 2);
    expect(cases.length).toBeGreaterThanOrEqual(10); // picker × system alone
  });

  it.each(cases.map((c) => [JSON.stringify(c), c] as const))('%s', (_, c) => {
    const app = togetherApp(c);
    const memory = newTogetherMemory(0);
    const states: TogetherPageState[] = [];
    let rendered = false;
    let rerendered = !c.rerender;
    for (let now = 0; now <= 6_000 && states.at(-1) !== 'form'; now += 100) {
      if (!rendered && now >= c.bootMs) {
        app.render();
        rendered = true;
      }
      if (!rerendered && app.events.includes('form')) {
        app.rerender();
        rerendered = true;
      }
      states.push(advanceTogether(document, c.system, memory, now));
    }
    expect(states.at(-1)).toBe('form');
    if (c.bootMs > 0) expect(states[0]).toBe('booting');

    const values = Object.fromEntries(FORMS[c.system].fields.map(([name]) => [name, `v-${name}`]));
    const { report } = fillTogetherForm(window, c.system, values);
    expect(report).toMatchObject({ state: 'filled', missing: [] });
    for (const [name] of FORMS[c.system].fields)
      expect(document.querySelector<HTMLInputElement>(`[data-value="${name}"]`)!.value).toBe(`v-${name}`);
    for (const decoy of document.querySelectorAll<HTMLInputElement>('[data-decoy]')) expect(decoy.value).toBe('');
    expect([...document.querySelectorAll<HTMLInputElement>('[data-own]')].map((i) => i.value)).toEqual(['org-client', 'org-key']);
    expect(app.events).not.toContain('SAVE');
  });
});
