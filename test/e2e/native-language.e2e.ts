import { describe, expect, it } from 'vitest';
import type { BrowserName } from './harness/browsers';
import { browserSuite, seeAlert, seeText } from './harness/suite';

/**
 * A browser whose own language is not English: with nothing chosen in Options, every part of the
 * extension speaks it through browser.i18n and public/_locales (placeholders included).
 */
const CASES: { browser: BrowserName; uiLanguage: string; expect: Record<string, string> }[] = [
  {
    browser: 'chromium',
    uiLanguage: 'fr',
    expect: {
      lang: 'fr',
      options: 'Paramètres',
      title: 'Connecter UKG Pro à Together',
      step: 'Étape 3 sur 8 : Ajouter un compte de service',
      check: 'Le nom d’utilisateur commence ou finit par des espaces. Supprimez-les.',
    },
  },
  {
    browser: 'firefox',
    uiLanguage: 'es-ES',
    expect: {
      lang: 'es',
      options: 'Configuración',
      title: 'Conectar UKG Pro con Together',
      step: 'Paso 3 de 8: Añadir una cuenta de servicio',
      check: 'El nombre de usuario tiene espacios al principio o al final. Quítelos.',
    },
  },
];

for (const c of CASES) {
  describe(`${c.browser} in ${c.uiLanguage}`, () => {
    const suite = browserSuite(c.browser, { uiLanguage: c.uiLanguage });

    it('speaks the browser’s language in the options, the panel and the page’s checks', async () => {
      const options = await suite.browser.openExtensionPage('options.html');
      await seeText(options, c.expect.options!);
      expect(await options.evaluate(() => document.documentElement.lang)).toBe(c.expect.lang);
      await options.close();

      const page = await suite.browser.open('https://ew42.ultipro.com/pages/EDIT/ServiceAccount.aspx?fixture=add-account-top.html');
      const panel = await page.panel();
      await seeText(panel, c.expect.title!);
      await seeText(panel, c.expect.step!);
      await page.type('input[name="user"]', ' Together');
      await seeAlert(panel, c.expect.check!);
      await page.close();
    });
  });
}
