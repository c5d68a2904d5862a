import { afterEach, describe, expect, it, vi } from 'vitest';
import { error } from '../contracts/check';
import type { PageDef } from '../contracts/page';
import { htmlDocument, showInBody } from '@/test/support/factories';
import { scriptContext } from '@/test/support/content-script';
import { createReporter, pageReport } from './page-report';
import { runSystemScript } from './system-script';
import { holdClicks } from './hold';
import { watchTogetherSave } from '../together-page/together-save';

const context = () => scriptContext();

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** A page of a made-up system: it shows a client id (plain or masked), has a secret field to fill, and a form with one check. */
const CLIENTS: PageDef = {
  id: 'clients',
  detect: (doc) => !!doc.querySelector('h1'),
  captures: {
    clientId: (doc) => {
      const el = doc.querySelector('#id');
      return el ? { value: el.textContent ?? '', element: el } : null;
    },
  },
  fill: { clientSecret: (doc) => doc.querySelector<HTMLInputElement>('#secret') },
  form: {
    check: (doc) =>
      doc.querySelector('#name') ? [{ field: 'client-name', element: doc.querySelector('#name'), result: error('Name it') }] : [],
    fixes: (checks) => (checks.length ? ['client-name'] : []),
  },
};

describe('pageReport', () => {
  it('says the page, what it can give and take, and its checks as messages, never the values', () => {
    const doc = htmlDocument('<h1>Clients</h1><span id="id">CL-123</span><input id="secret"><input id="name">');
    const { message, checks, shown } = pageReport({ page: CLIENTS, doc }, { accountName: null }, []);
    expect(message).toEqual({
      type: 'page/detected',
      pageId: 'clients',
      available: ['clientId'],
      fillable: ['clientSecret'],
      checks: [{ field: 'client-name', level: 'error', message: 'Name it' }],
      fixes: ['client-name'],
    });
    expect(JSON.stringify(message)).not.toContain('CL-123');
    expect(checks[0]!.element).toBe(doc.querySelector('#name'));
    expect(shown).toEqual({ clientId: 'CL-123' });
  });

  it('a value shown masked is not offered: the admin is asked to reveal it', () => {
    const doc = htmlDocument('<h1>Clients</h1><span id="id">••••••••</span>');
    const { message, shown } = pageReport({ page: CLIENTS, doc }, { accountName: null }, []);
    expect(message.available).toEqual([]);
    expect(message.checks.map((c) => c.field)).toEqual(['masked']);
    expect(shown).toEqual({});
  });

  it('a page no system knows reports nothing but the site’s own checks', () => {
    const site = [{ field: 'address', element: null, result: error('Not https') }];
    expect(pageReport(null, { accountName: null }, site).message).toEqual({
      type: 'page/detected',
      pageId: null,
      available: [],
      fillable: [],
      checks: [{ field: 'address', level: 'error', message: 'Not https' }],
      fixes: [],
    });
  });
});

describe('createReporter', () => {
  const settle = () => new Promise((r) => setTimeout(r, 10));
  const report = (pageId: string | null) => ({
    type: 'page/detected' as const,
    pageId,
    available: [],
    fillable: [],
    checks: [],
    fixes: [],
  });

  it('sends only what changed, with fingerprints of the values shown instead of the values', async () => {
    const send = vi.fn();
    const reporter = createReporter(send);
    reporter.report(report('clients'), { clientId: 'CL-123' });
    await vi.waitFor(() => expect(send).toHaveBeenCalledOnce());
    reporter.report(report('clients'), { clientId: 'CL-123' });
    await settle();
    expect(send).toHaveBeenCalledOnce();
    const sent = send.mock.calls[0]![0];
    expect(sent.fingerprints.clientId).toMatch(/^[0-9a-f]+$/);
    expect(JSON.stringify(sent)).not.toContain('CL-123');
    reporter.again();
    reporter.report(report('clients'), { clientId: 'CL-123' });
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2));
  });

  it('never sends an older look’s report after a newer one’s', async () => {
    const send = vi.fn();
    const reporter = createReporter(send);
    reporter.report(report('old'), { clientId: 'A' });
    reporter.report(report('new'), {});
    await vi.waitFor(() => expect(send).toHaveBeenCalled());
    await settle();
    expect(send.mock.calls.map(([m]) => m.pageId)).toEqual(['new']);
  });
});

describe('runSystemScript', () => {
  it('starts every part, the launcher and outline too, even when one part fails; the failure is still reported', () => {
    const started: string[] = [];
    // The failure is thrown again from a timer of its own, as any uncaught error is reported.
    const later: (() => void)[] = [];
    vi.spyOn(window, 'setTimeout').mockImplementation(((fn: () => void) => (later.push(fn), 0)) as never);
    runSystemScript(context(), [
      () => {
        throw new Error('the page broke what this part needs');
      },
      () => void started.push('guide'),
    ]);
    vi.restoreAllMocks();
    expect(started).toEqual(['guide']);
    expect(() => later.forEach((fn) => fn())).toThrow('the page broke what this part needs');
  });
});

describe('holdClicks', () => {
  it('leaves a script’s click on a held control alone (only a person’s click is held for confirmation)', () => {
    showInBody('<button id="gen">Generate Secret</button>');
    const gen = document.querySelector('#gen')!;
    const held = {
      matches: (el: Element) => el === gen,
      shouldHold: () => true,
      message: 'vp_hold_message',
      confirm: 'vp_hold_confirm',
      cancel: 'vp_hold_cancel',
    };
    const page: PageDef = { id: 'auth', detect: () => true, hold: held as never };
    holdClicks(context(), [page]).watch(document, () => held as never);
    const clicked = vi.fn();
    gen.addEventListener('click', clicked);
    (gen as HTMLButtonElement).click();
    expect(clicked).toHaveBeenCalledOnce();
    expect(document.querySelector('[data-tsa-confirm]')).toBeNull();
  });
});

describe('watchTogetherSave', () => {
  it('a script’s click on Save is no Save of the admin’s: nothing is reported', async () => {
    showInBody('<form id="f"><input name="key"><button type="submit">Save</button></form><p role="alert" hidden></p>');
    const report = vi.fn();
    const watch = watchTogetherSave(context(), document.querySelector('form'), report);
    document.querySelector<HTMLButtonElement>('button')!.click();
    document.querySelector<HTMLElement>('[role="alert"]')!.hidden = false;
    document.querySelector<HTMLElement>('[role="alert"]')!.textContent = 'Saved';
    await new Promise((r) => setTimeout(r, 150));
    expect(report).not.toHaveBeenCalled();
    watch.stop();
  });
});
