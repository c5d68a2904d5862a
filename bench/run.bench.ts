/**
 * `npm run bench`: one run, one table. Sizes of our bundles beside driver.js and Shepherd bundled the
 * same way; overlay latency, mutation-storm cost, cost on unmatched pages, memory, and relay
 * latency in headless Chromium with the built extension, against the loopback fixture server.
 * Timings are reported, never asserted (see docs/performance.md). Run through Vitest
 * (vitest.bench.config.ts) only to load TypeScript; the table goes straight to stdout.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { it } from 'vitest';
import { extensionSizes, gz, pageSizes } from '../test/build/sizes';
import { EXTENSION_DIR } from '../test/e2e/harness/browsers';
import { FIXTURE_ADDRESS, MAPPED_HOSTS, startFixtureServer } from '../test/e2e/harness/server';

type Row = [metric: string, value: string, target: string, ok: boolean | null];
/** The part of the extension API the bench calls from our own pages. */
type ExtensionGlobal = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
const rows: Row[] = [];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const median = (xs: number[]) => pct(xs, 50);
const sleep = (n: number) => new Promise((r) => setTimeout(r, n));

async function referenceSize(name: string, source: string) {
  const out = await build({
    stdin: { contents: source, resolveDir: resolve(import.meta.dirname, '..') },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0]!.contents;
  rows.push([`size: ${name} (reference, JS only)`, `${kb(code.length)} min / ${kb(gz(Buffer.from(code)))} gz`, '—', null]);
}

async function launch(port: number, withExtension: boolean): Promise<BrowserContext> {
  const ext = EXTENSION_DIR('chrome');
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'tsa-bench-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    args: [
      ...(withExtension ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : []),
      `--host-resolver-rules=${[...MAPPED_HOSTS, '*'].map((h) => `MAP ${h} ${FIXTURE_ADDRESS}:${port}`).join(', ')}`,
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
}

/** The extension's id, from its service worker. */
async function extensionId(ctx: BrowserContext): Promise<string> {
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

/** The tab id the extension knows for a page (the active tab, once the page is brought to the front). */
async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  const worker = page.context().serviceWorkers()[0]!;
  return worker.evaluate(
    async () =>
      (
        await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }).chrome.tabs.query({
          active: true,
          lastFocusedWindow: true,
        })
      )[0]!.id,
  );
}

/** The side panel's page for a tab, as a stand-in tab (the same page; Playwright cannot see the real side panel). */
async function guideFor(page: Page): Promise<Page> {
  const tabId = await tabIdOf(page);
  const guide = await page.context().newPage();
  await guide.goto(`chrome-extension://${await extensionId(page.context())}/sidepanel.html?tab=${tabId}`);
  await guide.getByRole('button', { name: 'Send to Together', exact: true }).waitFor();
  return guide;
}

/** Sends a request to the background from one of our pages (the options page), as our own UI does. */
async function ask(ctx: BrowserContext, message: object): Promise<unknown> {
  const page = await ctx.newPage();
  await page.goto(`chrome-extension://${await extensionId(ctx)}/options.html`);
  const reply = await page.evaluate((m) => (globalThis as unknown as { chrome: ExtensionGlobal }).chrome.runtime.sendMessage(m), message);
  await page.close();
  return reply;
}

/** Main-thread script time added per second of quiet on a page (ms/s), with the extension ÷ without. */
async function idleScript(page: Page, seconds = 10): Promise<number> {
  await sleep(1500); // past loading and the first look
  const { read } = await metrics(page);
  const before = await read();
  await sleep(seconds * 1000);
  const after = await read();
  return ((after.ScriptDuration! - before.ScriptDuration!) * 1000) / seconds;
}

async function metrics(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  return { cdp, read };
}

/** 50,000 nodes added and removed in 200 tasks of 250, as a busy vendor page would; returns long tasks seen. */
function storm(): Promise<number> {
  return new Promise((done) => {
    let longTasks = 0;
    new PerformanceObserver((l) => (longTasks += l.getEntries().length)).observe({ type: 'longtask' });
    const box = document.createElement('div');
    document.body.append(box);
    let round = 0;
    const step = () => {
      const frag = document.createDocumentFragment();
      for (let i = 0; i < 250; i++) {
        const d = document.createElement('div');
        d.textContent = `row ${round}-${i}`;
        frag.append(d);
      }
      box.append(frag);
      box.replaceChildren();
      if (++round < 200) setTimeout(step, 0);
      else setTimeout(() => done(longTasks), 300);
    };
    step();
  });
}

async function stormCost(ctx: BrowserContext, url: string) {
  const page = await ctx.newPage();
  await page.goto(url);
  await sleep(800);
  const { read } = await metrics(page);
  const before = await read();
  const longTasks = await page.evaluate(storm);
  const after = await read();
  await page.close();
  return { script: after.ScriptDuration! - before.ScriptDuration!, longTasks };
}

async function heapAfterGc(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
  await cdp.detach();
  return m.JSHeapUsedSize!;
}

async function main() {
  // ---- sizes
  // What a page loads in all is what counts; each script's own size is there for information.
  for (const p of pageSizes('chrome-mv3'))
    rows.push([
      `bytes per page: ${p.name} (${p.scripts.join(' + ')})`,
      `${kb(p.min)} min / ${kb(p.gz)} gz`,
      `≤ ${p.goal / 1024} KB gz`,
      p.gz <= p.goal,
    ]);
  for (const s of extensionSizes('chrome-mv3'))
    rows.push(
      s.kind === 'content script'
        ? [`size: content script ${s.name} (information)`, `${kb(s.min)} min / ${kb(s.gz)} gz`, '—', null]
        : [
            `size: ${s.kind} ${s.name}`,
            `${kb(s.min)} min / ${kb(s.gz)} gz`,
            s.kind === 'background' ? '≤ 40 KB gz' : '≤ 60 KB gz',
            s.gz <= (s.kind === 'background' ? 40960 : 61440),
          ],
    );
  // Messages the worker sends: counted in WXT's fake browser by the unit test (which also holds the goals).
  const countsFile = join(tmpdir(), `tsa-message-counts-${process.pid}.json`);
  execFileSync('npx', ['vitest', 'run', 'utils/background/message-count.test.ts', '--reporter=dot'], {
    env: { ...process.env, MESSAGE_COUNTS_OUT: countsFile },
    stdio: 'ignore',
  });
  const counts = JSON.parse(readFileSync(countsFile, 'utf8')) as { capture: number; send: number };
  // Before issue 27, in the same harness: 4 for a capture, 8 for a Send (and Together's page re-armed every 500 ms, re-reporting its form every 400 ms).
  rows.push(['messages from the worker for one capture, after its reply (was 4)', String(counts.capture), '≤ 3', counts.capture <= 3]);
  rows.push(['messages from the worker for one Send, Together open (was 8 + polling)', String(counts.send), '≤ 5', counts.send <= 5]);
  await referenceSize('driver.js 1.3.6', "import { driver } from 'driver.js'; globalThis.d = driver;");
  await referenceSize('Shepherd 15.2.2', "import Shepherd from 'shepherd.js'; globalThis.s = Shepherd;");

  const server = await startFixtureServer(0);
  const UKG_HOME = 'https://n12.ultipro.com/default.aspx';
  const UNMATCHED = 'https://www.example.com/';
  const withExt = await launch(server.port, true);
  const without = await launch(server.port, false);
  try {
    // ---- overlay latency: the grid re-rendered by the page → our highlight on its View box
    const add = await withExt.newPage();
    await add.goto('https://n12.ultipro.com/pages/EDIT/ServiceAccount.aspx?fixture=bench-add-account.html');
    const guide = await guideFor(add);
    await guide.evaluate(() =>
      (globalThis as unknown as { chrome: ExtensionGlobal }).chrome.runtime.sendMessage({
        type: 'vault/put',
        values: { customerApiKey: 'B7K2Q' },
      }),
    );
    await guide.close();
    await add.bringToFront();
    for (let i = 0; i < 50 && !(await add.evaluate(() => !!document.querySelector('[data-tsa-highlight]'))); i++) await sleep(100);
    const latencies: number[] = [];
    for (let i = 0; i < 60; i++) {
      await add.evaluate(() => (window as unknown as { __swapGrid(): void }).__swapGrid());
      let t: number | null = null;
      for (let w = 0; w < 100 && t === null; w++) {
        t = await add.evaluate(() => {
          const win = window as unknown as { __t0: number; __t1: number };
          return win.__t1 ? win.__t1 - win.__t0 : null;
        });
        if (t === null) await sleep(10);
      }
      if (t !== null) latencies.push(t);
      await sleep(30);
    }
    rows.push([
      'overlay latency, target inserted → highlight on it',
      `p50 ${ms(median(latencies))}, p95 ${ms(pct(latencies, 95))} (${latencies.length} runs)`,
      // Issue 27's goal (a frame's budget, 16 ms, is the ceiling that matters to the eye).
      'p95 ≤ 2 ms',
      latencies.length >= 50 && pct(latencies, 95) <= 2,
    ]);
    await add.close();

    // ---- mutation storm on a matched page, with and without the extension (median of 5)
    const a: { script: number; longTasks: number }[] = [];
    const b: { script: number; longTasks: number }[] = [];
    for (let i = 0; i < 5; i++) {
      b.push(await stormCost(without, UKG_HOME));
      a.push(await stormCost(withExt, UKG_HOME));
    }
    const ratio = median(a.map((x) => x.script)) / median(b.map((x) => x.script));
    const extraLong = median(a.map((x) => x.longTasks)) - median(b.map((x) => x.longTasks));
    rows.push([
      'mutation storm (50,000 nodes), script time with ÷ without (median of 5)',
      `${ratio.toFixed(3)} (${ms(median(a.map((x) => x.script)) * 1000)} vs ${ms(median(b.map((x) => x.script)) * 1000)})`,
      '≤ 1.03',
      ratio <= 1.03,
    ]);
    rows.push(['mutation storm, long tasks only with the extension', `${extraLong}`, '0', extraLong <= 0]);

    // ---- unmatched page: no context of ours, no script cost
    const un = await withExt.newPage();
    const cdp = await withExt.newCDPSession(un);
    const contexts: { name: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    await un.goto(UNMATCHED);
    await sleep(1000);
    // Isolated worlds named after the extension are ours (Playwright adds utility worlds of its own).
    const ours = contexts.filter((c) => c.auxData?.type === 'isolated' && c.name === 'Together Setup Assistant').length;
    rows.push(['unmatched page: extension contexts created', `${ours}`, '0', ours === 0]);
    await un.close();
    const ua = await stormCost(withExt, UNMATCHED);
    const ub = await stormCost(without, UNMATCHED);
    rows.push(['unmatched page: script time with ÷ without (storm)', `${(ua.script / ub.script).toFixed(3)}`, '≈ 1', null]);

    // ---- idle: script time per second of quiet, on a UKG page no step is about and on a guide page
    // with the overlay (highlight, callout, launcher) shown; and no frame of ours in the page.
    // From the guide's start, so the list page is step 2's (its target: the Customer API key).
    await ask(withExt, { type: 'progress/reset' });
    await ask(withExt, { type: 'vault/clear' });
    for (const [what, url] of [
      ['an unrelated UKG page', UKG_HOME],
      ['a guide page, overlay shown', 'https://n12.ultipro.com/pages/VIEW/ServiceAccountAdmin.aspx?fixture=service-accounts-table.html'],
    ] as const) {
      const pw = await withExt.newPage();
      await pw.goto(url);
      const po = await without.newPage();
      await po.goto(url);
      const [w, o] = [await idleScript(pw), await idleScript(po)];
      const shown = await pw.evaluate(
        () => ['highlight', 'callout', 'launcher'].filter((k) => document.querySelector(`[data-tsa-${k}]`)).join(', ') || 'nothing',
      );
      rows.push([
        `idle: script time added on ${what} (10 s of quiet)`,
        `${(w - o).toFixed(2)} ms/s (${w.toFixed(2)} vs ${o.toFixed(2)}; ours: ${shown})`,
        '≤ 0.5 ms/s',
        w - o <= 0.5,
      ]);
      if (url === UKG_HOME) {
        const frames = pw.frames().filter((f) => f.url().startsWith('chrome-extension://')).length;
        rows.push(['extension frames in an unrelated vendor page', `${frames}`, '0', frames === 0]);
      }
      await pw.close();
      await po.close();
    }

    // ---- memory: heap added on a matched page; growth over 100 route changes (Vantagepoint)
    const pa = await withExt.newPage();
    await pa.goto(UKG_HOME);
    await sleep(1500);
    const pb = await without.newPage();
    await pb.goto(UKG_HOME);
    await sleep(1500);
    const added = (await heapAfterGc(pa)) - (await heapAfterGc(pb));
    rows.push(['JS heap added on a matched page', `${(added / 1048576).toFixed(2)} MB`, '≤ 1 MB', added <= 1048576]);
    await pa.close();
    await pb.close();

    const vp = await withExt.newPage();
    await vp.goto('https://acme.deltekfirst.com/Acme/app/?v=7.0#!Dashboard');
    await sleep(1500);
    const routes = [
      '#!Settings/Security/Roles',
      '#!Settings/Security/Users',
      '#!Utilities/Integrations/APIAuthorization',
      '#!Utilities/Integrations/ConnectAdministration',
      '#!Dashboard',
    ];
    const cycle = async (n: number) => {
      for (let i = 0; i < n; i++) {
        await vp.evaluate((h) => (location.hash = h), routes[i % routes.length]!);
        await sleep(160);
      }
    };
    await cycle(10);
    const h0 = await heapAfterGc(vp);
    await cycle(100);
    const growth = (await heapAfterGc(vp)) - h0;
    rows.push([
      'JS heap growth after 100 route changes (Vantagepoint)',
      `${(growth / 1048576).toFixed(2)} MB`,
      '≤ 0.5 MB',
      growth <= 524288,
    ]);
    await vp.close();

    // ---- relay: click Send to Together → the field filled (Together already open)
    const together = await withExt.newPage();
    await together.goto('https://my.togetherplatform.com/settings?section=integrations');
    const ukg = await withExt.newPage();
    await ukg.goto(UKG_HOME);
    const p = await guideFor(ukg);
    const relay: number[] = [];
    for (let i = 0; i < 20; i++) {
      await together.evaluate(() => {
        const f = document.getElementById('f-customer-key') as HTMLInputElement;
        f.value = '';
        (window as unknown as { __filledAt: number }).__filledAt = 0;
        f.addEventListener('input', () => ((window as unknown as { __filledAt: number }).__filledAt = Date.now()), { once: true });
      });
      await p.bringToFront();
      // The guide's whole set: Send then goes at once (with values missing it asks first).
      await p.evaluate(() =>
        (globalThis as unknown as { chrome: ExtensionGlobal }).chrome.runtime.sendMessage({
          type: 'vault/put',
          values: {
            customerApiKey: 'B7K2Q',
            userApiKey: 'TG7RX20000K0',
            rootUrl: 'https://service4.ultipro.com/',
            username: 'TogetherIntegration',
            password: 'p@ss!(word) 1^',
          },
        }),
      );
      await sleep(100);
      // From the click itself, as the panel's page sees it (not Playwright's checks before it).
      await p.evaluate(() =>
        document.addEventListener('click', () => ((window as unknown as { __clickedAt: number }).__clickedAt = Date.now()), {
          capture: true,
          once: true,
        }),
      );
      await p.getByRole('button', { name: 'Send to Together', exact: true }).click();
      const t0 = await p.evaluate(() => (window as unknown as { __clickedAt: number }).__clickedAt);
      let t1 = 0;
      for (let w = 0; w < 300 && !t1; w++) {
        t1 = await together.evaluate(() => (window as unknown as { __filledAt: number }).__filledAt);
        if (!t1) await sleep(10);
      }
      if (t1) relay.push(t1 - t0);
    }
    rows.push([
      'relay: click Send to Together → field filled',
      `p50 ${ms(median(relay))}, p95 ${ms(pct(relay, 95))} (${relay.length} runs)`,
      'p95 ≤ 100 ms',
      relay.length >= 15 && pct(relay, 95) <= 100,
    ]);
  } finally {
    await withExt.close();
    await without.close();
    await server.close();
  }

  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => String(r[i]).length), ['metric', 'value', 'target'][i]!.length));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(w[i] ?? 2)).join(' | ')} |`;
  console.log(line(['metric', 'value', 'target', 'met']));
  console.log(line(w.map((n) => '-'.repeat(n)).concat('---')));
  for (const [m, v, t, ok] of rows) console.log(line([m, v, t, ok === null ? '—' : ok ? 'yes' : 'NO']));
}

// Run by Vitest only for its TypeScript loading; nothing here is asserted (timings are reported).
it('benchmark', main, 600_000);
