import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Frame as PwFrame, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Frame as PpFrame, type Page as PpPage } from 'puppeteer-core';
import { LAUNCHER_NAME } from './launcher';
import type { browser } from 'wxt/browser';
import { FIXTURE_ADDRESS, MAPPED_HOSTS } from './server';

export type BrowserName = 'chromium' | 'firefox';

/** The subset of a frame both drivers offer; tests are written once against it. */
export interface TestFrame {
  url(): string;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** A real (trusted) mouse click on the button with this accessible name (`force`: even if covered; Playwright only). */
  clickButton(name: string, options?: { force?: boolean }): Promise<void>;
  /** A real click on the element matching the CSS selector. */
  click(selector: string): Promise<void>;
  /** Replaces the field's content by typing, key by key, then leaves the field (as an admin moving on). */
  type(selector: string, text: string): Promise<void>;
  /** Chooses the option with this label in a <select>. */
  select(selector: string, label: string): Promise<void>;
}

export interface Screenshotable {
  /** A PNG of the page as shown (Chromium only in the suite); `size`: at this viewport (the side panel's own width otherwise). */
  screenshot?(path: string, size?: { width: number; height: number }): Promise<void>;
}

export interface TestPage extends TestFrame, Screenshotable {
  /**
   * The guide for this tab. Chromium: the real side panel, opened the way an admin does (a trusted
   * click on the page's launcher; where the page shows none, from an extension page as the toolbar
   * button would), driven over CDP with puppeteer-core. Firefox: the same page as a stand-in tab
   * (`sidepanel.html?tab=<id>`, in a window of its own so the vendor tab stays visible): WebDriver
   * BiDi cannot see the sidebar.
   */
  panel(): Promise<TestFrame & Screenshotable & { resize?(width: number, height: number): Promise<void> }>;
  /** The browser's id of this tab (as the extension knows it). */
  tabId(): Promise<number>;
  /** Firefox only: evaluates `expression` in the privileged scope of this tab's browser window, as `win`. */
  inWindow?(expression: string): Promise<unknown>;
  /** A child frame of the page (e.g. UKG's ContentFrame) whose URL contains `part` (waited for up to `timeoutMs`). */
  frame(part: string, timeoutMs?: number): Promise<TestFrame>;
  goto(url: string): Promise<void>;
  /** Presses a key on the real keyboard (it goes wherever focus is, frames included). */
  press(key: string): Promise<void>;
  /** Types on the real keyboard, key by key, into whatever has focus. */
  keyboardType(text: string): Promise<void>;
  /** Chromium only: slows the page's CPU by `rate` (CDP Emulation.setCPUThrottlingRate). */
  throttleCpu?(rate: number): Promise<void>;
  /** Sets the page's viewport (CSS pixels). */
  resize(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

export interface TestBrowser {
  name: BrowserName;
  /** Chromium only: evaluates in our content script's isolated world on the page whose URL contains `part`. */
  inContentScript?(part: string, expression: string): Promise<unknown>;
  /** Chromium only: whether the side panel of this tab is open. */
  sidePanelOpen?(tabId: number): Promise<boolean>;
  /** Chromium only: runs a function in the extension's service worker (with one serialisable argument). */
  inWorker?<T, A = undefined>(fn: (arg: A) => Promise<T>, arg?: A): Promise<T>;
  /** Chromium only: stops the extension's service worker (CDP ServiceWorker.stopAllWorkers), as Chrome does to an idle one; resolves once it is gone. */
  stopWorker?(): Promise<void>;
  open(url: string): Promise<TestPage>;
  /** Waits for a tab whose URL satisfies the predicate (e.g. one the extension opened). */
  waitForPage(pred: (url: string) => boolean, timeoutMs?: number): Promise<TestPage>;
  /** Console messages of every page so far ("type: text"). */
  console: string[];
  /** Opens one of the extension's own pages (e.g. 'options.html') in a new tab. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** Chromium only: the system clipboard's text, read from a page granted clipboard access. */
  clipboardText?(): Promise<string>;
  /** Firefox only: evaluates in the browser window's privileged scope (e.g. the sidebar's state). */
  chromeEval?(expression: string): Promise<unknown>;
  /** Reads storage.session of the extension (Chromium: through the service worker). Null where unsupported. */
  sessionStorage(): Promise<Record<string, unknown> | null>;
  close(): Promise<void>;
}

export const EXTENSION_DIR = (target: 'chrome' | 'firefox', output: Output = '.output') =>
  resolve(import.meta.dirname, `../../../${output}/${target}-mv3`);

/** Which build to load: the shipped one, or the example build (`npm run build:example`). */
type Output = '.output' | '.output-example';

/** Polls `fn` until it returns a truthy value. */
export async function until<T>(fn: () => Promise<T> | T, what: string, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v as NonNullable<T>;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// ---- Chromium (playwright-core, Debian's binary)

function pwFrame(frame: PwFrame | PwPage): TestFrame {
  return {
    url: () => frame.url(),
    evaluate: (fn, arg) => frame.evaluate(fn as never, arg as never),
    clickButton: async (name, options) => {
      await frame.getByRole('button', { name, exact: true }).click({ timeout: 10_000, force: options?.force ?? false });
    },
    click: (selector) => frame.locator(selector).click({ timeout: 10_000 }),
    type: async (selector, text) => {
      await frame.locator(selector).fill('');
      await frame.locator(selector).pressSequentially(text);
      await frame.locator(selector).blur();
    },
    select: async (selector, label) => void (await frame.locator(selector).selectOption({ label })),
  };
}

/** How the Chromium harness reaches the side panel: the extension's worker and puppeteer over CDP. */
interface SidePanels {
  tabIdOf(page: PwPage): Promise<number>;
  open(page: PwPage, tabId: number): Promise<TestFrame & Screenshotable>;
}

function pwPage(page: PwPage, panels: SidePanels): TestPage {
  let tab: number | null = null;
  const tabId = async () => (tab ??= await panels.tabIdOf(page));
  return {
    ...pwFrame(page),
    tabId,
    panel: async () => panels.open(page, await tabId()),
    frame: (part, timeoutMs) =>
      until(() => page.frames().find((f) => f !== page.mainFrame() && f.url().includes(part)), `frame ${part}`, timeoutMs).then(pwFrame),
    screenshot: async (path) => void (await page.screenshot({ path })),
    throttleCpu: async (rate) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    },
    goto: async (url) => void (await page.goto(url)),
    resize: (width, height) => page.setViewportSize({ width, height }),
    press: (key) => page.keyboard.press(key),
    keyboardType: (text) => page.keyboard.type(text, { delay: 20 }),
    close: () => page.close(),
  };
}

export async function launchChromium(
  serverPort: number,
  { uiLanguage, headless = true, output }: LaunchOptions = {},
): Promise<TestBrowser> {
  const ext = EXTENSION_DIR('chrome', output);
  const profile = mkdtempSync(join(tmpdir(), 'tsa-chromium-'));
  // Every other host lands on the fixture server too (as in Firefox), so no request escapes its log.
  const rules = [...MAPPED_HOSTS, '*'].map((h) => `MAP ${h} ${FIXTURE_ADDRESS}:${serverPort}`).join(', ');
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // Chromium on Linux takes its interface language from LANGUAGE (Debian: needs chromium-l10n).
    ...(uiLanguage ? { env: { ...process.env, LANGUAGE: uiLanguage }, locale: uiLanguage } : {}),
    headless,
    ignoreHTTPSErrors: true,
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      // For puppeteer-core, which can see and drive the side panel (port 0: the browser picks one).
      '--remote-debugging-port=0',
      `--host-resolver-rules=${rules}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const consoleLines: string[] = [];
  const watch = (p: PwPage) => p.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  context.pages().forEach(watch);
  context.on('page', watch);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  worker.on('console', (m) => consoleLines.push(`worker ${m.type()}: ${m.text()}`));
  const extensionId = new URL(worker.url()).host;
  // The extension greets a new install with its welcome page: wait for it, so it never becomes the
  // active tab under a test's page later (tests find it with waitForPage).
  await until(() => context.pages().find((p) => p.url().endsWith('/welcome.html')), 'the welcome page opened at install');
  // Playwright cannot see the side panel; puppeteer-core, connected to the same browser, can.
  const devtoolsPort = await until(() => readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0], 'the DevTools port');
  const driver = await puppeteer.connect({ browserURL: `http://127.0.0.1:${devtoolsPort}`, defaultViewport: null });
  const panelTarget = (tabId: number) =>
    driver.targets().find((t) => t.url().startsWith(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`));
  let opener: PwPage | null = null;
  const panels: SidePanels = {
    async tabIdOf(page) {
      await page.bringToFront();
      return worker.evaluate(async () => {
        const chrome = (globalThis as unknown as { chrome: typeof browser }).chrome;
        return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!;
      });
    },
    async open(page, tabId) {
      if (!panelTarget(tabId)) {
        await page.bringToFront();
        const launcher = page.getByRole('button', { name: LAUNCHER_NAME });
        // As an admin does: a trusted click on the launcher. A page with none (the guide finished,
        // or not a guide page): as the toolbar button does, which headless Chromium cannot click.
        const shown = await launcher.waitFor({ state: 'visible', timeout: 5_000 }).then(
          () => true,
          () => false,
        );
        if (shown) await launcher.click();
        else {
          opener ??= await context.newPage();
          if (!opener.url().startsWith('chrome-extension:')) await opener.goto(`chrome-extension://${extensionId}/options.html`);
          await page.bringToFront();
          await opener.evaluate(
            (id) =>
              (globalThis as unknown as { chrome: { sidePanel: { open(o: object): Promise<void> } } }).chrome.sidePanel.open({ tabId: id }),
            tabId,
          );
        }
      }
      const target = await until(() => panelTarget(tabId), `the side panel of tab ${tabId}`);
      const panel = (await target.asPage())!;
      return {
        ...ppFrame(panel),
        resize: (width: number, height: number) => panel.setViewport({ width, height }),
        screenshot: async (path: string, size?: { width: number; height: number }) => {
          if (size) await panel.setViewport(size);
          await panel.screenshot({ path });
        },
      };
    },
  };

  return {
    name: 'chromium',
    console: consoleLines,
    sidePanelOpen: async (tabId) => panelTarget(tabId) !== undefined,
    async inContentScript(part, expression) {
      const page = context.pages().find((p) => p.url().includes(part));
      if (!page) throw new Error(`no page ${part}`);
      const cdp = await context.newCDPSession(page);
      const contexts: { id: number; name: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
      cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
      await cdp.send('Runtime.enable');
      const ours = await until(
        () => contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Together Setup Assistant'),
        'our content script world',
      );
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        expression,
        contextId: ours.id,
        awaitPromise: true,
        returnByValue: true,
      });
      await cdp.detach();
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value;
    },
    async stopWorker() {
      // A mark in the running worker: it is gone once a new worker runs in its place.
      const marked = () =>
        context
          .serviceWorkers()[0]
          ?.evaluate(() => (globalThis as { __testMark?: boolean }).__testMark === true)
          .catch(() => false) ?? Promise.resolve(false);
      await context.serviceWorkers()[0]?.evaluate(() => void ((globalThis as { __testMark?: boolean }).__testMark = true));
      // The ServiceWorker domain of one of our own pages sees the extension's worker.
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
      await page.close();
      await until(async () => !(await marked()), 'the service worker stopped');
    },
    inWorker: <T, A = undefined>(fn: (arg: A) => Promise<T>, arg?: A) => {
      const sw = context.serviceWorkers()[0];
      if (!sw) throw new Error('no service worker');
      return sw.evaluate(fn as (arg: unknown) => Promise<T>, arg) as Promise<T>;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return pwPage(page, panels);
    },
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return pwPage(page, panels);
    },
    async waitForPage(pred, timeoutMs = 15_000) {
      const page = await until(() => context.pages().find((p) => pred(p.url())), 'a matching tab', timeoutMs);
      await page.waitForLoadState('load');
      return pwPage(page, panels);
    },
    async clipboardText() {
      const origin = 'https://clipboard-reader.test';
      await context.grantPermissions(['clipboard-read'], { origin });
      const page = await context.newPage();
      await page.goto(`${origin}/`).catch(() => undefined);
      await page.bringToFront();
      const value = await page.evaluate(() => navigator.clipboard.readText());
      await page.close();
      return value;
    },
    sessionStorage: () => {
      const sw = context.serviceWorkers()[0];
      return sw
        ? sw.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.storage.session.get(null))
        : Promise.resolve(null);
    },
    async close() {
      await driver.disconnect();
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// ---- Firefox ESR (puppeteer-core over WebDriver BiDi)

function ppFrame(frame: PpFrame | PpPage): TestFrame {
  return {
    url: () => frame.url(),
    evaluate: (fn, arg) => frame.evaluate(fn as never, arg as never) as never,
    clickButton: async (name) => {
      // As a person does: click the button once it has stopped moving, and if the view re-rendered
      // under the pointer so that the click landed elsewhere, click it again.
      for (let attempt = 0; ; attempt++) {
        const handle = await until(() => findButton(frame, name), `button "${name}"`);
        let last = '';
        await until(async () => {
          const box = JSON.stringify(await handle.boundingBox());
          const stable = box === last;
          last = box;
          return stable;
        }, `button "${name}" to stop moving`);
        await handle.evaluate((el) => el.addEventListener('click', () => el.setAttribute('data-test-clicked', ''), { once: true }));
        await handle.click();
        const reached = await handle.evaluate((el) => el.hasAttribute('data-test-clicked')).catch(() => true);
        if (reached || attempt === 2) return;
      }
    },
    click: async (selector) => {
      const handle = await until(() => frame.$(selector), selector);
      await handle.click();
    },
    type: async (selector, text) => {
      const handle = await until(() => frame.$(selector), selector);
      // Emptied as a person's select-all and delete would: with an input event, so the page's own
      // state follows (a re-render in between would otherwise put the old value back under the typing).
      await handle.evaluate((el) => {
        (el as HTMLInputElement).value = '';
        el.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await handle.type(text);
      // Firefox dispatches no focus events in a window that is not the active one (the stand-in
      // panel's window is): there, leaving the field is told the way the browser would tell it.
      await handle.evaluate((el) => {
        const focused = el.ownerDocument.hasFocus();
        (el as HTMLInputElement).blur();
        if (!focused) for (const type of ['change', 'focusout']) el.dispatchEvent(new Event(type, { bubbles: true }));
      });
    },
    select: async (selector, label) => {
      const handle = await until(() => frame.$(selector), selector);
      const value = await handle.evaluate((el, l) => [...(el as HTMLSelectElement).options].find((o) => o.label === l)?.value ?? '', label);
      await handle.select(value);
    },
  };
}

async function findButton(frame: PpFrame | PpPage, name: string) {
  // pierce/: also buttons in open shadow roots (the extension's in-page confirmation).
  for (const b of await frame.$$('pierce/button')) {
    const [text, disabled] = await b.evaluate((el) => [
      (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      (el as HTMLButtonElement).disabled,
    ]);
    if (text === name && !disabled) return b;
  }
  return null;
}

/** A child frame by its own location: Puppeteer's Firefox (BiDi) reports moz-extension frames as about:blank. */
async function findFrame(page: PpPage, pred: (href: string) => boolean): Promise<PpFrame | undefined> {
  for (const f of page.frames()) {
    if (f === page.mainFrame()) continue;
    const href = await f.evaluate(() => location.href).catch(() => '');
    if (pred(href)) return f;
  }
  return undefined;
}

/** How the Firefox harness reaches the guide: a stand-in tab per vendor tab, through the browser's privileged scope. */
interface StandIns {
  tabIdOf(page: PpPage): Promise<number>;
  open(tabId: number): Promise<TestFrame & Screenshotable>;
  inWindow(page: PpPage, expression: string): Promise<unknown>;
}

/** Chrome-scope code that finds the tab of a page by its WebDriver BiDi context id. */
const TAB_OF_CONTEXT = (contextId: string) => `(() => {
  const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
  const { TabManager } = ChromeUtils.importESModule('chrome://remote/content/shared/TabManager.sys.mjs');
  return TabManager.getTabForBrowsingContext(NavigableManager.getBrowsingContextById(${JSON.stringify(contextId)}));
})()`;
const contextOf = (page: PpPage) => (page.mainFrame() as unknown as { _id: string })._id;

function ppPage(page: PpPage, standIns: StandIns): TestPage {
  let tab: number | null = null;
  const tabId = async () => (tab ??= await standIns.tabIdOf(page));
  return {
    ...ppFrame(page),
    tabId,
    inWindow: (expression) => standIns.inWindow(page, expression),
    panel: async () => standIns.open(await tabId()),
    frame: (part, timeoutMs) => until(() => findFrame(page, (href) => href.includes(part)), `frame ${part}`, timeoutMs).then(ppFrame),
    goto: async (url) => void (await page.goto(url)),
    resize: (width, height) => page.setViewport({ width, height }),
    press: async (key) => {
      // Playwright's "Shift+Tab" spelling: hold the modifiers around the key.
      const keys = key.split('+') as never[];
      const last = keys.pop()!;
      for (const k of keys) await page.keyboard.down(k);
      await page.keyboard.press(last);
      for (const k of keys.reverse()) await page.keyboard.up(k);
    },
    keyboardType: (text) => page.keyboard.type(text, { delay: 20 }),
    close: () => page.close(),
  };
}

/** Fixed moz-extension UUID for the test profile, so tests can open the extension's pages. */
const FIREFOX_UUID = '6f1c3a52-1d0e-4b8e-9a57-2f5d1c0e7b21';
const GECKO_ID = 'setup-assistant@togetherplatform.com';

export async function launchFirefox(serverPort: number, { uiLanguage, headless = true }: LaunchOptions = {}): Promise<TestBrowser> {
  if (serverPort !== 443)
    throw new Error('Firefox maps host names to an IP only (network.dns.forceResolve): the fixture server must listen on 443.');
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless,
    acceptInsecureCerts: true,
    // The browser's own scope, for what WebDriver BiDi cannot do: open extension pages, know a tab's
    // id, see the sidebar (chromeEval below). Tests only; the extension never has such a hook.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.forceResolve': FIXTURE_ADDRESS,
      // Grants optional permissions without the doorhanger (there is no way to click it headless).
      'extensions.webextOptionalPermissionPrompts': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // Everything resolves to the fixture server: keep Firefox's own background traffic off it.
      'services.settings.server': 'data:,',
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'network.dns.disableIPv6': true,
      'network.proxy.type': 0,
      'extensions.webextensions.restrictedDomains': '',
      'xpinstall.signatures.required': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      // The interface language (Debian: needs the firefox-esr-l10n-<lang> language pack).
      ...(uiLanguage ? { 'intl.locale.requested': uiLanguage, 'extensions.autoDisableScopes': 0 } : {}),
    },
  });
  await browser.installExtension(EXTENSION_DIR('firefox'));
  const consoleLines: string[] = [];
  const watch = (p: PpPage) => p.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  (await browser.pages()).forEach(watch);
  browser.on('targetcreated', async (t) => {
    const p = await t.page();
    if (p) watch(p);
  });
  const chrome = (expression: string) => chromeEval(browser, expression);
  /** Opens one of our pages (WebDriver BiDi will not navigate to moz-extension:) in a new tab or window. */
  const openOurs = async (path: string, where: 'tab' | 'window') => {
    const url = `moz-extension://${FIREFOX_UUID}/${path}`;
    await chrome(`openTrustedLinkIn(${JSON.stringify(url)}, ${JSON.stringify(where)})`);
    // A condition with a long limit: on this 2-core machine under load a new tab can take seconds to be
    // listed, and WebDriver BiDi may not know its moz-extension: address until the page is asked.
    return until(
      async () => {
        for (const p of await browser.pages())
          if (p.url() === url || (await p.evaluate(() => location.href).catch(() => '')) === url) return p;
        return undefined;
      },
      path,
      30_000,
    );
  };
  await until(
    async () => {
      for (const p of await browser.pages())
        if ((await p.evaluate(() => location.href).catch(() => '')).endsWith('/welcome.html')) return true;
      return false;
      // Installing and starting the extension takes seconds when another browser starts beside it on
      // this 2-core machine (the hand-off tests run a second profile): a condition, so a longer limit costs nothing.
    },
    'the welcome page opened at install',
    30_000,
  );
  const standIns = new Map<number, PpPage>();
  const standInsFor: StandIns = {
    tabIdOf: async (page) =>
      Number(
        await chrome(`(() => {
          const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
          return ExtensionParent.apiManager.global.tabTracker.getId(${TAB_OF_CONTEXT(contextOf(page))});
        })()`),
      ),
    inWindow: (page, expression) =>
      chrome(
        `((win) => (${expression}))(ChromeUtils.importESModule('chrome://remote/content/shared/TabManager.sys.mjs').TabManager.getWindowForTab(${TAB_OF_CONTEXT(contextOf(page))}))`,
      ),
    async open(tabId) {
      let page = standIns.get(tabId);
      // A window of its own, as the sidebar is beside the page: the vendor tab stays the visible one.
      if (!page || page.isClosed()) standIns.set(tabId, (page = await openOurs(`sidepanel.html?tab=${tabId}`, 'window')));
      return { ...ppFrame(page), screenshot: async (path: string) => void (await page.screenshot({ path })) };
    },
  };
  return {
    name: 'firefox',
    console: consoleLines,
    chromeEval: chrome,
    openExtensionPage: async (path) => ppPage(await openOurs(path, 'tab'), standInsFor),
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return ppPage(page, standInsFor);
    },
    async waitForPage(pred, timeoutMs = 15_000) {
      // A page the extension opened may not tell WebDriver BiDi its moz-extension: address: ask it.
      const page = await until(
        async () => {
          for (const p of await browser.pages()) if (pred(p.url()) || pred(await p.evaluate(() => location.href).catch(() => ''))) return p;
          return undefined;
        },
        'a matching tab',
        timeoutMs,
      );
      return ppPage(page, standInsFor);
    },
    sessionStorage: async () => null,
    close: () => browser.close(),
  };
}

/**
 * Evaluates in the browser window's privileged scope (Firefox with --remote-allow-system-access),
 * through WebDriver BiDi's chrome contexts. Returns the value (numbers, strings, booleans).
 */
async function chromeEval(browser: PpBrowser, expression: string): Promise<unknown> {
  type Tree = { contexts: { context: string; url: string }[] };
  type Evaluated = { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } };
  const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: unknown }> } })
    .connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as Tree;
  const context = tree.contexts.find((c) => c.url.startsWith('chrome://browser/content/browser.xhtml'));
  if (!context) throw new Error('no browser window to evaluate in');
  const evaluated = (
    await connection.send('script.evaluate', {
      expression,
      target: { context: context.context },
      awaitPromise: true,
      resultOwnership: 'none',
    })
  ).result as Evaluated;
  if (evaluated.type === 'exception') throw new Error(evaluated.exceptionDetails?.text ?? 'chrome evaluation failed');
  return evaluated.result?.value;
}

/** `uiLanguage`: the browser's own language (e.g. 'fr'), which browser.i18n follows. */
export interface LaunchOptions {
  uiLanguage?: string;
  /** A visible window (npm run demo); tests run headless. */
  headless?: boolean;
  /** Chromium only: the build to load (default the shipped one). */
  output?: Output;
}

export function launch(name: BrowserName, port: number, options: LaunchOptions = {}): Promise<TestBrowser> {
  return name === 'chromium' ? launchChromium(port, options) : launchFirefox(port, options);
}
