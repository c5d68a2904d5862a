/**
 * `npm run demo`: the fixture site on the real host names and a browser with the built extension on
 * UKG Pro's home page, to walk both guides without vendor accounts. Chromium by default (any free
 * port: its host-resolver rules map the names to it, no root needed); `--firefox` for Firefox ESR,
 * which can map names to an address only, so the site must listen on port 443 (root, or
 * `setcap cap_net_bind_service=+ep $(command -v node)`). `--check`: start headless, wait until the
 * guide's launcher is on the page, and stop (the test suite runs this).
 */
import { launch, until } from '../test/e2e/harness/browsers';
import { startFixtureServer } from '../test/e2e/harness/server';

const firefox = process.argv.includes('--firefox');
const check = process.argv.includes('--check');
const HOME = 'https://acme.ultipro.com/default.aspx';

const server = await startFixtureServer(firefox ? 443 : 0);
const browser = await launch(firefox ? 'firefox' : 'chromium', server.port, { headless: check });
const page = await browser.open(HOME);
if (check) {
  await until(
    () => page.evaluate(() => !!document.querySelector('[data-tsa-launcher]')),
    'the guide’s launcher on UKG Pro’s home page',
    20_000,
  );
  console.log(`demo ok: ${firefox ? 'Firefox' : 'Chromium'}, fixture site on port ${server.port}`);
  await browser.close();
  await server.close();
} else {
  console.log(`Together Setup Assistant demo (${firefox ? 'Firefox ESR' : 'Chromium'})
  UKG Pro:       https://acme.ultipro.com/pages/VIEW/ServiceAccountAdmin.aspx (Service Account Administration)
                 https://acme.ultipro.com/pages/VIEW/WebServices.aspx?fixture=web-services.html (Web Services)
  Vantagepoint:  https://acme.deltekfirst.com/Acme/app/#!Settings/Security/Roles
  Together:      https://my.togetherplatform.com/settings?section=integrations
The guide opens from the toolbar button, Alt+Shift+G, or the button in the page's corner.
Press Ctrl+C to stop.`);
  const stop = async () => {
    await browser.close().catch(() => undefined);
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
}
