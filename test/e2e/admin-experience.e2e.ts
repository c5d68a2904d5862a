import { describe, expect, it } from 'vitest';
import { until, type TestBrowser, type TestPage } from './harness/browsers';
import { BROWSERS, browserSuite, clearCaptured, seeAlert, seeText, startOver, text } from './harness/suite';

const CLOUD = 'https://acme.deltekfirst.com/Acme/app/?v=6.5';
const UKG_LIST = 'https://ew42.ultipro.com/pages/VIEW/ServiceAccountAdmin.aspx';

const route = (page: TestPage, hash: string) => page.evaluate((h) => void (location.hash = h), hash);
/** Whether our launcher is shown on the page (its host laid out). */
const launcherShown = (page: TestPage) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-tsa-launcher]')].some((h) => h.getBoundingClientRect().width > 0));
const outlineShown = (page: TestPage) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-tsa-highlight]')].some(
      (h) => h.style.display !== 'none' && h.getBoundingClientRect().width > 0,
    ),
  );
const badge = (browser: TestBrowser, tabId: number) =>
  browser.inWorker!(
    async (id) =>
      (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({
        tabId: id,
      }),
    tabId,
  );

for (const name of BROWSERS) {
  describe(`the guide as an admin meets it, in ${name}`, () => {
    const suite = browserSuite(name);

    it('shows the step of the page the admin is on, lists earlier open steps, and takes done, skip, undo and go back — in every tab', async () => {
      const page = await suite.browser.open(`${CLOUD}#!Utilities/Integrations/APIAuthorization`);
      const panel = await page.panel();
      await startOver(panel, 'Step 4 of 6: Capture the API authorization');
      await seeText(panel, 'Step 2 is not done yet — Grant Connect Administration to the role');
      await seeText(panel, 'Step 3 is not done yet — Link users to employees with an e-mail');
      // Connect Administration opens only for a role with the right: step 2 is proved done.
      await route(page, '#!Utilities/Integrations/ConnectAdministration');
      await seeText(panel, 'Step 5 of 6: Configure Connect');
      await until(async () => !(await text(panel)).includes('Step 2 is not done yet'), 'step 2 proved by Connect Administration');

      // A user with no employee yet: the step is not seen done.
      await page.goto(`${CLOUD}&employee=none#!Settings/Security/Users`);
      await seeText(panel, 'Step 3 of 6');
      await panel.clickButton('Skip this step');
      await seeText(panel, 'Step 3 skipped.');
      await seeText(panel, 'Step 4 of 6');
      await panel.clickButton('Undo');
      await seeText(panel, 'Step 3 of 6');
      await panel.clickButton('Mark this step done');
      await seeText(panel, 'Step 3 marked as done.');
      await seeText(panel, 'Step 4 of 6');

      // Another tab on the same page follows the same progress, and can go back to a step.
      const other = await suite.browser.open(`${CLOUD}&employee=none#!Settings/Security/Users`);
      const otherPanel = await other.panel();
      await seeText(otherPanel, 'Step 4 of 6');
      await otherPanel.evaluate(() => [...document.querySelectorAll('summary')].find((s) => s.textContent === 'All steps')!.click());
      await otherPanel.clickButton('Go back to step 3');
      await seeText(otherPanel, 'Step 3 of 6');
      await seeText(panel, 'Step 3 of 6');
      await other.close();
      await page.close();
    });

    it('keeps values to their guide, and does not offer a kept value again', async () => {
      const page = await suite.browser.open(UKG_LIST);
      const panel = await page.panel();
      await startOver(panel, 'Capture Customer API key');
      await panel.clickButton('Capture Customer API key');
      await seeText(panel, 'Customer API key looks right.');
      await until(async () => !(await text(panel)).includes('Capture Customer API key'), 'the kept key not offered again');
      await page.goto(UKG_LIST);
      await seeText(panel, 'Step 3 of 8');
      expect(await text(panel)).not.toContain('Capture Customer API key');

      const vp = await suite.browser.open(`${CLOUD}#!Dashboard`);
      const vpPanel = await vp.panel();
      await seeText(vpPanel, 'Set up Vantagepoint Connect');
      await seeText(vpPanel, 'Nothing captured yet.');
      expect(await text(vpPanel)).not.toContain('Customer API key');
      await vp.close();
      // A tab's side panel shows (and answers) only while its tab is the one in front.
      await clearCaptured(await page.panel());
      await page.close();
    });

    it('stays quiet on vendor pages when the admin says not now, or chooses the toolbar only', async () => {
      /** A second tab on the Roles page, once the background has told it what to show (the toolbar's badge, in Chromium). */
      const another = async () => {
        const page = await suite.browser.open(`${CLOUD}#!Settings/Security/Roles`);
        if (suite.browser.inWorker)
          await until(async () => (await badge(suite.browser, await page.tabId())) === '2/6', 'the toolbar badge "2/6"');
        return page;
      };
      const guide = await suite.browser.open(`${CLOUD}#!Settings/Security/Roles`);
      const panel = await guide.panel();
      await startOver(panel, 'Step 2 of 6');
      let page = await another();
      await until(() => launcherShown(page), 'the launcher');
      await until(() => outlineShown(page), 'the step’s outline');
      await page.close();

      // (A side panel takes clicks only while its tab is in front: the other tab is closed first.)
      await panel.clickButton('Not now');
      await seeText(panel, 'The guide is resting');
      page = await another();
      await until(async () => !(await launcherShown(page)) && !(await outlineShown(page)), 'nothing of the guide on the page');
      await page.close();
      await (await guide.panel()).clickButton('Resume the guide');
      page = await another();
      await until(() => launcherShown(page), 'the launcher again');

      const options = await suite.browser.openExtensionPage('options.html');
      await seeText(options, 'Show the guide on vendor pages');
      await options.select('#show-on-pages', 'Never (toolbar only)');
      await seeText(options, 'Saved');
      await until(async () => !(await launcherShown(page)), 'no launcher: toolbar only');
      await options.select('#show-on-pages', 'While a guide is unfinished');
      await until(() => launcherShown(page), 'the launcher back');
      await options.close();
      await page.close();
      await guide.close();
    });

    it('warns before captured values are forgotten and keeps them longer on request', async () => {
      const options = await suite.browser.openExtensionPage('options.html');
      await seeText(options, 'Settings');
      await options.select('#ttl', '1 minute');
      await seeText(options, 'Saved');
      const page = await suite.browser.open(UKG_LIST);
      const panel = await page.panel();
      await startOver(panel, 'Capture Customer API key');
      await panel.clickButton('Capture Customer API key');
      await seeAlert(panel, 'The captured values will be forgotten in under 2 minutes.');
      await panel.clickButton('Keep 1 more minute');
      await seeText(panel, 'Kept for 1 more minute.');
      await seeText(panel, 'Kept in memory for 2 more minutes');
      await clearCaptured(panel);
      await options.select('#ttl', '10 minutes');
      await seeText(options, 'Saved');
      await options.close();
      await page.close();
    });

    it('greets a new install: the system chosen there is where the guide starts', async () => {
      const welcome = await suite.browser.waitForPage((u) => u.endsWith('/welcome.html'));
      await seeText(welcome, 'Which HR system do you connect to Together?');
      await seeText(welcome, 'Alt+Shift+G');
      await welcome.click('input[value="vantagepoint"]');
      await seeText(welcome, 'The guide starts with Deltek Vantagepoint.');
      // The guide of a tab with no system page (here the welcome tab's own) starts with the chosen system.
      const panel = await suite.browser.openExtensionPage(`sidepanel.html?tab=${await welcome.tabId()}`);
      await seeText(panel, 'Set up Vantagepoint Connect');
      await panel.close();
      // The browser's no-tab panel shows no guide at all: only how to open one.
      const noTab = await suite.browser.openExtensionPage('sidepanel.html');
      await seeText(noTab, 'Open the guide from your admin page');
      expect(await text(noTab)).not.toContain('Vantagepoint Connect');
      await noTab.close();
      await welcome.click('input[value="ukg-pro"]');
      await seeText(welcome, 'The guide starts with UKG Pro.');
    });
  });
}
