import { describe, expect, it, vi } from 'vitest';
import type { FillReport, ToContent } from '@/utils/protocol/messages';
import { createRelay, type RelayDeps, type TabInfo } from '@/utils/relay/relay';
import type { ValueName } from '@/utils/contracts/values';

const INTEGRATIONS = 'https://my.togetherplatform.com/settings?section=integrations';
const LOGIN = 'https://my.togetherplatform.com/login?organizationId=42';

/**
 * A pretend browser: tabs load at once, Together's page answers fills with `report`, and the
 * relay's "answer the click within 15 s" wait ends only when the test says so (`timeUp`).
 */
/** storage.session as the relay sees it: survives a new relay (a restarted worker) made over it. */
export function fakeStore() {
  let kept: unknown;
  return {
    getValue: async () => (kept === undefined ? undefined : JSON.parse(JSON.stringify(kept))),
    setValue: async (v: unknown) => void (kept = v === null ? undefined : v),
    removeValue: async () => void (kept = undefined),
    peek: () => kept,
  };
}

function fakeRelay(
  opts: {
    tabs?: TabInfo[];
    report?: FillReport;
    afterOpenUrl?: string;
    values?: Partial<Record<ValueName, string>>;
    store?: ReturnType<typeof fakeStore>;
    now?: () => number;
  } = {},
) {
  const tabs = new Map<number, TabInfo>((opts.tabs ?? []).map((t) => [t.id, t]));
  const sent: ToContent[] = [];
  let values: Partial<Record<ValueName, string>> = opts.values ?? { customerApiKey: 'B7K2Q' };
  let timeUp!: () => void;
  const clock = new Promise<void>((r) => (timeUp = r));
  const deps: RelayDeps = {
    findTogetherTabs: async () => [...tabs.values()].filter((t) => t.url?.startsWith('https://my.togetherplatform.com/settings')),
    openTab: vi.fn(async (url: string) => {
      const tab = { id: 100, url: opts.afterOpenUrl ?? url, status: 'complete' };
      tabs.set(tab.id, tab);
      return tab;
    }),
    focusTab: vi.fn(async (tab: TabInfo, url?: string) => {
      if (url) tabs.set(tab.id, { ...tab, url, status: 'complete' });
    }),
    getTab: async (id) => tabs.get(id) ?? null,
    askTopFrame: (async (_id: number, msg: ToContent) => {
      sent.push(msg);
      return msg.type === 'to-together/fill' ? (opts.report ?? { state: 'filled', filled: Object.keys(msg.values), missing: [] }) : null;
    }) as RelayDeps['askTopFrame'],
    sleep: () => clock,
    store: opts.store ?? fakeStore(),
    wakeAt: vi.fn(),
    bindPanel: vi.fn(),
    now: opts.now,
  };
  /** The fills Together's page answered (the relay itself forgets nothing when it fills). */
  const filled = vi.fn();
  const ask = deps.askTopFrame;
  deps.askTopFrame = (async (id: number, msg: ToContent) => {
    const answer = await ask(id, msg);
    if (msg.type === 'to-together/fill') filled(answer);
    return answer;
  }) as RelayDeps['askTopFrame'];
  const saved = vi.fn(async (_system: string, names: ValueName[]) => {
    values = {};
    return names.map((name) => ({ name, host: 'ew42.ultipro.com' }));
  });
  const relay = createRelay(deps, { values: async () => values, saved, changed: () => undefined });
  return { relay, deps, tabs, sent, filled, saved, timeUp, values: () => values, setValues: (v: typeof values) => (values = v) };
}

const fills = (sent: ToContent[]) => sent.filter((m) => m.type === 'to-together/fill');

describe('Send to Together (the fill job)', () => {
  it('opens Together, arms its page, and sends the values only once the page shows the form', async () => {
    const { relay, deps, sent, filled } = fakeRelay();
    const done = relay.start('ukg-pro');
    await vi.waitFor(() => expect(sent).toContainEqual({ type: 'to-together/arm', system: 'ukg-pro' }));
    expect(deps.openTab).toHaveBeenCalledWith(INTEGRATIONS);
    await relay.pageState(100, new URL(INTEGRATIONS), 'booting');
    await relay.pageState(100, new URL(INTEGRATIONS), 'choosing');
    expect(fills(sent)).toEqual([]);
    await relay.pageState(100, new URL(INTEGRATIONS), 'form');
    await expect(done).resolves.toEqual({ filled: ['customerApiKey'], waiting: null });
    expect(fills(sent)).toEqual([{ type: 'to-together/fill', system: 'ukg-pro', values: { customerApiKey: 'B7K2Q' } }]);
    expect(filled).toHaveBeenCalledTimes(1);
    // The guide was bound to Together's tab before it came to the front.
    expect(deps.bindPanel).toHaveBeenCalledWith(100);
  });

  it('focuses an open integrations tab, or brings a settings tab to the integrations section', async () => {
    const a = fakeRelay({ tabs: [{ id: 5, url: INTEGRATIONS, status: 'complete', windowId: 1 }] });
    void a.relay.start('ukg-pro');
    await vi.waitFor(() => expect(a.deps.focusTab).toHaveBeenCalledWith(expect.objectContaining({ id: 5 })));
    expect(a.deps.openTab).not.toHaveBeenCalled();
    const b = fakeRelay({ tabs: [{ id: 6, url: 'https://my.togetherplatform.com/settings?section=profile', status: 'complete' }] });
    void b.relay.start('ukg-pro');
    await vi.waitFor(() => expect(b.deps.focusTab).toHaveBeenCalledWith(expect.objectContaining({ id: 6 }), INTEGRATIONS));
  });

  it('refuses to start when nothing is captured (expired)', async () => {
    const { relay, sent } = fakeRelay({ values: {} });
    await expect(relay.start('ukg-pro')).rejects.toMatchObject({ code: 'expired' });
    expect(sent).toEqual([]);
  });

  it('waits through Together’s sign-in: says so, sends nothing, and fills after the admin is back', async () => {
    const { relay, deps, sent, filled } = fakeRelay({ afterOpenUrl: LOGIN });
    const answer = await relay.start('ukg-pro');
    expect(answer.filled).toEqual([]);
    expect(answer.waiting).toMatch(/^Sign in to Together\./);
    expect(await relay.view('ukg-pro')).toMatchObject({ waiting: true, message: expect.stringMatching(/^Sign in to Together/) });
    expect(fills(sent)).toEqual([]);
    // Signed in, Together lands on its home page: the job takes the tab to the form.
    await relay.tabUpdated(100, 'https://my.togetherplatform.com/');
    expect(deps.focusTab).toHaveBeenLastCalledWith({ id: 100 }, INTEGRATIONS);
    await relay.tabUpdated(100, INTEGRATIONS);
    await relay.pageState(100, new URL(INTEGRATIONS), 'form');
    await vi.waitFor(() => expect(filled).toHaveBeenCalled());
    expect(await relay.view('ukg-pro')).toMatchObject({
      waiting: false,
      done: false,
      awaitingSave: true,
      message: expect.stringMatching(/^Sent to Together: 1 value filled/),
    });
  });

  it('keeps a sign-in the page reported when the tab then finishes loading at the same address', async () => {
    // Together may show its sign-in form at /settings itself; tabs.onUpdated(status: complete) for
    // that same address can arrive after the page's report and must not turn it back into "loading".
    const { relay, sent, timeUp } = fakeRelay();
    const answer = relay.start('ukg-pro');
    await vi.waitFor(() => expect(sent).toContainEqual({ type: 'to-together/arm', system: 'ukg-pro' }));
    await relay.pageState(100, new URL(INTEGRATIONS), 'login');
    await relay.tabUpdated(100, INTEGRATIONS);
    expect(await relay.view('ukg-pro')).toMatchObject({ waiting: true, message: expect.stringMatching(/^Sign in to Together/) });
    timeUp();
    await expect(answer).resolves.toMatchObject({ waiting: expect.stringMatching(/^Sign in to Together/) });
    // A real move away and back is still a new page load.
    await relay.tabUpdated(100, LOGIN);
    await relay.tabUpdated(100, INTEGRATIONS);
    expect(await relay.view('ukg-pro')).toMatchObject({ message: expect.stringMatching(/^Waiting for Together to load/) });
  });

  it('ignores a page report sent just before the tab went to the sign-in page', async () => {
    // Together's app moves to /login (history.replaceState, then a load of the same address); the
    // app's last report from /settings arrives after that and must not turn it back into "loading".
    const { relay, sent } = fakeRelay();
    void relay.start('ukg-pro');
    await vi.waitFor(() => expect(sent).toContainEqual({ type: 'to-together/arm', system: 'ukg-pro' }));
    await relay.tabUpdated(100, LOGIN);
    await relay.pageState(100, new URL(INTEGRATIONS), 'booting');
    await relay.tabUpdated(100, LOGIN);
    expect(await relay.view('ukg-pro')).toMatchObject({ waiting: true, message: expect.stringMatching(/^Sign in to Together/) });
  });

  it('asks the admin to open the form when Together shows none, and stays armed', async () => {
    const { relay, sent, filled } = fakeRelay();
    const answer = relay.start('ukg-pro');
    await vi.waitFor(() => expect(sent.length).toBeGreaterThan(0));
    await relay.pageState(100, new URL(INTEGRATIONS), 'open-form');
    expect((await answer).waiting).toMatch(/^Open the UKG Pro form in Together/);
    await relay.pageState(100, new URL(INTEGRATIONS), 'form');
    await vi.waitFor(() => expect(filled).toHaveBeenCalled());
  });

  it('answers the click after 15 s of booting, and still fills when the form comes', async () => {
    const { relay, sent, filled, timeUp } = fakeRelay();
    const answer = relay.start('ukg-pro');
    await vi.waitFor(() => expect(sent.length).toBeGreaterThan(0));
    await relay.pageState(100, new URL(INTEGRATIONS), 'booting');
    timeUp();
    expect((await answer).waiting).toMatch(/^Waiting for Together to load/);
    await relay.pageState(100, new URL(INTEGRATIONS), 'form');
    await vi.waitFor(() => expect(filled).toHaveBeenCalled());
  });

  it('ignores reports from other tabs and from pages that are not the integrations page', async () => {
    const { relay, sent } = fakeRelay();
    void relay.start('ukg-pro');
    await vi.waitFor(() => expect(sent.length).toBeGreaterThan(0));
    await relay.pageState(7, new URL(INTEGRATIONS), 'form');
    await relay.pageState(100, new URL('https://my.togetherplatform.com/settings?section=profile'), 'form');
    await new Promise((r) => setTimeout(r, 20));
    expect(fills(sent)).toEqual([]);
  });

  it('reports a closed tab, and values that expire while it waits', async () => {
    const a = fakeRelay();
    const closed = a.relay.start('ukg-pro');
    await vi.waitFor(() => expect(a.sent.length).toBeGreaterThan(0));
    await a.relay.tabRemoved(100);
    await expect(closed).rejects.toMatchObject({ code: 'together-closed' });

    const b = fakeRelay({ afterOpenUrl: LOGIN });
    await b.relay.start('ukg-pro');
    b.setValues({});
    await b.relay.valuesChanged();
    expect(await b.relay.view('ukg-pro')).toMatchObject({ waiting: false, message: expect.stringMatching(/expired or were cleared/) });
    expect(b.sent).toContainEqual({ type: 'to-together/disarm' });
    expect(await b.relay.armedFor(100)).toBeNull();
  });

  it('after a partial fill: keeps every value, and says what was left empty and why', async () => {
    const { relay, sent, values } = fakeRelay({
      report: { state: 'filled', filled: ['customerApiKey'], missing: ['password'] },
      values: { customerApiKey: 'B7K2Q', password: 'x' },
    });
    const answer = relay.start('ukg-pro');
    await vi.waitFor(() => expect(sent.length).toBeGreaterThan(0));
    await relay.pageState(100, new URL(INTEGRATIONS), 'form');
    await expect(answer).resolves.toEqual({ filled: ['customerApiKey'], waiting: null });
    expect(values()).toEqual({ customerApiKey: 'B7K2Q', password: 'x' });
    const view = await relay.view('ukg-pro');
    expect(view).toMatchObject({
      awaitingSave: true,
      filled: ['Customer API key'],
      warning: expect.stringContaining('Together’s form has no field for: Password'),
    });
    expect(view!.left).toEqual(expect.arrayContaining(['Password: Together’s form has no field for it', 'User API key: not captured yet']));
  });

  it('fails, keeping everything, when the form took none of the values', async () => {
    const { relay, sent, values } = fakeRelay({ report: { state: 'filled', filled: [], missing: ['customerApiKey'] } });
    const answer = relay.start('ukg-pro');
    await vi.waitFor(() => expect(sent.length).toBeGreaterThan(0));
    await relay.pageState(100, new URL(INTEGRATIONS), 'form');
    await expect(answer).rejects.toMatchObject({ code: 'together-no-form', message: expect.stringContaining('Customer API key') });
    expect(values()).toEqual({ customerApiKey: 'B7K2Q' });
  });
});

describe('after the fill: Together’s Save closes the loop', () => {
  async function filledJob(opts: Parameters<typeof fakeRelay>[0] = {}) {
    const f = fakeRelay(opts);
    const answer = f.relay.start('ukg-pro');
    await vi.waitFor(() => expect(f.sent.length).toBeGreaterThan(0));
    await f.relay.pageState(100, new URL(INTEGRATIONS), 'form');
    await answer;
    return f;
  }

  it('keeps the values after the fill until Together’s Save is seen to succeed, then gives a summary', async () => {
    const { relay, saved, values } = await filledJob();
    expect(values()).toEqual({ customerApiKey: 'B7K2Q' });
    expect(saved).not.toHaveBeenCalled();
    // Another page's report (a tab that is not the job's) changes nothing.
    await relay.saveSeen(7, new URL(INTEGRATIONS), 'saved', 'Saved');
    expect(saved).not.toHaveBeenCalled();
    await relay.saveSeen(100, new URL(INTEGRATIONS), 'saved', 'Integration saved');
    expect(saved).toHaveBeenCalledWith('ukg-pro', ['customerApiKey']);
    expect(values()).toEqual({});
    expect(await relay.view('ukg-pro')).toMatchObject({
      done: true,
      awaitingSave: false,
      summary: ['Customer API key, captured on ew42.ultipro.com'],
    });
  });

  it('on Together’s error keeps the values and says what Together said; a second Save can still succeed', async () => {
    const { relay, saved, values } = await filledJob();
    await relay.saveSeen(100, new URL(INTEGRATIONS), 'error', 'Invalid Customer API key');
    expect(saved).not.toHaveBeenCalled();
    expect(values()).toEqual({ customerApiKey: 'B7K2Q' });
    expect(await relay.view('ukg-pro')).toMatchObject({
      awaitingSave: true,
      saveError: 'Invalid Customer API key',
      message: expect.stringContaining('“Invalid Customer API key”'),
    });
    await relay.saveSeen(100, new URL(INTEGRATIONS), 'saved', '');
    expect(saved).toHaveBeenCalledTimes(1);
  });

  it('takes the admin’s word ("I saved it in Together") only while a filled form waits', async () => {
    const waiting = fakeRelay({ afterOpenUrl: LOGIN });
    await waiting.relay.start('ukg-pro');
    await expect(waiting.relay.confirmSaved('ukg-pro')).rejects.toMatchObject({ code: 'page-unavailable' });
    const { relay, saved } = await filledJob();
    await expect(relay.confirmSaved('vantagepoint')).rejects.toBeInstanceOf(Error);
    await relay.confirmSaved('ukg-pro');
    expect(saved).toHaveBeenCalledWith('ukg-pro', ['customerApiKey']);
  });

  it('a closed Together tab or expiry before the Save keeps saying so (the values were never dropped by the fill)', async () => {
    const { relay, values } = await filledJob();
    await relay.tabRemoved(100);
    expect(values()).toEqual({ customerApiKey: 'B7K2Q' });
    expect(await relay.view('ukg-pro')).toBeNull(); // the click was answered by the fill itself: its end is the notice's
  });
});

describe('a Send survives the worker', () => {
  it('a new relay over the same storage takes up a job waiting on sign-in, and fills after it', async () => {
    const store = fakeStore();
    const first = fakeRelay({ afterOpenUrl: LOGIN, store });
    await first.relay.start('ukg-pro');
    expect(store.peek()).toMatchObject({ system: 'ukg-pro', tabId: 100, phase: 'login' });
    expect(JSON.stringify(store.peek())).not.toContain('B7K2Q'); // names and phases only, never a value

    // The worker stops; a new one starts with nothing in memory but storage.session.
    const second = fakeRelay({ store, tabs: [{ id: 100, url: LOGIN, status: 'complete' }] });
    expect(await second.relay.view('ukg-pro')).toMatchObject({ waiting: true, message: expect.stringMatching(/^Sign in to Together/) });
    await second.relay.tabUpdated(100, 'https://my.togetherplatform.com/');
    expect(second.deps.focusTab).toHaveBeenLastCalledWith({ id: 100 }, INTEGRATIONS);
    // The reloaded page asks whether a fill waits for it: yes, for UKG Pro.
    expect(await second.relay.armedFor(100)).toBe('ukg-pro');
    await second.relay.pageState(100, new URL(INTEGRATIONS), 'form');
    await vi.waitFor(() => expect(second.filled).toHaveBeenCalled());
    expect(await second.relay.view('ukg-pro')).toMatchObject({ awaitingSave: true });
  });

  it('ignores a malformed stored job', async () => {
    const store = fakeStore();
    await store.setValue({ system: 'not-a-system', tabId: 'x' });
    const { relay } = fakeRelay({ store });
    expect(await relay.armedFor(100)).toBeNull();
  });

  it('a job that can never finish ends with a message after a bounded time (the alarm)', async () => {
    let clock = 1_000_000;
    const f = fakeRelay({ afterOpenUrl: LOGIN, now: () => clock });
    await f.relay.start('ukg-pro');
    const deadline = (f.deps.wakeAt as ReturnType<typeof vi.fn>).mock.calls.at(-1)![0] as number;
    expect(deadline).toBe(1_000_000 + 20 * 60_000);
    await f.relay.wake(); // too early: nothing changes
    expect(await f.relay.armedFor(100)).toBe('ukg-pro');
    clock = deadline + 1;
    await f.relay.wake();
    expect(await f.relay.armedFor(100)).toBeNull();
    expect(await f.relay.view('ukg-pro')).toMatchObject({
      waiting: false,
      message: expect.stringMatching(/did not open within 20 minutes/),
    });
    expect(f.sent).toContainEqual({ type: 'to-together/disarm' });
  });
});
