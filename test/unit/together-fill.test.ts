import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fillTogetherForm } from '@/utils/page/together-fill';

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

/** happy-dom does no layout: give every displayed element a 200×24 box, and display:none none. */
function stubLayout() {
  const shown = (el: Element) => getComputedStyle(el).display !== 'none';
  const box = (el: Element) => DOMRect.fromRect(shown(el) ? { x: 0, y: 0, width: 200, height: 24 } : {});
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    return box(this);
  });
  vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(function (this: Element) {
    return (shown(this) ? [box(this)] : []) as unknown as DOMRectList;
  });
}

describe('fillTogetherForm', () => {
  beforeEach(() => {
    stubLayout();
    at('https://my.togetherplatform.com/settings?section=integrations', FORM);
  });

  it('fills each field by its label and fires input and change', () => {
    const events: string[] = [];
    document.addEventListener('input', (e) => events.push(`input:${(e.target as HTMLElement).id}`));
    document.addEventListener('change', (e) => events.push(`change:${(e.target as HTMLElement).id}`));
    const { report } = fillTogetherForm(window, 'ukg-pro', { userApiKey: 'XJ4MT90000K0', customerApiKey: 'B7K2Q', rootUrl: 'https://service4.ultipro.com/', username: 'TogetherIntegration', password: 'p@ss w0rd!' });
    expect(report).toEqual({ state: 'filled', filled: ['userApiKey', 'customerApiKey', 'rootUrl', 'username', 'password'], missing: [] });
    expect([input('a').value, input('b').value, input('c').value, input('d').value, input('e').value]).toEqual([
      'XJ4MT90000K0', 'B7K2Q', 'https://service4.ultipro.com/', 'TogetherIntegration', 'p@ss w0rd!',
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
    at('https://my.togetherplatform.com/settings?section=integrations', '<h1>Sign in to Together</h1><label for="u">Email</label><input id="u"><label for="p">Password</label><input id="p" type="password">');
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
