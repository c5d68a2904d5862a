import { describe, expect, it } from 'vitest';
import { until, type TestFrame, type TestPage } from './harness/browsers';
import { browserSuite, clearCaptured, seeText, startOver } from './harness/suite';
import { ukgApiStandIn } from './harness/ukg-api';

/** Chrome's side panel in a 1280×800 window: 360 px wide, 665 px of it below the browser's own bars. */
const PANEL = { width: 360, height: 665 };

const arrivedAt = (page: TestPage, part: string) => until(() => page.evaluate(() => location.href).then((h) => h.includes(part)), part);

/** Whether what matches `selector` (or, with `text`, contains it) lies wholly inside the panel's window as it is now. */
function inView(panel: TestFrame, selector: string, text?: string) {
  return panel.evaluate(
    ([sel, words]) => {
      const el = [...document.querySelectorAll(sel)].find((e) => !words || (e.textContent ?? '').includes(words));
      if (!el) return `nothing like ${sel} ${words ?? ''}`;
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight && r.width > 0
        ? 'in view'
        : `at y ${Math.round(r.top)}–${Math.round(r.bottom)} of ${innerHeight}`;
    },
    [selector, text] as const,
  );
}

/** The page's side panel, at the size Chrome gives it in a 1280×800 window. */
async function sizedPanel(page: TestPage) {
  const panel = await page.panel();
  await panel.resize!(PANEL.width, PANEL.height);
  return panel;
}

const primaryInView = async (panel: TestFrame, name: string) => {
  await seeText(panel, name);
  expect(`${name}: ${await inView(panel, 'button.primary', name)}`).toBe(`${name}: in view`);
};

/** At the side panel's real size, each step's primary action and each result is on screen without scrolling. */
describe('the side panel at 1280×800 (Chromium)', () => {
  const suite = browserSuite('chromium');

  it('shows every step’s primary action and every result inside its window; all five values fold to one line', async () => {
    const api = ukgApiStandIn(suite.server, 'service4.ultipro.com', {
      '/personnel/v1/person-details': 200,
      '/configuration/v1/company-details': 200,
      '/personnel/v1/employee-employment-details': 200,
    });
    suite.cleanups.push(api.remove);
    const page = await suite.browser.open('https://ew42.ultipro.com/pages/VIEW/ServiceAccountAdmin.aspx');
    await page.resize(1280 - PANEL.width, 800);
    let panel = await sizedPanel(page);
    await startOver(panel, 'Capture Customer API key');
    await clearCaptured(panel);
    await primaryInView(panel, 'Capture Customer API key');
    await panel.clickButton('Capture Customer API key');
    await seeText(panel, 'Customer API key looks right.');

    await page.click('#ctl00_Content_btnAdd');
    await arrivedAt(page, 'add-account-top.html');
    panel = await sizedPanel(page);
    await page.type('input[name="user"]', 'TogetherIntegration');
    await page.click('input[name="generated"]');
    await page.type('input[type="email"]', 'it@acme.test');
    await seeText(panel, 'Tick the 3 rights for me');
    expect(await inView(panel, 'button', 'Tick the 3 rights for me')).toBe('in view');
    await panel.clickButton('Tick the 3 rights for me');
    await seeText(panel, 'Web service rights are exactly what Together needs');
    await page.clickButton('Save');
    await arrivedAt(page, 'service-accounts-after.html');

    panel = await sizedPanel(page);
    await primaryInView(panel, 'Capture Password');
    await panel.clickButton('Capture Password');
    await seeText(panel, 'Password kept exactly, character for character.');
    await page.clickButton('Close');
    await primaryInView(panel, 'Capture User API key');
    await panel.clickButton('Capture User API key');
    await seeText(panel, 'User API key looks right.');

    await page.goto('https://ew42.ultipro.com/pages/VIEW/WebServices.aspx?fixture=web-services.html');
    panel = await sizedPanel(page);
    await primaryInView(panel, 'Capture Root URL');
    await panel.clickButton('Capture Root URL');
    // All five in and right: one line, and the last capture's result beside it.
    await seeText(panel, '5 of 5 captured ✓');
    await seeText(panel, 'Root URL: https://service4.ultipro.com/');
    await primaryInView(panel, 'Send to Together');
    await panel.clickButton('Test connection');
    await until(
      async () => (await inView(panel, '.results, [role=status]', 'Employee Person Details')) === 'in view',
      'the connection test’s result in view',
    );
    // The list opens on request (keyboard or click), and folds again.
    await panel.evaluate(() => (document.querySelector('.captured-all > summary') as HTMLElement).click());
    await seeText(panel, 'Customer API key looks right.');
    await page.close();
  });
});
