import { describe, expect, it } from 'vitest';
import { until } from './harness/browsers';
import { browserSuite, seeText } from './harness/suite';

/**
 * The example build (`npm run build:example`) in a real browser: the test-only system of
 * test/example-system/, joined to the lists of systems and nothing else, is recognised on its own
 * site under its real host name, guided by the background, and gets the launcher every system shares.
 */
describe('the example system in Chromium (example build)', () => {
  const suite = browserSuite('chromium', { output: '.output-example' });

  it('its content script recognises its page; the background guides it through its own steps', async () => {
    const page = await suite.browser.open('https://tenant1.acmehr.example/admin/api-clients');
    // The launcher (shared, matched from the catalog) and the step's callout: step 2 of its 5.
    await until(() => page.evaluate(() => !!document.querySelector('[data-tsa-launcher]')), 'the launcher on the example’s page');
    const callout = await until(
      () =>
        page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('[data-tsa-callout]')].find((h) => h.style.display !== 'none') ? 'shown' : null,
        ),
      'the step’s callout beside its target',
    );
    expect(callout).toBe('shown');
    const highlighted = await until(
      () =>
        page.evaluate(
          () => [...document.querySelectorAll<HTMLElement>('[data-tsa-highlight]')].some((h) => h.style.display !== 'none') || null,
        ),
      'the Client ID outlined',
    );
    expect(highlighted).toBe(true);
    // The toolbar button says the example guide's step for this tab: the client, step 2 of 5.
    const tabId = await page.tabId();
    const badge = () =>
      suite.browser.inWorker!(
        async (id) =>
          (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({
            tabId: id,
          }),
        tabId,
      );
    await until(async () => (await badge()) === '2/5' || null, 'the badge 2/5');
    // Its guide speaks in its own messages (its folder's messages/, joined in at build time).
    const panel = await page.panel();
    await seeText(panel, 'Set up AcmeHR');
    await seeText(panel, 'Create an API client');
  });
});
