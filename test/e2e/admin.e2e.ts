import { describe, expect, it } from 'vitest';
import { until, type TestFrame, type TestPage } from './harness/browsers';
import { BROWSERS, browserSuite, seeAlert, seeText, text } from './harness/suite';

const ADD_ACCOUNT = 'https://ew42.ultipro.com/pages/EDIT/ServiceAccount.aspx?fixture=add-account-top.html';
const UKG_HOME = 'https://n12.ultipro.com/default.aspx?USParams=PK%3DESS';

/** The extension's alarms, as seen inside its service worker (functions run there are serialised: no outer names). */
type Alarms = { alarms: { get(n: string): Promise<{ scheduledTime: number } | undefined>; create(n: string, o: { when: number }): void } };

/** What has focus, and whether it shows it (a visible outline). */
const focused = (f: TestFrame) =>
  f.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : null;
    return {
      id: el?.id ?? '',
      // What a person hears: the accessible name (icon buttons carry theirs in aria-label).
      text: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim(),
      ring: !!style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
    };
  });

async function chooseLanguage(options: TestPage, label: string, heading: string) {
  await options.select('#language', label);
  await seeText(options, heading); // the page reloads in the new language
}

for (const name of BROWSERS) {
  describe(`the admin's experience in ${name}`, () => {
    const suite = browserSuite(name);

    it('speaks the language chosen in Options in every part, and switches back live', async () => {
      const options = await suite.browser.openExtensionPage('options.html');
      await seeText(options, 'Settings');
      await chooseLanguage(options, 'Español', 'Configuración');
      const page = await suite.browser.open(ADD_ACCOUNT);
      try {
        expect(await options.evaluate(() => document.documentElement.lang)).toBe('es');
        const panel = await page.panel();
        await seeText(panel, 'Conectar UKG Pro con Together');
        await seeText(panel, 'Paso 3 de 8: Añadir una cuenta de servicio');
        // Check messages come from the content script: it speaks Spanish too.
        await page.type('input[name="user"]', ' Together');
        await seeAlert(panel, 'El nombre de usuario tiene espacios al principio o al final.');
      } finally {
        await chooseLanguage(options, 'Idioma del navegador', 'Settings');
      }
      // The open panel reloads itself, and the page's script is told.
      await until(async () => (await text(await page.panel())).includes('Connect UKG Pro to Together'), 'the panel in English');
      await page.type('input[name="user"]', ' TogetherIntegration');
      await seeAlert(await page.panel(), 'The user name has spaces at the start or end.');
      await page.close();
      await options.close();
    });

    it('offers a redacted outline of a page the guide does not know', async () => {
      const page = await suite.browser.open(UKG_HOME);
      const panel = await page.panel();
      await seeText(panel, 'Not the page you expected? Help us recognise it');
      await panel.click('#outline-toggle');
      await panel.clickButton('Copy page outline');
      const outline = await until(
        () => panel.evaluate(() => (document.querySelector('textarea.outline') as HTMLTextAreaElement | null)?.value),
        'the outline',
      );
      expect(outline).toMatch(/^page: n12\.ultipro\.com\/default\.aspx\ntitle: /);
      expect(outline).not.toContain('USParams');
      await until(async () => /Outline copied|The outline is below/.test(await text(panel)), 'the outline notice');
      if (suite.browser.clipboardText) expect(await suite.browser.clipboardText()).toBe(outline);
      await page.close();
    });

    it('works by keyboard alone in the side panel, with visible focus', async () => {
      // The guide of a tab with no system page (the default guide), as a stand-in tab.
      const plain = await suite.browser.open('https://intranet.example.test/');
      const popup = await suite.browser.openExtensionPage(`sidepanel.html?tab=${await plain.tabId()}`);
      await seeText(popup, 'Nothing captured yet.');
      // The default guide (UKG); the other, not started, waits behind one line.
      await seeText(popup, 'Other systems (1)');
      const seen: { id: string; text: string; ring: boolean }[] = [];
      await until(async () => {
        await popup.press('Tab');
        const f = await focused(popup);
        seen.push(f);
        return f.id === 'paste-form-toggle';
      }, 'the paste-in form by Tab');
      expect(seen.filter((f) => !f.ring)).toEqual([]);
      await popup.press('Enter');
      await popup.press('Tab');
      expect((await focused(popup)).id).toBe('paste-userApiKey');
      await popup.keyboardType('AB12CD34EF56');
      await popup.press('Enter');
      await seeText(popup, 'Values kept.');
      await seeText(popup, 'User API key looks right.');

      // Copy, from the keyboard too (back up from the form, which keeps focus after submitting):
      // the key reaches the clipboard, which is emptied a minute later.
      await until(async () => {
        await popup.press('Shift+Tab');
        return (await focused(popup)).text === 'Copy User API key';
      }, 'Copy User API key by Tab');
      await popup.press('Enter');
      await seeText(popup, 'User API key copied. The clipboard will be emptied in 60 seconds.');
      if (suite.browser.clipboardText && suite.browser.inWorker) {
        expect(await suite.browser.clipboardText()).toBe('AB12CD34EF56');
        const left = await suite.browser.inWorker(
          async () =>
            ((await (globalThis as unknown as { chrome: Alarms }).chrome.alarms.get('clipboard-clear'))?.scheduledTime ?? 0) - Date.now(),
        );
        expect(left).toBeGreaterThan(50_000);
        expect(left).toBeLessThanOrEqual(60_000);
        // Rather than wait a minute: the same alarm, due now, through the real clearing path.
        await suite.browser.inWorker(async () =>
          (globalThis as unknown as { chrome: Alarms }).chrome.alarms.create('clipboard-clear', { when: Date.now() }),
        );
        await until(async () => (await suite.browser.clipboardText!()) === '', 'the clipboard emptied');
      }
      await popup.clickButton('Clear captured keys');
      await popup.close();
      await plain.close();
    });

    it('never takes focus from the vendor field the admin is typing in', async () => {
      const page = await suite.browser.open(ADD_ACCOUNT);
      const panel = await page.panel();
      // The page's own step, whatever came before.
      await seeText(panel, 'Step 3 of 8: Add a service account');
      await page.click('input[name="user"]');
      await page.keyboardType('Together');
      await seeText(panel, 'This differs from the suggested name TogetherIntegration'); // the panel re-rendered meanwhile
      await page.keyboardType('Integration');
      await until(async () => (await text(panel)).includes('Use TogetherIntegration') === false, 'the fix offer gone');
      expect(
        await page.evaluate(() => [document.activeElement?.getAttribute('name'), (document.activeElement as HTMLInputElement).value]),
      ).toEqual(['user', 'TogetherIntegration']);
      await page.close();
    });
  });
}
