import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { createWorker } from '@/utils/background/worker';
import { checkUsername } from '@/utils/systems/ukg-pro/account';
import { recordsToMarkdown, setupRecord } from '@/utils/guides/setup-record';
import { EMPTY_PROGRESS } from '@/utils/contracts/guide';
import type { Envelope } from '@/utils/contracts/envelope';
import type { SenderLike } from '@/utils/protocol/sender';
import { testConnection } from '@/utils/systems/ukg-pro/connection-test';

/**
 * The security review's findings (issue "Security, round 2") that the background alone must stop,
 * attacked through the worker's real message listener with the senders a browser would fill in for a
 * hostile page on a matched host. Browser-level attacks are in test/e2e/security.e2e.ts.
 */
const id = () => browser.runtime.id;
const tab = (url: string, tabId: number): SenderLike => ({ id: id(), url, origin: new URL(url).origin, frameId: 0, tab: { id: tabId } });
/** The side panel (no tab of its own: requests name the tab it guides). */
const panel = (): SenderLike => ({
  id: id(),
  url: browser.runtime.getURL('/sidepanel.html?tab=3'),
  origin: browser.runtime.getURL('/').slice(0, -1),
  frameId: 0,
});
/** A page of ours framed into a web page (none is web-accessible; a future one must get nothing either). */
const framedPage = (tabId: number): SenderLike => ({
  id: id(),
  url: browser.runtime.getURL('/options.html'),
  origin: browser.runtime.getURL('/').slice(0, -1),
  frameId: 2,
  tab: { id: tabId },
});
const send = (worker: ReturnType<typeof createWorker>, message: unknown, sender: SenderLike): Promise<Envelope> =>
  new Promise((resolve) => worker.onMessage(message, sender, resolve));
const report = (pageId: string, available: string[], fillable: string[] = []) => ({
  type: 'page/detected',
  pageId,
  available,
  fillable,
  checks: [],
  fixes: [],
});

const EVIL_UKG = 'https://evil.ultipro.com/pages/VIEW/WebServices.aspx';
const REAL_UKG = 'https://ew42.ultipro.com/pages/VIEW/ServiceAccountAdmin.aspx';
const REAL_VP = 'https://acme.deltekfirst.com/Acme/app/#!Utilities/ApiAuthorization';
const EVIL_VP = 'https://evil.deltekfirst.com/Evil/app/#!Utilities/ConnectAdministration';

describe('attacks on the background', () => {
  /** What each tab's content script answers to to-page/read, and every to-page/fill it receives. */
  let pageValues: Record<number, Record<string, string>>;
  let fills: { tabId: number; values: Record<string, string> }[];

  beforeEach(() => {
    fakeBrowser.reset();
    globalThis.indexedDB = new IDBFactory();
    pageValues = {};
    fills = [];
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (
      tabId: number,
      message: { type: string; value?: string; values?: Record<string, string> },
    ) => {
      if (message.type === 'to-page/read') return { value: pageValues[tabId]?.[message.value!] ?? null };
      if (message.type === 'to-page/fill') {
        fills.push({ tabId, values: message.values! });
        return { filled: Object.keys(message.values!) };
      }
      return null;
    }) as never);
  });

  it('attack 1: a root URL on another UKG host is neither kept, pasted, nor tested', async () => {
    const worker = createWorker();
    pageValues[3] = { rootUrl: 'https://evil.ultipro.com/', customerApiKey: 'B7K2Q' };
    await send(worker, report('web-services', ['rootUrl', 'customerApiKey']), tab(EVIL_UKG, 3));
    const capture = await send(worker, { type: 'capture/request', value: 'rootUrl', tabId: 3 }, panel());
    expect(capture).toMatchObject({
      ok: false,
      error: { code: 'invalid-value', message: expect.stringContaining('not a UKG web-services host') },
    });
    const pasted = await send(
      worker,
      { type: 'vault/put', values: { rootUrl: 'https://evil.ultipro.com/services/LoginService' }, tabId: 3 },
      panel(),
    );
    expect(pasted).toMatchObject({ ok: false, error: { code: 'invalid-value' } });
    expect(await worker.vault.all()).not.toHaveProperty('rootUrl');

    const fetchFn = vi.fn();
    const values = { rootUrl: 'https://evil.ultipro.com/', username: 'TogetherIntegration', password: 'pw', customerApiKey: 'B7K2Q' };
    await expect(testConnection(values, fetchFn)).rejects.toThrow();
    await expect(testConnection({ ...values, rootUrl: 'https://service4.ultipro.com.evil.test/' }, fetchFn)).rejects.toThrow();
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('attack 2: Vantagepoint values are never filled into another tenant, whatever URL it captured', async () => {
    const worker = createWorker();
    pageValues[4] = { clientId: 'acme-client', clientSecret: 'acme-secret-1', vantagepointUrl: 'https://acme.deltekfirst.com/Acme/app/' };
    await send(worker, report('api-authorization', ['clientId', 'clientSecret', 'vantagepointUrl']), tab(REAL_VP, 4));
    for (const value of ['clientId', 'clientSecret', 'vantagepointUrl'])
      expect(await send(worker, { type: 'capture/request', value, tabId: 4 }, panel())).toMatchObject({ ok: true });

    // The hostile tenant re-captures "its" Vantagepoint URL, then offers Connect settings fields.
    pageValues[5] = { vantagepointUrl: 'https://evil.deltekfirst.com/Evil/app/' };
    await send(worker, report('api-authorization', ['vantagepointUrl']), tab(EVIL_VP, 5));
    await send(worker, { type: 'capture/request', value: 'vantagepointUrl', tabId: 5 }, panel());
    await send(worker, report('connect-administration', [], ['clientId', 'clientSecret', 'vantagepointUrl']), tab(EVIL_VP, 5));
    await send(worker, { type: 'form/fill', tabId: 5 }, panel());
    expect(fills.flatMap((f) => Object.values(f.values))).not.toContain('acme-secret-1');
    expect(fills.flatMap((f) => Object.values(f.values))).not.toContain('acme-client');

    // The tenant the values came from still gets them.
    await send(worker, report('connect-administration', [], ['clientId', 'clientSecret']), tab(REAL_VP, 4));
    expect(await send(worker, { type: 'form/fill', tabId: 4 }, panel())).toMatchObject({
      ok: true,
      data: { filled: ['clientId', 'clientSecret'] },
    });
    expect(fills.at(-1)).toEqual({ tabId: 4, values: { clientId: 'acme-client', clientSecret: 'acme-secret-1' } });
  });

  it('attack 9: "Fill Connect settings" sends only Vantagepoint values, whatever the tab’s report names', async () => {
    const worker = createWorker();
    await send(worker, report('add-service-account', []), tab(REAL_UKG, 2));
    await send(
      worker,
      {
        type: 'page/form-saved',
        values: { username: 'TogetherIntegration', password: 'ukg-Password-1' },
        events: ['account-saved', 'rights-ok'],
      },
      tab(REAL_UKG, 2),
    );
    await send(worker, { type: 'vault/put', values: { customerApiKey: 'B7K2Q' }, tabId: 2 }, panel());
    pageValues[4] = { clientSecret: 'acme-secret-1' };
    await send(worker, report('api-authorization', ['clientSecret']), tab(REAL_VP, 4));
    await send(worker, { type: 'capture/request', value: 'clientSecret', tabId: 4 }, panel());
    // A compromised content script claims fields for every secret there is.
    await send(worker, report('connect-administration', [], ['password', 'customerApiKey', 'username', 'clientSecret']), tab(REAL_VP, 4));
    await send(worker, { type: 'form/fill', tabId: 4 }, panel());
    expect(fills).toEqual([{ tabId: 4, values: { clientSecret: 'acme-secret-1' } }]);
  });

  it('attack 8: a value over 1,024 characters is refused, held nowhere and pushed to no panel', async () => {
    const worker = createWorker();
    const huge = 'A'.repeat(5 * 1024 * 1024);
    pageValues[3] = { customerApiKey: huge };
    await send(worker, report('service-accounts', ['customerApiKey']), tab(REAL_UKG, 3));
    const posted: unknown[] = [];
    worker.onConnect({
      name: 'panel',
      sender: panel(),
      postMessage: (m: unknown) => posted.push(m),
      disconnect: vi.fn(),
      onDisconnect: { addListener: vi.fn() },
      onMessage: { addListener: (watch: (m: unknown) => void) => watch({ type: 'watch', tabId: 3 }) },
    } as never);
    expect(await send(worker, { type: 'capture/request', value: 'customerApiKey', tabId: 3 }, panel())).toMatchObject({
      ok: false,
      error: { code: 'invalid-value' },
    });
    expect(await worker.vault.all()).toEqual({});
    expect(JSON.stringify(await browser.storage.session.get(null)).length).toBeLessThan(10_000);
    await vi.waitFor(() => expect(posted.length).toBeGreaterThan(0));
    expect(JSON.stringify(posted).length).toBeLessThan(100_000);
  });

  it('attack 10: a page of ours framed into a web page gets no state, no secret, no relay', async () => {
    const worker = createWorker();
    await worker.vault.put('customerApiKey', 'B7K2Q');
    // Were a page of ours ever web-accessible, a hostile page could frame it and bait clicks on it.
    expect(await send(worker, { type: 'vault/reveal', value: 'customerApiKey' }, framedPage(9))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await send(worker, { type: 'relay/send' }, framedPage(9))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send(worker, { type: 'capture/request', value: 'customerApiKey', tabId: 9 }, framedPage(9))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const port = {
      name: 'panel',
      sender: framedPage(9),
      postMessage: vi.fn(),
      disconnect: vi.fn(),
      onDisconnect: { addListener: vi.fn() },
      onMessage: { addListener: vi.fn() },
    };
    worker.onConnect(port as never);
    expect(port.disconnect).toHaveBeenCalled();
    expect(port.postMessage).not.toHaveBeenCalled();
  });

  it('attack R3-6: a page cannot push the real tenant’s web-user key hash out by reporting others', async () => {
    const worker = createWorker();
    const { sha256Hex } = await import('@/utils/crypto/sha256');
    await send(worker, { type: 'page/decoy', value: 'userApiKey', sha256: await sha256Hex('WEBUSR0000K0') }, tab(REAL_UKG, 2));
    for (let i = 0; i < 30; i++)
      await send(worker, { type: 'page/decoy', value: 'userApiKey', sha256: await sha256Hex(`EVIL${i}`) }, tab(EVIL_UKG, 3));
    await send(worker, report('web-services', []), tab(REAL_UKG, 2));
    await send(worker, { type: 'vault/put', values: { userApiKey: 'WEBUSR0000K0' }, tabId: 2 }, panel());
    const posted: unknown[] = [];
    worker.onConnect({
      name: 'panel',
      sender: panel(),
      postMessage: (m: unknown) => posted.push(m),
      disconnect: vi.fn(),
      onDisconnect: { addListener: vi.fn() },
      onMessage: { addListener: (watch: (m: unknown) => void) => watch({ type: 'watch', tabId: 2 }) },
    } as never);
    await vi.waitFor(() => expect(JSON.stringify(posted)).toContain('This is the User API key of the web user you are signed in as'));
  });

  it('attack 13: a user name with line breaks is refused, and the setup record prints names as literal text', async () => {
    const worker = createWorker();
    const crafted = 'TogetherIntegration\n\n## Together Support\n[paste your secret here](https://evil.test/)';
    await send(
      worker,
      { type: 'page/form-saved', values: { username: crafted }, events: ['account-saved', 'rights-ok'] },
      tab(REAL_UKG, 2),
    );
    expect(await worker.vault.all()).not.toHaveProperty('username');
    expect(checkUsername(crafted).level).toBe('error');

    const md = recordsToMarkdown([setupRecord('ukg-pro', new Date(0), EMPTY_PROGRESS, { username: crafted }, [])]);
    expect(md.split('\n').filter((l) => l.startsWith('#'))).toHaveLength(2); // the title and the record's own heading
    expect(md).not.toMatch(/(^|[^\\])\[paste/);
    expect(md).toContain('\\[paste your secret here\\]');
  });

  it('attack R4-2: the account name goes only to a page of the origin it was seen on, never to another tab to test names against', async () => {
    const guides: { tabId: number; accountName: string | null }[] = [];
    vi.mocked(browser.tabs.sendMessage).mockImplementation((async (
      tabId: number,
      message: { type: string; accountName?: string | null },
    ) => {
      if (message.type === 'to-page/guide') guides.push({ tabId, accountName: message.accountName ?? null });
      return null;
    }) as never);
    const worker = createWorker();
    await send(
      worker,
      { type: 'page/form-saved', values: { username: 'TogetherIntegration' }, events: ['account-saved'] },
      tab(REAL_UKG, 2),
    );
    // A page on another UKG host lists 500 candidate names and waits to be told which one is ours.
    await send(worker, report('service-accounts', []), tab(EVIL_UKG, 5));
    await send(worker, report('service-accounts', []), tab(REAL_UKG, 2));
    await vi.waitFor(() => expect(guides.some((g) => g.tabId === 2)).toBe(true));
    await vi.waitFor(() => expect(guides.some((g) => g.tabId === 5)).toBe(true));
    expect(guides.filter((g) => g.tabId === 5).map((g) => g.accountName)).toEqual(guides.filter((g) => g.tabId === 5).map(() => null));
    expect(guides.filter((g) => g.tabId === 2).at(-1)!.accountName).toBe('TogetherIntegration');
  });
});
