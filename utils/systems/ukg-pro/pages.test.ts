import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, afterEach, beforeEach, vi } from 'vitest';
import { readScopeGrid } from '@/utils/systems/ukg-pro/grid';
import { detectPage, type WatchedForm } from '@/utils/contracts/page';
import { readWebUserApiKey, PAGES as UKG_PAGES } from '@/utils/systems/ukg-pro/pages';
import { htmlDocument } from '@/test/support/factories';
import { stubLayout } from '@/test/support/layout';

// Saves read only fields a person can see: give the parsed pages a layout (happy-dom has none).
beforeEach(() => stubLayout());
afterEach(() => vi.restoreAllMocks());

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, 'fixtures', name), 'utf8');
const CTX = { accountName: 'TogetherIntegration' };
const page = (doc: Document) => detectPage(UKG_PAGES, [doc])?.page ?? null;

/** The fixture's scripts do not run in happy-dom: rebuild the grid the add-account script writes. */
function addAccountDoc(): Document {
  const doc = htmlDocument(fixture('add-account.html'));
  const services = [
    'Company Configuration Integration',
    'Employee Job History Details',
    'Employee Person Details',
    'Employee Pay Statement',
    'Payroll Integration',
    'Personal Integration',
    'PTO Plan Integration',
  ];
  const rows = doc.getElementById('rows')!;
  for (const s of services) {
    const tr = doc.createElement('tr');
    const name = doc.createElement('td');
    name.textContent = s;
    tr.append(name);
    for (let i = 0; i < 4; i++) {
      const td = doc.createElement('td');
      const box = doc.createElement('input');
      box.type = 'checkbox';
      td.append(box);
      tr.append(td);
    }
    rows.append(tr);
  }
  return doc;
}

describe('Add/Change Service Account', () => {
  it('is recognised in both variants', () => {
    expect(page(addAccountDoc())?.id).toBe('add-service-account');
    expect(page(htmlDocument(fixture('add-account-top.html')))?.id).toBe('add-service-account');
  });

  it('checks every field as typed, by their labels in either wording', () => {
    const doc = htmlDocument(fixture('add-account-top.html'));
    const form = page(doc)!.form! as Required<WatchedForm>;
    (doc.querySelector('input[name="user"]') as HTMLInputElement).value = ' Together';
    (doc.querySelector('input[type="email"]') as HTMLInputElement).value = 'it@acme.test';
    const byField = Object.fromEntries(
      form
        .check(doc)
        .filter((c) => c.field !== 'scopes')
        .map((c) => [c.field, c.result.level]),
    );
    expect(byField).toEqual({ username: 'error', password: 'error', email: 'ok' });
    expect(form.fixes(form.check(doc))).toEqual(['rights', 'username']);
    form.fix(doc, 'username');
    expect((doc.querySelector('input[name="user"]') as HTMLInputElement).value).toBe('TogetherIntegration');
    form.fix(doc, 'rights');
    expect(form.fixes(form.check(doc))).toEqual([]);
  });

  it('reads the grid whatever the column order and fixes it to exactly the three View boxes', () => {
    for (const doc of [addAccountDoc(), htmlDocument(fixture('add-account-top.html'))]) {
      const form = page(doc)!.form! as Required<WatchedForm>;
      form.fix(doc, 'rights');
      const grid = readScopeGrid(doc)!;
      const ticked = grid.flatMap((r) =>
        Object.entries(r.rights)
          .filter(([, on]) => on)
          .map(([right]) => `${right}:${r.service}`),
      );
      expect(ticked.sort()).toEqual(
        [
          'view:Company Configuration Integration',
          'view:Employee Person Details',
          `view:${grid.some((r) => r.service === 'Personal Integration') ? 'Personal' : 'Personnel'} Integration`,
        ].sort(),
      );
      expect(
        form
          .check(doc)
          .filter((c) => c.field === 'scopes')
          .map((c) => c.result.level),
      ).toEqual(['ok']);
    }
  });

  it('on Save reads the user name and the typed password, not a generated one', () => {
    const doc = htmlDocument(fixture('add-account-top.html'));
    const form = page(doc)!.form! as Required<WatchedForm>;
    (doc.querySelector('input[name="user"]') as HTMLInputElement).value = 'TogetherIntegration';
    (doc.querySelector('input[type="password"]') as HTMLInputElement).value = ' p@ss ';
    expect(form.read(doc)).toEqual({ values: { username: 'TogetherIntegration', password: ' p@ss ' }, events: ['account-saved'] });
    (doc.querySelector('input[name="generated"]') as HTMLInputElement).checked = true;
    expect(form.read(doc)?.values.password).toBeUndefined();
    expect(form.isSubmit(doc.querySelector('button[type="submit"]')!)).toBe(true);
  });
});

describe('the generated-password pop-up', () => {
  const after = (popup: 'a' | 'b') => {
    const doc = htmlDocument(fixture('service-accounts-after.html'));
    (doc.getElementById(popup === 'a' ? 'dlg-a' : 'dlg-b') as HTMLElement).hidden = false;
    return doc;
  };

  it.each([
    ['a', 'k(7Pq!x2#Zr9^'],
    ['b', 'Wq8!m#Lp2(Rz'],
  ] as const)('variant %s yields the password exactly', (variant, password) => {
    const doc = after(variant);
    expect(page(doc)?.id).toBe('password-popup');
    expect(page(doc)!.captures!.password!(doc, CTX)?.value).toBe(password);
  });

  it('gives way to the list once closed', () => {
    expect(page(htmlDocument(fixture('service-accounts-after.html')))?.id).toBe('service-accounts');
  });
});

describe('Service Account Administration after saving', () => {
  const doc = () => {
    const d = htmlDocument(fixture('service-accounts-after.html'));
    d.getElementById('new-user')!.textContent = 'TogetherIntegration';
    return d;
  };
  it('offers the new account’s User API key, found by its user name', () => {
    const d = doc();
    expect(page(d)!.captures!.userApiKey!(d, CTX)?.value).toBe('TG7RX20000K0');
    expect(page(d)!.captures!.userApiKey!(d, { accountName: 'togetherintegration' })?.value).toBe('TG7RX20000K0');
  });
  it('offers no User API key for an account that is not in the grid', () => {
    const d = doc();
    expect(page(d)!.captures!.userApiKey!(d, { accountName: 'SomeoneElse' })).toBeNull();
  });
});

describe('Web Services', () => {
  it.each([
    ['web-services.html', 'https://service4.ultipro.com/', 'B7K2Q'],
    ['web-services-inputs.html', 'https://servicet.ultipro.com/', 'Q2W8R'],
  ])('%s gives the root URL and the Customer API key', (file, root, key) => {
    const doc = htmlDocument(fixture(file));
    const p = page(doc)!;
    expect(p.id).toBe('web-services');
    expect(p.captures!.rootUrl!(doc, CTX)?.value).toBe(root);
    expect(p.captures!.customerApiKey!(doc, CTX)?.value).toBe(key);
    expect(p.captures!.userApiKey).toBeUndefined();
    expect(readWebUserApiKey(doc)).toBe('WEBUSR0000K0');
  });
});

describe('pages outside the flow', () => {
  it.each([
    '<h1>Role Administration</h1><p>Roles</p>',
    '<h1>User Administration</h1><label>User Name <input></label>',
    '<h1>Web Services</h1><p>No endpoints configured.</p>',
  ])('are “any UKG page”: %s', (html) => {
    expect(page(htmlDocument(html))?.id).toBe('ukg-other');
  });
});
