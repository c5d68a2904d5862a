import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { createWorker } from '@/utils/background/worker';
import type { Envelope } from '@/utils/contracts/envelope';
import type { SenderLike } from '@/utils/protocol/sender';
import { UKG_PAGE } from '@/test/support/factories';
import { sha256Hex } from '@/utils/crypto/sha256';

const id = () => browser.runtime.id;
const ukgTab = (tabId = 7): SenderLike => ({ id: id(), url: UKG_PAGE, origin: new URL(UKG_PAGE).origin, frameId: 0, tab: { id: tabId } });
/** The side panel: no tab of its own (the tab it guides is in its address, and in each request). */
const panel = (): SenderLike => ({
  id: id(),
  url: browser.runtime.getURL('/sidepanel.html?tab=7'),
  origin: browser.runtime.getURL('/').slice(0, -1),
  frameId: 0,
});
/** A page of ours framed into a web page (none is web-accessible; refused anyway). */
const framed = (): SenderLike => ({
  id: id(),
  url: browser.runtime.getURL('/options.html'),
  origin: browser.runtime.getURL('/').slice(0, -1),
  frameId: 2,
  tab: { id: 7 },
});

/** A port as the side panel opens it; `say` sends its messages, `closed` fires its disconnect. */
function panelPort(sender: SenderLike) {
  const heard: ((m: unknown) => void)[] = [];
  const gone: (() => void)[] = [];
  const posted: unknown[] = [];
  return {
    posted,
    port: {
      name: 'panel',
      sender,
      postMessage: (m: unknown) => posted.push(m),
      disconnect: vi.fn(),
      onDisconnect: { addListener: (f: () => void) => gone.push(f) },
      onMessage: { addListener: (f: (m: unknown) => void) => heard.push(f) },
    },
    say: (m: unknown) => heard.forEach((f) => f(m)),
    closed: () => gone.forEach((f) => f()),
  };
}

/** Sends through the worker's real onMessage listener with a handcrafted sender (the fake browser's own sender is empty). */
function send(worker: ReturnType<typeof createWorker>, message: unknown, sender: SenderLike): Promise<Envelope> {
  return new Promise((resolve) => worker.onMessage(message, sender, resolve));
}

describe('background worker', () => {
  let contentMessages: unknown[];

  beforeEach(() => {
    fakeBrowser.reset();
    globalThis.indexedDB = new IDBFactory(); // fresh guide progress for every test
    contentMessages = [];
    // The page's content script: answers reads with the key it shows.
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (_tabId: number, message: { type: string }) => {
      contentMessages.push(message);
      return message.type === 'to-page/read' ? { value: ' B7K2Q ' } : null;
    }) as never);
  });

  it('captures a value from the panel’s own tab into storage.session only', async () => {
    const worker = createWorker();
    expect(
      await send(
        worker,
        { type: 'page/detected', pageId: 'service-accounts', available: ['customerApiKey'], fillable: [], checks: [], fixes: [] },
        ukgTab(),
      ),
    ).toEqual({ ok: true, data: null });
    expect(contentMessages).toContainEqual(expect.objectContaining({ type: 'to-page/guide', anchor: 'customerApiKey', accountName: null }));

    expect(await send(worker, { type: 'capture/request', value: 'customerApiKey', tabId: 7 }, panel())).toEqual({ ok: true, data: null });
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'to-page/read', value: 'customerApiKey' }, { frameId: 0 });
    expect(await worker.vault.all()).toEqual({ customerApiKey: 'B7K2Q' });
    expect(JSON.stringify(await browser.storage.session.get(null))).toContain('B7K2Q');
    expect(await browser.storage.local.get(null)).toEqual({});
    expect(await browser.storage.sync.get(null)).toEqual({});
  });

  it('refuses a capture the current step does not offer', async () => {
    const worker = createWorker();
    await send(
      worker,
      { type: 'page/detected', pageId: 'service-accounts', available: ['customerApiKey'], fillable: [], checks: [], fixes: [] },
      ukgTab(),
    );
    expect(await send(worker, { type: 'capture/request', value: 'password', tabId: 7 }, panel())).toMatchObject({
      ok: false,
      error: { code: 'page-unavailable' },
    });
    expect(await worker.vault.all()).toEqual({});
  });

  it('refuses a capture from a panel in a tab whose page was never recognised', async () => {
    const worker = createWorker();
    expect(await send(worker, { type: 'capture/request', value: 'customerApiKey', tabId: 99 }, panel())).toMatchObject({ ok: false });
    expect(browser.tabs.sendMessage).not.toHaveBeenCalled();
  });

  it('says so when the page shows no value', async () => {
    vi.mocked(browser.tabs.sendMessage).mockResolvedValue({ value: null } as never);
    const worker = createWorker();
    await send(
      worker,
      { type: 'page/detected', pageId: 'service-accounts', available: ['customerApiKey'], fillable: [], checks: [], fixes: [] },
      ukgTab(),
    );
    expect(await send(worker, { type: 'capture/request', value: 'customerApiKey', tabId: 7 }, panel())).toMatchObject({
      ok: false,
      error: { code: 'no-value' },
    });
  });

  it('ignores forged page reports and empty senders', async () => {
    const worker = createWorker();
    expect(
      await send(
        worker,
        { type: 'page/detected', pageId: 'service-accounts', available: ['customerApiKey'], fillable: [], checks: [], fixes: [] },
        {},
      ),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(
      await send(
        worker,
        { type: 'page/detected', pageId: 'service-accounts', available: ['customerApiKey'], fillable: [], checks: [], fixes: [] },
        { ...ukgTab(), id: 'other-extension' },
      ),
    ).toMatchObject({ ok: false });
    expect(contentMessages).toEqual([]);
  });

  it('clears captured keys on request', async () => {
    const worker = createWorker();
    await send(
      worker,
      { type: 'page/detected', pageId: 'service-accounts', available: ['customerApiKey'], fillable: [], checks: [], fixes: [] },
      ukgTab(),
    );
    await send(worker, { type: 'capture/request', value: 'customerApiKey', tabId: 7 }, panel());
    expect(await send(worker, { type: 'vault/clear' }, panel())).toEqual({ ok: true, data: null });
    expect(await worker.vault.all()).toEqual({});
    expect(await browser.storage.session.get(null)).not.toHaveProperty('vault');
  });

  it('schedules an expiry alarm while values are held and removes it when they are gone', async () => {
    const worker = createWorker();
    await send(
      worker,
      { type: 'page/detected', pageId: 'service-accounts', available: ['customerApiKey'], fillable: [], checks: [], fixes: [] },
      ukgTab(),
    );
    await send(worker, { type: 'capture/request', value: 'customerApiKey', tabId: 7 }, panel());
    await vi.waitFor(async () => expect(await browser.alarms.get('vault-expiry')).toBeTruthy());
    await send(worker, { type: 'vault/clear' }, panel());
    await vi.waitFor(async () => expect(await browser.alarms.get('vault-expiry')).toBeFalsy());
  });

  it('pushes masked state to the side panel’s port for its tab, hides the launcher while it is open, and rejects ports from elsewhere', async () => {
    const worker = createWorker();
    await send(
      worker,
      { type: 'page/detected', pageId: 'service-accounts', available: ['customerApiKey'], fillable: [], checks: [], fixes: [] },
      ukgTab(),
    );
    const guided = () => contentMessages.filter((m) => (m as { type: string }).type === 'to-page/guide').at(-1);
    expect(guided()).toMatchObject({
      launcher: true,
      callout: 'Step 2 of 8 · Capture the Customer API key — in the guide beside the page',
    });
    await send(worker, { type: 'capture/request', value: 'customerApiKey', tabId: 7 }, panel());

    const side = panelPort(panel());
    worker.onConnect(side.port as never);
    side.say({ type: 'watch', tabId: 7 });
    await vi.waitFor(() => expect(JSON.stringify(side.posted)).toContain('Customer API key looks right'));
    expect(JSON.stringify(side.posted)).not.toContain('B7K2Q');
    await vi.waitFor(() => expect(guided()).toMatchObject({ launcher: false }));
    side.closed();
    await vi.waitFor(() => expect(guided()).toMatchObject({ launcher: true }));

    for (const sender of [ukgTab(), framed()]) {
      const forged = panelPort(sender);
      worker.onConnect(forged.port as never);
      expect(forged.port.disconnect).toHaveBeenCalled();
    }
  });

  it('a tab whose page is too busy to answer neither holds up another tab nor hangs its own capture', async () => {
    // Tab 9's page loops in its own script: its content script never answers.
    vi.mocked(browser.tabs.sendMessage).mockImplementation((async (tabId: number, message: { type: string }) => {
      contentMessages.push(message);
      if (tabId === 9) return new Promise(() => undefined);
      return message.type === 'to-page/read' ? { value: 'B7K2Q' } : null;
    }) as never);
    const worker = createWorker();
    const report = {
      type: 'page/detected',
      pageId: 'service-accounts',
      available: ['customerApiKey'],
      fillable: [],
      checks: [],
      fixes: [],
    };
    expect(await send(worker, report, ukgTab(9))).toEqual({ ok: true, data: null });
    expect(await send(worker, report, ukgTab(7))).toEqual({ ok: true, data: null });
    expect(await send(worker, { type: 'capture/request', value: 'customerApiKey', tabId: 7 }, panel())).toEqual({ ok: true, data: null });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const busy = send(worker, { type: 'capture/request', value: 'customerApiKey', tabId: 9 }, panel());
    await vi.advanceTimersByTimeAsync(2_100);
    vi.useRealTimers();
    expect(await busy).toMatchObject({ ok: false, error: { code: 'timeout', message: expect.stringContaining('did not answer') } });
  });

  it('a tab that loads another document offers nothing of the old one, and is forgotten when no script of ours reports from the new one', async () => {
    const worker = createWorker();
    const report = {
      type: 'page/detected',
      pageId: 'service-accounts',
      available: ['customerApiKey'],
      fillable: [],
      checks: [],
      fixes: [],
    };
    await send(worker, report, ukgTab(7));
    await send(worker, report, ukgTab(8));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    for (const tab of [7, 8]) worker.onTabUpdated(tab, { status: 'loading' });
    await vi.waitFor(async () => expect((await worker.tabPages.get(7))?.report.available).toEqual([]));
    // Tab 8's new page is ours and reports; tab 7 went to a host our scripts skip (an API host).
    await send(worker, report, ukgTab(8));
    for (const tab of [7, 8]) worker.onTabUpdated(tab, { status: 'complete' });
    await vi.advanceTimersByTimeAsync(3_100);
    vi.useRealTimers();
    await vi.waitFor(async () => expect(await worker.tabPages.get(7)).toBeNull());
    expect((await worker.tabPages.get(8))?.report.available).toEqual(['customerApiKey']);
  });

  it('the browser’s no-tab panel gets no state (no guide, no value), and the default panel is turned off', async () => {
    const chrome = {
      setOptions: vi.fn(async () => undefined),
      open: vi.fn(async () => undefined),
      setPanelBehavior: vi.fn(async () => undefined),
    };
    const worker = createWorker({ sidePanel: { chrome } });
    worker.installSidePanel(() => undefined);
    expect(chrome.setOptions).toHaveBeenCalledWith({ enabled: false });
    await send(
      worker,
      { type: 'page/detected', pageId: 'service-accounts', available: ['customerApiKey'], fillable: [], checks: [], fixes: [] },
      ukgTab(),
    );
    await send(worker, { type: 'capture/request', value: 'customerApiKey', tabId: 7 }, panel());
    const noTab = panelPort(panel());
    worker.onConnect(noTab.port as never);
    const withTab = panelPort(panel());
    worker.onConnect(withTab.port as never);
    withTab.say({ type: 'watch', tabId: 7 });
    await vi.waitFor(() => expect(JSON.stringify(withTab.posted)).toContain('Customer API key looks right'));
    expect(noTab.posted).toEqual([]);
  });

  it('names the tab’s host in the panel, and says when the tab’s page moved to another host', async () => {
    const worker = createWorker();
    const side = panelPort(panel());
    worker.onConnect(side.port as never);
    side.say({ type: 'watch', tabId: 7 });
    const report = {
      type: 'page/detected',
      pageId: 'service-accounts',
      available: ['customerApiKey'],
      fillable: [],
      checks: [],
      fixes: [],
    };
    await send(worker, report, ukgTab());
    const last = () => (side.posted.at(-1) as { state: { host: string | null; hostMoved: unknown } } | undefined)?.state;
    await vi.waitFor(() => expect(last()).toMatchObject({ host: 'ew42.ultipro.com', hostMoved: null }));
    const lookalike = 'https://ew42-ultipro.ultipro.com/pages/VIEW/ServiceAccountAdmin.aspx';
    await send(worker, report, { ...ukgTab(), url: lookalike, origin: new URL(lookalike).origin });
    await vi.waitFor(() =>
      expect(last()).toMatchObject({
        host: 'ew42-ultipro.ultipro.com',
        hostMoved: { from: 'ew42.ultipro.com', to: 'ew42-ultipro.ultipro.com' },
      }),
    );
  });

  it('opens the side panel in the very turn the launcher’s click arrives, for the launcher’s own tab only', () => {
    const calls: string[] = [];
    const chrome = {
      setOptions: vi.fn(async (o: { tabId?: number; path?: string }) => void calls.push(`options ${o.tabId} ${o.path}`)),
      open: vi.fn(async (o: { tabId: number }) => void calls.push(`open ${o.tabId}`)),
      setPanelBehavior: vi.fn(async () => undefined),
    };
    const worker = createWorker({ sidePanel: { chrome } });
    const replies: unknown[] = [];
    worker.onMessage({ type: 'page/open-panel' }, ukgTab(4), (r) => replies.push(r));
    // Synchronously: nothing may be awaited between the click's message and open().
    expect(calls).toEqual(['options 4 sidepanel.html?tab=4', 'open 4']);
    worker.onMessage({ type: 'page/open-panel' }, panel(), (r) => replies.push(r));
    worker.onMessage({ type: 'page/open-panel' }, framed(), (r) => replies.push(r));
    expect(chrome.open).toHaveBeenCalledTimes(1);
  });

  it('takes the admin’s word on a step and "not now" from our pages only, and tells every vendor tab', async () => {
    const action = { setBadgeText: vi.fn(async () => undefined), setTitle: vi.fn(async () => undefined) };
    const worker = createWorker({ action });
    await send(
      worker,
      { type: 'page/detected', pageId: 'service-accounts', available: ['customerApiKey'], fillable: [], checks: [], fixes: [] },
      ukgTab(),
    );
    await vi.waitFor(() => expect(action.setBadgeText).toHaveBeenLastCalledWith({ tabId: 7, text: '2/8' }));
    const guided = () => contentMessages.filter((m) => (m as { type: string }).type === 'to-page/guide').at(-1);

    // From a vendor page: refused (sender policy); from our page: the step is skipped.
    expect(await send(worker, { type: 'step/mark', system: 'ukg-pro', step: 'customer-api-key', mark: 'skipped' }, ukgTab())).toMatchObject(
      {
        ok: false,
      },
    );
    expect(await send(worker, { type: 'step/mark', system: 'ukg-pro', step: 'customer-api-key', mark: 'skipped' }, panel())).toEqual({
      ok: true,
      data: null,
    });
    await vi.waitFor(() => expect(action.setBadgeText).toHaveBeenLastCalledWith({ tabId: 7, text: '3/8' }));
    expect(guided()).toMatchObject({ anchor: 'addButton' });
    // A step the guide does not have, or a malformed mark: nothing recorded.
    expect(await send(worker, { type: 'step/mark', system: 'ukg-pro', step: 'no-such-step', mark: 'done' }, panel())).toEqual({
      ok: true,
      data: null,
    });
    expect(await send(worker, { type: 'step/mark', system: 'ukg-pro', step: 'customer-api-key', mark: 'finished' }, panel())).toMatchObject(
      {
        ok: false,
      },
    );

    // "Not now": no launcher and no outline on the page (no panel is open for it).
    await send(worker, { type: 'guide/rest', system: 'ukg-pro', resting: true }, panel());
    await vi.waitFor(() => expect(guided()).toMatchObject({ anchor: null, callout: null, launcher: false }));
    await send(worker, { type: 'guide/rest', system: 'ukg-pro', resting: false }, panel());
    await vi.waitFor(() => expect(guided()).toMatchObject({ anchor: 'addButton', launcher: true }));
  });

  it('offers a kept value again only when the page shows another (by its fingerprint)', async () => {
    const worker = createWorker();
    const side = panelPort(panel());
    worker.onConnect(side.port as never);
    side.say({ type: 'watch', tabId: 7 });
    const report = (fingerprint: string) =>
      send(
        worker,
        {
          type: 'page/detected',
          pageId: 'service-accounts',
          available: ['customerApiKey'],
          fillable: [],
          checks: [],
          fixes: [],
          fingerprints: { customerApiKey: fingerprint },
        },
        ukgTab(),
      );
    const captures = () => (side.posted.at(-1) as { state: { captures: { name: string; replaces: boolean }[] } }).state.captures;
    await report('0000000000000000');
    await send(worker, { type: 'capture/request', value: 'customerApiKey', tabId: 7 }, panel());
    const kept = (await sha256Hex('B7K2Q')).slice(0, 16);
    await report(kept);
    await vi.waitFor(() => expect(captures()).toEqual([]));
    await report('ffffffffffffffff');
    await vi.waitFor(() => expect(captures()).toEqual([{ name: 'customerApiKey', label: 'Customer API key', replaces: true }]));
  });

  it('greets a new install with the welcome page, unless the organisation installed it', async () => {
    const create = vi.spyOn(browser.tabs, 'create');
    await createWorker({ installType: async () => 'normal' }).onInstalled({ reason: 'install' });
    expect(create).toHaveBeenCalledWith({ url: browser.runtime.getURL('/welcome.html') });
    create.mockClear();
    await createWorker({ installType: async () => 'admin' }).onInstalled({ reason: 'install' });
    await createWorker({ installType: async () => 'normal' }).onInstalled({ reason: 'update' });
    expect(create).not.toHaveBeenCalled();
  });

  it('keeps values longer on request, within the hold the settings allow', async () => {
    const worker = createWorker();
    await send(
      worker,
      { type: 'page/detected', pageId: 'service-accounts', available: ['customerApiKey'], fillable: [], checks: [], fixes: [] },
      ukgTab(),
    );
    expect(await send(worker, { type: 'vault/extend' }, panel())).toEqual({ ok: true, data: { extended: false } });
    await send(worker, { type: 'capture/request', value: 'customerApiKey', tabId: 7 }, panel());
    const before = (await worker.vault.expiresAt())!;
    expect(await send(worker, { type: 'vault/extend' }, panel())).toEqual({ ok: true, data: { extended: true } });
    expect((await worker.vault.expiresAt())! - before).toBe(10 * 60_000);
    expect(await send(worker, { type: 'vault/extend' }, ukgTab())).toMatchObject({ ok: false });
  });
});

describe('background worker: saved accounts, pasted values, reveal', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    globalThis.indexedDB = new IDBFactory();
    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(null as never);
  });

  it('takes user name and typed password when the vendor’s Save is clicked, and remembers the account', async () => {
    const worker = createWorker();
    await send(
      worker,
      { type: 'page/detected', pageId: 'add-service-account', available: [], fillable: [], checks: [], fixes: [] },
      ukgTab(),
    );
    const reply = await send(
      worker,
      {
        type: 'page/form-saved',
        values: { username: 'TogetherIntegration', password: ' p@ss!(x) ' },
        events: ['account-saved', 'rights-ok'],
      },
      ukgTab(),
    );
    expect(reply.ok).toBe(true);
    expect(await worker.vault.all()).toEqual({ username: 'TogetherIntegration', password: ' p@ss!(x) ' });
    expect(browser.tabs.sendMessage).toHaveBeenLastCalledWith(
      7,
      expect.objectContaining({ type: 'to-page/guide', accountName: 'TogetherIntegration' }),
      { frameId: 0 },
    );
    // Progress survives the worker: a new worker over the same IndexedDB knows the account.
    const again = createWorker();
    await send(
      again,
      { type: 'page/detected', pageId: 'service-accounts', available: ['userApiKey'], fillable: [], checks: [], fixes: [] },
      ukgTab(),
    );
    expect(browser.tabs.sendMessage).toHaveBeenLastCalledWith(
      7,
      expect.objectContaining({ type: 'to-page/guide', anchor: 'customerApiKey', accountName: 'TogetherIntegration' }),
      { frameId: 0 },
    );
  });

  it('keeps pasted values, normalising the root URL, and reveals one only on request', async () => {
    const worker = createWorker();
    await send(worker, { type: 'page/detected', pageId: 'ukg-other', available: [], fillable: [], checks: [], fixes: [] }, ukgTab());
    await send(
      worker,
      {
        type: 'vault/put',
        values: { rootUrl: ' https://service4.ultipro.com/services/LoginService ', customerApiKey: ' B7K2Q ', userApiKey: '' },
        tabId: 7,
      },
      panel(),
    );
    expect(await worker.vault.all()).toEqual({ rootUrl: 'https://service4.ultipro.com/', customerApiKey: 'B7K2Q' });
    expect(await send(worker, { type: 'vault/reveal', value: 'customerApiKey' }, panel())).toEqual({ ok: true, data: { value: 'B7K2Q' } });
    expect(await send(worker, { type: 'vault/reveal', value: 'password' }, panel())).toMatchObject({
      ok: false,
      error: { code: 'expired' },
    });
    expect(await send(worker, { type: 'vault/reveal', value: 'customerApiKey' }, ukgTab())).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('a complete set entered by hand finishes the steps before it, as captures do; part of one does not', async () => {
    const action = { setBadgeText: vi.fn(async (_: { tabId: number; text: string }) => undefined), setTitle: vi.fn(async () => undefined) };
    const worker = createWorker({ action });
    await send(worker, { type: 'page/detected', pageId: 'ukg-other', available: [], fillable: [], checks: [], fixes: [] }, ukgTab());
    const lastBadge = () => action.setBadgeText.mock.calls.at(-1)?.[0].text;
    await send(worker, { type: 'vault/put', values: { customerApiKey: 'B7K2Q', username: 'TogetherIntegration' }, tabId: 7 }, panel());
    await vi.waitFor(() => expect(lastBadge()).toBe('3/8'));
    const rest = { password: 'p@ss!(x)Z9', userApiKey: 'USRK0000K0AB', rootUrl: 'https://service4.ultipro.com/' };
    expect(await send(worker, { type: 'vault/put', values: rest, tabId: 7 }, panel())).toEqual({ ok: true, data: null });
    // Creating the account and its rights happened where the admin read these values: next is Send.
    await vi.waitFor(() => expect(lastBadge()).toBe('8/8'));
    expect(browser.tabs.sendMessage).toHaveBeenLastCalledWith(7, expect.objectContaining({ type: 'to-page/guide', anchor: null }), {
      frameId: 0,
    });
  });

  it('warns when the captured User API key is the signed-in web user’s own (known only by its hash)', async () => {
    const worker = createWorker();
    await send(worker, { type: 'page/detected', pageId: 'web-services', available: [], fillable: [], checks: [], fixes: [] }, ukgTab());
    const { sha256Hex } = await import('@/utils/crypto/sha256');
    await send(worker, { type: 'page/decoy', value: 'userApiKey', sha256: await sha256Hex('WEBUSR0000K0') }, ukgTab());
    expect(JSON.stringify(await browser.storage.session.get(null))).not.toContain('WEBUSR0000K0');
    await send(worker, { type: 'vault/put', values: { userApiKey: 'WEBUSR0000K0' }, tabId: 7 }, panel());
    const posted: { state: { captured: { name: string; level: string; message: string }[] } }[] = [];
    worker.onConnect({
      name: 'panel',
      sender: panel(),
      postMessage: (m: never) => posted.push(m),
      disconnect: vi.fn(),
      onDisconnect: { addListener: vi.fn() },
      onMessage: { addListener: (watch: (m: unknown) => void) => watch({ type: 'watch', tabId: 7 }) },
    } as never);
    await vi.waitFor(() => expect(posted.length).toBeGreaterThan(0));
    expect(posted.at(-1)!.state.captured[0]).toMatchObject({
      name: 'userApiKey',
      level: 'warn',
      message: expect.stringContaining('web user you are signed in as'),
    });
  });
});

describe('background worker: settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    globalThis.indexedDB = new IDBFactory();
    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(null as never);
  });

  it('keeps passwords out when capture is off, and shortens the lifetime', async () => {
    const worker = createWorker();
    await send(worker, { type: 'page/detected', pageId: 'ukg-other', available: [], fillable: [], checks: [], fixes: [] }, ukgTab());
    expect(await send(worker, { type: 'settings/set', capturePasswords: false, ttlMinutes: 2 }, panel())).toMatchObject({ ok: true });
    await send(
      worker,
      { type: 'page/form-saved', values: { username: 'TogetherIntegration', password: 'p@ss' }, events: ['account-saved', 'rights-ok'] },
      ukgTab(),
    );
    await send(worker, { type: 'vault/put', values: { password: 'typed', customerApiKey: 'B7K2Q' }, tabId: 7 }, panel());
    expect(await worker.vault.all()).toEqual({ username: 'TogetherIntegration', customerApiKey: 'B7K2Q' });
    expect((await worker.vault.expiresAt())! - Date.now()).toBeLessThanOrEqual(2 * 60_000);
  });

  it('refuses to change what the organisation set, and honours its host allow-list', async () => {
    vi.spyOn(browser.storage, 'managed', 'get').mockReturnValue({
      get: async () => ({ capturePasswords: false, vantagepointOrigins: ['https://vp.acme.com'] }),
    } as never);
    const worker = createWorker();
    expect(await send(worker, { type: 'settings/get' }, panel())).toMatchObject({
      ok: true,
      data: { values: { capturePasswords: false }, locked: ['capturePasswords', 'onPremOrigins'] },
    });
    expect(await send(worker, { type: 'settings/set', capturePasswords: true }, panel())).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await send(worker, { type: 'hosts/add', system: 'vantagepoint', origin: 'https://vp.other.com' }, panel())).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('https://vp.acme.com') },
    });
  });
});
