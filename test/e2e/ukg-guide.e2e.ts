import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launch, until, type BrowserName, type TestBrowser, type TestFrame, type TestPage } from './harness/browsers';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { togetherSettingsServe, ukgApiStandIn } from './harness/ukg-api';

const isTogether = (u: string) => u.startsWith('https://my.togetherplatform.com/settings');
const text = (f: TestFrame) => f.evaluate(() => document.body.innerText);
const alerts = (f: TestFrame) => f.evaluate(() => [...document.querySelectorAll('[role="alert"]')].map((e) => e.textContent ?? '').join('\n'));
async function seeText(f: TestFrame, s: string, what = s) {
  try {
    await until(async () => (await text(f)).includes(s), what);
  } catch (e) {
    throw new Error(`${(e as Error).message}\n--- frame text ---\n${await text(f).catch(() => '?')}`);
  }
}
const seeAlert = (f: TestFrame, s: string) => until(async () => (await alerts(f)).includes(s), `alert "${s}"`);
const noAlert = (f: TestFrame, s: string) => until(async () => !(await alerts(f)).includes(s), `no alert "${s}"`);

/** Together's form as its page's own framework registered it (the model is fed by input events). */
const togetherModel = (p: TestPage) => p.evaluate(() => ({ ...(window as unknown as { __model: Record<string, string> }).__model }));

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`UKG Pro guide in ${name}`, () => {
    let server: FixtureServer;
    let browser: TestBrowser;
    const cleanups: (() => void)[] = [];

    beforeAll(async () => {
      server = await startFixtureServer(443);
      browser = await launch(name, server.port);
    });
    afterEach(() => cleanups.splice(0).forEach((c) => c()));
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('walks the whole flow inside ContentFrame with a typed password, fixes rights, tests and fills Together', async () => {
      const api = ukgApiStandIn(server, 'servicet.ultipro.com', {});
      cleanups.push(api.remove, togetherSettingsServe(server, 'integrations-setup.html'));
      const page = await browser.open('https://nw13.ultipro.com/default.aspx?fixture=shell.html&page=service-accounts-table.html');
      const panel = await page.panel();
      await panel.clickButton('Start the guide over');
      await seeText(panel, 'Step 2 of 8: Capture the Customer API key');
      await panel.clickButton('Capture Customer API key');
      await seeText(panel, 'Customer API key looks right.');

      // Step 3 is reached through the list page: the panel says to click Add.
      await seeText(panel, 'Step 3 of 8: Add a service account');
      await seeText(panel, 'Click Add');
      const list = await page.frame('service-accounts-table');
      await list.click('#ctl00_Content_lnkAdd');
      const form = await page.frame('add-account.html');
      await seeText(panel, 'Enter the user name TogetherIntegration');

      await form.type('#ctl00_Content_txtUserName', 'TogetherIntegration ');
      await seeAlert(panel, 'The user name has spaces at the start or end.');
      await form.type('#ctl00_Content_txtUserName', 'TogetherIntegration');
      await form.type('#ctl00_Content_txtPassword', 'p@ss!(word) 1^');
      await form.type('#ctl00_Content_txtEmail', 'it@acme');
      await seeAlert(panel, 'This is not a valid e-mail address.');
      await form.type('#ctl00_Content_txtEmail', 'it@acme.test');

      // Step 4: rights. Nothing ticked yet, then one right too many; one action sets exactly the three.
      await seeText(panel, 'Step 4 of 8: Give exactly the rights Together needs');
      await seeAlert(panel, 'Tick View on Personnel Integration');
      await form.click('#ctl00_Content_gv_ctl03_chkEdit');
      await seeAlert(panel, 'Edit on Employee Pay Statement is more than Together needs.');
      await panel.clickButton('Set exactly these rights');
      await seeText(panel, 'Web service rights are exactly what Together needs');
      const ticked = await form.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('#grid input:checked')].map((b) => b.id));
      expect(ticked.sort()).toEqual(['ctl00_Content_gv_ctl00_chkView', 'ctl00_Content_gv_ctl02_chkView', 'ctl00_Content_gv_ctl05_chkView']);

      // Save (the vendor's own button): username and typed password are taken as it posts back.
      await form.click('#ctl00_btnSave');
      await page.frame('service-accounts-after');
      await seeText(panel, 'Step 6 of 8: Capture the new account’s User API key');
      await seeText(panel, 'Password entered.');
      await panel.clickButton('Capture User API key');
      await seeText(panel, 'User API key looks right.');

      // Step 7 is on Web Services: elsewhere, the panel gives the menu path.
      await seeText(panel, 'Go to Menu > System Configuration > Security > Web Services');
      await page.goto('https://nw13.ultipro.com/default.aspx?fixture=shell.html&page=web-services-inputs.html');
      const panel2 = await page.panel();
      await panel2.clickButton('Capture Root URL');
      await seeText(panel2, 'Root URL: https://servicet.ultipro.com/');

      await panel2.clickButton('Test connection');
      await seeText(panel2, 'Connection works for all three services.');
      expect(api.seen).toHaveLength(3);
      expect(api.seen.every((r) => r.customerKey === 'Q2W8R' && r.cookie === undefined)).toBe(true);
      expect(Buffer.from(api.seen[0]!.authorization!.replace('Basic ', ''), 'base64').toString()).toBe('TogetherIntegration:p@ss!(word) 1^');

      // Send: Together has no HRIS yet; the extension opens the UKG Pro form and fills it.
      await panel2.clickButton('Send to Together');
      const together = await browser.waitForPage(isTogether);
      await until(async () => Object.keys(await togetherModel(together)).length === 5, 'five fields filled in Together');
      expect(await togetherModel(together)).toEqual({
        userApiKey: 'TG7RX20000K0',
        customerApiKey: 'Q2W8R',
        rootUrl: 'https://servicet.ultipro.com/',
        username: 'TogetherIntegration',
        password: 'p@ss!(word) 1^',
      });
      expect(await together.evaluate(() => (window as unknown as { __saved?: boolean }).__saved ?? false)).toBe(false);
      await seeText(panel2, 'Nothing captured yet.', 'the vault emptied');
      const session = await browser.sessionStorage();
      if (session) expect(session.vault).toBeUndefined();
      await together.close();
      await page.close();
    });
  });
}
