import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSaveWatch } from '@/utils/page/save-watch';
import { PAGES as UKG_PAGES } from '@/utils/systems/ukg-pro/pages';
import { detectPage } from '@/utils/contracts/page';
import { stubLayout } from '@/test/support/layout';
import { htmlDocument } from '@/test/support/factories';
import type { Request } from '@/utils/protocol/messages';

const FIELDS = `<label for="u">User Name</label><input id="u" value="TogetherIntegration"><label for="p">Password</label><input id="p" type="password" value="p@ss!(x) 1">`;
const REAL = `<h1>Add/Change Service Account</h1><form id="f">${FIELDS}<input type="submit" id="save" value="Save"></form>`;

/** A person's click at the control (what a browser fills in), or a keyboard click (detail 0). */
function click(target: Element, opts: { trusted?: boolean; keyboard?: boolean } = {}) {
  const e = new MouseEvent('click', { bubbles: true, clientX: 10, clientY: 10, detail: opts.keyboard ? 0 : 1 });
  Object.defineProperty(e, 'isTrusted', { value: opts.trusted ?? true });
  Object.defineProperty(e, 'target', { value: target });
  return e;
}

/** Shows the page in this window's document (parsed apart, then moved in: no markup sink). */
const show = (html: string) => document.body.replaceChildren(...htmlDocument(html).body.childNodes);

function setUp(html: string, hit?: (doc: Document) => Element | null) {
  show(html);
  // The click's point (10, 10) hits `hit` (the Save by default); a field's own centre has no layout to ask (null).
  document.elementFromPoint = (x: number) => (x === 10 ? (hit ? hit(document) : document.getElementById('save')) : null);
  const sent: Request[] = [];
  const seen = createSaveWatch((m) => sent.push(m));
  const form = detectPage(UKG_PAGES, [document])?.page.form;
  return { sent, seen, form };
}

describe('attack R4-1: a Save counts only as a person sees it', () => {
  const elementFromPoint = document.elementFromPoint;
  beforeEach(() => stubLayout());
  afterEach(() => {
    vi.restoreAllMocks();
    document.elementFromPoint = elementFromPoint;
    document.body.replaceChildren();
  });

  it('the real form’s Save, clicked or pressed by keyboard, takes the account once', () => {
    const { sent, seen, form } = setUp(REAL);
    expect(seen(document, click(document.getElementById('save')!), form)).toBe(true);
    expect(sent).toEqual([
      { type: 'page/form-saved', values: { username: 'TogetherIntegration', password: 'p@ss!(x) 1' }, events: ['account-saved'] },
    ]);
    expect(seen(document, click(document.getElementById('save')!, { keyboard: true }), form)).toBe(true);
    // The submit that follows the click is the same Save, not a second one.
    const submit = new SubmitEvent('submit', { submitter: document.getElementById('save') as HTMLElement });
    Object.defineProperty(submit, 'isTrusted', { value: true });
    expect(seen(document, submit, form)).toBe(true);
    expect(sent).toHaveLength(2);
  });

  it('Enter in a field (the form submitted through its default Save button) counts too', () => {
    const { sent, seen, form } = setUp(REAL);
    const submit = new SubmitEvent('submit', { submitter: document.getElementById('save') as HTMLElement });
    Object.defineProperty(submit, 'isTrusted', { value: true });
    expect(seen(document, submit, form)).toBe(true);
    expect(sent).toHaveLength(1);
  });

  it('never a control named Save only in hidden markup, on a page that is not visibly the form', () => {
    // A cookie banner's "Accept all" labelled Save, next to a hidden Add/Change heading and hidden fields.
    const banner = `<h1 style="display:none">Add/Change Service Account</h1><div style="display:none">${FIELDS}</div><div class="cookie"><button id="save" aria-label="Save">Accept all</button></div>`;
    const a = setUp(banner);
    expect(a.seen(document, click(document.getElementById('save')!), a.form)).toBe(false);
    expect(a.sent).toEqual([]);
    // A Save whose face says Save, but the form's heading is only the document's title.
    const titled = `<title>Add/Change Service Account</title><form>${FIELDS}<button id="save">Save</button></form>`;
    const b = setUp(titled);
    expect(b.seen(document, click(document.getElementById('save')!), b.form)).toBe(false);
    // A <label> around a disguised button is no Save either.
    const c = setUp(`<h1>Add/Change Service Account</h1>${FIELDS}<label id="save" aria-label="Save">Read more</label>`);
    expect(c.seen(document, click(document.getElementById('save')!), c.form)).toBe(false);
  });

  it('never a transparent Save laid over the page: the click’s point must hit the control', () => {
    const { sent, seen, form } = setUp(`${REAL}<p id="more">Read more</p>`, (doc) => doc.getElementById('more'));
    expect(seen(document, click(document.getElementById('save')!), form)).toBe(false);
    expect(seen(document, click(document.getElementById('save')!, { trusted: false }), form)).toBe(false);
    expect(sent).toEqual([]);
  });
});

describe('a Save in a frame (UKG’s ContentFrame: another realm)', () => {
  const elementFromPoint = document.elementFromPoint;
  beforeEach(() => stubLayout());
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    document.elementFromPoint = elementFromPoint;
    document.body.replaceChildren();
  });

  it('is read by tag and node type, never by instanceof against this window', () => {
    // A frame's elements are not this window's classes: as the content script sees them, no input
    // is an instance of its own window's HTMLInputElement.
    const doc = document;
    show(REAL);
    vi.stubGlobal('HTMLInputElement', class Elsewhere {});
    expect(doc.getElementById('save') instanceof HTMLInputElement).toBe(false);
    doc.elementFromPoint = (x: number) => (x === 10 ? doc.getElementById('save') : null);
    const sent: Request[] = [];
    const seen = createSaveWatch((m) => sent.push(m));
    const form = detectPage(UKG_PAGES, [doc])?.page.form;
    expect(seen(doc, click(doc.getElementById('save')!), form)).toBe(true);
    expect(sent).toHaveLength(1);
  });
});
