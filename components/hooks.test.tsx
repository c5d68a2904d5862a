import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { browser } from 'wxt/browser';
import { buildPanelState } from '@/utils/guides/panel-state';
import { EMPTY_PROGRESS } from '@/utils/contracts/guide';
import type { PanelState, RelayView } from '@/utils/guides/panel-view';
import { GUIDES } from '@/utils/guides/registry';
import { setMessages } from '@/utils/i18n/i18n';
import { show } from '@/test/support/render';
import { relayView } from '@/test/support/factories';
import { useFollowSend } from './use-follow-send';
import { usePanelState } from './use-panel-state';
import { useAtTogether } from './use-at-together';
import { startInLanguage } from './start-in-language';
import { useGuideActions, useRequests, valueActions } from './use-guide-actions';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
  vi.useRealTimers();
  setMessages(null);
});

const relay = relayView;
const withRelay = (r: RelayView | null): PanelState => ({
  ...buildPanelState({ guide: GUIDES['ukg-pro'], page: null, progress: EMPTY_PROGRESS, values: {}, expiresAt: null }),
  relay: r,
});

describe('useFollowSend', () => {
  let opened: ReturnType<typeof vi.fn>;
  let click: () => void;
  function Host({ state, ownTab }: { state: PanelState | null; ownTab: number }) {
    click = useFollowSend(state, ownTab);
    return null;
  }
  /** Renders the panel again with a new state (the same panel: what it remembers stays). */
  let root: HTMLElement;
  const panel = (state: PanelState | null, ownTab = 4) => act(() => render(<Host state={state} ownTab={ownTab} />, root));
  beforeEach(() => {
    root = show(null);
    vi.useFakeTimers();
    opened = vi.fn(async () => undefined);
    (globalThis as { chrome?: unknown }).chrome = { sidePanel: { open: opened } };
  });
  afterEach(() => delete (globalThis as { chrome?: unknown }).chrome);

  it('after the admin’s Send, opens the panel on Together’s tab once the fill is done', () => {
    panel(withRelay(null));
    act(() => click());
    panel(withRelay(relay({ awaitingSave: true, waiting: false })));
    expect(opened).toHaveBeenCalledWith({ tabId: 9 });
  });

  it('while Together loads, opens it at the latest 1.5 s after the click, inside the click’s gesture', () => {
    panel(withRelay(null));
    act(() => click());
    panel(withRelay(relay()));
    expect(opened).not.toHaveBeenCalled();
    act(() => void vi.advanceTimersByTime(1_500));
    expect(opened).toHaveBeenCalledOnce();
  });

  it('not without a click, not on its own tab, not where Together’s panel is open, not after the gesture ran out', () => {
    panel(withRelay(relay({ awaitingSave: true })));
    panel(withRelay(relay({ awaitingSave: true, tabId: 4, startedAt: 2 })));
    act(() => click());
    panel(withRelay(relay({ awaitingSave: true, tabHasPanel: true, startedAt: 3 })));
    act(() => void vi.advanceTimersByTime(5_000));
    panel(withRelay(relay({ awaitingSave: true, startedAt: 4 })));
    expect(opened).not.toHaveBeenCalled();
  });
});

describe('startInLanguage', () => {
  it('starts in the language chosen in Options: the page’s lang and title follow it', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({
      ok: true,
      data: { language: 'fr', messages: { ext_name: 'Assistant de configuration', language_code: 'fr' } },
    } as never);
    const render = vi.fn();
    await startInLanguage(render);
    expect([document.documentElement.lang, document.title]).toEqual(['fr', 'Assistant de configuration']);
    expect(render).toHaveBeenCalledOnce();
  });

  it('without an answer, still starts, in the browser’s language', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('no worker'));
    const render = vi.fn();
    await startInLanguage(render);
    expect(document.documentElement.lang).toBe('en');
    expect(render).toHaveBeenCalledOnce();
  });
});

describe('useRequests and the guide’s actions', () => {
  let api: ReturnType<typeof useRequests> & { guide: ReturnType<typeof useGuideActions>; values: ReturnType<typeof valueActions> };
  function Host({ state }: { state: PanelState }) {
    const requests = useRequests();
    api = {
      ...requests,
      guide: useGuideActions(state, requests.run, { tabId: 7 }),
      values: valueActions(requests.run, requests.setNotice, { tabId: 7 }, 10),
    };
    return null;
  }
  function background(answers: Record<string, unknown>) {
    const seen: Record<string, unknown>[] = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (msg: Record<string, unknown>) => {
      seen.push(msg);
      return answers[msg.type as string] ?? { ok: true, data: null };
    }) as never);
    return seen;
  }

  it('one request at a time: busy while it runs, its error as an alert from it', async () => {
    let answer!: (r: unknown) => void;
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((() => new Promise((r) => (answer = r))) as never);
    show(<Host state={withRelay(null)} />);
    let done!: Promise<void>;
    act(() => void (done = api.values.capture('customerApiKey')));
    expect(api.busy).toBe('capture:customerApiKey');
    await act(async () => {
      answer({ ok: false, error: { code: 'not-found', message: 'No key here.' } });
      await done;
    });
    expect(api.busy).toBeNull();
    expect(api.notice).toEqual({ kind: 'alert', text: 'No key here.', from: 'capture:customerApiKey' });
  });

  it('capture all stops at the first value the page cannot give', async () => {
    const seen = background({ 'capture/request': { ok: false, error: { code: 'not-found', message: 'No key here.' } } });
    show(<Host state={withRelay(null)} />);
    await act(() => api.values.captureAll(['customerApiKey', 'userApiKey']));
    expect(seen.filter((m) => m.type === 'capture/request')).toEqual([{ type: 'capture/request', value: 'customerApiKey', tabId: 7 }]);
  });

  it('marks, rests and sends name the guide’s system and the panel’s tab', async () => {
    const seen = background({ 'relay/send': { ok: true, data: { filled: [], waiting: null } } });
    show(<Host state={withRelay(null)} />);
    await act(() => api.guide.actions.mark(1, 'done'));
    await act(() => api.guide.actions.rest(true));
    await act(() => api.guide.actions.sendToTogether());
    expect(seen).toEqual(
      expect.arrayContaining([
        { type: 'step/mark', system: 'ukg-pro', step: GUIDES['ukg-pro'].steps[1]!.id, mark: 'done' },
        { type: 'guide/rest', system: 'ukg-pro', resting: true },
        expect.objectContaining({ type: 'relay/send', system: 'ukg-pro' }),
      ]),
    );
  });
});

describe('usePanelState', () => {
  it('watches its tab; when the worker stops, connects again and takes up the new worker’s state', () => {
    vi.useFakeTimers();
    const ports: { posted: unknown[]; deliver(m: unknown): void; stop(): void }[] = [];
    vi.spyOn(browser.runtime, 'connect').mockImplementation((() => {
      const heard: ((m: unknown) => void)[] = [];
      const gone: (() => void)[] = [];
      const port = { posted: [] as unknown[], deliver: (m: unknown) => heard.forEach((l) => l(m)), stop: () => gone.forEach((l) => l()) };
      ports.push(port);
      return {
        postMessage: (m: unknown) => port.posted.push(m),
        onMessage: { addListener: (l: (m: unknown) => void) => heard.push(l) },
        onDisconnect: { addListener: (l: () => void) => gone.push(l) },
        disconnect() {},
      };
    }) as never);
    let seen: PanelState | null = null;
    function Host() {
      [seen] = usePanelState(7);
      return null;
    }
    show(<Host />);
    expect(ports[0]!.posted).toEqual([{ type: 'watch', tabId: 7 }]);
    const state = withRelay(null);
    act(() => ports[0]!.deliver({ type: 'state', state }));
    expect(seen).toEqual(state);
    act(() => ports[0]!.stop());
    act(() => void vi.advanceTimersByTime(300));
    expect(ports).toHaveLength(2);
    expect(ports[1]!.posted).toEqual([{ type: 'watch', tabId: 7 }]);
  });
});

describe('useAtTogether', () => {
  it('follows its tab to Together and away', async () => {
    let onUpdated: ((id: number, change: { url?: string }) => void) | undefined;
    vi.spyOn(browser.tabs, 'get').mockResolvedValue({ id: 7, url: 'https://ew42.ultipro.com/' } as never);
    vi.spyOn(browser.tabs.onUpdated, 'addListener').mockImplementation(((l: typeof onUpdated) => (onUpdated = l)) as never);
    let at = false;
    function Host() {
      at = useAtTogether(7);
      return null;
    }
    show(<Host />);
    await act(async () => await Promise.resolve());
    expect(at).toBe(false);
    act(() => onUpdated!(7, { url: 'https://my.togetherplatform.com/settings?section=integrations' }));
    expect(at).toBe(true);
    act(() => onUpdated!(8, { url: 'https://example.com/' }));
    expect(at).toBe(true);
    act(() => onUpdated!(7, { url: 'https://my.togetherplatform.com.evil.test/settings' }));
    expect(at).toBe(false);
  });
});
