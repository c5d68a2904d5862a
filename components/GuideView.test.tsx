import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { browser } from 'wxt/browser';
import { buildPanelState, type PanelInputs } from '@/utils/guides/panel-state';
import { EMPTY_PROGRESS } from '@/utils/contracts/guide';
import type { PanelState } from '@/utils/guides/panel-view';
import { GUIDES } from '@/utils/guides/registry';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { buttonNames, click, show } from '@/test/support/render';
import { GuideView } from './GuideView';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

const settle = () => act(async () => await new Promise((r) => setTimeout(r, 0)));

/** The worker as the panel meets it: a port that carries the tab's state, and requests answered by `answers`. */
function worker(answers: Record<string, (msg: Record<string, unknown>) => unknown> = {}, tabUrl = 'https://ew42.ultipro.com/') {
  const listeners: ((m: unknown) => void)[] = [];
  const posted: unknown[] = [];
  const seen: Record<string, unknown>[] = [];
  vi.spyOn(browser.runtime, 'connect').mockImplementation(
    () =>
      ({
        name: 'panel',
        postMessage: (m: unknown) => posted.push(m),
        onMessage: { addListener: (l: (m: unknown) => void) => listeners.push(l) },
        onDisconnect: { addListener() {} },
        disconnect() {},
      }) as never,
  );
  vi.spyOn(browser.tabs, 'get').mockImplementation((async (id: number) => ({ id, url: tabUrl })) as never);
  const settings = (_: Record<string, unknown>) => ({ ok: true, data: { values: DEFAULT_SETTINGS, locked: [] } });
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (msg: Record<string, unknown>) => {
    seen.push(msg);
    const answer = { 'settings/get': settings, ...answers }[msg.type as string];
    return answer ? answer(msg) : { ok: true, data: null };
  }) as never);
  return {
    posted,
    seen,
    push: (state: PanelState) => act(() => listeners.forEach((l) => l({ type: 'state', state }))),
  };
}

const ukgState = (over: Partial<PanelInputs> = {}) =>
  buildPanelState({ guide: GUIDES['ukg-pro'], page: null, progress: EMPTY_PROGRESS, values: {}, expiresAt: null, ...over });

describe('the guide in the side panel', () => {
  it('the browser’s own panel (no tab) shows no guide, only how to open one, and connects to nothing', () => {
    const w = worker();
    const root = show(<GuideView tabId={null} />);
    expect(root.textContent).toContain('Open the guide from your admin page');
    expect(root.querySelectorAll('button')).toHaveLength(0);
    expect(w.posted).toEqual([]);
  });

  it('asks for its tab’s state and says it is looking until the state comes', () => {
    const w = worker();
    const root = show(<GuideView tabId={7} />);
    expect(w.posted).toEqual([{ type: 'watch', tabId: 7 }]);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Looking at this page…');
    w.push(ukgState({ host: 'ew42.ultipro.com' }));
    expect(root.querySelector('h1')?.textContent).toBe(ukgState().guideTitle);
    expect(root.textContent).toContain('ew42.ultipro.com');
    expect(root.querySelector('#step-heading')).not.toBeNull();
  });

  it('on the step’s page: the capture asks the worker for that tab’s value, and says what went wrong', async () => {
    const w = worker({ 'capture/request': () => ({ ok: false, error: { code: 'not-found', message: 'No key on this page.' } }) });
    const root = show(<GuideView tabId={7} />);
    w.push(ukgState({ page: { pageId: 'service-accounts', available: ['customerApiKey'], checks: [], fixes: [], fillable: [] } }));
    click(root, 'Capture Customer API key');
    await settle();
    expect(w.seen).toContainEqual({ type: 'capture/request', value: 'customerApiKey', tabId: 7 });
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('No key on this page.');
  });

  it('with values held: Send, Clear and the hand-off to a colleague; the paste-in form is always there', () => {
    const w = worker();
    const root = show(<GuideView tabId={7} />);
    w.push(ukgState({ values: { customerApiKey: 'B7K2Q' }, expiresAt: Date.now() + 60_000 }));
    expect(buttonNames(root)).toEqual(expect.arrayContaining(['Send to Together', 'Clear captured keys']));
    expect(root.querySelector('#paste-form-toggle')).not.toBeNull();
    expect(root.textContent).toContain('Hand off to a colleague');
  });

  it('a finished guide ends on its final card; at Together the hand-over card is the whole step', () => {
    const w = worker();
    const root = show(<GuideView tabId={7} />);
    const finished = {
      ...EMPTY_PROGRESS,
      marks: Object.fromEntries(GUIDES['ukg-pro'].steps.map((s) => [s.id, 'done' as const])),
    };
    w.push(ukgState({ progress: finished }));
    expect(root.querySelector('.final')).not.toBeNull();
    expect(root.querySelector('#step-heading')).toBeNull();
  });

  it('at Together: the hand-over card, and a hand-off to open, not to seal', async () => {
    const w = worker({}, 'https://my.togetherplatform.com/settings?section=integrations');
    const root = show(<GuideView tabId={7} />);
    await settle();
    w.push(
      ukgState({
        onTogether: true,
        values: { customerApiKey: 'B7K2Q' },
        expiresAt: Date.now() + 60_000,
        relay: {
          waiting: false,
          message: 'Filled in Together.',
          done: false,
          awaitingSave: true,
          tabId: 7,
          startedAt: 0,
          filled: ['Customer API key'],
          left: [],
          warning: null,
          saveError: null,
          summary: [],
          savedAt: null,
        },
      }),
    );
    expect(root.querySelector('#step-heading')).toBeNull();
    expect(root.querySelector('.handover')).not.toBeNull();
    expect(root.textContent).toContain('Open a hand-off');
    expect(root.textContent).not.toContain('Hand off to a colleague');
  });

  it('resting ("not now"): says so and resumes on request', async () => {
    const w = worker();
    const root = show(<GuideView tabId={7} />);
    w.push(ukgState({ progress: { ...EMPTY_PROGRESS, resting: true } }));
    click(root, 'Resume the guide');
    await settle();
    expect(w.seen).toContainEqual({ type: 'guide/rest', system: 'ukg-pro', resting: false });
  });
});
