import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, until } from './harness/browsers';
import { BROWSERS, browserSuite, seeAlert, seeText, text } from './harness/suite';

/** What an IT team presets: a 2-minute lifetime, no password capture, one allowed Vantagepoint. */
const POLICY = { ttlMinutes: 2, capturePasswords: false, vantagepointOrigins: ['https://vantagepoint.acme-engineering.example'] };
const CHROMIUM_POLICY = '/etc/chromium/policies/managed/together-setup-assistant-e2e.json';
const FIREFOX_POLICY = '/usr/lib/firefox-esr/distribution/policies.json';

/** Chromium's id for an unpacked extension: SHA-256 of its absolute path, first 32 hex digits spelled a–p. */
function unpackedId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** A policies.json that was there before us (a developer's machine): restored afterwards. */
let firefoxPolicyBefore: string | null = null;

/** Browser policy files are machine-wide: written just before this file's browser starts, removed after. */
function writePolicy(browser: 'chromium' | 'firefox') {
  if (browser === 'chromium') {
    mkdirSync('/etc/chromium/policies/managed', { recursive: true });
    writeFileSync(CHROMIUM_POLICY, JSON.stringify({ '3rdparty': { extensions: { [unpackedId(EXTENSION_DIR('chrome'))]: POLICY } } }));
  } else {
    firefoxPolicyBefore = existsSync(FIREFOX_POLICY) ? readFileSync(FIREFOX_POLICY, 'utf8') : null;
    writeFileSync(
      FIREFOX_POLICY,
      JSON.stringify({ policies: { '3rdparty': { Extensions: { 'setup-assistant@togetherplatform.com': POLICY } } } }),
    );
  }
}
function removePolicies() {
  rmSync(CHROMIUM_POLICY, { force: true });
  if (firefoxPolicyBefore === null) rmSync(FIREFOX_POLICY, { force: true });
  else writeFileSync(FIREFOX_POLICY, firefoxPolicyBefore);
}

for (const name of BROWSERS) {
  describe(`organisation presets (managed storage) in ${name}`, () => {
    beforeAll(() => writePolicy(name));
    const suite = browserSuite(name);
    afterAll(removePolicies);

    it('shows the preset settings as locked and applies them', async () => {
      const options = await suite.browser.openExtensionPage('options.html');
      await seeText(options, 'Keep captured values for (set by your organisation)');
      expect(
        await options.evaluate(() => {
          const ttl = document.getElementById('ttl') as HTMLSelectElement;
          const pw = document.getElementById('capture-passwords') as HTMLInputElement;
          return [ttl.value, ttl.disabled, pw.checked, pw.disabled];
        }),
      ).toEqual(['2', true, false, true]);
      // Only the allowed on-premises address may be added.
      await options.type('#onprem-address-vantagepoint', 'https://vp.other-company.example/Acme/app/');
      await options.clickButton('Add address');
      await seeAlert(options, 'Your organisation allows only these Vantagepoint addresses: https://vantagepoint.acme-engineering.example');
      await options.close();

      // The generated-password pop-up: nothing to capture, the guide says why and moves on.
      const page = await suite.browser.open(
        'https://ew42.ultipro.com/pages/VIEW/ServiceAccountAdmin.aspx?fixture=service-accounts-after.html&user=TogetherIntegration&generated=1',
      );
      const panel = await page.panel();
      await seeText(panel, 'Password capture is off');
      expect(await text(panel)).not.toContain('Capture Password');
      await panel.click('#paste-form-toggle');
      expect(await panel.evaluate(() => document.getElementById('paste-password'))).toBeNull();
      await page.clickButton('OK'); // the admin closes UKG's pop-up
      await until(async () => (await text(panel)).includes('Capture Customer API key'), 'the list page');
      await panel.clickButton('Capture Customer API key');
      await seeText(panel, 'Kept in memory for 2 more minutes');
      await page.close();
    });

    if (name === 'chromium')
      it('computes the unpacked extension id the policy is keyed by', async () => {
        const page = await suite.browser.openExtensionPage('options.html');
        expect(new URL(page.url()).host).toBe(unpackedId(EXTENSION_DIR('chrome')));
        await page.close();
      });
  });
}
