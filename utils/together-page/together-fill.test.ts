import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fillTogetherForm, stillTheForm } from '@/utils/together-page/together-fill';
import { stubLayout } from '@/test/support/layout';

const FORM = `
  <h2>HRIS integration: UKG Pro</h2>
  <form>
    <label for="a">User API Key</label><input id="a">
    <label for="b">Customer API Key</label><input id="b">
    <label>Root URL <input id="c"></label>
    <input id="d" aria-label="Username">
    <label for="e">Password</label><input id="e" type="password">
  </form>`;

function at(url: string, body: string) {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  document.body.innerHTML = body;
}
const input = (id: string) => document.getElementById(id) as HTMLInputElement;

describe('fillTogetherForm', () => {
  beforeEach(() => {
    stubLayout();
    at('https://my.togetherplatform.com/settings?section=integrations', FORM);
  });

  it('fills each field by its label and fires input and change', () => {
    const events: string[] = [];
    document.addEventListener('input', (e) => events.push(`input:${(e.target as HTMLElement).id}`));
    document.addEventListener('change', (e) => events.push(`change:${(e.target as HTMLElement).id}`));
    const { report } = fillTogetherForm(window, 'ukg-pro', {
      userApiKey: 'XJ4MT90000K0',
      customerApiKey: 'B7K2Q',
      rootUrl: 'https://service4.ultipro.com/',
      username: 'TogetherIntegration',
      password: 'p@ss w0rd!',
    });
    expect(report).toEqual({ state: 'filled', filled: ['userApiKey', 'customerApiKey', 'rootUrl', 'username', 'password'], missing: [] });
    expect([input('a').value, input('b').value, input('c').value, input('d').value, input('e').value]).toEqual([
      'XJ4MT90000K0',
      'B7K2Q',
      'https://service4.ultipro.com/',
      'TogetherIntegration',
      'p@ss w0rd!',
    ]);
    expect(events).toContain('input:b');
    expect(events).toContain('change:b');
  });

  it('fills nothing on another section, path, or origin', () => {
    for (const url of [
      'https://my.togetherplatform.com/settings?section=profile',
      'https://my.togetherplatform.com/other?section=integrations',
      'https://my.togetherplatform.com.evil.test/settings?section=integrations',
    ]) {
      at(url, FORM);
      expect(fillTogetherForm(window, 'ukg-pro', { customerApiKey: 'B7K2Q' }).report.state).toBe('wrong-page');
      expect(input('b').value).toBe('');
    }
  });

  it('recognises the sign-in page and fills nothing', () => {
    at(
      'https://my.togetherplatform.com/settings?section=integrations',
      '<h1>Sign in to Together</h1><label for="u">Email</label><input id="u"><label for="p">Password</label><input id="p" type="password">',
    );
    expect(fillTogetherForm(window, 'ukg-pro', { password: 'x' }).report).toMatchObject({ state: 'login', filled: [] });
    expect(input('p').value).toBe('');
  });

  it('reports no form when none of the fields exist', () => {
    at('https://my.togetherplatform.com/settings?section=integrations', '<h1>Integrations</h1><button>Set up HRIS integration</button>');
    expect(fillTogetherForm(window, 'ukg-pro', { customerApiKey: 'B7K2Q' }).report.state).toBe('no-form');
  });

  it('never fills a hidden field', () => {
    input('b').style.display = 'none';
    const { report } = fillTogetherForm(window, 'ukg-pro', { customerApiKey: 'B7K2Q', userApiKey: 'XJ4MT90000K0' });
    expect(report.missing).toEqual(['customerApiKey']);
    expect(input('b').value).toBe('');
  });
});

/**
 * Round 3's decoys (issue "Real pages and hostile pages, round 3", item 4): look-alike Customer API
 * key fields that passed the old rule, each on its own and combined with the older techniques.
 * Layout is stubbed: each element's box comes from its `data-box` (x,y,w,h), or 200×24 at 0,0.
 */
describe('fillTogetherForm: decoys that look visible (attack R3-4)', () => {
  const real = '<label for="real">Customer API Key</label><input id="real">';
  /** The decoy sits below the real field (its own box), unless placed elsewhere. */
  const decoy = (wrapperStyle: string, box = '10,100,200,24') =>
    `<div style="${wrapperStyle}"><label for="fake">Customer API Key</label><input id="fake" data-decoy data-box="${box}"></div>`;
  /** The hit test: what `data-cover` names covers the decoy's centre; otherwise the element there is the field. */
  let covered = false;

  beforeEach(() => {
    covered = false;
    const boxOf = (el: Element) => {
      const own = el.getAttribute('data-box');
      if (own) {
        const [x, y, width, height] = own.split(',').map(Number);
        return DOMRect.fromRect({ x, y, width, height });
      }
      return DOMRect.fromRect(getComputedStyle(el).display === 'none' ? {} : { x: 10, y: 10, width: 200, height: 24 });
    };
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      return boxOf(this);
    });
    // The hit test: the field whose box holds the point, unless the cover lies over the decoy.
    vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(() => undefined);
    vi.spyOn(document, 'elementFromPoint').mockImplementation((x, y) => {
      const at = [...document.querySelectorAll('input')].find((el) => {
        const r = el.getBoundingClientRect();
        return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
      });
      return at?.id === 'fake' && covered ? document.getElementById('cover') : (at ?? document.body);
    });
  });

  const fill = (body: string) => {
    at('https://my.togetherplatform.com/settings?section=integrations', body);
    return fillTogetherForm(window, 'ukg-pro', { customerApiKey: 'B7K2Q' }).report;
  };

  it.each([
    ['filter: opacity(0) on a wrapper', decoy('filter: opacity(0)')],
    ['filter: opacity(2%) among other filters', decoy('filter: blur(0px) opacity(2%)')],
    ['placed far to the right (left: 30000px)', decoy('position: absolute; left: 30000px', '30000,10,200,24')],
    ['placed left of the page', decoy('position: absolute; left: -500px', '-500,10,200,24')],
    ['filter and an old trick together (opacity .5 × filter .1)', decoy('opacity: .5; filter: opacity(.1)')],
  ])('%s: only the real field is filled', (_what, html) => {
    expect(fill(html + real)).toEqual({ state: 'filled', filled: ['customerApiKey'], missing: [] });
    expect(input('real').value).toBe('B7K2Q');
    expect(input('fake').value).toBe('');
  });

  it('under an opaque box: the hit test reaches the box, so the decoy is not a candidate', () => {
    covered = true;
    const report = fill(decoy('') + real + '<div id="cover" style="position:absolute;inset:0;background:#fff"></div>');
    // Covered, the decoy drops out; the real field (hit by the test) is the one filled.
    expect(report).toEqual({ state: 'filled', filled: ['customerApiKey'], missing: [] });
    expect([input('real').value, input('fake').value]).toEqual(['B7K2Q', '']);
  });

  it('two fields that both pass: neither is filled, and the report says which value', () => {
    const report = fill(decoy('') + real);
    expect(report).toEqual({ state: 'filled', filled: [], missing: ['customerApiKey'], ambiguous: ['customerApiKey'] });
    expect([input('real').value, input('fake').value]).toEqual(['', '']);
  });
});

describe('the re-render guard puts values back only into the integrations form (attack R3-6)', () => {
  beforeEach(stubLayout);

  it('yes on the integrations form; no once the app routed to another section or shows its sign-in form', () => {
    at('https://my.togetherplatform.com/settings?section=integrations', FORM);
    expect(stillTheForm(window, 'ukg-pro')).toBe(true);
    at('https://my.togetherplatform.com/settings?section=profile', FORM);
    expect(stillTheForm(window, 'ukg-pro')).toBe(false);
    at(
      'https://my.togetherplatform.com/settings?section=integrations',
      '<h1>Sign in to Together</h1><label for="u">Email</label><input id="u"><label for="p">Password</label><input id="p" type="password">',
    );
    expect(stillTheForm(window, 'ukg-pro')).toBe(false);
  });
});
