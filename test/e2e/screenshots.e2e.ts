import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'vitest';
import { until, type TestPage } from './harness/browsers';
import { browserSuite, clearCaptured, seeText, startOver } from './harness/suite';

const DIR = resolve(import.meta.dirname, '../../docs/screenshots');

/** The README's pictures: the guide on each page, taken from the real build in headless Chromium. */
describe('screenshots for the README (Chromium)', () => {
  const suite = browserSuite('chromium');
  const shot = async (page: TestPage, name: string) => {
    await new Promise((r) => setTimeout(r, 400)); // let the highlight and the panel settle
    await page.screenshot!(resolve(DIR, `${name}.png`));
  };

  it('takes them', async () => {
    mkdirSync(DIR, { recursive: true });
    let page = await suite.browser.open('https://ew42.ultipro.com/pages/VIEW/ServiceAccountAdmin.aspx');
    let panel = await page.panel();
    await clearCaptured(panel);
    await startOver(panel, 'Capture Customer API key');
    await seeText(panel, 'Step 2 of 8');
    await shot(page, 'ukg-service-accounts');

    await panel.clickButton('Capture Customer API key');
    await seeText(panel, 'Customer API key looks right.');
    await page.click('#ctl00_Content_btnAdd');
    await until(() => page.evaluate(() => location.href.includes('add-account-top')), 'the Add page');
    panel = await page.panel();
    await page.type('input[name="user"]', 'TogetherIntegration ');
    await page.type('input[type="email"]', 'it@acme');
    await seeText(panel, 'more than Together needs');
    await shot(page, 'ukg-add-service-account');

    await page.goto('https://ew42.ultipro.com/pages/VIEW/WebServices.aspx?fixture=web-services.html');
    panel = await page.panel();
    await seeText(panel, 'Capture Root URL');
    await shot(page, 'ukg-web-services');
    await page.close();

    // The toolbar popup (opened as a page): captured values with Copy, and the other guide's progress.
    const popup = await suite.browser.openExtensionPage('popup.html');
    await seeText(popup, 'Copy Customer API key');
    await seeText(popup, 'Set up Vantagepoint Connect: 0 of 6 steps done');
    await shot(popup, 'popup');
    await popup.close();

    page = await suite.browser.open('https://acme.deltekfirst.com/Acme/app/?v=7.0#!Settings/Security/Roles');
    panel = await page.panel();
    await seeText(panel, 'Set Type of Role to Administrator');
    await shot(page, 'vantagepoint-roles');
    await page.evaluate(() => (location.hash = '#!Utilities/Integrations/APIAuthorization'));
    await until(() => page.evaluate(() => !!document.getElementById('generate')), 'API Authorization');
    await page.click('#generate');
    await until(() => page.evaluate(() => !!document.querySelector('[data-tsa-confirm]')), 'the confirmation');
    await shot(page, 'vantagepoint-generate-secret-held');
    await page.clickButton('Keep the current secret');
    await page.close();

    const options = await suite.browser.openExtensionPage('options.html');
    await seeText(options, 'Settings');
    await shot(options, 'options');
    await options.close();
  });
});
