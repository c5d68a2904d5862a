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
function fakeRelay(opts: { tabs?: TabInfo[]; report?: FillReport; afterOpenUrl?: string; values?: Partial<Record<ValueName, string>> } = {}) {
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
      return msg.type === 'together/fill' ? (opts.report ?? { state: 'filled', filled: Object.keys(msg.values), missing: [] }) : null;
    }) as RelayDeps['askTopFrame'],
    sleep: () => clock,
  };
  const filled = vi.fn(async () => {
    values = {};
  });
  const relay = createRelay(deps, { values: async () => values, filled, changed: () => undefined });
  return { relay, deps, tabs, sent, filled, timeUp, setValues: (v: typeof values) => (values = v) };
}

const fills = (sent: ToContent[]) => sent.filter((m) => m.type === 'together/fill');

describe('Send to Together (the fill job)', () => {
  it('opens Together, arms its page, and sends the values only once the page shows the form', async () => {
    const { relay, deps, sent, filled } = fakeRelay();
    const done = relay.start('ukg-pro');
    await vi.waitFor(() => expect(sent).toContainEqual({ type: 'together/arm', system: 'ukg-pro' }));
    expect(deps.openTab).toHaveBeenCalledWith(INTEGRATIONS);
    relay.pageState(100, new URL(INTEGRATIONS), 'booting');
    relay.pageState(100, new URL(INTEGRATIONS), 'choosing');
    expect(fills(sent)).toEqual([]);
    relay.pageState(100, new URL(INTEGRATIONS), 'form');
    await expect(done).resolves.toEqual({ filled: ['customerApiKey'], waiting: null });
    expect(fills(sent)).toEqual([{ type: 'together/fill', system: 'ukg-pro', values: { customerApiKey: 'B7K2Q' } }]);
    expect(filled).toHaveBeenCalledTimes(1);
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
    expect(relay.view('ukg-pro')).toMatchObject({ waiting: true, message: expect.stringMatching(/^Sign in to Together/) });
    expect(fills(sent)).toEqual([]);
    // Signed in, Together lands on its home page: the job takes the tab to the form.
    relay.tabUpdated(100, 'https://my.togetherplatform.com/');
    expect(deps.focusTab).toHaveBeenLastCalledWith({ id: 100 }, INTEGRATIONS);
    relay.tabUpdated(100, INTEGRATIONS);
    relay.pageState(100, new URL(INTEGRATIONS), 'form');
    await vi.waitFor(() => expect(filled).toHaveBeenCalled());
    expect(relay.view('ukg-pro')).toMatchObject({ waiting: false, done: true, message: expect.stringMatching(/^Sent to Together: 1 value filled/) });
  });

  it('keeps a sign-in the page reported when the tab then finishes loading at the same address', async () => {
    // Together may show its sign-in form at /settings itself; tabs.onUpdated(status: complete) for
    // that same address can arrive after the page's report and must not turn it back into "loading".
    const { relay, sent, timeUp } = fakeRelay();
    const answer = relay.start('ukg-pro');
    await vi.waitFor(() => expect(sent).toContainEqual({ type: 'together/arm', system: 'ukg-pro' }));
    relay.pageState(100, new URL(INTEGRATIONS), 'login');
    relay.tabUpdated(100, INTEGRATIONS);
    expect(relay.view('ukg-pro')).toMatchObject({ waiting: true, message: expect.stringMatching(/^Sign in to Together/) });
    timeUp();
    await expect(answer).resolves.toMatchObject({ waiting: expect.stringMatching(/^Sign in to Together/) });
    // A real move away and back is still a new page load.
    relay.tabUpdated(100, LOGIN);
    relay.tabUpdated(100, INTEGRATIONS);
    expect(relay.view('ukg-pro')).toMatchObject({ message: expect.stringMatching(/^Waiting for Together to load/) });
  });

  it('ignores a page report sent just before the tab went to the sign-in page', async () => {
    // Together's app moves to /login (history.replaceState, then a load of the same address); the
    // app's last report from /settings arrives after that and must not turn it back into "loading".
    const { relay, sent } = fakeRelay();
    void relay.start('ukg-pro');
    await vi.waitFor(() => expect(sent).toContainEqual({ type: 'together/arm', system: 'ukg-pro' }));
    relay.tabUpdated(100, LOGIN);
    relay.pageState(100, new URL(INTEGRATIONS), 'booting');
    relay.tabUpdated(100, LOGIN);
    expect(relay.view('ukg-pro')).toMatchObject({ waiting: true, message: expect.stringMatching(/^Sign in to Together/) });
  });

  it('asks the admin to open the form when Together shows none, and stays armed', async () => {
    const { relay, sent, filled } = fakeRelay();
    const answer = relay.start('ukg-pro');
    await vi.waitFor(() => expect(sent.length).toBeGreaterThan(0));
    relay.pageState(100, new URL(INTEGRATIONS), 'open-form');
    expect((await answer).waiting).toMatch(/^Open the UKG Pro form in Together/);
    relay.pageState(100, new URL(INTEGRATIONS), 'form');
    await vi.waitFor(() => expect(filled).toHaveBeenCalled());
  });

  it('answers the click after 15 s of booting, and still fills when the form comes', async () => {
    const { relay, sent, filled, timeUp } = fakeRelay();
    const answer = relay.start('ukg-pro');
    await vi.waitFor(() => expect(sent.length).toBeGreaterThan(0));
    relay.pageState(100, new URL(INTEGRATIONS), 'booting');
    timeUp();
    expect((await answer).waiting).toMatch(/^Waiting for Together to load/);
    relay.pageState(100, new URL(INTEGRATIONS), 'form');
    await vi.waitFor(() => expect(filled).toHaveBeenCalled());
  });

  it('ignores reports from other tabs and from pages that are not the integrations page', async () => {
    const { relay, sent } = fakeRelay();
    void relay.start('ukg-pro');
    await vi.waitFor(() => expect(sent.length).toBeGreaterThan(0));
    relay.pageState(7, new URL(INTEGRATIONS), 'form');
    relay.pageState(100, new URL('https://my.togetherplatform.com/settings?section=profile'), 'form');
    await new Promise((r) => setTimeout(r, 20));
    expect(fills(sent)).toEqual([]);
  });

  it('reports a closed tab, and values that expire while it waits', async () => {
    const a = fakeRelay();
    const closed = a.relay.start('ukg-pro');
    await vi.waitFor(() => expect(a.sent.length).toBeGreaterThan(0));
    a.relay.tabRemoved(100);
    await expect(closed).rejects.toMatchObject({ code: 'together-closed' });

    const b = fakeRelay({ afterOpenUrl: LOGIN });
    await b.relay.start('ukg-pro');
    b.setValues({});
    await b.relay.valuesChanged();
    expect(b.relay.view('ukg-pro')).toMatchObject({ waiting: false, message: expect.stringMatching(/expired or were cleared/) });
    expect(b.sent).toContainEqual({ type: 'together/disarm' });
    expect(b.relay.armedFor(100)).toBeNull();
  });

  it('keeps the values and names the missing fields after a partial fill', async () => {
    const { relay, sent, filled } = fakeRelay({ report: { state: 'filled', filled: ['customerApiKey'], missing: ['password'] }, values: { customerApiKey: 'B7K2Q', password: 'x' } });
    const answer = relay.start('ukg-pro');
    await vi.waitFor(() => expect(sent.length).toBeGreaterThan(0));
    relay.pageState(100, new URL(INTEGRATIONS), 'form');
    await expect(answer).rejects.toMatchObject({ code: 'together-no-form', message: expect.stringContaining('Password') });
    expect(filled).not.toHaveBeenCalled();
  });
});
