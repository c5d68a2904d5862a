import type { browser as Browser } from 'wxt/browser';
import type { createWorker as CreateWorker } from '@/utils/background/worker';
import type { SenderLike } from '@/utils/protocol/sender';

interface Deps {
  createWorker: typeof CreateWorker;
  browser: typeof Browser;
  UKG_PAGE: string;
  TOGETHER_PAGE: string;
  spy: (obj: never, method: never) => { mockImplementation(fn: unknown): unknown };
}

/**
 * Counts what the background sends (to tabs' content scripts, to open side panels) for one capture
 * after its reply, and for one Send with Together's tab open and its form showing, in WXT's fake
 * browser with a side panel open on the vendor tab. Used by the unit test and `npm run bench`.
 */
export async function countWorkerMessages({ createWorker, browser, UKG_PAGE, TOGETHER_PAGE, spy }: Deps) {
  const log: string[] = [];
  const worker = createWorker({
    sidePanel: { setOptions: async () => undefined, open: async () => undefined, setPanelBehavior: async () => undefined } as never,
  });
  const vendor = (await browser.tabs.create({ url: UKG_PAGE })).id!;
  await browser.tabs.create({ url: TOGETHER_PAGE });
  const id = browser.runtime.id;
  const from = (url: string, tabId: number): SenderLike => ({ id, url, origin: new URL(url).origin, frameId: 0, tab: { id: tabId } });
  const panel: SenderLike = {
    id,
    url: browser.runtime.getURL(`/sidepanel.html?tab=${vendor}` as '/'),
    origin: browser.runtime.getURL('/').slice(0, -1),
    frameId: 0,
  };
  const ask = (message: unknown, sender: SenderLike) => new Promise<unknown>((resolve) => worker.onMessage(message, sender, resolve));
  spy(browser.tabs as never, 'sendMessage' as never).mockImplementation(
    async (tabId: number, message: { type: string; values?: object }) => {
      log.push(`tab ${tabId}: ${message.type}`);
      if (message.type === 'to-page/read') return { value: 'B7K2Q' };
      // Together's page, armed, says its form is there; asked to fill, it fills every value.
      if (message.type === 'to-together/arm')
        setTimeout(() => void ask({ type: 'together/status', state: 'form' }, from(TOGETHER_PAGE, tabId)));
      if (message.type === 'to-together/fill')
        return { state: 'filled', filled: Object.keys(message.values ?? {}), missing: [], ambiguous: [] };
      return null;
    },
  );
  const heard: ((m: unknown) => void)[] = [];
  worker.onConnect({
    name: 'panel',
    sender: panel,
    postMessage: (m: { type: string }) => log.push(`panel: ${m.type}`),
    disconnect: () => undefined,
    onDisconnect: { addListener: () => undefined },
    onMessage: { addListener: (f: (m: unknown) => void) => heard.push(f) },
  } as never);
  heard.forEach((f) => f({ type: 'watch', tabId: vendor }));
  await ask(
    { type: 'page/detected', pageId: 'service-accounts', available: ['customerApiKey'], fillable: [], checks: [], fixes: [] },
    from(UKG_PAGE, vendor),
  );
  const settle = () => new Promise((r) => setTimeout(r, 300));
  await settle();

  log.length = 0;
  await ask({ type: 'capture/request', value: 'customerApiKey', tabId: vendor }, panel);
  await settle();
  const capture = log.filter((l) => !l.endsWith('to-page/read'));

  log.length = 0;
  await ask({ type: 'relay/send', system: 'ukg-pro' }, panel);
  await settle();
  const send = [...log];
  return { capture: capture.length, send: send.length, log: { capture, send } };
}
