import { describe, expect, it } from 'vitest';
import { until, type TestPage } from './harness/browsers';
import {
  BROWSERS,
  browserSuite,
  clearCaptured,
  clickSend,
  isTogether,
  seeAlert,
  seeText,
  text,
  captureCustomerKey as captureKey,
} from './harness/suite';
import { togetherSpaServe, type SpaConfig } from './harness/together';

/**
 * The hand-over to Together (issue "The hand-over you can trust"): Send keeps every value until
 * Together's own Save is seen, asks first while values are missing, survives the worker, follows the
 * admin to Together's tab, and each guide stays beside its own tab.
 */
const LIST = 'https://ew42.ultipro.com/pages/VIEW/ServiceAccountAdmin.aspx?fixture=service-accounts-table.html';
const VP_API = 'https://acme.deltekfirst.com/Acme/app/?v=7.0#!Utilities/Integrations/APIAuthorization';
const model = (together: TestPage) => together.evaluate(() => ({ ...(window as unknown as { __model: Record<string, string> }).__model }));

for (const name of BROWSERS) {
  describe(`the hand-over to Together in ${name}`, () => {
    const suite = browserSuite(name);

    const captureCustomerKey = () => captureKey(suite, LIST);

    /** Captures the Customer API key, sends it (1 of 5: confirmed) to a Together that answers its Save as configured; once filled. */
    async function sendKeyTo(config: SpaConfig) {
      suite.cleanups.push(togetherSpaServe(suite.server, config));
      const { page, panel } = await captureCustomerKey();
      await clickSend(panel, true);
      const together = await suite.browser.waitForPage(isTogether);
      await until(async () => (await model(together)).customerApiKey === 'Q2W8R', 'the fill', 20_000);
      return { page, panel, together };
    }

    /** The guide on Together's tab: Chromium's side panel, opened by the extension itself; Firefox's sidebar page for that tab. */
    async function guideOnTogether(together: TestPage) {
      const tabId = await together.tabId();
      if (name === 'chromium')
        await until(() => suite.browser.sidePanelOpen!(tabId), 'the side panel on Together’s tab, opened by the Send');
      const panel = await together.panel();
      if (name === 'firefox') {
        const bound = await panel.evaluate(
          (id) =>
            (
              globalThis as unknown as { browser: { sidebarAction: { getPanel(o: object): Promise<string> } } }
            ).browser.sidebarAction.getPanel({ tabId: id }),
          tabId,
        );
        expect(bound).toMatch(new RegExp(`/sidepanel\\.html\\?tab=${tabId}$`));
      }
      return panel;
    }

    it('Send asks first while values are missing, and Cancel keeps everything and sends nothing', async () => {
      suite.cleanups.push(togetherSpaServe(suite.server, {}));
      const { page, panel } = await captureCustomerKey();
      // One of five: the step's own action is the main button, not Send.
      const primary = () => panel.evaluate(() => [...document.querySelectorAll('button.primary')].map((b) => b.textContent));
      expect(await primary()).not.toContain('Send to Together');
      await panel.clickButton('Send to Together');
      await seeText(panel, 'Send 1 of 5 values now? Not captured yet: User API key, Root URL, Username, Password.');
      await panel.clickButton('Cancel');
      await until(async () => !(await text(panel)).includes('values now?'), 'the question gone');
      expect(suite.server.log.some((u) => u.startsWith('https://my.togetherplatform.com/'))).toBe(false);
      expect(await text(panel)).toContain('Customer API key looks right.');
      await page.close();
    });

    it('the guide follows the admin to Together: what was filled and left, Together’s error keeps the values, its next Save finishes the guide', async () => {
      const { page, panel, together } = await sendKeyTo({ saveAnswer: 'error-then-saved' });
      const onTogether = await guideOnTogether(together);
      await seeText(onTogether, 'Finish in Together');
      await seeText(onTogether, 'Guiding my.togetherplatform.com');
      const shown = await text(onTogether);
      expect(shown).toContain('Filled in Together’s form:');
      expect(shown).toContain('Password: not captured yet');
      expect(shown).toContain('press Together’s own Save: that click is yours');
      expect(shown).not.toContain('Q2W8R');
      expect(await together.evaluate(() => (window as unknown as { __saves?: number }).__saves ?? 0)).toBe(0); // never pressed for the admin

      // Together refuses the first Save: said in the panel, the values kept.
      await together.clickButton('Save');
      await seeAlert(onTogether, 'Together did not save: “Could not save: the Customer API key was rejected by UKG Pro.”');
      expect(await text(panel)).toContain('Customer API key looks right.');
      // The admin corrects and saves again: Together says so; the guide finishes and forgets.
      await together.clickButton('Save');
      await seeText(onTogether, 'Saved in Together');
      await seeText(onTogether, 'Customer API key, captured on ew42.ultipro.com');
      await seeText(panel, 'Nothing captured yet.');
      const session = await suite.browser.sessionStorage();
      if (session) expect(session.vault).toBeUndefined();
      await together.close();
      await page.close();
    });

    it('where Together’s answer cannot be recognised, the admin’s “I saved it in Together” closes the loop', async () => {
      const { page, panel, together } = await sendKeyTo({ saveAnswer: 'none' });
      await together.clickButton('Save');
      const onTogether = await guideOnTogether(together);
      await seeText(onTogether, 'I saved it in Together');
      expect(await text(panel)).not.toContain('Nothing captured yet.');
      await onTogether.clickButton('I saved it in Together');
      await seeText(onTogether, 'Together saved the integration.');
      await seeText(panel, 'Nothing captured yet.');
      await together.close();
      await page.close();
    });

    if (name === 'chromium')
      it('a Send waiting on sign-in survives the worker being stopped: the fill still happens after sign-in', async () => {
        suite.cleanups.push(togetherSpaServe(suite.server, { signedOut: true }));
        const { page, panel } = await captureCustomerKey();
        await panel.clickButton('Send to Together');
        await panel.clickButton('Send');
        await seeText(panel, 'Sign in to Together.');
        const together = await suite.browser.waitForPage((u) => u.startsWith('https://my.togetherplatform.com/login'));
        await until(() => together.evaluate(() => !!document.getElementById('pw')), 'the sign-in form');
        // Chrome stops an idle worker after ~30 s (an MFA sign-in is enough): here, at once.
        await suite.browser.stopWorker!();
        await together.type('#email', 'admin@acme.test');
        await together.type('#pw', 'hunter2!');
        await together.click('button[type="submit"]');
        await until(
          async () => (await model(together).catch(() => ({}) as Record<string, string>)).customerApiKey === 'Q2W8R',
          'the fill after sign-in, by a new worker',
          30_000,
        );
        await seeText(panel, 'Finish in Together');
        await together.close();
        await page.close();
      });

    it('each guide only beside its own tab: each tab’s guide names its host and holds only its own values; Send fills only its own provider', async () => {
      suite.cleanups.push(togetherSpaServe(suite.server, {}));
      const { page: ukg, panel: ukgPanel } = await captureCustomerKey();
      await seeText(ukgPanel, 'Guiding ew42.ultipro.com');
      const vp = await suite.browser.open(VP_API);
      if (name === 'chromium') {
        // The UKG tab's guide is not shown beside Vantagepoint, and the browser's no-tab panel never appears.
        const vpTab = await vp.tabId();
        await until(async () => !(await suite.browser.sidePanelOpen!(vpTab)), 'no guide on the Vantagepoint tab yet');
      }
      const vpPanel = await vp.panel();
      await seeText(vpPanel, 'Set up Vantagepoint Connect');
      await seeText(vpPanel, 'Guiding acme.deltekfirst.com');
      expect(await text(vpPanel)).not.toContain('Customer API key');
      // Back to UKG: its own guide, its own value.
      await ukg.tabId();
      expect(await text(ukgPanel)).toContain('Customer API key looks right.');
      expect(await text(ukgPanel)).not.toContain('Client ID');
      // Send from the Vantagepoint tab fills Together's Vantagepoint form with Vantagepoint's value only.
      await vp.tabId();
      await vpPanel.clickButton('Capture Client ID');
      await seeText(vpPanel, 'Client ID');
      await clickSend(vpPanel, true);
      const together = await suite.browser.waitForPage(isTogether);
      await until(
        async () => (await model(together)).clientId === 'b1f3c2d4-vp-client',
        'the Client ID in Together’s Vantagepoint form',
        20_000,
      );
      expect(Object.keys(await model(together))).toEqual(['clientId']);
      expect(await text(ukgPanel)).toContain('Customer API key looks right.'); // UKG's own value, untouched
      await together.close();
      await vp.close();
      await ukg.close();
    });

    it('attack R4-1: a disguised Save on a page of a UKG host plants nothing; a real Save that differs is only offered', async () => {
      const page = await suite.browser.open('https://ew42.ultipro.com/pages/EDIT/ServiceAccount.aspx?fixture=add-account-top.html');
      const panel = await page.panel();
      await clearCaptured(panel);
      await page.type('input[name="user"]', 'TogetherIntegration');
      await page.type('input[type="password"]', 'Real!Pass#1x');
      await page.clickButton('Save');
      await seeText(panel, 'User name looks right.');
      // A news page on another UKG host: the cookie banner's "Accept all" (aria-label Save) and a
      // transparent Save over "Read more", beside a hidden Add/Change heading and hidden fields.
      const news = await suite.browser.open('https://news.ultipro.com/article?fixture=disguised-save.html');
      await news.click('#accept');
      // The admin means "Read more"; the click lands on the transparent Save laid over it.
      await news.click('#trap');
      const shown = await text(panel);
      expect(shown).not.toContain('Use the account saved on');
      await seeText(panel, 'TogetherIntegration');
      expect(shown).not.toContain('PlantedAccount');
      await news.close();

      // The real form saved again with another account: offered, never kept on its own.
      await page.goto('https://ew42.ultipro.com/pages/EDIT/ServiceAccount.aspx?fixture=add-account-top.html');
      await page.type('input[name="user"]', 'OtherIntegration');
      await page.clickButton('Save');
      await seeText(panel, 'Use the account saved on ew42.ultipro.com?');
      expect(await text(panel)).not.toContain('OtherIntegration');
      await panel.clickButton('Keep the one I have');
      await until(async () => !(await text(panel)).includes('Use the account saved on'), 'the offer gone');
      expect(await text(panel)).toContain('TogetherIntegration');
      await page.close();
    });

    it('attack R4-3: a style a page puts into the launcher is undone, and the launcher as drawn still opens the guide', async () => {
      const page = await suite.browser.open('https://n12.ultipro.com/default.aspx?launcher=1');
      await until(
        () => page.evaluate(() => !!document.querySelector('[data-tsa-launcher]')?.shadowRoot?.querySelector('button')),
        'the launcher',
      );
      // The page turns the launcher into an invisible full-viewport button over its own "Read more".
      await page.evaluate(() => {
        const shadow = document.querySelector('[data-tsa-launcher]')!.shadowRoot!;
        const style = document.createElement('style');
        style.textContent =
          'button { position: fixed !important; inset: 0 !important; width: 100vw !important; height: 100vh !important; opacity: 0 !important; }';
        shadow.append(style);
        shadow.querySelector('button')!.setAttribute('style', 'position:fixed;inset:0;opacity:0');
      });
      await until(
        () =>
          page.evaluate(() => {
            const shadow = document.querySelector('[data-tsa-launcher]')!.shadowRoot!;
            return !shadow.querySelector('style') && shadow.querySelector('button')!.style.opacity === '';
          }),
        'the launcher as drawn again',
      );
      const box = await page.evaluate(
        () => document.querySelector('[data-tsa-launcher]')!.shadowRoot!.querySelector('button')!.getBoundingClientRect().width,
      );
      expect(box).toBeLessThan(420);
      if (name === 'chromium') {
        await page.clickButton('Open the Together setup guide');
        const tabId = await page.tabId();
        await until(() => suite.browser.sidePanelOpen!(tabId), 'the side panel after a genuine click');
      }
      await page.close();
    });
  });
}
