import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { until, type Screenshotable, type TestPage } from './harness/browsers';
import { browserSuite, clearCaptured, clickSend, isTogether, seeText, startOver } from './harness/suite';

const DIR = resolve(import.meta.dirname, '../../docs/screenshots');
/** The pictures are 1280×800: the vendor page, and the browser's 360 px side panel beside it. */
const WIDTH = 1280;
const HEIGHT = 800;
/** Chrome's side panel opens 360 px wide (the admin can drag it wider). */
const PANEL = 360;

/**
 * The README's pictures: the guide in the real side panel beside each vendor page, from the real
 * build in headless Chromium. Headless Chromium draws no browser window, so the page and its side
 * panel are taken apart and set side by side as the browser shows them.
 */
describe('screenshots for the README (Chromium)', () => {
  const suite = browserSuite('chromium');
  const png = (path: string) => `data:image/png;base64,${readFileSync(path).toString('base64')}`;
  const shot = async (page: TestPage, name: string, panel?: Screenshotable) => {
    await new Promise((r) => setTimeout(r, 400)); // let the highlight and the panel settle
    if (!panel) return page.screenshot!(resolve(DIR, `${name}.png`));
    const parts = [join(tmpdir(), `tsa-${name}-page.png`), join(tmpdir(), `tsa-${name}-panel.png`)] as const;
    await page.screenshot!(parts[0]);
    await panel.screenshot!(parts[1], { width: PANEL, height: HEIGHT });
    const sheet = await suite.browser.open('https://screenshot.test/');
    await sheet.resize(WIDTH, HEIGHT);
    await sheet.evaluate(
      ([pagePng, panelPng, w]) => {
        document.body.style.cssText = 'margin:0;display:flex;background:#fff;';
        const img = (src: string, width: number, line: boolean) => {
          const el = Object.assign(document.createElement('img'), { src });
          el.style.cssText = `width:${width}px;height:800px;object-fit:cover;object-position:top left;${line ? 'border-left:1px solid #c8ced6;box-sizing:border-box;' : ''}`;
          return el;
        };
        document.body.replaceChildren(img(pagePng, w, false), img(panelPng, 1280 - w, true));
        return Promise.all([...document.images].map((i) => i.decode()));
      },
      [png(parts[0]), png(parts[1]), WIDTH - PANEL] as const,
    );
    await sheet.screenshot!(resolve(DIR, `${name}.png`));
    await sheet.close();
    parts.forEach((p) => rmSync(p, { force: true }));
  };

  it('takes them', async () => {
    mkdirSync(DIR, { recursive: true });
    let page = await suite.browser.open('https://ew42.ultipro.com/pages/VIEW/ServiceAccountAdmin.aspx');
    await page.resize(WIDTH - PANEL, HEIGHT);
    let panel = await page.panel();
    await clearCaptured(panel);
    await startOver(panel, 'Capture Customer API key');
    await seeText(panel, 'Step 2 of 8');
    await shot(page, 'ukg-service-accounts', panel);

    await panel.clickButton('Capture Customer API key');
    await seeText(panel, 'Customer API key looks right.');
    await page.click('#ctl00_Content_btnAdd');
    await until(() => page.evaluate(() => location.href.includes('add-account-top')), 'the Add page');
    panel = await page.panel();
    await page.type('input[name="user"]', 'TogetherIntegration ');
    await page.type('input[type="email"]', 'it@acme');
    await seeText(panel, 'more than Together needs');
    await shot(page, 'ukg-add-service-account', panel);

    await page.goto('https://ew42.ultipro.com/pages/VIEW/WebServices.aspx?fixture=web-services.html');
    panel = await page.panel();
    await seeText(panel, 'Capture Root URL');
    await shot(page, 'ukg-web-services', panel);

    // Hand-off: sealed in the guide (the passphrase shown once), opened in a colleague's Options.
    await panel.click('details.handoff > summary');
    await panel.type('details.handoff input[autocomplete="name"]', 'Ana (HRIS)');
    await panel.clickButton('Seal envelope');
    await seeText(panel, 'Passphrase (shown only once)');
    const sealed = await panel.evaluate(() => {
      document.querySelector('details.handoff')!.scrollIntoView({ block: 'start' });
      return {
        passphrase: document.querySelector('[data-handoff-passphrase]')!.textContent!,
        envelope: document.querySelector<HTMLTextAreaElement>('[data-handoff-envelope]')!.value,
      };
    });
    await shot(page, 'handoff-seal', panel);
    const opening = await suite.browser.openExtensionPage('options.html');
    await opening.resize(WIDTH, HEIGHT);
    await opening.evaluate((text) => {
      const field = document.querySelector<HTMLTextAreaElement>('[data-handoff-paste]')!;
      field.value = text;
      field.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }, sealed.envelope);
    await opening.type('[data-handoff-passphrase-input]', sealed.passphrase.replaceAll('-', ' '));
    await opening.clickButton('Open');
    await seeText(opening, 'For UKG Pro in Together');
    await opening.evaluate(() => document.querySelector('[data-handoff-opened]')!.closest('section')!.scrollIntoView({ block: 'start' }));
    await shot(opening, 'handoff-open');
    await opening.close();

    // Send: the guide follows to Together's tab, says what went in and that Save is the admin's;
    // then Together's own Save, and the guide's finished summary.
    await clickSend(panel, true);
    const together = await suite.browser.waitForPage(isTogether);
    await together.resize(WIDTH - PANEL, HEIGHT);
    // The panel the extension opens on Together's tab (not one the harness would open beside it).
    const togetherTab = await together.tabId();
    await until(() => suite.browser.sidePanelOpen!(togetherTab), 'the guide on Together’s tab');
    const onTogether = await together.panel();
    await seeText(onTogether, 'Finish in Together');
    await shot(together, 'together-before-save', onTogether);
    await together.clickButton('Save');
    await seeText(onTogether, 'Saved in Together');
    await shot(together, 'together-after-save', onTogether);
    await together.close();
    await page.close();

    page = await suite.browser.open('https://acme.deltekfirst.com/Acme/app/?v=7.0#!Settings/Security/Roles');
    await page.resize(WIDTH - PANEL, HEIGHT);
    panel = await page.panel();
    await seeText(panel, 'Set Type of Role to Administrator');
    await shot(page, 'vantagepoint-roles', panel);
    await page.evaluate(() => (location.hash = '#!Utilities/Integrations/APIAuthorization'));
    await until(() => page.evaluate(() => !!document.getElementById('generate')), 'API Authorization');
    await page.click('#generate');
    await until(() => page.evaluate(() => !!document.querySelector('[data-tsa-confirm]')), 'the confirmation');
    await shot(page, 'vantagepoint-generate-secret-held', panel);
    await page.clickButton('Keep the current secret');
    await page.close();

    const options = await suite.browser.openExtensionPage('options.html');
    await options.resize(WIDTH, HEIGHT);
    await seeText(options, 'Settings');
    await shot(options, 'options');
    await options.close();

    const welcome = await suite.browser.waitForPage((u) => u.endsWith('/welcome.html'));
    await welcome.resize(WIDTH, HEIGHT);
    await seeText(welcome, 'Which HR system do you connect to Together?');
    await shot(welcome, 'welcome');

    // The stores' promotional tile, drawn from the icon and the listing's words.
    const tile = await suite.browser.open('https://screenshot.test/');
    await tile.resize(440, 280);
    await tile.evaluate(
      (icon) => {
        const el = (tag: string, css: string, text = '') => Object.assign(document.createElement(tag), { textContent: text, style: css });
        const tileBox = el(
          'div',
          'box-sizing:border-box;width:440px;height:280px;padding:36px;background:#1f3a5f;color:#fff;font:16px/1.4 system-ui,sans-serif;display:flex;flex-direction:column;justify-content:center;gap:14px',
        );
        const img = Object.assign(document.createElement('img'), { src: icon, width: 72, height: 72, alt: '' });
        // The icon's own square is navy too: on a light plate it keeps its edge against the tile.
        const plate = el(
          'div',
          'width:84px;height:84px;border-radius:18px;background:#f4f6f9;display:flex;align-items:center;justify-content:center',
        );
        plate.append(img);
        tileBox.append(
          plate,
          el('div', 'font-size:26px;font-weight:700', 'Together Setup Assistant'),
          el('div', '', 'Connect UKG Pro or Deltek Vantagepoint to Together, step by step.'),
        );
        document.body.style.margin = '0';
        document.body.replaceChildren(tileBox);
        return img.decode();
      },
      png(resolve(import.meta.dirname, '../../public/icon/128.png')),
    );
    await tile.screenshot!(resolve(import.meta.dirname, '../../docs/store/promo-440x280.png'));
    await tile.close();

    // The stores take screenshots at exactly 1280×800, and the tile at 440×280.
    const size = (path: string) => [readFileSync(path).readUInt32BE(16), readFileSync(path).readUInt32BE(20)];
    for (const name of readdirSync(DIR).filter((f) => f.endsWith('.png'))) expect(size(join(DIR, name)), name).toEqual([WIDTH, HEIGHT]);
    expect(size(resolve(import.meta.dirname, '../../docs/store/promo-440x280.png'))).toEqual([440, 280]);
  }, 240_000); // a dozen pages and their panels, drawn and composed: minutes on a loaded 2-core machine
});
