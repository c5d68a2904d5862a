import { describe, expect, it, vi } from 'vitest';
import { ProtocolError } from '@/utils/contracts/envelope';
import { EMPTY_PROGRESS } from '@/utils/contracts/guide';
import type { PageReport } from '@/utils/guides/panel-state';
import { GUIDES } from '@/utils/guides/registry';
import type { Request } from '@/utils/protocol/messages';
import type { SenderClass } from '@/utils/protocol/sender';
import { effectiveSettings } from '@/utils/settings/settings';
import type { SiteId } from '@/utils/systems/sites';
import type { TabPage } from '../tab-pages';
import { adminHandlers, type AdminDeps } from './admin';
import { guideHandlers } from './guide';
import { pageHandlers, type PageDeps } from './pages';
import { saveHandlers, type SaveDeps } from './saves';
import { createSavedAccounts } from '../saved-accounts';
import { panelHandlers } from './panel';
import { relayHandlers, type RelayHandlerDeps } from './relay';
import { valueHandlers, type ValueDeps } from './values';

/**
 * Each handler topic against fakes of the dependency interface it declares: no browser, no worker,
 * no storage. (The whole worker, through the router and the fake browser: utils/background/worker.test.ts.)
 */
const content = (site: SiteId, tabId = 7): SenderClass => ({
  kind: 'content-script',
  site,
  tabId,
  topFrame: true,
  url: new URL(site === 'ukg-pro' ? 'https://ew42.ultipro.com/x' : 'https://acme.deltekfirst.com/Acme/app/'),
});
const panel: SenderClass = { kind: 'extension-page', tabId: null, framed: false };
const report = (over: Partial<PageReport> = {}): PageReport => ({
  pageId: null,
  available: [],
  checks: [],
  fixes: [],
  fillable: [],
  ...over,
});
const settings =
  (values = {}) =>
  async () =>
    effectiveSettings(values, {});
const msg = <M extends Request>(m: M) => m;

function pageDeps(tab: TabPage | null = null): PageDeps & { recorded: unknown[]; kept: unknown[] } {
  const recorded: unknown[] = [];
  const kept: unknown[] = [];
  return {
    recorded,
    kept,
    vault: { from: async () => ({ clientId: 'cid', clientSecret: 'sec', customerApiKey: 'UKGKEY' }) },
    tabPages: { get: async () => tab, set: vi.fn(async () => undefined) },
    decoys: { remember: vi.fn(async () => undefined) },
    recordEvidence: async (site, change) => void recorded.push([site, change]),
    keepValues: async (site, values, origin) => (kept.push([site, values, origin]), []),
    refresh: async () => undefined,
    tabOf: (from, m) => (from.kind === 'content-script' ? from.tabId : (m.tabId ?? null)),
    askTopFrame: (async (_tab: number, m: { type: string }) =>
      m.type === 'to-page/fill' ? { filled: ['clientId', 'clientSecret', 'customerApiKey'] } : null) as PageDeps['askTopFrame'],
    sendToTopFrame: vi.fn(async () => null),
    settings: settings(),
  };
}

function saveDeps(held: Record<string, string> = {}): SaveDeps & { recorded: unknown[]; kept: unknown[] } {
  const recorded: unknown[] = [];
  const kept: unknown[] = [];
  return {
    recorded,
    kept,
    vault: { all: async () => held },
    savedAccounts: createSavedAccounts(),
    recordEvidence: async (site, change) => void recorded.push([site, change]),
    keepValues: async (site, values, origin) => (kept.push([site, values, origin]), []),
    refresh: async () => undefined,
  };
}

describe('page handlers', () => {
  it('a Save records only the events and keeps only the values its sender’s system declares', async () => {
    const deps = saveDeps();
    const h = saveHandlers(deps);
    await h['page/form-saved'](
      msg({
        type: 'page/form-saved',
        values: { username: 'svc', password: 'pw', clientSecret: 'x' },
        events: ['account-saved', 'rights-ok'],
      }),
      content('ukg-pro'),
    );
    expect(deps.recorded).toEqual([['ukg-pro', { events: ['account-saved', 'rights-ok'] }]]);
    expect(deps.kept).toEqual([['ukg-pro', { username: 'svc', password: 'pw' }, 'https://ew42.ultipro.com']]);
    // Vantagepoint declares no Save events and no user name: nothing of UKG's rides in.
    const vp = saveDeps();
    await saveHandlers(vp)['page/form-saved'](
      msg({ type: 'page/form-saved', values: { username: 'svc' }, events: ['rights-ok'] }),
      content('vantagepoint'),
    );
    expect(vp.recorded).toEqual([['vantagepoint', { events: [] }]]);
    expect(vp.kept).toEqual([['vantagepoint', {}, 'https://acme.deltekfirst.com']]);
  });

  it('attack R4-1: a Save never replaces kept values; the admin’s "use it" keeps it, with its events', async () => {
    const deps = saveDeps({ username: 'TogetherIntegration', password: 'real' });
    const h = saveHandlers(deps);
    await h['page/form-saved'](
      msg({ type: 'page/form-saved', values: { username: 'Planted', password: 'fake' }, events: ['account-saved', 'rights-ok'] }),
      content('ukg-pro'),
    );
    expect(deps.kept).toEqual([]);
    expect(deps.recorded).toEqual([]);
    expect(deps.savedAccounts.hostOf('ukg-pro')).toBe('ew42.ultipro.com');
    // The same account saved again (kept values unchanged) is no replacement.
    await h['page/form-saved'](
      msg({ type: 'page/form-saved', values: { username: 'TogetherIntegration' }, events: ['account-saved'] }),
      content('ukg-pro'),
    );
    expect(deps.kept).toHaveLength(1);
    // "Keep mine": the offer goes; "Use it": kept, events recorded.
    await h['form/use-saved'](msg({ type: 'form/use-saved', system: 'ukg-pro', use: false }), panel);
    expect(deps.savedAccounts.hostOf('ukg-pro')).toBeNull();
    expect(deps.kept).toHaveLength(1);
    await h['page/form-saved'](
      msg({ type: 'page/form-saved', values: { username: 'Planted', password: 'fake' }, events: ['account-saved'] }),
      content('ukg-pro'),
    );
    await h['form/use-saved'](msg({ type: 'form/use-saved', system: 'ukg-pro', use: true }), panel);
    expect(deps.kept.at(-1)).toEqual(['ukg-pro', { username: 'Planted', password: 'fake' }, 'https://ew42.ultipro.com']);
    expect(deps.recorded.at(-1)).toEqual(['ukg-pro', { events: ['account-saved'] }]);
  });

  it('a report finishes the steps its system’s checks finish', async () => {
    const deps = pageDeps();
    const ok = (field: string) => ({ field, level: 'ok' as const, message: '' });
    await pageHandlers(deps)['page/detected'](
      msg({ type: 'page/detected', pageId: 'roles', available: [], fillable: [], checks: [ok('role-access')], fixes: [] }),
      content('vantagepoint'),
    );
    expect(deps.recorded).toEqual([['vantagepoint', { visited: 'roles', events: ['role-ok'] }]]);
  });

  it('a page fill sends only the site’s own values and records the system’s fill event', async () => {
    const deps = pageDeps({
      site: 'vantagepoint',
      origin: 'https://acme.deltekfirst.com',
      report: report({ fillable: ['clientId', 'clientSecret', 'customerApiKey'] }),
    });
    const ask = vi.spyOn(deps, 'askTopFrame');
    expect(await pageHandlers(deps)['form/fill'](msg({ type: 'form/fill', tabId: 7 }), panel)).toEqual({
      filled: ['clientId', 'clientSecret'],
    });
    expect(ask).toHaveBeenCalledWith(7, { type: 'to-page/fill', values: { clientId: 'cid', clientSecret: 'sec' } });
    expect(deps.recorded).toEqual([['vantagepoint', { events: ['connect-filled'] }]]);
  });

  it('a capture of a value the page does not offer is refused with a reason', async () => {
    const deps = pageDeps({ site: 'ukg-pro', origin: 'https://ew42.ultipro.com', report: report({ available: ['customerApiKey'] }) });
    await expect(
      pageHandlers(deps)['capture/request'](msg({ type: 'capture/request', value: 'userApiKey', tabId: 7 }), panel),
    ).rejects.toMatchObject({ code: 'page-unavailable' });
    expect(deps.kept).toEqual([]);
  });

  it('remembers a decoy’s hash under the page’s own origin, only for a value its system declares a decoy of', async () => {
    const deps = pageDeps();
    await pageHandlers(deps)['page/decoy'](msg({ type: 'page/decoy', value: 'userApiKey', sha256: 'a'.repeat(64) }), content('ukg-pro'));
    expect(deps.decoys.remember).toHaveBeenCalledWith('https://ew42.ultipro.com', 'userApiKey', 'a'.repeat(64));
    await pageHandlers(deps)['page/decoy'](
      msg({ type: 'page/decoy', value: 'customerApiKey', sha256: 'b'.repeat(64) }),
      content('ukg-pro'),
    );
    expect(deps.decoys.remember).toHaveBeenCalledTimes(1);
  });
});

describe('value handlers', () => {
  const deps = (over: Partial<ValueDeps> = {}): ValueDeps => ({
    vault: { all: async () => ({}), extend: async () => true, clear: vi.fn(async () => undefined) },
    tabPages: { get: async () => null },
    clipboard: { copied: vi.fn(async () => undefined), clearIfPending: vi.fn(async () => undefined) },
    keepValues: async () => [],
    refresh: async () => undefined,
    tabOf: () => null,
    settings: settings(),
    ...over,
  });

  it('says which pasted values were refused, and why', async () => {
    const h = valueHandlers(deps({ keepValues: async () => ['Too short.'] }));
    await expect(h['vault/put'](msg({ type: 'vault/put', values: { customerApiKey: 'B' } }), panel)).rejects.toEqual(
      new ProtocolError('invalid-value', 'Too short.'),
    );
  });

  it('a value gone is an `expired` error; clearing also empties a pending clipboard', async () => {
    const d = deps();
    const h = valueHandlers(d);
    await expect(h['vault/reveal'](msg({ type: 'vault/reveal', value: 'password' }), panel)).rejects.toMatchObject({ code: 'expired' });
    await h['vault/clear'](msg({ type: 'vault/clear' }), panel);
    expect(d.vault.clear).toHaveBeenCalled();
    expect(d.clipboard.clearIfPending).toHaveBeenCalled();
  });
});

describe('admin handlers', () => {
  const deps = (over: Partial<AdminDeps> = {}): AdminDeps => ({
    settings: settings(),
    saveSettings: vi.fn(async () => undefined),
    changeLanguage: vi.fn(async () => undefined),
    currentLanguage: async () => ({ lang: null, messages: null }) as never,
    refresh: async () => undefined,
    progress: { records: async () => [], reset: vi.fn(async () => undefined) },
    onPrem: { list: async () => [], add: async (_s, o) => [o], remove: async () => [] },
    originsChanged: vi.fn(),
    relay: { forget: vi.fn(async () => undefined) },
    ...over,
  });

  it('refuses a setting the organisation locked, and stores the admin’s others', async () => {
    const locked = deps({ settings: async () => effectiveSettings({}, { ttlMinutes: 5 }) });
    await expect(adminHandlers(locked)['settings/set'](msg({ type: 'settings/set', ttlMinutes: 3 }), panel)).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(locked.saveSettings).not.toHaveBeenCalled();
    const free = deps();
    await adminHandlers(free)['settings/set'](msg({ type: 'settings/set', language: 'fr' }), panel);
    expect(free.saveSettings).toHaveBeenCalledWith({ language: 'fr' });
    expect(free.changeLanguage).toHaveBeenCalled();
  });

  it('adds only an allowed host, and classifies senders by the new list', async () => {
    const d = deps({ settings: async () => effectiveSettings({}, { vantagepointOrigins: ['https://vp.acme.com'] }) });
    const h = adminHandlers(d);
    await expect(
      h['hosts/add'](msg({ type: 'hosts/add', system: 'vantagepoint', origin: 'https://vp.other.com' }), panel),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(await h['hosts/add'](msg({ type: 'hosts/add', system: 'vantagepoint', origin: 'https://vp.acme.com' }), panel)).toEqual([
      'https://vp.acme.com',
    ]);
    expect(d.originsChanged).toHaveBeenCalled();
  });
});

describe('guide, panel and relay handlers', () => {
  it('stores a mark only for a step of that guide', async () => {
    let progress = EMPTY_PROGRESS;
    const update = vi.fn(async (_g: string, change: (p: typeof EMPTY_PROGRESS) => typeof EMPTY_PROGRESS) => (progress = change(progress)));
    const h = guideHandlers({ progress: { update }, refresh: async () => undefined });
    await h['step/mark'](msg({ type: 'step/mark', system: 'vantagepoint', step: 'not-a-step', mark: 'done' }), panel);
    expect(update).not.toHaveBeenCalled();
    await h['step/mark'](msg({ type: 'step/mark', system: 'vantagepoint', step: GUIDES.vantagepoint.steps[1]!.id, mark: 'done' }), panel);
    expect(progress.marks).toEqual({ [GUIDES.vantagepoint.steps[1]!.id]: 'done' });
  });

  it('the launcher’s click opens the side panel, or says to use the toolbar', () => {
    expect(
      panelHandlers({ sidePanel: { openFor: () => true } })['page/open-panel'](msg({ type: 'page/open-panel' }), content('ukg-pro')),
    ).toBeNull();
    expect(() =>
      panelHandlers({ sidePanel: { openFor: () => false } })['page/open-panel'](msg({ type: 'page/open-panel' }), content('ukg-pro')),
    ).toThrow(ProtocolError);
  });

  it('"Go to Together" focuses its settings tab, or opens one', async () => {
    const deps: RelayHandlerDeps = {
      relay: { start: vi.fn(), pageState: vi.fn(), armedFor: vi.fn(), saveSeen: vi.fn(), confirmSaved: vi.fn() },
      togetherTabs: {
        findTogetherTabs: async () => [],
        focusTab: vi.fn(async () => undefined),
        openTab: vi.fn(async (url: string) => ({ id: 9, url })),
      },
      defaultGuide: async () => GUIDES['ukg-pro'],
    };
    await relayHandlers(deps)['relay/focus-together'](msg({ type: 'relay/focus-together' }), panel);
    expect(deps.togetherTabs.openTab).toHaveBeenCalledWith('https://my.togetherplatform.com/settings?section=integrations');
    await relayHandlers(deps)['relay/send'](msg({ type: 'relay/send' }), panel);
    expect(deps.relay.start).toHaveBeenCalledWith('ukg-pro');
  });
});
