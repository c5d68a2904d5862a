import { afterAll, afterEach, beforeAll } from 'vitest';
import { launch, until, type BrowserName, type LaunchOptions, type TestBrowser, type TestFrame, type TestPage } from './browsers';
import { startFixtureServer, type FixtureServer } from './server';

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export interface Suite {
  server: FixtureServer;
  browser: TestBrowser;
  /** Undone after each test (server overrides, stand-ins). */
  cleanups: (() => void)[];
}

/** One fixture server and one browser with the built extension for the tests of a describe block. */
export function browserSuite(name: BrowserName, options: LaunchOptions = {}): Suite {
  const suite = { cleanups: [] } as unknown as Suite;
  beforeAll(async () => {
    suite.server = await startFixtureServer(443);
    suite.browser = await launch(name, suite.server.port, options);
  });
  afterEach(() => suite.cleanups.splice(0).forEach((c) => c()));
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

// ---- Reading the panel (or any frame) as a person would.

export const text = (f: TestFrame) => f.evaluate(() => document.body.innerText);
const alerts = (f: TestFrame) =>
  f.evaluate(() => [...document.querySelectorAll('[role="alert"]')].map((e) => e.textContent ?? '').join('\n'));

/** Waits for the text to appear; on failure the error shows what the frame said instead. */
export async function seeText(f: TestFrame, s: string, what = s) {
  try {
    await until(async () => (await text(f)).includes(s), what);
  } catch (e) {
    throw new Error(`${(e as Error).message}\n--- frame text ---\n${await text(f).catch(() => '?')}`, { cause: e });
  }
}

/**
 * The step's highlighted target is on screen and nothing of ours covers it: at least one highlight
 * shows; at the centre of each, the page (or the vendor frame it is in) is hit, not our launcher;
 * and neither the launcher nor the callout (which clicks pass through) overlaps it.
 */
export async function targetUncovered(page: TestPage, what = 'the highlighted target, not covered by the launcher or the callout') {
  try {
    await targetUncoveredNow(page, what);
  } catch (e) {
    // Say what was where, for whoever reads the failure.
    const where = await page
      .evaluate(() =>
        ['highlight', 'callout', 'launcher']
          .map(
            (k) =>
              `${k}: ${[...document.querySelectorAll<HTMLElement>(`[data-tsa-${k}]`)].map((h) => JSON.stringify(h.getBoundingClientRect())).join(' ') || 'none'}`,
          )
          .join('\n'),
      )
      .catch(() => '?');
    throw new Error(`${(e as Error).message}\n${where}`, { cause: e });
  }
}

async function targetUncoveredNow(page: TestPage, what: string) {
  await until(
    () =>
      page.evaluate(() => {
        const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const ours = [...document.querySelectorAll<HTMLElement>('[data-tsa-launcher], [data-tsa-callout]')]
          .map((h) => h.getBoundingClientRect())
          .filter((r) => r.width > 0);
        const shown = [...document.querySelectorAll<HTMLElement>('[data-tsa-highlight]')].filter((h) => h.style.display !== 'none');
        return (
          shown.length > 0 &&
          shown.every((h) => {
            const r = h.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return !!hit && !hit.closest('[data-tsa-launcher]') && !ours.some((o) => overlaps(o, r));
          })
        );
      }),
    what,
  );
}

type Rect = { left: number; top: number; right: number; bottom: number };

/**
 * Waits until every note of ours on the page (check badges, the step's callout) is clear of the
 * control `selector` in `frame` and of its label: a note never hides what it is about.
 */
export async function notesClearOf(page: TestPage, frame: TestFrame, selector: string) {
  let last = '';
  await until(async () => {
    const about = await frame.evaluate((sel) => {
      const el = document.querySelector(sel);
      if (!el) return null;
      let x = 0;
      let y = 0;
      for (let w: Window = window; w !== w.parent && w.frameElement; w = w.parent) {
        const r = w.frameElement.getBoundingClientRect();
        x += r.left;
        y += r.top;
      }
      const label = (el as HTMLInputElement).labels?.[0] ?? el.closest('label');
      // The label's words (its contents' extent), not its box: a block label spans the whole row.
      const words = (e: Element) => {
        const range = document.createRange();
        range.selectNodeContents(e);
        return range.getBoundingClientRect();
      };
      return [el, label].flatMap((e) => {
        const r = e && (e === el ? e.getBoundingClientRect() : words(e));
        return r && r.width > 0 ? [{ left: r.left + x, top: r.top + y, right: r.right + x, bottom: r.bottom + y }] : [];
      });
    }, selector);
    const notes = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-tsa-hint], [data-tsa-callout]')]
        .filter((h) => h.style.display !== 'none')
        .map((h) => h.getBoundingClientRect())
        .filter((r) => r.width > 0)
        .map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom })),
    );
    const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    last = JSON.stringify({ about, notes });
    return !!about?.length && notes.length > 0 && !notes.some((n) => about.some((a) => overlaps(n, a)));
  }, `notes clear of ${selector} and its label`).catch((e: Error) => {
    throw new Error(`${e.message}\n${last}`, { cause: e });
  });
}

export const seeAlert = (f: TestFrame, s: string) => until(async () => (await alerts(f)).includes(s), `alert "${s}"`);
/** A check shown, not (yet) as a fault: the admin has not touched its field. */
export const seeNeutral = async (f: TestFrame, s: string) => {
  await seeText(f, s);
  if ((await alerts(f)).includes(s)) throw new Error(`"${s}" is an alert before its field was touched`);
};
export const noAlert = (f: TestFrame, s: string) => until(async () => !(await alerts(f)).includes(s), `no alert "${s}"`);

export const isTogether = (u: string) => u.startsWith('https://my.togetherplatform.com/settings');

/** Opens `url` (a page offering the Customer API key), forgets what was captured, and captures the key there. */
export async function captureCustomerKey(suite: Suite, url: string) {
  const page = await suite.browser.open(url);
  const panel = await page.panel();
  await clearCaptured(panel);
  await panel.clickButton('Capture Customer API key');
  await seeText(panel, 'Customer API key looks right.');
  return { page, panel };
}

/**
 * Clicks Send to Together. With some of the guide's values still missing (`partial`), the panel
 * asks first ("Send 1 of 5 values now?"): the admin's Send there goes on.
 */
export async function clickSend(panel: TestFrame, partial: boolean) {
  await panel.clickButton('Send to Together');
  if (!partial) return;
  await seeText(panel, 'values now?', 'Send asks first while values are missing');
  await panel.clickButton('Send');
}

/**
 * Clicks Send to Together in the panel and returns Together's form as its page's own framework
 * registered it (the fixtures' model is fed by input events), once `count` fields are filled.
 */
export async function sendToTogether(suite: Suite, panel: TestFrame, count: number, partial = false) {
  await clickSend(panel, partial);
  const together = await suite.browser.waitForPage(isTogether);
  const model = () => together.evaluate(() => ({ ...(window as unknown as { __model: Record<string, string> }).__model }));
  await until(async () => Object.keys(await model()).length === count, `${count} fields filled in Together`);
  return { together, model: await model() };
}

/**
 * Forgets captured values and progress ("Clear captured keys", "Start the guide over"), then waits
 * for the page's report (`pageReport`: text the panel shows for it). A click that a re-render takes
 * from under the pointer is made again (harness clickButton).
 */
export async function startOver(panel: TestFrame, pageReport: string) {
  // A value kept from an earlier test is not offered for capture again: start with none.
  await clearCaptured(panel);
  await panel.clickButton('Start the guide over');
  await seeText(panel, 'Progress cleared: the guide starts again.');
  await seeText(panel, pageReport);
}

/** Clicks "Clear captured keys" when there is something to clear (the button is disabled otherwise). */
export async function clearCaptured(panel: TestFrame) {
  // Only once the state has arrived: before it, there is no button to find, whatever is held.
  await seeText(panel, 'Start the guide over', 'the panel’s state');
  const enabled = await panel.evaluate(() =>
    [...document.querySelectorAll('button')].some((b) => b.textContent === 'Clear captured keys' && !b.disabled),
  );
  if (enabled) {
    await panel.clickButton('Clear captured keys');
    await seeText(panel, 'Nothing captured yet.');
  }
}
