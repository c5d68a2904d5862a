import { describe, expect, it } from 'vitest';
import { until, type TestPage } from './harness/browsers';
import { BROWSERS, browserSuite } from './harness/suite';

const UKG = 'https://ew42.ultipro.com/pages';
const VP = 'https://acme.deltekfirst.com/Acme/app/';

/** Every fixture page where a step has a target, in each way the vendor draws it (see the fixtures' pages.json). */
const PAGES: { name: string; url: string; unhide?: string }[] = [
  { name: 'UKG list (table)', url: `${UKG}/VIEW/ServiceAccountAdmin.aspx?fixture=service-accounts-table.html` },
  { name: 'UKG list (grid)', url: `${UKG}/VIEW/ServiceAccountAdmin.aspx?fixture=service-accounts-grid.html` },
  {
    name: 'UKG list in the shell’s frame',
    url: 'https://nw13.ultipro.com/default.aspx?fixture=shell.html&page=service-accounts-table.html',
  },
  { name: 'UKG Add/Change', url: `${UKG}/EDIT/ServiceAccount.aspx?fixture=add-account.html` },
  { name: 'UKG Add/Change (title on top)', url: `${UKG}/EDIT/ServiceAccount.aspx?fixture=add-account-top.html` },
  { name: 'UKG password pop-up', url: `${UKG}/VIEW/ServiceAccountAdmin.aspx?fixture=service-accounts-after.html`, unhide: 'dlg-a' },
  { name: 'UKG password pop-up (other)', url: `${UKG}/VIEW/ServiceAccountAdmin.aspx?fixture=service-accounts-after.html`, unhide: 'dlg-b' },
  { name: 'UKG Web Services', url: `${UKG}/VIEW/WebServices.aspx?fixture=web-services.html` },
  { name: 'UKG Web Services (inputs)', url: `${UKG}/VIEW/WebServices.aspx?fixture=web-services-inputs.html` },
  { name: 'Vantagepoint Roles', url: `${VP}#!Settings/Security/Roles` },
  { name: 'Vantagepoint Users (no employee linked yet)', url: `${VP}?employee=none#!Settings/Security/Users` },
  { name: 'Vantagepoint API Authorization', url: `${VP}#!Utilities/Integrations/APIAuthorization` },
  { name: 'Vantagepoint Connect', url: `${VP}#!Utilities/Integrations/ConnectAdministration` },
];

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

type Seen = { shown: 'note' | 'pin' | 'none'; box: string; covers: string[] };

/**
 * Where the callout is, and every visible word (each line of a text) or control of the page under
 * it (in the top page and its same-origin frames), the step's outline and our launcher included.
 * Measured here, independently of how the extension finds free space.
 */
function calloutCovers(): Seen {
  const overlaps = (a: DOMRect | { left: number; top: number; right: number; bottom: number }, b: DOMRect) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const host = [...document.querySelectorAll<HTMLElement>('[data-tsa-callout]')].find(
    (h) => h.style.display !== 'none' && h.getBoundingClientRect().width > 0,
  );
  if (!host) return { shown: 'none', box: '', covers: [] };
  const c = host.getBoundingClientRect();
  const covers: string[] = [];
  if (c.left < 0 || c.top < 0 || c.right > innerWidth || c.bottom > innerHeight) covers.push('the window’s edge');
  const visit = (doc: Document, x: number, y: number) => {
    const at = (r: DOMRect) => ({ left: r.left + x, top: r.top + y, right: r.right + x, bottom: r.bottom + y });
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!n.nodeValue?.trim() || !parent || parent.closest('script,style,noscript,template')) continue;
      if (doc.defaultView!.getComputedStyle(parent).visibility !== 'visible') continue;
      const range = doc.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) if (r.width > 0 && overlaps(at(r), c)) covers.push(`“${n.nodeValue.trim().slice(0, 40)}”`);
    }
    for (const el of doc.querySelectorAll(
      'input:not([type=hidden]), select, textarea, button, a[href], img, [role=button], [data-tsa-launcher], [data-tsa-highlight]',
    )) {
      const r = el.getBoundingClientRect();
      if (el.matches('[data-tsa-highlight]') && (el as HTMLElement).style.display === 'none') continue;
      if (r.width > 0 && overlaps(at(r), c))
        covers.push(`<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> ${JSON.stringify(at(r))}`);
    }
    for (const f of doc.querySelectorAll<HTMLIFrameElement>('iframe, frame')) {
      const r = f.getBoundingClientRect();
      try {
        if (f.contentDocument?.body) visit(f.contentDocument, x + r.left + f.clientLeft, y + r.top + f.clientTop);
      } catch {
        // Not same-origin: nothing of it is read.
      }
    }
  };
  visit(document, 0, 0);
  return { shown: c.width <= 48 && c.height <= 32 ? 'pin' : 'note', box: JSON.stringify(c), covers };
}

/** The callout, once it has stopped moving (it follows the page as it renders). */
async function settledCallout(page: TestPage, what: string) {
  let last = '';
  let outline = '';
  return until(async () => {
    const seen = await page.evaluate(calloutCovers);
    const same = seen.shown !== 'none' && seen.box === last;
    last = seen.box;
    return same ? seen : null;
  }, `the step’s callout shown and settled on ${what}`).catch(async (e: Error) => {
    outline = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-tsa-highlight], [data-tsa-callout]')].map((h) => `${h.style.cssText}`).join('\n'),
    );
    throw new Error(`${e.message}\n${outline}`, { cause: e });
  });
}

for (const name of BROWSERS) {
  describe(`the step’s callout in ${name}`, () => {
    const suite = browserSuite(name);
    // Every size in Chromium; Firefox at the size the admins' report used.
    const sizes = name === 'chromium' ? SIZES : SIZES.slice(0, 1);

    it('covers no word or control of the page, on every fixture page, at every size', async () => {
      const found: string[] = [];
      const page = await suite.browser.open(
        'https://ew42.ultipro.com/pages/VIEW/ServiceAccountAdmin.aspx?fixture=service-accounts-table.html',
      );
      // Each page at every size in turn: visiting a page can settle its step (a prerequisite seen met).
      for (const { name: what, url, unhide } of PAGES) {
        await page.resize(sizes[0]!.width, sizes[0]!.height);
        await page.goto(url);
        if (unhide) await page.evaluate((id) => void (document.getElementById(id)!.hidden = false), unhide);
        for (const size of sizes) {
          await page.resize(size.width, size.height);
          const seen = await settledCallout(page, `${what} at ${size.width}×${size.height}`);
          if (seen.covers.length)
            found.push(`${what} at ${size.width}×${size.height} (${seen.shown} ${seen.box}) covers ${seen.covers.join(', ')}`);
        }
      }
      expect(found).toEqual([]);
      await page.close();
    });

    it('moves the outline to the next field once the account’s name is right', async () => {
      const page = await suite.browser.open(`${UKG}/EDIT/ServiceAccount.aspx?fixture=add-account-top.html`);
      await page.resize(1280, 800);
      const outlined = () =>
        page.evaluate(() => {
          const inside = (a: DOMRect, b: DOMRect) => a.left <= b.left && a.top <= b.top && a.right >= b.right && a.bottom >= b.bottom;
          const field = document.querySelector<HTMLInputElement>('input[type=text], input:not([type])')!.getBoundingClientRect();
          const shown = [...document.querySelectorAll<HTMLElement>('[data-tsa-highlight]')].filter((h) => h.style.display !== 'none');
          return shown.length === 0
            ? 'nothing'
            : shown.some((h) => inside(h.getBoundingClientRect(), field))
              ? 'the name'
              : 'another field';
        });
      await until(async () => (await outlined()) === 'the name', 'the outline around the account’s name');
      const nameField = await page.evaluate(() => {
        const f = document.querySelector<HTMLInputElement>('input[type=text], input:not([type])')!;
        return f.id ? `#${f.id}` : `[name="${f.name}"]`;
      });
      await page.type(nameField, 'TogetherIntegration');
      await until(async () => (await outlined()) === 'another field', 'the outline on the next field not right yet');
      await page.close();
    });
  });
}
