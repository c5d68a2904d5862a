import { describe, expect, it } from 'vitest';
import { until } from './harness/browsers';
import { BROWSERS, browserSuite, isTogether, startOver, text as panelText, clickSend } from './harness/suite';

const TOGETHER = 'https://my.togetherplatform.com/settings?section=integrations';

for (const name of BROWSERS) {
  describe(`first slice in ${name}`, () => {
    const suite = browserSuite(name);

    it('shows the way on a UKG page that is not a target', async () => {
      const page = await suite.browser.open('https://n12.ultipro.com/default.aspx');
      const panel = await page.panel();
      await until(async () => (await panelText(panel)).includes('Step 1 of 8: Open Service Account Administration'), 'step 1');
      expect(await panelText(panel)).toContain('Connect UKG Pro to Together');
      await page.close();
    });

    it('captures the Customer API key on Service Account Administration and fills Together', async () => {
      const page = await suite.browser.open('https://ew42.ultipro.com/pages/VIEW/ServiceAccountAdmin.aspx?USParams=PK%3DESS');
      const panel = await page.panel();
      await until(
        async () => (await panelText(panel)).includes('Step 2 of 8: Capture the Customer API key'),
        'step 2 (page rendered late)',
      );

      // The highlight frames the key, from a closed shadow root the page cannot look into.
      const highlight = await until(
        () =>
          page.evaluate(() => {
            const host = document.querySelector('[data-tsa-highlight]');
            return host ? { open: host.shadowRoot !== null } : null;
          }),
        'the highlight',
      );
      expect(highlight.open).toBe(false);
      // …and sits over the key the step is about.
      await until(
        () =>
          page.evaluate(() => {
            const box = document.querySelector('[data-tsa-highlight]')!.getBoundingClientRect();
            const key = document.getElementById('ctl00_Content_lblCustomerApiKey')!.getBoundingClientRect();
            return box.width > 0 && box.left <= key.left && box.right >= key.right && box.top <= key.top && box.bottom >= key.bottom;
          }),
        'the highlight around the key',
      );

      await panel.clickButton('Capture Customer API key');
      await until(async () => (await panelText(panel)).includes('Customer API key looks right.'), 'the capture');
      const text = await panelText(panel);
      expect(text).not.toContain('B7K2Q'); // masked in the panel
      expect(text).toContain('•••••');

      await clickSend(panel, true);
      const together = await suite.browser.waitForPage(isTogether);
      const field = await until(
        () =>
          together.evaluate(() => {
            const el = document.getElementById('f-customer-key') as HTMLInputElement;
            return el.value
              ? {
                  value: el.value,
                  dirty: el.dataset.dirty,
                  model: (window as unknown as { __model: Record<string, string> }).__model.customerApiKey,
                }
              : null;
          }),
        'the Customer API key in Together',
      );
      expect(field).toEqual({ value: 'B7K2Q', dirty: 'true', model: 'B7K2Q' });
      expect(await together.evaluate(() => (window as unknown as { __saved?: boolean }).__saved ?? false)).toBe(false);

      // The fill forgets nothing: the values stay kept until Together's own Save is seen to succeed.
      await until(
        async () => (await panelText(panel)).includes('your values stay kept until Together has saved them'),
        'the fill’s answer',
      );
      // The state push that follows the answer: the hand-over card.
      await until(async () => (await panelText(panel)).includes('Finish in Together'), 'the hand-over card');
      expect(await panelText(panel)).not.toContain('Nothing captured yet.');
      expect((await suite.browser.sessionStorage())?.vault ?? 'kept').toBeTruthy();
      // The admin presses Together's Save; Together says "Saved." under the form: the loop closes.
      await together.clickButton('Save');
      await until(async () => (await panelText(panel)).includes('Nothing captured yet.'), 'the vault emptied after Together saved');
      await until(async () => (await panelText(panel)).includes('Together saved the integration.'), 'the finished summary');
      expect(await panelText(panel)).toContain('Customer API key, captured on ew42.ultipro.com');
      const session = await suite.browser.sessionStorage();
      if (session) expect(session.vault).toBeUndefined();
      expect(together.url()).toBe(TOGETHER);
      await together.close();
      await page.close();
    });

    it('captures from inside the ContentFrame iframe and focuses an open Together tab', async () => {
      const together = await suite.browser.open(TOGETHER);
      const page = await suite.browser.open('https://nw13.ultipro.com/default.aspx?fixture=shell.html&page=service-accounts-table.html');
      const panel = await page.panel();
      await startOver(panel, 'Capture Customer API key'); // the previous test finished the guide
      await until(async () => (await panelText(panel)).includes('Step 2 of 8'), 'step 2 inside ContentFrame');
      await panel.clickButton('Capture Customer API key');
      await until(async () => (await panelText(panel)).includes('Customer API key looks right.'), 'the capture');
      await clickSend(panel, true);
      await until(
        () => together.evaluate(() => (document.getElementById('f-customer-key') as HTMLInputElement).value === 'Q2W8R'),
        'the fill in the open tab',
      );
      await until(async () => (await panelText(panel)).includes('Sent to Together'), 'the success status');
      await together.close();
      await page.close();
    });

    it('opens the guide on one trusted click of the launcher (Chromium), or says how (Firefox)', async () => {
      const page = await suite.browser.open('https://n12.ultipro.com/default.aspx?launcher=1');
      await page.clickButton('Open the Together setup guide');
      if (name === 'chromium') {
        const tabId = await page.tabId();
        await until(() => suite.browser.sidePanelOpen!(tabId), 'the side panel of this tab');
        // The toolbar button opens it too (headless Chromium has no toolbar to click: its setting, read back).
        const behaviour = await suite.browser.inWorker!(() =>
          (
            globalThis as unknown as { chrome: { sidePanel: { getPanelBehavior(): Promise<unknown> } } }
          ).chrome.sidePanel.getPanelBehavior(),
        );
        expect(behaviour).toEqual({ openPanelOnActionClick: true });
      } else {
        // Firefox opens its sidebar only from the toolbar button or its shortcut: the launcher says so.
        await until(
          () => page.evaluate(() => document.querySelector('[data-tsa-launcher]')?.shadowRoot?.textContent?.includes('Alt+Shift+G')),
          'the launcher saying how',
        );
        // …and the toolbar button does open it (Firefox's own path for a toolbar click).
        await page.inWindow!(`(async () => {
          const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
          const ext = WebExtensionPolicy.getByID('setup-assistant@togetherplatform.com').extension;
          await ExtensionParent.apiManager.global.browserActionFor(ext).triggerAction(win);
        })()`);
        const sidebar = () =>
          page.inWindow!(`JSON.stringify([win.SidebarController.isOpen, win.SidebarController.currentID,
            win.SidebarController.browser.contentDocument?.getElementById('webext-panels-browser')?.currentURI?.spec ?? ''])`);
        await until(async () => JSON.parse(String(await sidebar()))[0] === true, 'the sidebar open');
        const [, id] = JSON.parse(String(await sidebar()));
        expect(id).toMatch(/sidebar-action$/);
        // This tab's own guide: the panel page for its id.
        await until(
          async () => String(JSON.parse(String(await sidebar()))[2]).endsWith(`/sidepanel.html?tab=${await page.tabId()}`),
          'the sidebar showing this tab’s guide',
        );
        await page.inWindow!('win.SidebarController.hide()');
      }
      await page.close();
    });

    it('leaves the vendor page its whole width: a launcher in a corner, hidden on request and while the guide is open', async () => {
      const page = await suite.browser.open('https://n12.ultipro.com/default.aspx');
      const launcherShown = () =>
        page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-tsa-launcher]')].some((h) => h.style.display !== 'none'));
      await until(launcherShown, 'the launcher');
      expect(
        await page.evaluate(() => [
          getComputedStyle(document.documentElement).marginRight,
          document.querySelectorAll('[data-tsa-panel], tsa-panel').length,
        ]),
      ).toEqual(['0px', 0]);
      // A real button in an open shadow root, found by role and name.
      expect(
        await page.evaluate(() =>
          [...(document.querySelector('[data-tsa-launcher]')?.shadowRoot?.querySelectorAll('button') ?? [])].map((b) => b.textContent),
        ),
      ).toContain('Open the Together setup guide');
      await page.clickButton('Hide this button on this page');
      await until(async () => !(await launcherShown()), 'the launcher hidden for this page');
      await page.goto('https://n12.ultipro.com/default.aspx?again=1');
      await until(launcherShown, 'the launcher back on the next page');
      await page.panel();
      await until(async () => !(await launcherShown()), 'the launcher gone while the guide is open');
      await page.close();
    });

    it('logs no error or warning to any console during the flow', () => {
      expect(suite.browser.console.filter((l) => /^(worker )?(error|warn)/.test(l))).toEqual([]);
    });
  });
}
