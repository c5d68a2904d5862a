import { describe, expect, it } from 'vitest';
import { until, type TestPage } from './harness/browsers';
import {
  BROWSERS,
  browserSuite,
  clearCaptured,
  isTogether,
  seeAlert,
  seeText,
  startOver,
  targetUncovered,
  text,
  clickSend,
  captureCustomerKey as captureKey,
} from './harness/suite';
import { togetherSpaServe, type SpaConfig } from './harness/together';

/**
 * Real pages, not our fixtures (docs/robustness.md): a sample of the variation axes in real
 * browsers — Together booting late, signed out, offering its providers in several ways and
 * re-rendering its form; UKG's list as an ARIA grid with image toolbar buttons.
 */
const LIST = 'https://ew42.ultipro.com/pages/VIEW/ServiceAccountAdmin.aspx?fixture=service-accounts-table.html';
const GRID =
  'https://ew42.ultipro.com/pages/VIEW/ServiceAccountAdmin.aspx?fixture=service-accounts-grid.html&USParams=PK%3dEEADM!MenuID%3d424!&pendo_ts=1';
const model = (together: TestPage) => together.evaluate(() => ({ ...(window as unknown as { __model: Record<string, string> }).__model }));

for (const name of BROWSERS) {
  describe(`robustness in ${name}`, () => {
    const suite = browserSuite(name);

    const captureCustomerKey = () => captureKey(suite, LIST);

    const SAMPLE: [string, SpaConfig][] = [
      ['booting 2.5 s, providers as cards, a form that re-renders on every change', { bootMs: 2_500, picker: 'cards', rerender: true }],
      ['providers as radio buttons, then Continue', { picker: 'radios' }],
      ['providers in a drop-down, then Continue; look-alike decoys hidden through parents (attack 6)', { picker: 'select', decoys: true }],
      ['attack R3-4: a decoy under filter: opacity(0) on a wrapper', { picker: 'buttons', decoys: 'filter' }],
      ['attack R3-4: a decoy placed far to the right (left: 30000px)', { picker: 'buttons', decoys: 'far-right' }],
      ['attack R3-4: a decoy under an opaque box', { picker: 'cards', decoys: 'covered' }],
      ['attack R3-4: decoys of every kind, old and new, in turn', { picker: 'radios', decoys: 'round3', rerender: true }],
    ];
    for (const [shape, config] of SAMPLE) {
      it(`one click fills Together: ${shape}`, async () => {
        suite.cleanups.push(togetherSpaServe(suite.server, config));
        const { page, panel } = await captureCustomerKey();
        await clickSend(panel, true);
        const together = await suite.browser.waitForPage(isTogether);
        await until(async () => (await model(together)).customerApiKey === 'Q2W8R', 'the Customer API key in Together’s own model', 20_000);
        await seeText(panel, 'Sent to Together: 1 value filled.', 'the panel says it is done');
        // The form re-rendered from the app's state: the value is still on screen.
        await until(
          () =>
            together.evaluate(() => (document.querySelector('input[name="customerApiKey"]') as HTMLInputElement | null)?.value === 'Q2W8R'),
          'the value after a re-render',
        );
        const untouched = await together.evaluate(() => ({
          decoys: [...document.querySelectorAll<HTMLInputElement>('[data-decoy]')].map((i) => i.value).join(''),
          apiKeys: (window as unknown as { __apiKeys: Record<string, string> }).__apiKeys,
          saved: (window as unknown as { __saved?: boolean }).__saved ?? false,
        }));
        expect(untouched).toEqual({ decoys: '', apiKeys: {}, saved: false });
        await together.close();
        await page.close();
      });
    }

    it('attack R3-4: two fields both pass for one value: neither is filled, the guide says so and keeps the value', async () => {
      suite.cleanups.push(togetherSpaServe(suite.server, { picker: 'buttons', decoys: 'visible' }));
      const { page, panel } = await captureCustomerKey();
      await clickSend(panel, true);
      await seeAlert(panel, 'Together’s page shows more than one field for: Customer API key, so neither was filled.');
      const together = await suite.browser.waitForPage(isTogether);
      expect(
        await together.evaluate(() =>
          [...document.querySelectorAll<HTMLInputElement>('input[name="customerApiKey"], [data-decoy="customerApiKey"]')].map(
            (i) => i.value,
          ),
        ),
      ).toEqual(['', '']);
      expect(await text(panel)).toContain('Customer API key looks right.'); // nothing lost
      await together.close();
      await page.close();
    });

    it('signed out: says "Sign in to Together", never types into the sign-in form, and fills after the admin is back', async () => {
      suite.cleanups.push(togetherSpaServe(suite.server, { signedOut: true, picker: 'buttons' }));
      const { page, panel } = await captureCustomerKey();
      await clickSend(panel, true);
      await seeText(panel, 'Sign in to Together.');
      const together = await suite.browser.waitForPage((u) => u.startsWith('https://my.togetherplatform.com/login'));
      await until(() => together.evaluate(() => !!document.getElementById('pw')), 'the sign-in form');
      expect(
        await together.evaluate(() => [
          (document.getElementById('email') as HTMLInputElement).value,
          (document.getElementById('pw') as HTMLInputElement).value,
        ]),
      ).toEqual(['', '']);
      expect(await text(panel)).toContain('Customer API key looks right.'); // nothing lost while it waits
      // The admin signs in; Together lands on its home page; the job brings the tab back and fills.
      await together.type('#email', 'admin@acme.test');
      await together.type('#pw', 'hunter2!');
      await together.click('button[type="submit"]');
      await until(
        async () => (await together.evaluate(() => location.href).catch(() => '')).startsWith('https://my.togetherplatform.com/settings'),
        'back on Together’s settings',
        15_000,
      );
      await until(
        async () => (await model(together).catch(() => ({}) as Record<string, string>)).customerApiKey === 'Q2W8R',
        'the value after sign-in',
        20_000,
      );
      await seeText(panel, 'Sent to Together: 1 value filled.');
      await together.close();
      await page.close();
    });

    it.each([
      [1280, 800],
      [1920, 1080],
    ])('never covers what the step asks for (%i×%i): a key pinned to the launcher’s corner moves the launcher', async (width, height) => {
      // From step 2 on (its target is the key), in a tab whose guide is not open yet.
      const first = await suite.browser.open(GRID);
      await startOver(await first.panel(), 'Capture Customer API key');
      await first.close();
      const page = await suite.browser.open(GRID);
      // The vendor pins the key where the launcher sits by default (bottom right); then the window
      // takes its size (as a page that loads with the key pinned: our overlay follows layout changes
      // on resize, scroll and DOM changes, not on every style change).
      await page.evaluate(() =>
        Object.assign(document.getElementById('cust')!.style, { position: 'fixed', right: '20px', bottom: '24px', zIndex: '10' }),
      );
      await page.resize(width, height);
      await until(() => page.evaluate(() => !!document.querySelector('[data-tsa-launcher]')), 'the launcher');
      const clear = () =>
        page.evaluate(() => {
          const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          const key = document.getElementById('cust')!.getBoundingClientRect();
          const launcher = document.querySelector('[data-tsa-launcher]')!.getBoundingClientRect();
          const hit = document.elementFromPoint(key.left + key.width / 2, key.top + key.height / 2);
          return launcher.width > 0 && !overlaps(launcher, key) && hit === document.getElementById('cust');
        });
      await until(clear, 'the pinned key clickable, the launcher elsewhere');
      const panel = await page.panel();
      await seeText(panel, 'Step 2 of 8: Capture the Customer API key');
      await targetUncovered(page);
      await panel.clickButton('Capture Customer API key');
      await seeText(panel, 'Customer API key looks right.');
      await page.close();
    });

    it('recognises a page opened as a child window (DefaultChild.aspx), whatever the shell', async () => {
      const page = await suite.browser.open(
        'https://ew42.ultipro.com/DefaultChild.aspx?pageName=ServiceAccountAdmin&USParams=PK%3dESS&fixture=service-accounts-table.html',
      );
      const panel = await page.panel();
      await clearCaptured(panel);
      await panel.clickButton('Capture Customer API key');
      await seeText(panel, 'Customer API key looks right.');
      await page.close();
    });

    it('reads the list as an ARIA grid: the User API key of the account’s own row, Add by its caption label', async () => {
      const page = await suite.browser.open(GRID);
      const panel = await page.panel();
      await clearCaptured(panel);
      await seeText(panel, 'Capture User API key');
      await panel.clickButton('Capture User API key');
      await seeText(panel, 'User API key looks right.');
      const shown = await panel.evaluate(() => document.body.innerText);
      expect(shown).not.toContain('TG7RX20001T0'); // masked
      // The highlight frames the image button captioned "add" (no text of its own).
      await until(() => page.evaluate(() => document.querySelectorAll('[data-tsa-highlight]').length > 0), 'a highlight');
      await page.close();
    });
  });
}
