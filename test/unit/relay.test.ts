import { describe, expect, it, vi } from 'vitest';
import type { FillReport, ToContent } from '@/utils/protocol/messages';
import { relayToTogether, type RelayDeps, type TabInfo } from '@/utils/relay/relay';

const INTEGRATIONS = 'https://my.togetherplatform.com/settings?section=integrations';

/** A pretend browser with tabs that load instantly and a Together page that answers with `report`. */
function fakeDeps(opts: { tabs?: TabInfo[]; report?: FillReport | (() => FillReport); afterOpenUrl?: string } = {}) {
  const tabs = new Map<number, TabInfo>((opts.tabs ?? []).map((t) => [t.id, t]));
  const sent: ToContent[] = [];
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
    sendToTopFrame: async (_id, msg) => {
      sent.push(msg);
      const r = opts.report ?? { state: 'filled', filled: ['customerApiKey'], missing: [] };
      return typeof r === 'function' ? r() : r;
    },
    sleep: async () => undefined,
  };
  return { deps, tabs, sent };
}

describe('relayToTogether', () => {
  it('opens Together when no tab is open and sends the values to its top frame', async () => {
    const { deps, sent } = fakeDeps();
    await expect(relayToTogether(deps, 'ukg-pro', { customerApiKey: 'B7K2Q' })).resolves.toEqual({ filled: ['customerApiKey'] });
    expect(deps.openTab).toHaveBeenCalledWith(INTEGRATIONS);
    expect(sent).toEqual([{ type: 'together/fill', provider: 'ukg-pro', values: { customerApiKey: 'B7K2Q' } }]);
  });

  it('focuses an open integrations tab instead of opening another', async () => {
    const { deps } = fakeDeps({ tabs: [{ id: 5, url: INTEGRATIONS, status: 'complete', windowId: 1 }] });
    await relayToTogether(deps, 'ukg-pro', { customerApiKey: 'B7K2Q' });
    expect(deps.openTab).not.toHaveBeenCalled();
    expect(deps.focusTab).toHaveBeenCalledWith(expect.objectContaining({ id: 5 }));
  });

  it('brings an open settings tab on another section to the integrations section', async () => {
    const { deps } = fakeDeps({ tabs: [{ id: 5, url: 'https://my.togetherplatform.com/settings?section=profile', status: 'complete' }] });
    await relayToTogether(deps, 'ukg-pro', { customerApiKey: 'B7K2Q' });
    expect(deps.focusTab).toHaveBeenCalledWith(expect.objectContaining({ id: 5 }), INTEGRATIONS);
  });

  it('refuses to send when nothing is captured (expired)', async () => {
    const { deps, sent } = fakeDeps();
    await expect(relayToTogether(deps, 'ukg-pro', {})).rejects.toMatchObject({ code: 'expired' });
    expect(sent).toEqual([]);
  });

  it('does not send values when Together redirects to its sign-in page', async () => {
    const { deps, sent } = fakeDeps({ afterOpenUrl: 'https://my.togetherplatform.com/login?next=%2Fsettings' });
    await expect(relayToTogether(deps, 'ukg-pro', { customerApiKey: 'B7K2Q' })).rejects.toMatchObject({ code: 'together-login' });
    expect(sent).toEqual([]);
  });

  it('reports a closed tab', async () => {
    const { deps, tabs } = fakeDeps();
    deps.getTab = async () => null;
    await expect(relayToTogether(deps, 'ukg-pro', { customerApiKey: 'B7K2Q' })).rejects.toMatchObject({ code: 'together-closed' });
    expect(tabs.size).toBe(1);
  });

  it.each([
    [{ state: 'login', filled: [], missing: ['customerApiKey'] }, 'together-login'],
    [{ state: 'no-form', filled: [], missing: ['customerApiKey'] }, 'together-no-form'],
    [{ state: 'filled', filled: ['customerApiKey'], missing: ['password'] }, 'together-no-form'],
  ] as const)('turns the page’s report %j into %s', async (report, code) => {
    const { deps } = fakeDeps({ report: report as unknown as FillReport });
    await expect(relayToTogether(deps, 'ukg-pro', { customerApiKey: 'B7K2Q', password: 'x' })).rejects.toMatchObject({ code });
  });

  it('retries while the content script is not yet listening, then gives up with a clear message', async () => {
    const { deps } = fakeDeps();
    let calls = 0;
    deps.sendToTopFrame = async () => {
      calls++;
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    await expect(relayToTogether(deps, 'ukg-pro', { customerApiKey: 'B7K2Q' })).rejects.toMatchObject({ code: 'timeout' });
    expect(calls).toBeGreaterThan(10);
  });
});
