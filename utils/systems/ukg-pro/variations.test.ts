import { describe, expect, it, afterEach, beforeEach, vi } from 'vitest';
import { accessibleName } from '@/utils/dom/accessible-name';
import { isMasked } from '@/utils/dom/labels';
import { readScopeGrid } from '@/utils/systems/ukg-pro/grid';
import { detectPage } from '@/utils/contracts/page';
import { PAGES as UKG_PAGES } from '@/utils/systems/ukg-pro/pages';
import { htmlDocument } from '@/test/support/factories';
import { stubLayout } from '@/test/support/layout';

// Saves read only fields a person can see: give the parsed pages a layout (happy-dom has none).
beforeEach(() => stubLayout());
afterEach(() => vi.restoreAllMocks());

/**
 * The variation corpus, unit level (docs/robustness.md): each target page rendered along named
 * axes, every combination, asserting detection and capture. The e2e suites run a sample of the
 * same shapes in real browsers.
 */

const ACCOUNT = 'TogetherIntegration';
const KEY = 'TG7RX20001T0';

type Markup = 'table' | 'table, header in first row of td' | 'aria grid' | 'aria grid with aria-colindex' | 'div grid';
type ButtonMarkup = 'button' | 'link' | 'submit input' | 'image input + caption label';
interface ListAxes {
  markup: Markup;
  /** Column order: user name first, or the key first. */
  order: 'name first' | 'key first';
  header: 'User Name' | 'Username' | 'USER NAME';
  /** Other accounts around ours, one with a similar name. */
  decoys: 'none' | 'before and after' | 'similar names';
  addButton: ButtonMarkup;
}

function grid(markup: Markup, headers: string[], rows: string[][]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  switch (markup) {
    case 'table':
      return `<table><thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    case 'table, header in first row of td':
      return `<table>${[headers, ...rows].map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table>`;
    case 'aria grid':
      return `<div role="grid"><div role="row">${headers.map((h) => `<span role="columnheader">${esc(h)}</span>`).join('')}</div>${rows
        .map((r) => `<div role="row">${r.map((c) => `<span role="gridcell">${esc(c)}</span>`).join('')}</div>`)
        .join('')}</div>`;
    case 'aria grid with aria-colindex': {
      // Cells written in reverse DOM order, placed by aria-colindex (virtualised grids do this).
      const row = (cells: string[], role: string) =>
        cells
          .map((c, i) => `<span role="${role}" aria-colindex="${i + 1}">${esc(c)}</span>`)
          .reverse()
          .join('');
      return `<div role="treegrid"><div role="row">${row(headers, 'columnheader')}</div>${rows.map((r) => `<div role="row">${row(r, 'gridcell')}</div>`).join('')}</div>`;
    }
    case 'div grid':
      return `<div class="grid"><div class="hdr">${headers.map((h) => `<div>${esc(h)}</div>`).join('')}</div><div class="body">${rows
        .map((r) => `<div class="r">${r.map((c) => `<div>${esc(c)}</div>`).join('')}</div>`)
        .join('')}</div></div>`;
  }
}

function button(markup: ButtonMarkup, caption: string): string {
  switch (markup) {
    case 'button':
      return `<button type="button">${caption}</button>`;
    case 'link':
      return `<a href="#">${caption}</a>`;
    case 'submit input':
      return `<input type="submit" value="${caption}">`;
    case 'image input + caption label':
      return `<div class="buttonContainer"><input type="image" id="ctl00_btn${caption.replace(/\W/g, '')}" src="/images/Button.gif"><label id="lbl${caption.replace(/\W/g, '')}Btn">${caption.toLowerCase()}</label></div>`;
  }
}

function listPage(a: ListAxes): string {
  const cols = a.order === 'name first' ? [a.header, 'E-mail', 'Status', 'User API Key'] : ['User API Key', 'Status', a.header, 'E-mail'];
  const row = (name: string, key: string) => {
    const byHeader: Record<string, string> = { [a.header]: name, 'E-mail': 'it@example.test', Status: 'Active', 'User API Key': key };
    return cols.map((c) => byHeader[c]!);
  };
  const ours = row(ACCOUNT, KEY);
  const rows =
    a.decoys === 'none'
      ? [ours]
      : a.decoys === 'before and after'
        ? [row('BenefitsSync', 'PL2ZW30000K0'), ours, row('PayrollBridge', 'QQ9ZW30000K0')]
        : [row('TogetherIntegration2', 'ZZ1ZW30000K0'), row('OldTogetherIntegration', 'YY1ZW30000K0'), ours];
  return `<h1><em id="ctl00_lblSuperHeader"></em><label id="ctl00_lblPageHeader">Service Account Administration</label></h1>
    <p>Customer API Key: Q2W8R</p>${button(a.addButton, 'Add')}${grid(a.markup, cols, rows)}`;
}

function* combinations<T extends object>(axes: { [K in keyof T]: readonly T[K][] }): Generator<T> {
  const keys = Object.keys(axes) as (keyof T)[];
  function* walk(i: number, acc: Partial<T>): Generator<T> {
    if (i === keys.length) return yield acc as T;
    for (const v of axes[keys[i]!]) yield* walk(i + 1, { ...acc, [keys[i]!]: v });
  }
  yield* walk(0, {});
}

const LIST_VARIANTS = [
  ...combinations<ListAxes>({
    markup: ['table', 'table, header in first row of td', 'aria grid', 'aria grid with aria-colindex', 'div grid'],
    order: ['name first', 'key first'],
    header: ['User Name', 'Username', 'USER NAME'],
    decoys: ['none', 'before and after', 'similar names'],
    addButton: ['button', 'link', 'submit input', 'image input + caption label'],
  }),
];

describe(`Service Account Administration in ${LIST_VARIANTS.length} shapes`, () => {
  it.each(LIST_VARIANTS.map((a) => [Object.values(a).join(' · '), a] as const))('%s', (_name, axes) => {
    const doc = htmlDocument(listPage(axes));
    const found = detectPage(UKG_PAGES, [doc]);
    expect(found?.page.id).toBe('service-accounts');
    const ctx = { accountName: ACCOUNT };
    expect(found!.page.captures!.userApiKey!(doc, ctx)?.value).toBe(KEY);
    expect(found!.page.captures!.customerApiKey!(doc, ctx)?.value).toBe('Q2W8R');
    const add = found!.page.anchors!.addButton!(doc, ctx) as Element;
    expect(add.tagName).toMatch(/^(BUTTON|A|INPUT)$/);
    // Another account's name finds no key of ours.
    expect(found!.page.captures!.userApiKey!(doc, { accountName: 'NoSuchAccount' })).toBeNull();
  });
});

const RIGHTS_MARKUP: Markup[] = ['table', 'aria grid', 'div grid'];
describe('the Web Services rights grid, whatever its markup and column order', () => {
  it.each(
    RIGHTS_MARKUP.flatMap(
      (m) =>
        [
          [m, 'Add Delete View Edit'],
          [m, 'View Edit Add Delete'],
        ] as const,
    ),
  )('%s, columns %s', (markup, order) => {
    const rights = order.split(' ');
    const box = (on: boolean) => `<input type="checkbox"${on ? ' checked' : ''}>`;
    const headers = ['Web Service', ...rights];
    const rows = ['Personnel Integration', 'Employee Person Details', 'Payroll Integration'].map((s) => [s, ...rights.map(() => '')]);
    const doc = htmlDocument(`<h1>Add/Change Service Account</h1>${grid(markup, headers, rows)}`);
    // Put a box in every right cell (the generator writes text only).
    for (const cell of doc.querySelectorAll('td:not(:first-child), [role="gridcell"]:not(:first-child), .r > div:not(:first-child)'))
      cell.innerHTML = box(false);
    const viewIndex = rights.indexOf('View') + 1;
    const firstRowView = readScopeGrid(doc)![0]!.boxes.view!;
    firstRowView.checked = true;
    const grid2 = readScopeGrid(doc)!;
    expect(grid2.map((r) => r.service)).toEqual(['Personnel Integration', 'Employee Person Details', 'Payroll Integration']);
    expect(grid2[0]!.rights).toEqual({ add: false, delete: false, view: true, edit: false });
    expect(viewIndex).toBeGreaterThan(0);
  });
});

describe('accessible names of controls', () => {
  it.each([
    ['<button>  Save </button>', 'save'],
    ['<button aria-label="Save changes"><img src="x.gif"></button>', 'save changes'],
    ['<span id="l1">Generate</span><span id="l2">Secret</span><button aria-labelledby="l1 l2">⟳</button>', 'generate secret'],
    ['<input type="image" alt="Save" src="s.gif">', 'save'],
    ['<input type="image" title="Add" src="a.gif">', 'add'],
    [
      '<div class="buttonContainer"><input type="image" id="ctl00_btnSave" src="ButtonSave.gif"><label id="lblSaveBtn">save</label></div>',
      'save',
    ],
    ['<input type="submit" value="Configure Connect">', 'configure connect'],
    ['<a href="#"><img alt="Add" src="plus.gif"></a>', 'add'],
  ])('%s → %j', (html, name) => {
    const doc = htmlDocument(html);
    const control = doc.querySelector('button, input, a')!;
    expect(accessibleName(control)).toBe(name);
  });
});

describe('masked values', () => {
  it.each([
    ['••••••••', true],
    ['********', true],
    ['●●●●●●', true],
    ['abc•••••', true],
    ['B7K2Q', false],
    ['p@ss*word', false],
    ['**', false],
  ])('%j masked: %s', (value, masked) => expect(isMasked(value)).toBe(masked));
});

interface WebServicesAxes {
  endpoint: 'https://service4.ultipro.com' | 'http://Servicet.ultipro.com' | 'HTTPS://SERVICE5.ULTIPRO.COM';
  keyIn: 'cell' | 'read-only input' | 'label: value' | 'definition list';
  tenantRow: boolean;
  endpointsIn: 'table' | 'list' | 'read-only inputs';
}

function webServicesPage(a: WebServicesAxes): string {
  const key = {
    cell: '<table><tr><td>Customer API Key</td><td>B7K2Q</td></tr><tr><td>User API Key</td><td>WEBUSR0000K0</td></tr></table>',
    'read-only input':
      '<label for="k">Customer API Key</label><input id="k" readonly value="B7K2Q"><label for="u">User API Key</label><input id="u" readonly value="WEBUSR0000K0">',
    'label: value': '<p>Customer API Key: B7K2Q</p><p>User API Key: WEBUSR0000K0</p>',
    'definition list': '<dl><dt>Customer API Key</dt><dd>B7K2Q</dd><dt>User API Key</dt><dd>WEBUSR0000K0</dd></dl>',
  }[a.keyIn];
  const urls = ['LoginService', 'EmployeePerson', 'BIDataService'].map((s) => `${a.endpoint}/services/${s}`);
  const endpoints = {
    table: `<table><tr><th>Service</th><th>Endpoint</th></tr>${urls.map((u, i) => `<tr><td>Service ${i}</td><td>${u}</td></tr>`).join('')}</table>`,
    list: `<ul>${urls.map((u) => `<li>${u}</li>`).join('')}</ul>`,
    'read-only inputs': urls.map((u) => `<input readonly value="${u}">`).join(''),
  }[a.endpointsIn];
  return `<h1>Web Services</h1>${key}${a.tenantRow ? '<p>Tenant ID: 5f1c9a</p>' : ''}<h2>Endpoints</h2>${endpoints}`;
}

const WEB_SERVICES_VARIANTS = [
  ...combinations<WebServicesAxes>({
    endpoint: ['https://service4.ultipro.com', 'http://Servicet.ultipro.com', 'HTTPS://SERVICE5.ULTIPRO.COM'],
    keyIn: ['cell', 'read-only input', 'label: value', 'definition list'],
    tenantRow: [false, true],
    endpointsIn: ['table', 'list', 'read-only inputs'],
  }),
];

describe(`Web Services in ${WEB_SERVICES_VARIANTS.length} shapes`, () => {
  it.each(WEB_SERVICES_VARIANTS.map((a) => [Object.values(a).join(' · '), a] as const))('%s', (_name, axes) => {
    const doc = htmlDocument(webServicesPage(axes));
    const found = detectPage(UKG_PAGES, [doc]);
    expect(found?.page.id).toBe('web-services');
    const ctx = { accountName: ACCOUNT };
    const host = new URL(axes.endpoint.toLowerCase()).hostname;
    expect(found!.page.captures!.rootUrl!(doc, ctx)?.value).toBe(`https://${host}/`);
    expect(found!.page.captures!.customerApiKey!(doc, ctx)?.value).toBe('B7K2Q');
    // The web user's own key is never offered as the service account's.
    expect(found!.page.captures!.userApiKey).toBeUndefined();
  });
});

interface AddAccountAxes {
  save: ButtonMarkup;
  userLabel: 'User Name' | 'Username' | 'USER NAME' | 'Login Name';
  layout: 'label for' | 'wrapping label' | 'table cells';
}

function addAccountPage(a: AddAccountAxes): string {
  const field = (label: string, id: string, type = 'text') =>
    a.layout === 'label for'
      ? `<label for="${id}">${label}</label><input id="${id}" type="${type}">`
      : a.layout === 'wrapping label'
        ? `<label>${label} <input id="${id}" type="${type}"></label>`
        : `<table><tr><td><label for="${id}">${label}</label></td><td><input id="${id}" type="${type}"></td></tr></table>`;
  return `<h1><label id="ctl00_lblPageHeader">Add/Change Service Account</label></h1><div class="toolbar">${button(a.save, 'Save')}</div>
    ${field(a.userLabel, 'user')}${field('Password', 'pw', 'password')}<label><input type="checkbox" id="gen"> Generate New Password</label>${field('Email Address', 'mail', 'email')}`;
}

const ADD_VARIANTS = [
  ...combinations<AddAccountAxes>({
    save: ['button', 'link', 'submit input', 'image input + caption label'],
    userLabel: ['User Name', 'Username', 'USER NAME', 'Login Name'],
    layout: ['label for', 'wrapping label', 'table cells'],
  }),
];

describe(`Add/Change Service Account in ${ADD_VARIANTS.length} shapes`, () => {
  it.each(ADD_VARIANTS.map((a) => [Object.values(a).join(' · '), a] as const))('%s', (_name, axes) => {
    const doc = htmlDocument(addAccountPage(axes));
    const found = detectPage(UKG_PAGES, [doc]);
    expect(found?.page.id).toBe('add-service-account');
    const form = found!.page.form!;
    const save = found!.page.anchors!.save!(doc, { accountName: null }) as Element;
    expect(save).not.toBeNull();
    expect(form.isSubmit!(save)).toBe(true);
    // A click on the caption label beside an image button counts as Save too.
    const caption = doc.querySelector('.buttonContainer label');
    if (caption) expect(form.isSubmit!(caption)).toBe(true);
    (doc.getElementById('pw') as HTMLInputElement).value = 'p@ss!(x) 1';
    const user = doc.getElementById('user') as HTMLInputElement;
    user.value = 'TogetherIntegration';
    const read = form.read!(doc);
    if (axes.userLabel === 'Login Name')
      expect(read?.values.username ?? '').toBe(''); // not a user-name label: never guessed
    else expect(read?.values).toMatchObject({ username: 'TogetherIntegration', password: 'p@ss!(x) 1' });
  });
});
