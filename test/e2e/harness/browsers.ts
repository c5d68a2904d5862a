import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Frame as PwFrame, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Frame as PpFrame, type Page as PpPage } from 'puppeteer-core';
import type { browser } from 'wxt/browser';
import { MAPPED_HOSTS } from './server';

export type BrowserName = 'chromium' | 'firefox';

/** The subset of a frame both drivers offer; tests are written once against it. */
export interface TestFrame {
  url(): string;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** A real (trusted) mouse click on the button with this accessible name (`force`: even if covered). */
  clickButton(name: string, options?: { force?: boolean }): Promise<void>;
  /** A real click on the element matching the CSS selector. */
  click(selector: string): Promise<void>;
  /** Replaces the field's content by typing, key by key. */
  type(selector: string, text: string): Promise<void>;
  /** Chooses the option with this label in a <select>. */
  select(selector: string, label: string): Promise<void>;
}

export interface Screenshotable {
  /** A PNG of the page as shown (Chromium only in the suite). */
  screenshot?(path: string): Promise<void>;
}

export interface TestPage extends TestFrame, Screenshotable {
  /** The guide panel (our extension page framed into the site). */
  panel(): Promise<TestFrame>;
  /** A child frame of the page (e.g. UKG's ContentFrame) whose URL contains `part`. */
  frame(part: string): Promise<TestFrame>;
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
  /** Chromium only: runs a function in the extension's service worker. */
  inWorker?<T>(fn: () => Promise<T>): Promise<T>;
  open(url: string): Promise<TestPage>;
  /** Waits for a tab whose URL satisfies the predicate (e.g. one the extension opened). */
  waitForPage(pred: (url: string) => boolean, timeoutMs?: number): Promise<TestPage>;
  /** Console messages of every page so far ("type: text"). */
  console: string[];
  /** Opens one of the extension's own pages (e.g. 'options.html') in a new tab. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** Chromium only: the system clipboard's text, read from a page granted clipboard access. */
  clipboardText?(): Promise<string>;
  /** Reads storage.session of the extension (Chromium: through the service worker). Null where unsupported. */
  sessionStorage(): Promise<Record<string, unknown> | null>;
  close(): Promise<void>;
}

export const EXTENSION_DIR = (target: 'chrome' | 'firefox') => resolve(import.meta.dirname, `../../../.output/${target}-mv3`);

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

/**
 * A click on one of our views as a person makes it: once the view shows it is visible and
 * unobstructed; if the gate still refused it (the panel flickered as the page settled: the view
 * marks `data-refused`), wait for it to be visible again and click again, like the alert says.
 */
async function gatedClick(evaluate: <R>(fn: () => R) => Promise<R>, click: () => Promise<unknown>) {
  for (let attempt = 0; ; attempt++) {
    await until(() => evaluate(() => document.querySelector('main[data-visible="false"]') === null), 'the view to be visible');
    await evaluate(() => document.querySelector('main')?.removeAttribute('data-refused'));
    await click();
    await new Promise((r) => setTimeout(r, 100));
    const refused = await evaluate(() => document.querySelector('main[data-refused]') !== null);
    if (!refused || attempt === 2) return;
  }
}

const isExtensionUrl = (u: string) => /^(chrome|moz)-extension:\/\//.test(u);

// ---- Chromium (playwright-core, Debian's binary)

function pwFrame(frame: PwFrame | PwPage): TestFrame {
  return {
    url: () => frame.url(),
    evaluate: (fn, arg) => frame.evaluate(fn as never, arg as never),
    clickButton: async (name, options) => {
      // Our views act only after being visibly unobstructed for a moment (the clickjacking gate):
      // a person never clicks faster than that; a test has to wait for it.
      const click = () => frame.getByRole('button', { name, exact: true }).click({ timeout: 10_000, force: options?.force ?? false });
      if (options?.force) return void (await click());
      await gatedClick((fn) => frame.evaluate(fn), click);
    },
    click: (selector) => frame.locator(selector).click({ timeout: 10_000 }),
    type: async (selector, text) => {
      await frame.locator(selector).fill('');
      await frame.locator(selector).pressSequentially(text);
    },
    select: async (selector, label) => void (await frame.locator(selector).selectOption({ label })),
  };
}

function pwPage(page: PwPage): TestPage {
  return {
    ...pwFrame(page),
    panel: () => until(() => page.frames().find((f) => isExtensionUrl(f.url())), 'the guide panel').then(pwFrame),
    frame: (part) => until(() => page.frames().find((f) => f !== page.mainFrame() && f.url().includes(part)), `frame ${part}`).then(pwFrame),
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

export async function launchChromium(serverPort: number, { uiLanguage }: LaunchOptions = {}): Promise<TestBrowser> {
  const ext = EXTENSION_DIR('chrome');
  const profile = mkdtempSync(join(tmpdir(), 'tsa-chromium-'));
  // Every other host lands on the fixture server too (as in Firefox), so no request escapes its log.
  const rules = [...MAPPED_HOSTS, '*'].map((h) => `MAP ${h} 127.0.0.1:${serverPort}`).join(', ');
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // Chromium on Linux takes its interface language from LANGUAGE (Debian: needs chromium-l10n).
    ...(uiLanguage ? { env: { ...process.env, LANGUAGE: uiLanguage }, locale: uiLanguage } : {}),
    headless: true,
    ignoreHTTPSErrors: true,
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
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

  return {
    name: 'chromium',
    console: consoleLines,
    async inContentScript(part, expression) {
      const page = context.pages().find((p) => p.url().includes(part));
      if (!page) throw new Error(`no page ${part}`);
      const cdp = await context.newCDPSession(page);
      const contexts: { id: number; name: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
      cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
      await cdp.send('Runtime.enable');
      const ours = await until(() => contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Together Setup Assistant'), 'our content script world');
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: ours.id, awaitPromise: true, returnByValue: true });
      await cdp.detach();
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value;
    },
    inWorker: <T>(fn: () => Promise<T>) => {
      const sw = context.serviceWorkers()[0];
      if (!sw) throw new Error('no service worker');
      return sw.evaluate(fn);
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${new URL(worker.url()).host}/${path}`);
      return pwPage(page);
    },
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return pwPage(page);
    },
    async waitForPage(pred, timeoutMs = 15_000) {
      const page = await until(() => context.pages().find((p) => pred(p.url())), 'a matching tab', timeoutMs);
      await page.waitForLoadState('load');
      return pwPage(page);
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
    clickButton: async (name, options) => {
      const handle = await until(() => findButton(frame, name), `button "${name}"`);
      // Like Playwright's actionability check: click only once the button has stopped moving
      // (our views re-render as the background's state arrives, and a shifted click lands elsewhere).
      let last = '';
      await until(async () => {
        const box = JSON.stringify(await handle.boundingBox());
        const stable = box === last;
        last = box;
        return stable;
      }, `button "${name}" to stop moving`);
      // The clickjacking gate (the content script's watch, in Firefox too): wait as a person would.
      if (options?.force) return void (await handle.click());
      await gatedClick((fn) => frame.evaluate(fn), () => handle.click());
    },
    click: async (selector) => {
      const handle = await until(() => frame.$(selector), selector);
      await handle.click();
    },
    type: async (selector, text) => {
      const handle = await until(() => frame.$(selector), selector);
      await handle.evaluate((el) => ((el as HTMLInputElement).value = ''));
      await handle.type(text);
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

function ppPage(page: PpPage): TestPage {
  return {
    ...ppFrame(page),
    panel: () => until(() => findFrame(page, isExtensionUrl), 'the guide panel').then(ppFrame),
    frame: (part) => until(() => findFrame(page, (href) => href.includes(part)), `frame ${part}`).then(ppFrame),
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

export async function launchFirefox(serverPort: number, { uiLanguage }: LaunchOptions = {}): Promise<TestBrowser> {
  if (serverPort !== 443) throw new Error('Firefox maps host names to an IP only (network.dns.forceResolve): the fixture server must listen on 443.');
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
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
  return {
    name: 'firefox',
    console: consoleLines,
    async openExtensionPage(path) {
      // WebDriver BiDi will not navigate a tab to a moz-extension: URL; a page that is itself
      // privileged may. about:addons is not scriptable either, so open it from a blank tab's
      // window.open is refused too — use the options page of the installed add-on via the
      // extension's own frame on a supported site.
      const url = `moz-extension://${FIREFOX_UUID}/${path}`;
      const host = await browser.newPage();
      await host.goto('https://acme.deltekfirst.com/Acme/app/');
      const frame = await until(() => findFrame(host, isExtensionUrl), 'an extension frame to open the page from');
      await frame.evaluate((u) => void window.open(u), url);
      await host.close();
      const page = await until(async () => {
        for (const p of await browser.pages()) {
          const href = await p.evaluate(() => location.href).catch(() => '');
          if (href === url) return p;
        }
        return undefined;
      }, path);
      return ppPage(page);
    },
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return ppPage(page);
    },
    async waitForPage(pred, timeoutMs = 15_000) {
      const page = await until(async () => (await browser.pages()).find((p) => pred(p.url())), 'a matching tab', timeoutMs);
      return ppPage(page);
    },
    sessionStorage: async () => null,
    close: () => browser.close(),
  };
}

/** `uiLanguage`: the browser's own language (e.g. 'fr'), which browser.i18n follows. */
export interface LaunchOptions {
  uiLanguage?: string;
}

export function launch(name: BrowserName, port: number, options: LaunchOptions = {}): Promise<TestBrowser> {
  return name === 'chromium' ? launchChromium(port, options) : launchFirefox(port, options);
}
