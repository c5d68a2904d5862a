import { vantagepointBehaviour } from '@/utils/systems/vantagepoint/behaviour';
import { describe, expect, it, vi } from 'vitest';
import { checkPublicAddress, checkVantagepointUrl, readVersion, windowsAuthNote } from '@/utils/systems/vantagepoint/address';
import { eventsFromChecks } from '@/utils/guides/events';
import { classifySender } from '@/utils/protocol/sender';
import { detectPage } from '@/utils/contracts/page';
import { PAGES as VANTAGEPOINT_PAGES } from '@/utils/systems/vantagepoint/pages';
import { contentSender, SELF, htmlDocument } from '@/test/support/factories';

describe('public address', () => {
  it.each([
    ['acme.deltekfirst.com', 'ok'],
    ['vantagepoint.acme-engineering.com', 'ok'],
    ['203.0.113.10', 'ok'],
    ['localhost', 'warn'],
    ['vp', 'warn'],
    ['10.1.2.3', 'warn'],
    ['172.20.0.5', 'warn'],
    ['192.168.1.20', 'warn'],
    ['127.0.0.1', 'warn'],
    ['[::1]', 'warn'],
    ['[fd12:3456::1]', 'warn'],
    ['vp.acme.local', 'warn'],
    ['vp.acme.lan', 'warn'],
    ['vp.acme.corp', 'warn'],
    ['vp.acme.internal', 'warn'],
  ])('%s → %s', (host, level) => expect(checkPublicAddress(host).level).toBe(level));
});

describe('Vantagepoint URL', () => {
  it.each([
    ['https://acme.deltekfirst.com/Acme/app/#!Employees', 'ok', 'https://acme.deltekfirst.com/Acme/app/'],
    ['https://acme.deltekfirst.com/Acme/api/token', 'ok', 'https://acme.deltekfirst.com/Acme/app/'],
    ['https://vp.acme.local/Acme/app/', 'warn', 'https://vp.acme.local/Acme/app/'],
    ['http://acme.deltekfirst.com/Acme/app/', 'error', null],
    ['https://acme.deltekfirst.com/', 'error', null],
    ['acme', 'error', null],
  ])('%s → %s', (raw, level, url) => {
    const r = checkVantagepointUrl(raw);
    expect([r.level, r.url]).toEqual([level, url]);
  });
});

describe('version and Windows authentication', () => {
  it.each([
    ['Vantagepoint 7.0.1', 7],
    ['Deltek Vantagepoint version 6.5', 6.5],
    ['Version 4.5 (build 1234)', 4.5],
    ['no version here', null],
  ])('%s → %s', (text, version) => expect(readVersion(text)).toBe(version));

  it('gives the note for the version, both notes when unknown', () => {
    expect(windowsAuthNote(4.5).level).toBe('error');
    expect(windowsAuthNote(5.5).message).toMatch(/Vantagepoint OAuth/);
    expect(windowsAuthNote(7).level).toBe('ok');
    const unknown = windowsAuthNote(null);
    expect(unknown.message).toMatch(/3\.5–4\.5/);
    expect(unknown.message).toMatch(/6\.5 and later/);
  });
});

const roles = (v7: boolean, { ticked = false, admin = false } = {}) => `
  <h1>Roles</h1><div role="tablist"><span role="tab">Overview</span></div>
  ${v7 ? `<label for="t">Type of Role</label><select id="t"><option>Standard</option><option ${admin ? 'selected' : ''}>Administrator</option></select>` : ''}
  <label><input type="checkbox"> Full Access to All Menu Items</label>
  <ul><li><label>Utilities</label><ul><li><label>Integrations</label><ul>
    <li><label><input type="checkbox" id="node" ${ticked ? 'checked' : ''}> ${v7 ? 'Connect' : 'Connect Administration'}</label></li>
  </ul></li></ul></li></ul><footer>Vantagepoint ${v7 ? '7.0' : '6.5'}</footer>`;

const page = (html: string) => {
  const doc = htmlDocument(html);
  const found = detectPage(VANTAGEPOINT_PAGES, [doc]);
  return { doc, id: found?.page.id, checks: found?.page.form?.check(doc).map((c) => [c.field, c.result.level]) ?? [] };
};

describe('Vantagepoint pages', () => {
  it('Roles, 6.5 and 7.0 wording', () => {
    expect(page(roles(false))).toMatchObject({ id: 'roles', checks: [['role-access', 'error']] });
    expect(page(roles(false, { ticked: true })).checks).toEqual([['role-access', 'ok']]);
    expect(page(roles(true, { ticked: true })).checks).toEqual([
      ['role-access', 'ok'],
      ['role-type', 'error'],
    ]);
    expect(page(roles(true, { ticked: true, admin: true })).checks).toEqual([
      ['role-access', 'ok'],
      ['role-type', 'ok'],
    ]);
    const { doc } = page(roles(true));
    const anchor = VANTAGEPOINT_PAGES.find((p) => p.id === 'roles')!.anchors!.connectNode!(doc, { accountName: null });
    expect((anchor as Element).id).toBe('node');
  });

  it('a "Connect" checkbox outside Utilities > Integrations is not the node', () => {
    const { doc } = page(
      `<h1>Roles</h1><div role="tablist"><span role="tab">Overview</span></div><ul><li><label>Reports</label><ul><li><label><input type="checkbox"> Connect</label></li></ul></li></ul>`,
    );
    expect(VANTAGEPOINT_PAGES.find((p) => p.id === 'roles')!.anchors!.connectNode!(doc, { accountName: null })).toBeNull();
  });

  it('Users: employee, e-mail and the Windows note', () => {
    const users = (employee: string, email: string, windows: boolean) =>
      `<h1>Users</h1><button>+ New User</button><label>Employee <input value="${employee}"></label><label>Email <input value="${email}"></label>
       <label><input type="checkbox" ${windows ? 'checked' : ''}> Windows Authentication</label><footer>Vantagepoint 6.5</footer>`;
    expect(page(users('Jane Smith', 'jane@acme.test', false))).toMatchObject({
      id: 'users',
      checks: [
        ['employee', 'ok'],
        ['employee-email', 'ok'],
      ],
    });
    expect(page(users('', '', true)).checks).toEqual([
      ['employee', 'error'],
      ['employee-email', 'error'],
      ['windows-auth', 'ok'],
    ]);
  });

  it('API Authorization in both wordings, and its held Generate Secret', () => {
    const api = (v7: boolean, secret: string) => `<h1>API Authorization</h1>
      <label>${v7 ? 'Consumer Key' : 'Client ID'} <input value="${secret ? 'cid-1' : ''}"></label>
      <label>${v7 ? 'Secret' : 'Client Secret'} <input type="password" value="${secret}"></label>
      <label>Database Name <input value="Acme (PROD)"></label><button id="gen">Generate Secret</button>`;
    for (const v7 of [false, true]) {
      const { doc, id, checks } = page(api(v7, 's3cret'));
      expect(id).toBe('api-authorization');
      expect(checks).toEqual([['api-credentials', 'ok']]);
      const def = VANTAGEPOINT_PAGES.find((p) => p.id === 'api-authorization')!;
      const ctx = { accountName: null };
      expect([
        def.captures!.clientId!(doc, ctx)?.value,
        def.captures!.clientSecret!(doc, ctx)?.value,
        def.captures!.database!(doc, ctx)?.value,
      ]).toEqual(['cid-1', 's3cret', 'Acme (PROD)']);
      expect(def.hold!.matches(doc.getElementById('gen')!)).toBe(true);
      expect(def.hold!.shouldHold(doc)).toBe(true);
    }
    const empty = page(api(false, ''));
    expect(empty.checks).toEqual([['api-credentials', 'error']]);
    expect(VANTAGEPOINT_PAGES.find((p) => p.id === 'api-authorization')!.hold!.shouldHold(empty.doc)).toBe(false);
  });

  it('Connect Administration (≤6.5) and Connect (7.0), with its settings fields', () => {
    // happy-dom does no layout: give every element a box, so fields count as plainly visible.
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(() =>
      DOMRect.fromRect({ x: 10, y: 10, width: 200, height: 24 }),
    );
    for (const title of ['Connect Administration', 'Connect']) {
      const { doc, id } = page(
        `<h1>${title}</h1><button>Configure Connect</button><label>Client ID <input></label><label>Client Secret <input type="password"></label><label>Vantagepoint Tenant <input></label>`,
      );
      expect(id).toBe('connect-administration');
      const fill = VANTAGEPOINT_PAGES.find((p) => p.id === 'connect-administration')!.fill!;
      expect(Object.values(fill).every((find) => find!(doc))).toBe(true);
    }
    expect(page('<h1>Connect</h1><p>Nothing to configure here</p>').id).toBe('vantagepoint-other');
    vi.restoreAllMocks();
  });
});

describe('step events from checks', () => {
  const c = (field: string, level: 'ok' | 'warn' | 'error' = 'ok') => ({ field, level, message: '' });
  it('role and user steps finish when their checks pass; a warning does not block', () => {
    expect(eventsFromChecks(vantagepointBehaviour, [c('role-access')])).toEqual(['role-ok']);
    expect(eventsFromChecks(vantagepointBehaviour, [c('role-access'), c('role-type', 'error')])).toEqual([]);
    expect(eventsFromChecks(vantagepointBehaviour, [c('employee'), c('employee-email'), c('windows-auth', 'warn')])).toEqual(['user-ok']);
    expect(eventsFromChecks(vantagepointBehaviour, [c('employee'), c('employee-email'), c('windows-auth', 'error')])).toEqual([]);
  });
});

describe('on-premises senders', () => {
  const url = 'https://vp.acme-engineering.com/Acme/app/#!Roles';
  it('count as Vantagepoint only once the admin added the origin, and only on the app path', () => {
    expect(classifySender(contentSender(url), SELF)).toBeNull();
    const self = { ...SELF, onPremOrigins: new Set(['https://vp.acme-engineering.com']) };
    expect(classifySender(contentSender(url), self)).toMatchObject({ kind: 'content-script', site: 'vantagepoint' });
    expect(classifySender(contentSender('https://vp.acme-engineering.com/other/page'), self)).toBeNull();
    expect(classifySender(contentSender('https://vp.acme-engineering.com.evil.test/Acme/app/'), self)).toBeNull();
  });
});

describe('API Authorization in 5.0+ shapes (several records, "Consumer Key" wording)', () => {
  const record = (name: string, key: string, secret: string) =>
    `<section class="record"><label>Authorization Name <input value="${name}"></label><label><input type="checkbox"> Match Role Access</label>` +
    `<label>Consumer Key <input readonly value="${key}"></label><label>Secret <input type="password" readonly value="${secret}"></label><button type="button">Copy to Clipboard</button></section>`;
  const capture = (html: string) => {
    const { doc, id } = page(
      `<h1>API Authorization</h1><button type="button">+ New API Authorization</button>${html}<button type="button">Generate Secret</button>`,
    );
    expect(id).toBe('api-authorization');
    const p = VANTAGEPOINT_PAGES.find((x) => x.id === 'api-authorization')!;
    const ctx = { accountName: null };
    return { clientId: p.captures!.clientId!(doc, ctx)?.value ?? null, clientSecret: p.captures!.clientSecret!(doc, ctx)?.value ?? null };
  };

  it.each([
    [
      'Connect first',
      [
        ['Connect', 'vp-connect-key', 'connect-secret'],
        ['Payroll export', 'vp-payroll-key', 'payroll-secret'],
      ],
    ],
    [
      'Connect last',
      [
        ['Payroll export', 'vp-payroll-key', 'payroll-secret'],
        ['BI feed', 'vp-bi-key', 'bi-secret'],
        ['Deltek Connect', 'vp-connect-key', 'connect-secret'],
      ],
    ],
  ] as const)('takes the Connect record’s values: %s', (_name, records) => {
    expect(capture(records.map((r) => record(r[0], r[1], r[2])).join(''))).toEqual({
      clientId: 'vp-connect-key',
      clientSecret: 'connect-secret',
    });
  });

  it('takes nothing when several records exist and none is Connect’s (never another integration’s secret)', () => {
    expect(capture(record('Payroll export', 'vp-payroll-key', 'payroll-secret') + record('BI feed', 'vp-bi-key', 'bi-secret'))).toEqual({
      clientId: null,
      clientSecret: null,
    });
  });

  /** A record in each dress Vantagepoint and its themes use: the name and the key as fields or as text. */
  const DRESSES: Record<string, (name: string, key: string, secret: string) => string> = {
    'name as a field': record,
    'name as text beside its label': (name, key, secret) =>
      `<div class="record"><span>Authorization Name:</span> <span>${name}</span><label>Consumer Key <input readonly value="${key}"></label><label>Secret <input type="password" readonly value="${secret}"></label></div>`,
    'name and label in one text': (name, key, secret) =>
      `<div class="record"><p>Authorization Name: ${name}</p><p>Consumer Key: ${key}</p><p>Secret: ${secret}</p></div>`,
    'name as the record’s heading': (name, key, secret) =>
      `<article><h3>${name}</h3><label>Consumer Key <input readonly value="${key}"></label><label>Secret <input readonly value="${secret}"></label></article>`,
    'a table, one row per record': (name, key, secret) =>
      `<table><tr><th>Authorization Name</th><td>${name}</td></tr><tr><th>Consumer Key</th><td>${key}</td></tr><tr><th>Secret</th><td>${secret}</td></tr></table>`,
    'a definition list': (name, key, secret) =>
      `<dl><dt>Authorization Name</dt><dd>${name}</dd><dt>Consumer Key</dt><dd>${key}</dd><dt>Secret</dt><dd>${secret}</dd></dl>`,
    'name as a read-only field': (name, key, secret) =>
      `<fieldset><label>Authorization Name <input readonly value="${name}"></label><label>Client ID <input readonly value="${key}"></label><label>Client Secret <input readonly value="${secret}"></label></fieldset>`,
  };
  const OTHERS = [
    ['Payroll export', 'vp-payroll-key', 'payroll-secret'],
    ['BI feed', 'vp-bi-key', 'bi-secret'],
  ] as const;
  const CONNECT = ['Connect', 'vp-connect-key', 'connect-secret'] as const;

  describe.each(Object.entries(DRESSES))('records with %s', (_dress, dress) => {
    it.each([0, 1, 2])('takes Connect’s values wherever it is listed (position %i)', (at) => {
      const list: (readonly [string, string, string])[] = [...OTHERS];
      list.splice(at, 0, CONNECT);
      expect(capture(list.map((r) => dress(r[0], r[1], r[2])).join(''))).toEqual({
        clientId: 'vp-connect-key',
        clientSecret: 'connect-secret',
      });
    });
    it('takes nothing, and says why, when none of several is named Connect', () => {
      const html = OTHERS.map((r) => dress(r[0], r[1], r[2])).join('');
      expect(capture(html)).toEqual({ clientId: null, clientSecret: null });
      const { doc } = page(`<h1>API Authorization</h1>${html}<button type="button">Generate Secret</button>`);
      const p = VANTAGEPOINT_PAGES.find((x) => x.id === 'api-authorization')!;
      expect(p.form!.check(doc).map((c) => c.result.message)).toContain(
        'Several API authorizations are listed and none is named Connect: open Connect’s, so that only its Client ID and secret are taken.',
      );
    });
    it('takes nothing when two are named Connect (whose would it be?)', () => {
      expect(
        capture([CONNECT, ['Connect (old)', 'vp-old-key', 'old-secret'] as const].map((r) => dress(r[0], r[1], r[2])).join('')),
      ).toEqual({ clientId: null, clientSecret: null });
    });
  });

  it('help text that mentions the Client ID is no record of its own', () => {
    expect(
      capture(
        '<p>Client ID and secret are shown once. Copy them now.</p><label>Client ID <input value="k3"></label><label>Client Secret <input value="s3"></label>',
      ),
    ).toEqual({ clientId: 'k3', clientSecret: 's3' });
  });

  it('one record, or the older single form: its values', () => {
    expect(capture(record('Connect', 'k1', 's1'))).toEqual({ clientId: 'k1', clientSecret: 's1' });
    expect(capture('<label>Client ID <input value="k2"></label><label>Client Secret <input value="s2"></label>')).toEqual({
      clientId: 'k2',
      clientSecret: 's2',
    });
  });

  it.each([
    ['Deltek Vantagepoint 2025.2', 2025.2],
    ['Vantagepoint 7.0', 7],
    ['Version 6.5 (build 123)', 6.5],
    ['nothing about versions', null],
  ])('reads the product version from %j', (text, version) => expect(readVersion(text)).toBe(version));
});
