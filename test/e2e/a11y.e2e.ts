import { describe, expect, it } from 'vitest';
import type { TestFrame } from './harness/browsers';
import { BROWSERS, browserSuite, seeText } from './harness/suite';
import { violations } from './harness/axe';

/** Elements of a view that move (transitions or animations): none, so reduced motion is respected by construction. */
const moving = (frame: TestFrame) =>
  frame.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => {
        const s = getComputedStyle(el);
        return [s.transitionDuration, s.animationDuration].some((d) => d.split(',').some((x) => parseFloat(x) > 0));
      })
      .map((el) => el.tagName),
  );

describe('accessibility (axe-core, Chromium)', () => {
  const suite = browserSuite('chromium');

  it('the panel, with a step, checks and captured values, has no violations', async () => {
    const page = await suite.browser.open('https://ew42.ultipro.com/pages/EDIT/ServiceAccount.aspx?fixture=add-account-top.html');
    const panel = await page.panel();
    await seeText(panel, 'Step');
    await panel.click('#paste-form-toggle');
    await panel.type('#paste-customerApiKey', 'B7K2');
    expect(await violations(panel)).toEqual([]);
    expect(await moving(panel)).toEqual([]);
    await page.close();
  });

  it('the panel on a page it does not know, with the page outline taken, has no violations', async () => {
    const page = await suite.browser.open('https://n12.ultipro.com/default.aspx');
    const panel = await page.panel();
    await panel.click('#outline-toggle');
    await panel.clickButton('Copy page outline');
    await seeText(panel, 'Outline copied');
    expect(await violations(panel)).toEqual([]);
    await page.close();
  });

  it('the default side panel (no tab) and the options page have no violations', async () => {
    for (const path of ['sidepanel.html', 'options.html', 'welcome.html']) {
      const page = await suite.browser.openExtensionPage(path);
      await seeText(page, 'Together');
      expect(await violations(page), path).toEqual([]);
      expect(await moving(page), path).toEqual([]);
      await page.close();
    }
  });
});

/** Computed font sizes (px) of the step's heading and text and of every button in a view. */
const fontSizes = (frame: TestFrame) =>
  frame.evaluate(() =>
    ['#step-heading', '#step-heading + p', 'button'].flatMap((sel) =>
      [...document.querySelectorAll(sel)].map((el) => ({
        sel,
        text: (el.textContent ?? '').slice(0, 30),
        px: parseFloat(getComputedStyle(el).fontSize),
      })),
    ),
  );

for (const name of BROWSERS) {
  describe(`readable text in ${name}`, () => {
    const suite = browserSuite(name);

    // Chromium's own stylesheet for extension pages sets body { font-size: 75% }: the guide's size is
    // set on body, so its text is 14 px in every browser.
    it('step text and buttons are at least 13 px', async () => {
      const page = await suite.browser.open('https://ew42.ultipro.com/pages/VIEW/ServiceAccountAdmin.aspx');
      const panel = await page.panel();
      await seeText(panel, 'Step');
      const sizes = await fontSizes(panel);
      expect(sizes.filter((s) => s.sel !== 'button').length).toBe(2);
      expect(sizes.filter((s) => s.sel === 'button').length).toBeGreaterThan(2);
      expect(sizes.filter((s) => s.px < 13)).toEqual([]);
      expect(sizes.find((s) => s.sel === '#step-heading + p')?.px).toBe(14);
      await page.close();
    });
  });
}
