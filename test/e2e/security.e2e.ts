import { describe, expect, it } from 'vitest';
import { until, type TestFrame, type TestPage } from './harness/browsers';
import { BROWSERS, browserSuite, clearCaptured, isTogether, seeAlert, seeText, startOver, text, clickSend } from './harness/suite';
import { togetherSettingsServe } from './harness/ukg-api';

const LIST = 'https://ew42.ultipro.com/pages/VIEW/ServiceAccountAdmin.aspx?fixture=service-accounts-table.html';
/** UKG's one-time password pop-up: its password is the canary secret. */
const POPUP =
  'https://ew42.ultipro.com/pages/VIEW/ServiceAccountAdmin.aspx?fixture=service-accounts-after.html&user=TogetherIntegration&generated=1';
const CANARY = 'k(7Pq!x2#Zr9^';

/**
 * What a hostile page did to the in-page panel of old, now aimed at whatever of ours it can find:
 * hide, mask, restyle or cover it, and bait clicks over the whole viewport. The guide lives in the
 * browser's side panel, out of the page's reach, so none of it may change what the guide does.
 */
function attack(name: string) {
  const rule = (css: string) => document.head.append(Object.assign(document.createElement('style'), { textContent: css }));
  const bait = () => {
    const layer = document.createElement('button');
    layer.id = 'bait';
    layer.popover = 'manual';
    layer.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;margin:0;border:0;background:rgba(255,255,255,.01);';
    layer.textContent = 'Accept cookies';
    document.body.append(layer);
    layer.showPopover();
    return layer;
  };
  if (name === 'html opacity 0') document.documentElement.style.opacity = '0';
  else if (name === 'body filter opacity(0)') document.body.style.filter = 'opacity(0)';
  else if (name === 'mask-image on everything of ours')
    rule('[data-tsa-panel], [data-tsa-launcher], tsa-panel, * { mask-image: linear-gradient(transparent, transparent) !important; }');
  else if (name === 'our frame moved by a stylesheet') rule('tsa-panel, iframe { top: -40px !important; opacity: 0.01 !important; }');
  else if (name === 'bait over the whole viewport, re-raised in a loop') {
    const layer = bait();
    setInterval(() => {
      layer.hidePopover();
      layer.showPopover();
    }, 50);
  } else throw new Error(`unknown attack ${name}`);
}
const ATTACKS = [
  'html opacity 0',
  'body filter opacity(0)',
  'mask-image on everything of ours',
  'our frame moved by a stylesheet',
  'bait over the whole viewport, re-raised in a loop',
];

const settle = (ms = 800) => new Promise((r) => setTimeout(r, ms));
const captured = async (panel: TestFrame) => !(await text(panel)).includes('Nothing captured yet.');

for (const browserName of BROWSERS)
  describe(`clickjacking in ${browserName}: the guide is out of the page`, () => {
    const suite = browserSuite(browserName);

    async function readyPanel(): Promise<{ page: TestPage; panel: TestFrame }> {
      const page = await suite.browser.open(LIST);
      const panel = await page.panel();
      await clearCaptured(panel);
      await seeText(panel, 'Capture Customer API key');
      return { page, panel };
    }

    it('puts no frame of ours in a vendor page, and nothing the page can reach of the guide', async () => {
      const { page } = await readyPanel();
      const frames = await page.evaluate(
        () =>
          [...document.querySelectorAll('iframe')].length +
          [...document.querySelectorAll('[data-tsa-launcher]')].reduce(
            (n, h) => n + (h.shadowRoot?.querySelectorAll('iframe').length ?? 0),
            0,
          ),
      );
      expect(frames).toBe(0);
      expect(await page.evaluate(() => document.querySelectorAll('[data-tsa-panel], tsa-panel').length)).toBe(0);
      // The side panel's page is web-accessible nowhere: the page can neither fetch nor frame it.
      const guideUrl = await (await page.panel()).evaluate(() => location.href);
      const reach = await page.evaluate(async (u) => {
        const fetched = await fetch(u).then(
          () => 'fetched',
          () => 'refused',
        );
        const frame = Object.assign(document.createElement('iframe'), { src: u });
        document.body.append(frame);
        await new Promise((r) => setTimeout(r, 800));
        let framed: string;
        try {
          framed = frame.contentDocument?.querySelector('main') ? 'framed' : 'refused';
        } catch {
          framed = 'refused';
        }
        frame.remove();
        return [fetched, framed];
      }, guideUrl);
      expect(reach).toEqual(['refused', 'refused']);
      await page.close();
    });

    for (const name of ATTACKS) {
      it(`the page's ${name}: bait clicks capture nothing, the admin's click captures once`, async () => {
        const { page, panel } = await readyPanel();
        await page.evaluate(attack, name);
        // Trusted clicks on the page, wherever the old panel used to be: nothing of ours acts.
        await page.click(name.startsWith('bait') ? '#bait' : 'body').catch(() => undefined);
        await settle(300);
        expect(await captured(panel)).toBe(false);
        await panel.clickButton('Capture Customer API key');
        await seeText(panel, 'Customer API key looks right.');
        await page.close();
      });
    }

    it('the page cannot act for the admin: a script-made click on the launcher opens nothing', async () => {
      const page = await suite.browser.open(LIST);
      await until(() => page.evaluate(() => !!document.querySelector('[data-tsa-launcher]')), 'the launcher');
      const clicked = await page.evaluate(() => {
        const host = document.querySelector('[data-tsa-launcher]');
        const button = [...(host?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) =>
          b.textContent?.startsWith('Open the Together'),
        );
        button?.click();
        return !!button;
      });
      await settle();
      expect(clicked).toBe(true);
      // Not even the explanation (Firefox): an untrusted click does nothing at all.
      expect(
        await page.evaluate(() =>
          document.querySelector('[data-tsa-launcher]')?.shadowRoot?.querySelector('[role="status"]')?.hasAttribute('hidden'),
        ),
      ).toBe(true);
      if (suite.browser.sidePanelOpen) expect(await suite.browser.sidePanelOpen(await page.tabId())).toBe(false);
      await page.close();
    });

    it('denies our content script access to storage.session and storage.local', async () => {
      if (!suite.browser.inContentScript) return; // Chromium only: CDP into the isolated world
      const page = await suite.browser.open(LIST);
      await page.panel();
      const read = (area: string) => `chrome.storage.${area}.get(null).then(() => 'read', (e) => 'denied: ' + e.message)`;
      expect(await suite.browser.inContentScript!('ew42.ultipro.com', read('session'))).toMatch(/^denied/);
      expect(await suite.browser.inContentScript!('ew42.ultipro.com', read('local'))).toMatch(/^denied/);
      await page.close();
    });
  });

describe('the guide beside a hostile page, in Chromium’s real side panel', () => {
  const suite = browserSuite('chromium');

  it('mask-image on everything, bait over the viewport and focus pulled every 100 ms: capture, typing and Send do exactly what the admin did, and the page gets no keystroke', async () => {
    const page = await suite.browser.open(LIST);
    const panel = await page.panel();
    await clearCaptured(panel);
    await seeText(panel, 'Capture Customer API key');
    await page.evaluate(() => {
      document.head.append(
        Object.assign(document.createElement('style'), {
          textContent: '[data-tsa-panel], * { mask-image: linear-gradient(transparent, transparent) }',
        }),
      );
      const bait = Object.assign(document.createElement('div'), { id: 'bait', textContent: 'Claim your prize' });
      bait.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgba(255,255,255,.01);';
      document.body.append(bait);
      const input = Object.assign(document.createElement('input'), { id: 'trap' });
      input.style.cssText = 'position:fixed;top:0;left:0;opacity:0;width:4px;height:4px;';
      document.body.append(input);
      const log: string[] = [];
      (window as unknown as { __keylog: string[] }).__keylog = log;
      for (const type of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'paste'])
        window.addEventListener(type, (e) => log.push(`${type}:${(e as KeyboardEvent).key ?? (e as InputEvent).data ?? ''}`), true);
      setInterval(() => {
        input.focus();
        window.focus();
      }, 100);
    });
    await panel.clickButton('Capture Customer API key');
    await seeText(panel, 'Customer API key looks right.');
    await panel.click('#paste-form-toggle');
    await panel.type('#paste-password', 'Zq7!Secret#91');
    expect(await panel.evaluate(() => (document.getElementById('paste-password') as HTMLInputElement).value)).toBe('Zq7!Secret#91');
    await panel.clickButton('Keep these values');
    await seeText(panel, 'Password kept exactly');
    expect(
      await page.evaluate(() => [
        (window as unknown as { __keylog: string[] }).__keylog,
        (document.getElementById('trap') as HTMLInputElement).value,
      ]),
    ).toEqual([[], '']);
    await clickSend(panel, true);
    const together = await suite.browser.waitForPage(isTogether);
    await until(
      () => together.evaluate(() => (document.getElementById('f-customer-key') as HTMLInputElement).value === 'Q2W8R'),
      'the admin’s one fill',
    );
    expect(suite.server.log.filter((u) => u.startsWith('https://my.togetherplatform.com/settings')).length).toBe(1);
    await together.close();
    await page.close();
  });

  it('attack R3-3: a page on another matched host that keeps its main thread busy holds up nothing in the UKG tab', async () => {
    suite.cleanups.push(
      suite.server.use((_req, res, url) => {
        if (url.hostname !== 'busy.deltekfirst.com') return false;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Dashboard</title><h1>Dashboard</h1>');
        return true;
      }),
    );
    const busy = await suite.browser.open('https://busy.deltekfirst.com/Busy/app/#!Dashboard');
    // Its guide is open too, so every refresh of the guide's state also goes to this tab.
    await seeText(await busy.panel(), 'Set up Vantagepoint Connect');
    // 15 s of script in the page's own main thread: our content script there cannot answer either.
    await busy.evaluate(
      () =>
        void setTimeout(() => {
          const end = Date.now() + 15_000;
          while (Date.now() < end);
        }, 50),
    );
    const started = Date.now();
    const page = await suite.browser.open(LIST);
    const panel = await page.panel();
    await clearCaptured(panel);
    await panel.clickButton('Capture Customer API key');
    await seeText(panel, 'Customer API key looks right.');
    await panel.clickButton('Clear captured keys');
    await seeText(panel, 'Nothing captured yet.');
    expect(Date.now() - started).toBeLessThan(15_000); // all of it while the other tab was still busy
    for (const p of [page, busy]) await p.close();
  });

  it('stays open across the vendor’s page loads in its tab, without reloading', async () => {
    const page = await suite.browser.open(LIST);
    const panel = await page.panel();
    await seeText(panel, 'Capture Customer API key');
    await panel.evaluate(() => ((window as unknown as { __kept: number }).__kept = 42));
    await page.goto('https://ew42.ultipro.com/pages/VIEW/WebServices.aspx?fixture=web-services.html');
    await page.goto(LIST);
    const again = await page.panel();
    await seeText(again, 'Capture Customer API key');
    expect(await again.evaluate(() => (window as unknown as { __kept?: number }).__kept)).toBe(42);
    await page.close();
  });
});

for (const name of BROWSERS) {
  describe(`secrets in ${name}`, () => {
    const suite = browserSuite(name);

    it('a secret typed into the panel reaches none of the page’s key, input or paste listeners', async () => {
      const page = await suite.browser.open(LIST);
      await page.evaluate(() => {
        const log: string[] = [];
        (window as unknown as { __keylog: string[] }).__keylog = log;
        for (const type of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'paste'])
          window.addEventListener(type, (e) => log.push(`${type}:${(e as KeyboardEvent).key ?? (e as InputEvent).data ?? ''}`), true);
      });
      const panel = await page.panel();
      await panel.click('#paste-form-toggle');
      await panel.type('#paste-password', 'Zq7!Secret#91');
      expect(await panel.evaluate(() => (document.getElementById('paste-password') as HTMLInputElement).value)).toBe('Zq7!Secret#91');
      expect(await page.evaluate(() => (window as unknown as { __keylog: string[] }).__keylog)).toEqual([]);
      await page.close();
    });

    it('the canary secret reaches Together’s form and nothing else: no console, storage, IndexedDB, other DOM or request', async () => {
      const page = await suite.browser.open(POPUP);
      const panel = await page.panel();
      await clearCaptured(panel);
      await panel.clickButton('Capture Password');
      await seeText(panel, 'Password kept exactly');
      await clickSend(panel, true);
      const together = await suite.browser.waitForPage(isTogether);
      await until(
        () => together.evaluate((c) => (document.getElementById('f-password') as HTMLInputElement).value === c, CANARY),
        'the canary in Together’s password field',
      );
      // Kept until Together's own Save is seen; then forgotten.
      await seeText(panel, 'Finish in Together');
      await together.clickButton('Save');
      await seeText(panel, 'Nothing captured yet.');

      expect(suite.browser.console.filter((l) => l.includes(CANARY))).toEqual([]);
      expect(suite.server.requests.filter((r) => r.includes(CANARY) || r.includes(encodeURIComponent(CANARY)))).toEqual([]);
      // The vendor's own pop-up shows it once; nothing of ours copies it into the page.
      expect(await page.evaluate((c) => document.documentElement.outerHTML.split(c).length - 1, CANARY)).toBe(1);
      expect(await panel.evaluate((c) => document.documentElement.outerHTML.includes(c), CANARY)).toBe(false);
      // In Together, only as the field's value: not in an attribute or text.
      expect(await together.evaluate((c) => document.documentElement.outerHTML.includes(c), CANARY)).toBe(false);
      if (suite.browser.inWorker) {
        const stored = await suite.browser.inWorker(async () => {
          const g = globalThis as unknown as { chrome: { storage: Record<string, { get(k: null): Promise<unknown> }> } };
          const idb = await new Promise<unknown[]>((resolve) => {
            const open = indexedDB.open('together-setup-assistant');
            open.onsuccess = () => {
              const db = open.result;
              if (!db.objectStoreNames.contains('progress')) return resolve([]);
              const all = db.transaction('progress').objectStore('progress').getAll();
              all.onsuccess = () => resolve(all.result);
            };
            open.onerror = () => resolve([]);
          });
          return JSON.stringify([
            await g.chrome.storage.local!.get(null),
            await g.chrome.storage.sync!.get(null),
            await g.chrome.storage.session!.get(null),
            idb,
          ]);
        });
        expect(stored).not.toContain(CANARY);
        expect(stored).toContain('password'); // the progress record names the value, and only names it
      }
      // The setup record for the change ticket names what was filled, never the value.
      const options = await suite.browser.openExtensionPage('options.html');
      await seeText(options, 'Filled into Together: Password');
      expect(await options.evaluate((c) => document.documentElement.outerHTML.includes(c), CANARY)).toBe(false);
      await options.close();
      await together.close();
      await page.close();
    });

    it('attack 1: a fake Web Services page on another UKG host offers no root URL, and its address is refused', async () => {
      // The same page, served on evil.ultipro.com, printing endpoints on its own host.
      suite.cleanups.push(
        suite.server.use((_req, res, url) => {
          if (url.hostname !== 'evil.ultipro.com' || url.pathname !== '/pages/VIEW/WebServices.aspx') return false;
          res
            .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
            .end(
              '<!doctype html><title>Web Services</title><h1>Web Services</h1><table><tr><td>Customer API Key</td><td>B7K2Q</td></tr></table>' +
                '<table><tr><th>Service</th><th>Endpoint</th></tr><tr><td>Login Service</td><td>https://evil.ultipro.com/services/LoginService</td></tr></table>',
            );
          return true;
        }),
      );
      const page = await suite.browser.open('https://evil.ultipro.com/pages/VIEW/WebServices.aspx');
      const panel = await page.panel();
      await clearCaptured(panel);
      await seeText(panel, 'Capture Customer API key');
      expect(await text(panel)).not.toContain('Capture Root URL');
      await panel.click('#paste-form-toggle');
      await panel.type('#paste-rootUrl', 'https://evil.ultipro.com/services/LoginService');
      await seeAlert(panel, 'evil.ultipro.com is not a UKG web-services host');
      await panel.clickButton('Keep these values');
      await seeAlert(panel, 'evil.ultipro.com is not a UKG web-services host');
      expect(await text(panel)).toContain('Nothing captured yet.');
      await page.close();
    });

    it('attack 2: Vantagepoint values captured on one tenant are never offered to another tenant’s Connect settings', async () => {
      const acme = await suite.browser.open('https://acme.deltekfirst.com/Acme/app/#!Utilities/Integrations/APIAuthorization');
      const acmePanel = await acme.panel();
      await startOver(acmePanel, 'Capture all');
      await acmePanel.clickButton('Capture all');
      await seeText(acmePanel, 'Vantagepoint URL: https://acme.deltekfirst.com/Acme/app/');
      // Another tenant's page on a matched host: its "Vantagepoint URL" is captured there (any page
      // under /<x>/app/ offers it), then it shows Connect Administration's settings fields.
      const evil = await suite.browser.open('https://evil.deltekfirst.com/Evil/app/#!Utilities/Integrations/APIAuthorization');
      const evilPanel = await evil.panel();
      // Another tenant's address than the one kept: offered, as a replacement.
      await seeText(evilPanel, 'The page shows a different Vantagepoint URL from the one kept.');
      await evilPanel.clickButton('Capture Vantagepoint URL');
      await seeText(evilPanel, 'Vantagepoint URL: https://evil.deltekfirst.com/Evil/app/');
      await evil.evaluate(() => (location.hash = '#!Utilities/Integrations/ConnectAdministration'));
      await until(() => evil.evaluate(() => !!document.getElementById('connect-client-id')), 'the Connect settings form');
      await evilPanel.clickButton('Fill Connect settings');
      await settle();
      const fields = await evil.evaluate(() =>
        ['connect-client-id', 'connect-client-secret'].map((id) => (document.getElementById(id) as HTMLInputElement).value),
      );
      expect(fields).toEqual(['', '']); // only its own URL; never acme's Client ID or secret
      // The tenant they came from still gets them.
      await acme.evaluate(() => (location.hash = '#!Utilities/Integrations/ConnectAdministration'));
      await seeText(acmePanel, 'Fill Connect settings');
      for (const p of [evil, acme]) await p.close();
    });

    it('attack 10 and 11: a page on a host our scripts skip frames our pages: none loads, nothing is given', async () => {
      const list = await suite.browser.open(LIST);
      const listPanel = await list.panel();
      await clearCaptured(listPanel);
      await listPanel.clickButton('Capture Customer API key');
      await seeText(listPanel, 'Customer API key looks right.');
      // The side panel's address, as an attacker with the extension installed could learn it.
      const guideUrl = await listPanel.evaluate(() => location.href);
      const origin = guideUrl.slice(0, guideUrl.indexOf('/', guideUrl.indexOf('//') + 2)); // URL.origin is "null" for extension schemes
      // service4.ultipro.com is an API host: no content script runs there.
      suite.cleanups.push(
        suite.server.use((_req, res, url) => {
          if (url.hostname !== 'service4.ultipro.com') return false;
          const frames = (url.searchParams.get('src') ?? '')
            .split(' ')
            .map((src, i) => `<iframe id="f${i}" src="${src}" style="width:360px;height:300px"></iframe>`)
            .join('');
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><title>x</title>${frames}`);
          return true;
        }),
      );
      const srcs = [guideUrl, `${origin}/sidepanel.html`, `${origin}/options.html`];
      const evil = await suite.browser.open(`https://service4.ultipro.com/framer?src=${encodeURIComponent(srcs.join(' '))}`);
      await settle(1500);
      // Web-accessible nowhere: the browser loads none of them into the page.
      const loaded = await Promise.all(
        // (After the settle above, a frame that could load has loaded: no long wait for the others.)
        srcs.map((src) =>
          evil.frame(src.slice(origin.length), 1_000).then(
            (f) => f.evaluate(() => !!document.querySelector('main, form')).catch(() => false),
            () => false,
          ),
        ),
      );
      expect(loaded).toEqual([false, false, false]);
      expect(await text(listPanel)).toContain('Customer API key looks right.');
      for (const p of [evil, list]) await p.close();
    });

    it('attack 5: a script-made click on a hidden look-alike Save does not replace the account', async () => {
      const page = await suite.browser.open('https://ew42.ultipro.com/pages/EDIT/ServiceAccount.aspx?fixture=add-account-top.html');
      const panel = await page.panel();
      await clearCaptured(panel);
      await seeText(panel, 'Tick the 3 rights for me');
      // An off-screen copy of the form, filled and "saved" by the page's own script.
      await page.evaluate(() => {
        const form = document.createElement('form');
        form.style.cssText = 'position:absolute;left:-9999px';
        form.innerHTML =
          '<h1>Add / Change Service Account</h1><label>Username <input value="OtherIntegration"></label><label>Password <input type="password" value="stolen-Pw-1"></label><button type="button">Save</button>';
        document.body.prepend(form);
        form.querySelector('button')!.click();
      });
      await new Promise((r) => setTimeout(r, 800));
      expect(await text(panel)).toContain('Nothing captured yet.');
      await page.close();
    });

    it('fills only the real Together page: not a lookalike, not a framed copy, not a hidden field', async () => {
      suite.cleanups.push(togetherSettingsServe(suite.server, 'integrations-hidden.html'));
      const lookalike = await suite.browser.open('https://my.togetherplatform.com.evil.test/settings?section=integrations');
      const framer = await suite.browser.open('https://my.togetherplatform.com.evil.test/prize?fixture=framer.html');
      const page = await suite.browser.open(LIST);
      const panel = await page.panel();
      await clearCaptured(panel);
      await panel.click('#paste-form-toggle');
      await panel.type('#paste-customerApiKey', 'B7K2Q');
      await panel.type('#paste-password', 'Hidden!Fill#1');
      await panel.clickButton('Keep these values');
      await clickSend(panel, true);
      await seeAlert(panel, 'Together’s form has no field for: Customer API key.');
      const together = await suite.browser.waitForPage((u) => u === 'https://my.togetherplatform.com/settings?section=integrations');
      expect(
        await together.evaluate(() => [
          (document.getElementById('a') as HTMLInputElement).value,
          (document.getElementById('b') as HTMLInputElement).value,
        ]),
      ).toEqual(['Hidden!Fill#1', '']);
      expect(await lookalike.evaluate(() => [...document.querySelectorAll('input')].map((i) => i.value).join(''))).toBe('');
      // The framed copy: our script runs in top frames only, and the relay never picks a framed page.
      expect(await framer.evaluate(() => document.querySelectorAll('[data-tsa-highlight], [data-tsa-notice]').length)).toBe(0);
      await seeText(panel, 'Customer API key looks right.'); // nothing lost on a partial fill
      for (const p of [together, lookalike, framer, page]) await p.close();
    });
  });
}
