import { armor, Encrypter } from 'age-encryption';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealEnvelope } from '../../utils/handoff/envelope';
import { launch, until, type TestBrowser, type TestFrame } from './harness/browsers';
import { BROWSERS, browserSuite, captureCustomerKey, isTogether, seeAlert, seeText, text } from './harness/suite';
import { togetherSpaServe } from './harness/together';
import { violations } from './harness/axe';

/**
 * Hand-off to a colleague (issue 28), in two browser profiles: the first admin captures on UKG Pro
 * and seals; the colleague, in a profile of their own, opens the envelope in Options and fills
 * Together. Plus the refusals, each with its own message, losing nothing typed.
 */
const LIST = 'https://ew42.ultipro.com/pages/VIEW/ServiceAccountAdmin.aspx?fixture=service-accounts-table.html';
const KEY = 'Q2W8R';
const model = (together: TestFrame) => together.evaluate(() => ({ ...(window as unknown as { __model: Record<string, string> }).__model }));

/** Puts text into a field as a paste does (one input event), for the long envelope. */
const paste = (f: TestFrame, selector: string, value: string) =>
  f.evaluate(
    ([sel, v]) => {
      const field = document.querySelector<HTMLTextAreaElement>(sel)!;
      field.value = v;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    },
    [selector, value] as const,
  );

/** Seals in the first profile's guide: the passphrase and the envelope as the panel shows them once. */
async function sealInGuide(panel: TestFrame) {
  await panel.click('details.handoff > summary');
  await seeText(panel, 'Seal these values into an encrypted envelope');
  await panel.type('details.handoff input[autocomplete="name"]', 'Ana from HRIS');
  await panel.clickButton('Seal envelope');
  await seeText(panel, 'Passphrase (shown only once)');
  const sealed = await panel.evaluate(() => ({
    passphrase: document.querySelector('[data-handoff-passphrase]')!.textContent!,
    envelope: document.querySelector<HTMLTextAreaElement>('[data-handoff-envelope]')!.value,
  }));
  expect(sealed.passphrase).toMatch(/^[a-z]+(?:-[a-z]+){5,}$/);
  expect(sealed.envelope).toMatch(/^-----BEGIN AGE ENCRYPTED FILE-----\n[\s\S]+-----END AGE ENCRYPTED FILE-----\n$/);
  expect(sealed.envelope).not.toContain(KEY);
  expect(await text(panel)).toContain('by another channel');
  expect(await violations(panel)).toEqual([]);
  return sealed;
}

/** The colleague's Options page: the envelope pasted, the passphrase typed, Open. */
async function openInOptions(colleague: TestBrowser, envelope: string, passphrase: string) {
  const options = await colleague.openExtensionPage('options.html');
  await seeText(options, 'Open a hand-off');
  await paste(options, '[data-handoff-paste]', envelope);
  await options.type('[data-handoff-passphrase-input]', passphrase);
  await options.clickButton('Open');
  return options;
}

/** An envelope sealed outside the extension (Node, the same format), for the refusals a person cannot make in the guide. */
async function craft(inside: object, passphrase: string) {
  const e = new Encrypter();
  e.setPassphrase(passphrase);
  e.setScryptWorkFactor(10);
  return armor.encode(await e.encrypt(JSON.stringify(inside)));
}

for (const name of BROWSERS) {
  describe(`hand-off to a colleague in ${name}`, () => {
    const suite = browserSuite(name);
    /** The colleague: a second browser profile on the same fixture server. */
    let colleague: TestBrowser;
    beforeAll(async () => {
      colleague = await launch(name, suite.server.port);
    });
    afterAll(() => colleague?.close());

    it('the first admin seals what they captured; the colleague opens it, sees what it holds, and fills Together', async () => {
      suite.cleanups.push(togetherSpaServe(suite.server, {}));
      const { page, panel } = await captureCustomerKey(suite, LIST);
      const sealed = await sealInGuide(panel);
      // The sealer keeps their values under today's lifetime rules.
      expect(await text(panel)).toContain('Customer API key looks right.');

      // Read out on a call: the colleague types it with spaces.
      const options = await openInOptions(colleague, sealed.envelope, sealed.passphrase.replaceAll('-', ' '));
      await seeText(options, 'For UKG Pro in Together');
      await seeText(options, 'by Ana from HRIS');
      await seeText(options, 'Can be used until');
      await seeText(options, 'from ew42.ultipro.com');
      expect(await text(options)).not.toContain(KEY);
      expect(await violations(options)).toEqual([]);
      await options.clickButton('Fill Together');
      const together = await colleague.waitForPage(isTogether);
      await until(async () => (await model(together)).customerApiKey === KEY, 'the colleague’s Together filled from the envelope', 20_000);
      expect(await together.evaluate(() => (window as unknown as { __saves?: number }).__saves ?? 0)).toBe(0);
      // The sealer's browser opened no Together tab and sent nothing there.
      expect(suite.browser.console.join('\n')).not.toContain(KEY);
      await together.close();
      await options.close();
      await page.close();
    });

    it('the colleague can open it in the guide at Together too, and the welcome page says how', async () => {
      suite.cleanups.push(togetherSpaServe(suite.server, {}));
      const { page, panel } = await captureCustomerKey(suite, LIST);
      const sealed = await sealInGuide(panel);
      await page.close();
      const welcome = await colleague.openExtensionPage('welcome.html');
      await seeText(welcome, 'Working with a colleague?');
      await seeText(welcome, 'Open a hand-off');
      await welcome.close();

      const together = await colleague.open('https://my.togetherplatform.com/settings?section=integrations');
      const guide = await together.panel();
      await seeText(guide, 'Open a hand-off');
      await guide.click('details.handoff > summary');
      await until(() => guide.evaluate(() => !!document.querySelector('[data-handoff-paste]')), 'the hand-off form unfolded');
      await paste(guide, '[data-handoff-paste]', sealed.envelope);
      await guide.type('[data-handoff-passphrase-input]', sealed.passphrase);
      await guide.clickButton('Open');
      await seeText(guide, 'For UKG Pro in Together');
      await guide.clickButton('Fill Together');
      await until(async () => (await model(together)).customerApiKey === KEY, 'Together filled from the guide at Together', 20_000);
      await together.close();
    });

    it('refuses a wrong passphrase, an altered, expired, newer or foreign envelope, each in its own words, and keeps what was entered', async () => {
      const passphrase = 'alpha-bravo-charlie-delta-echo-foxtrot';
      // Another key than the first test's (which the colleague's browser still holds).
      const KEY = 'H4J6K';
      const now = Date.now();
      const good = await sealEnvelope(
        {
          provider: 'ukg-pro',
          sealedAt: now,
          expiresAt: now + 3_600_000,
          sealedBy: null,
          values: { customerApiKey: { value: KEY, host: 'ew42.ultipro.com' } },
        },
        passphrase,
        10,
      );
      const options = await openInOptions(colleague, good, 'alpha bravo charlie delta echo golf');
      await seeAlert(
        options,
        'This passphrase does not open the envelope. Check each word with your colleague and try again. If it is right, the envelope was changed on the way: ask for a new one.',
      );
      // Nothing lost: the envelope is still there to try again.
      expect(await options.evaluate(() => document.querySelector<HTMLTextAreaElement>('[data-handoff-paste]')!.value)).toBe(good);

      const lines = good.split('\n');
      lines[4] = (lines[4]![0] === 'A' ? 'B' : 'A') + lines[4]!.slice(1);
      const refusals: [string, string][] = [
        [lines.join('\n'), 'The envelope is damaged or was altered on the way'],
        [
          await sealEnvelope(
            {
              provider: 'ukg-pro',
              sealedAt: now - 7_200_000,
              expiresAt: now - 3_600_000,
              sealedBy: null,
              values: { customerApiKey: { value: KEY, host: null } },
            },
            passphrase,
            10,
          ),
          'This envelope has expired',
        ],
        [await craft({ format: 'together-setup-hand-off', version: 2, provider: 'ukg-pro' }, passphrase), 'sealed by a newer version'],
        [
          await craft(
            {
              format: 'together-setup-hand-off',
              version: 1,
              provider: 'workday',
              sealedAt: new Date(now).toISOString(),
              expiresAt: new Date(now + 3_600_000).toISOString(),
              values: {},
            },
            passphrase,
          ),
          'for an HR system Together’s form does not offer',
        ],
        [`Here are the keys: ${KEY}`, 'This is not a hand-off envelope.'],
      ];
      for (const [envelope, says] of refusals) {
        await paste(options, '[data-handoff-paste]', envelope);
        await options.type('[data-handoff-passphrase-input]', passphrase);
        await options.clickButton('Open');
        await seeAlert(options, says).catch(async (e) => {
          throw new Error(`${(e as Error).message}\n${await text(options)}`);
        });
      }
      // Refused envelopes filled nothing and kept nothing.
      const session = await colleague.sessionStorage();
      if (session) expect(JSON.stringify(session)).not.toContain(KEY);
      // The same page then opens the good one.
      await paste(options, '[data-handoff-paste]', good);
      await options.type('[data-handoff-passphrase-input]', passphrase);
      await options.clickButton('Open');
      await seeText(options, 'For UKG Pro in Together');
      await options.close();
    });
  });
}
