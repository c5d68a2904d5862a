import { describe, expect, it } from 'vitest';
import { until, type TestPage } from './harness/browsers';
import { ONPREM_HOST } from './harness/server';
import {
  BROWSERS,
  browserSuite,
  clearCaptured,
  noAlert,
  notesClearOf,
  seeAlert,
  seeNeutral,
  seeText,
  sendToTogether,
  startOver,
  targetUncovered,
  text,
} from './harness/suite';
import { togetherSettingsServe } from './harness/ukg-api';

const CLOUD = 'https://acme.deltekfirst.com/Acme/app/';

/** Navigates the single-page app by its #! route, in the page (no load), after marking the document. */
async function route(page: TestPage, hash: string) {
  await page.evaluate((h) => {
    (window as unknown as { __sameDocument?: boolean }).__sameDocument = true;
    location.hash = h;
  }, hash);
}
const sameDocument = (page: TestPage) => page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);
const generations = (page: TestPage) => page.evaluate(() => (window as unknown as { __generations: number }).__generations);
const secretOnPage = (page: TestPage) =>
  page.evaluate(() => (document.getElementById('client-secret') as HTMLInputElement | null)?.value ?? null);
const confirmShown = (page: TestPage) => page.evaluate(() => !!document.querySelector('[data-tsa-confirm]'));

for (const name of BROWSERS) {
  describe(`Vantagepoint Connect guide in ${name}`, () => {
    const suite = browserSuite(name);

    it('6.5 wording on the cloud: prerequisites checked across route changes, secret held, values relayed to Connect and Together', async () => {
      suite.cleanups.push(togetherSettingsServe(suite.server, 'integrations-setup.html'));
      const page = await suite.browser.open(`${CLOUD}?v=6.5#!Dashboard`);
      // Every route of the flow at a common laptop size: the panel never covers what the step shows.
      await page.resize(1280, 800);
      const panel = await page.panel();
      await seeText(panel, 'Set up Vantagepoint Connect');
      await clearCaptured(panel);
      await startOver(panel, 'looks like a public address');
      await seeText(panel, 'Step 1 of 6: Check the public address');
      await seeText(panel, 'acme.deltekfirst.com looks like a public address.');

      await route(page, '#!Settings/Security/Roles');
      await seeText(panel, 'Step 2 of 6: Grant Connect Administration to the role');
      await seeNeutral(panel, 'Tick Utilities > Integrations > Connect Administration for this role.');
      await targetUncovered(page, 'the tree node highlighted, not under the panel');
      await notesClearOf(page, page, '#connect-node');
      await page.click('#connect-node');
      await seeText(panel, 'This role grants Connect Administration.');
      await notesClearOf(page, page, '#connect-node');
      await noAlert(panel, 'Tick Utilities');

      await route(page, '#!Settings/Security/Users');
      // The users' step, or already the next one: where the page's checks pass as it is first
      // looked at (its grid already drawn, as a loaded machine often finds it), the step is done at once.
      await seeText(panel, 'The user is linked to an employee record.');
      await until(async () => /Step [34] of 6: /.test(await text(panel)), 'the users’ step, or the next once its checks pass');
      await seeText(panel, 'Vantagepoint 6.5 and later: Windows (local AD) sign-in works with Connect');

      await route(page, '#!Utilities/Integrations/APIAuthorization');
      await seeText(panel, 'Step 4 of 6: Capture the API authorization');
      await targetUncovered(page);
      // A secret exists: Generate Secret is held, and Keep leaves it untouched.
      const before = await until(() => secretOnPage(page), 'the API Authorization form');
      await page.click('#generate');
      await until(() => confirmShown(page), 'the confirmation');
      await page.clickButton('Keep the current secret');
      await until(async () => !(await confirmShown(page)), 'the confirmation closed');
      expect(await generations(page)).toBe(0);
      expect(await secretOnPage(page)).toBe(before);

      await panel.clickButton('Capture all');
      await seeText(panel, 'Vantagepoint URL: https://acme.deltekfirst.com/Acme/app/');
      await seeText(panel, 'AcmeEngineering (PROD)');
      expect(await panel.evaluate(() => document.body.innerText)).not.toContain('Sx9-OLD-SECRET-2f7c1e');

      await route(page, '#!Utilities/Integrations/ConnectAdministration');
      await seeText(panel, 'Step 5 of 6: Configure Connect');
      await targetUncovered(page);
      await panel.clickButton('Fill Connect settings');
      await seeText(panel, 'Filled 3 settings fields on this page.');
      expect(
        await page.evaluate(() =>
          ['tenant', 'connect-client-id', 'connect-client-secret'].map((id) => (document.getElementById(id) as HTMLInputElement).value),
        ),
      ).toEqual(['https://acme.deltekfirst.com/Acme/app/', 'b1f3c2d4-vp-client', 'Sx9-OLD-SECRET-2f7c1e']);
      await seeText(panel, 'Step 6 of 6');
      expect(await sameDocument(page)).toBe(true); // every step above without a page load

      const { together, model } = await sendToTogether(suite, panel, 4);
      expect(model).toEqual({
        clientId: 'b1f3c2d4-vp-client',
        clientSecret: 'Sx9-OLD-SECRET-2f7c1e',
        database: 'AcmeEngineering (PROD)',
        vantagepointUrl: 'https://acme.deltekfirst.com/Acme/app/',
      });
      // Not finished until Together saved: the guide says the Save is the admin's, then sees it.
      await seeText(panel, 'Finish in Together');
      await together.clickButton('Save');
      await seeText(panel, 'Nothing captured yet.');
      // Finished: the final card, no Send left, nothing of the guide on the vendor page, ✓ on the toolbar.
      await seeText(panel, 'Done. Together has saved the integration');
      expect(await text(panel)).not.toContain('Send to Together');
      await until(
        () =>
          page.evaluate(
            () =>
              ![...document.querySelectorAll<HTMLElement>('[data-tsa-highlight], [data-tsa-callout]')].some(
                (h) => h.style.display !== 'none' && h.getBoundingClientRect().width > 0,
              ),
          ),
        'no outline on the page once the guide is finished',
      );
      const tabId = await page.tabId();
      if (suite.browser.inWorker)
        expect(
          await suite.browser.inWorker(
            async (id) =>
              (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({
                tabId: id,
              }),
            tabId,
          ),
        ).toBe('✓');
      await together.close();
      await page.close();
    });

    it('7.0 wording: Type of Role, missing employee, and a confirmed new secret', async () => {
      const page = await suite.browser.open(`${CLOUD}?v=7.0&employee=none#!Settings/Security/Roles`);
      const panel = await page.panel();
      // The previous test finished the guide: its final card stands until the guide starts over.
      await seeText(panel, 'Done. Together has saved the integration');
      await startOver(panel, 'Step 2 of 6');
      await seeNeutral(panel, 'Tick Utilities > Integrations > Connect for this role.');
      await seeNeutral(panel, 'Set Type of Role to Administrator');
      await page.click('#connect-node');
      await page.select('#roletype', 'Administrator');
      await seeText(panel, 'Type of Role is Administrator.');
      await noAlert(panel, 'Set Type of Role');

      await route(page, '#!Settings/Security/Users');
      await seeNeutral(panel, 'Link this user to an employee record');
      // No e-mail field to touch: the finding is about the record, and stands at once.
      await seeAlert(panel, 'The linked employee needs a valid e-mail address for Connect.');

      await route(page, '#!Utilities/Integrations/APIAuthorization');
      await until(() => page.evaluate(() => !!document.getElementById('generate')), 'the API Authorization form');
      await page.click('#generate');
      await until(() => confirmShown(page), 'the confirmation');
      expect(await generations(page)).toBe(0);
      await page.clickButton('Generate a new secret');
      await until(async () => (await generations(page)) === 1, 'the new secret after confirmation');
      expect(await secretOnPage(page)).toMatch(/^Sx9-NEW-/);
      await page.close();
    });

    it('5.0+ records with names as text: Connect’s values only, and nothing when none is Connect’s', async () => {
      const page = await suite.browser.open(`${CLOUD}?v=7.0&records=text#!Utilities/Integrations/APIAuthorization`);
      const panel = await page.panel();
      await startOver(panel, 'Capture all');
      await panel.clickButton('Capture all');
      await seeText(panel, 'b1f3c2d4-vp-client'); // Client ID: not a secret, shown as captured
      expect(await text(panel)).not.toContain('vp-payroll-key');
      await clearCaptured(panel);
      await page.goto(`${CLOUD}?v=7.0&records=others#!Utilities/Integrations/APIAuthorization`);
      await seeAlert(panel, 'Several API authorizations are listed and none is named Connect');
      expect(await text(panel)).not.toContain('Capture Client ID');
      await page.close();
    });

    it('on-premises: nothing runs until the address is added; then the guide runs there; removing it stops it', async () => {
      const onPrem = `https://${ONPREM_HOST}/Acme/app/?v=7.0#!Utilities/Integrations/APIAuthorization`;
      const ours = (p: TestPage) =>
        p.evaluate(
          () => document.querySelectorAll('[data-tsa-notice], [data-tsa-highlight], [data-tsa-panel], [data-tsa-launcher]').length,
        );
      let page = await suite.browser.open(onPrem);
      await until(() => page.evaluate(() => !!document.getElementById('generate')), 'the on-premises app');
      await new Promise((r) => setTimeout(r, 500));
      expect(await ours(page)).toBe(0);
      await page.close();

      const options = await suite.browser.openExtensionPage('options.html');
      await options.type('#onprem-address-vantagepoint', `https://${ONPREM_HOST}/Acme/app/`);
      await seeText(options, `Vantagepoint URL: https://${ONPREM_HOST}/Acme/app/`);
      if (suite.browser.name === 'chromium') {
        // Chromium shows its permission prompt, which nothing can answer in a headless test;
        // the grant itself is exercised in Firefox (optional-permission prompts off).
        await options.close();
        return;
      }
      await options.clickButton('Add address');
      await seeText(options, `Added https://${ONPREM_HOST}.`);

      // Start the guide over (from the cloud tab's panel), then open the on-premises Roles page.
      const cloud = await suite.browser.open(`${CLOUD}?v=7.0#!Dashboard`);
      await startOver(await cloud.panel(), 'looks like a public address');
      await cloud.close();
      page = await suite.browser.open(onPrem.replace('#!Utilities/Integrations/APIAuthorization', '#!Settings/Security/Roles'));
      await until(async () => (await ours(page)) > 0, 'the guide on the on-premises host');
      expect(await page.evaluate(() => document.querySelector('[data-tsa-panel]'))).toBeNull();
      // The background accepted this host's reports: it answers with what to highlight (the tree node).
      await until(() => page.evaluate(() => !!document.querySelector('[data-tsa-highlight]')), 'the highlight from the background');
      // Our launcher page cannot be framed on a host added at run time: the launcher says how to open the guide.
      await page.clickButton('Open the Together setup guide');
      await until(
        () => page.evaluate(() => document.querySelector('[data-tsa-launcher]')?.shadowRoot?.textContent?.includes('Alt+Shift+G')),
        'the launcher saying how',
      );
      // The same guide as on the cloud, in the side panel.
      const guide = await page.panel();
      await seeText(guide, 'Set up Vantagepoint Connect');
      await seeText(guide, 'Step 2 of 6');
      await route(page, '#!Utilities/Integrations/APIAuthorization');
      await until(() => page.evaluate(() => !!document.getElementById('generate')), 'API Authorization on-premises');
      await page.click('#generate');
      await until(() => confirmShown(page), 'the secret held on-premises too');
      await page.clickButton('Keep the current secret');
      expect(await generations(page)).toBe(0);
      await page.close();

      await options.clickButton(`Remove https://${ONPREM_HOST}`);
      await seeText(options, `Removed https://${ONPREM_HOST}`);
      page = await suite.browser.open(onPrem);
      await until(() => page.evaluate(() => !!document.getElementById('generate')), 'the on-premises app again');
      await new Promise((r) => setTimeout(r, 500));
      expect(await ours(page)).toBe(0);
      await page.close();
      await options.close();
    });
  });
}
