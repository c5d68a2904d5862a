import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { outlineLines } from '@/utils/dom/outline';
import { formatOutline } from '@/utils/outline/format';
import { redact, UI_WORDS } from '@/utils/outline/redact';
import { isUiWord } from '@/utils/outline/vocabulary';

/** What the admin sees: collected by the content script, redacted by the background. */
const pageOutline = (doc: Document) => formatOutline(outlineLines(doc))!;
import { buildPanelState } from '@/utils/guides/panel-state';
import { ukgProGuide } from '@/utils/systems/ukg-pro/guide';
import { EMPTY_PROGRESS } from '@/utils/contracts/guide';
import { isCatchAllPage } from '@/utils/contracts/page';
import { PAGES as UKG_PAGES } from '@/utils/systems/ukg-pro/pages';
import { PAGES as VANTAGEPOINT_PAGES } from '@/utils/systems/vantagepoint/pages';
import { htmlDocument } from '@/test/support/factories';

/** Each property's own time limit: hundreds of generated cases on a loaded 2-core machine. */
const PROPERTY_TIMEOUT_MS = 30_000;

const fixture = (dir: string, name: string) => readFileSync(resolve(import.meta.dirname, '../systems', dir, 'fixtures', name), 'utf8');

describe('redacted page outline', () => {
  it('lists headings, labels, columns, buttons and fields of UKG’s list page, never its keys', () => {
    const doc = htmlDocument(fixture('ukg-pro', 'service-accounts-after.html'));
    const outline = pageOutline(doc);
    expect(outline).toMatch(/^page: /);
    expect(outline).toContain('th: User API Key');
    expect(outline).toContain('button: OK');
    // The generated-password pop-up is named, not read out.
    expect(outline).toMatch(/^dialog/m);
    for (const secret of ['B7K2Q', 'XJ4MT90000K0', 'TG7RX20000K0', '/wEPDwUKMTY3', 'k(7Pq!x2#Zr9^']) expect(outline).not.toContain(secret);
  });

  it('names each field and its label but never what it holds', () => {
    const doc = htmlDocument(fixture('ukg-pro', 'add-account.html'));
    (doc.getElementById('ctl00_Content_txtUserName') as HTMLInputElement).value = 'TogetherIntegration';
    (doc.getElementById('ctl00_Content_txtPassword') as HTMLInputElement).value = 'p@ss!Word(1)';
    const outline = pageOutline(doc);
    expect(outline).toContain('field input[text] name="user": User Name');
    expect(outline).toContain('field input[password]');
    expect(outline).not.toContain('TogetherIntegration');
    expect(outline).not.toContain('p@ss');
  });

  it('leaves out a textarea’s text even inside a label, and the query string', () => {
    const doc = htmlDocument('<title>T</title><h1>Keys</h1><label>Notes <textarea>secret note</textarea></label>');
    expect(pageOutline(doc)).not.toContain('secret note');
    expect(pageOutline(doc)).toContain('field textarea: Notes');
  });

  it('redacts what may be a value inside a heading or label', () => {
    expect(redact('Customer API Key: B7K2Q')).toBe('Customer API Key: [redacted]');
    expect(redact('Password: k(7Pq!x2#Zr9^')).toBe('Password: [redacted]');
    expect(redact('Contact admin@acme.example or call 5551234')).toBe('Contact [e-mail] or call [number]');
    expect(redact('Service Account Administration')).toBe('Service Account Administration');
    expect(redact('Add/Change Service Account (E-mail, Users, Roles):')).toBe('Add/Change Service Account (E-mail, Users, Roles):');
  });

  it('attack 7: letters-only keys, passwords without digits and URL paths are redacted too', () => {
    expect(redact('Customer API Key: QWERT')).toBe('Customer API Key: [redacted]');
    expect(redact('Password: k(Pq!xZr^')).toBe('Password: [redacted]');
    expect(redact('Password: CorrectHorseBattery')).toBe('Password: [redacted]');
    const doc = htmlDocument('<title>Acme</title><h1>Web Services</h1>');
    Object.defineProperty(doc, 'location', { value: new URL('https://acme.deltekfirst.com/AcmeTenant7/app/?token=QWERT#!Secret') });
    const first = pageOutline(doc).split('\n')[0]!;
    expect(first).toBe('page: acme.deltekfirst.com/[redacted]/app/');
  });

  test.prop(
    [
      fc.stringMatching(/^[A-Za-z0-9]{5}$/),
      fc.stringMatching(/^[A-Za-z0-9!@#$%^&*()_+=]{8,16}$/).filter((s) => /[^A-Za-z0-9]/.test(s) || /\d/.test(s) || /[a-z][A-Z]/.test(s)),
      fc.stringMatching(/^[A-Za-z0-9]{12}$/),
    ],
    { numRuns: 1000, seed: 20261201 },
  )(
    'attack 7: no key or password shape survives in a heading, label, button or path',
    (customer, password, user) => {
      fc.pre(!UI_WORDS.has(customer.toLowerCase()));
      fc.pre(/\d|[A-Z].*[A-Z]|[a-z][A-Z]/.test(user) || /\d/.test(user));
      const doc = htmlDocument(`<h1>Key ${customer}</h1><label for="k">Password ${password}</label><input id="k"><button>${user}</button>`);
      Object.defineProperty(doc, 'location', { value: new URL(`https://n12.ultipro.com/pages/${customer}/x.aspx`) });
      const outline = pageOutline(doc);
      expect(outline).not.toContain(customer);
      expect(outline).not.toContain(password);
      expect(outline).not.toContain(user);
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('attack R3-5: a User API key with no digit, a password of joined words, a 6–7-letter token', () => {
    for (const secret of ['QPLZWXMKRTVN', 'Harbor-Sunset-Bridge', 'KXQWPL', 'kxqwplm', 'correct/horse/battery']) {
      expect(redact(`Key: ${secret}`)).toBe('Key: [redacted]');
      const doc = htmlDocument(
        `<h1>User API Key ${secret}</h1><label for="p">Password ${secret}</label><input id="p"><button>${secret}</button>`,
      );
      expect(pageOutline(doc)).not.toContain(secret);
    }
    // The interface's own words stay: the outline must still say which page this is.
    expect(redact('Service Account Administration: Web Services, Authorizations, Integrations (Settings)')).toBe(
      'Service Account Administration: Web Services, Authorizations, Integrations (Settings)',
    );
  });

  /** Words that are no word of any admin interface, for passwords of joined words. */
  const NOT_UI = ['Harbor', 'Sunset', 'Bridge', 'Maple', 'Falcon', 'Copper', 'Violet', 'Thunder', 'Meadow', 'Quartz', 'Pepper', 'Walrus'];
  test.prop(
    [
      fc.stringMatching(/^[A-Z]{12}$/),
      fc.stringMatching(/^[A-Za-z]{6,7}$/),
      fc.array(fc.constantFrom(...NOT_UI), { minLength: 2, maxLength: 4 }),
      fc.constantFrom('-', '/', '', '.'),
      fc.constantFrom('h1', 'label', 'button', 'th', 'legend'),
    ],
    { numRuns: 1000, seed: 20261205 },
  )(
    'attack R3-5: no letters-only key, single-case token or joined-word password survives anywhere in the outline',
    (userKey, token, words, joint, tag) => {
      const password = words.join(joint);
      fc.pre(!isUiWord(token));
      const doc = htmlDocument(
        `<${tag}>Key ${userKey}</${tag}><h2>Token ${token}</h2><label for="p">Password ${password}</label><input id="p">`,
      );
      const outline = pageOutline(doc);
      expect(outline).not.toContain(userKey);
      expect(outline).not.toContain(token);
      expect(outline).not.toContain(password);
    },
    PROPERTY_TIMEOUT_MS,
  );

  test.prop(
    [
      fc.stringMatching(/^[A-Z0-9]{5}$/).filter((s) => /\d/.test(s) && /[A-Z]/.test(s)),
      fc.stringMatching(/^[A-Za-z0-9]{12}$/).filter((s) => /\d/.test(s) && /[A-Za-z]/.test(s)),
    ],
    {
      numRuns: 1000,
      seed: 20261122,
    },
  )(
    'no mixed key survives in any heading, label or button',
    (customer, user) => {
      const doc = htmlDocument(
        `<h1>Key ${customer}</h1><label for="k">User key ${user}</label><input id="k" value="${user}"><button>${customer}</button>`,
      );
      const outline = pageOutline(doc);
      expect(outline).not.toContain(customer);
      expect(outline).not.toContain(user);
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe('where the outline is offered', () => {
  it('each site’s catch-all page is its last, and the only one named -other', () => {
    for (const pages of [UKG_PAGES, VANTAGEPOINT_PAGES]) {
      expect(pages.filter((p) => isCatchAllPage(p.id)).map((p) => p.id)).toEqual([pages[pages.length - 1]!.id]);
    }
  });

  it.each([
    ['a page none of the steps is on', 'ukg-other', true],
    ['a page the script could not place at all', null, true],
    ['a step’s own page', 'service-accounts', false],
  ] as const)('%s: %s', (_, pageId, offered) => {
    const page = { pageId, available: [], checks: [], fixes: [], fillable: [] };
    expect(buildPanelState({ guide: ukgProGuide, page, progress: EMPTY_PROGRESS, values: {}, expiresAt: null }).canOutline).toBe(offered);
  });

  it('not where our script does not run (no report from the tab)', () => {
    expect(buildPanelState({ guide: ukgProGuide, page: null, progress: EMPTY_PROGRESS, values: {}, expiresAt: null }).canOutline).toBe(
      false,
    );
  });
});
