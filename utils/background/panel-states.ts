import { warn, type CheckResult } from '../contracts/check';
import type { ValueName } from '../contracts/values';
import { fingerprint } from '../crypto/sha256';
import { pageGuide } from '../guides/page-guide';
import { buildPanelState, withExcluded, type PageReport } from '../guides/panel-state';
import type { PanelState, RelayView } from '../guides/panel-view';
import { GUIDES, guideForSite, guideList, type KnownGuide } from '../guides/registry';
import { SYSTEMS } from '../systems/registry';
import { TOGETHER_ORIGIN } from '../together/site';
import { t, type MessageKey } from '../i18n/i18n';
import type { ToPanel } from '../protocol/messages';
import { excludedValues, lifetimeOf, type Settings } from '../settings/settings';
import type { SystemId } from '../systems/catalog';
import type { Vault } from '../vault/vault';
import type { ReadSettings, Refresh, SendToTopFrame } from './deps';
import type { ProgressStore } from './progress';
import type { TabPages } from './tab-pages';
import type { Toolbar } from './toolbar';
import type { Decoys } from './decoys';
import type { SavedAccounts } from './saved-accounts';

/** An open side panel's end of its port. */
export interface PanelPort {
  postMessage(message: ToPanel): void;
}

/** What building and pushing the guide's state needs. */
export interface PanelStateDeps {
  vault: Pick<Vault, 'all' | 'from' | 'origins' | 'expiresAt' | 'holdEndsAt' | 'lastExpired'>;
  tabPages: Pick<TabPages, 'get' | 'tabs'>;
  progress: Pick<ProgressStore, 'get'>;
  settings: ReadSettings;
  decoys: Pick<Decoys, 'isDecoy'>;
  /** Open side panels, each with the tab it guides (null until its first `watch`). */
  ports: ReadonlyMap<PanelPort, number | null>;
  toolbar: Pick<Toolbar, 'show'>;
  relayView(guide: SystemId): Promise<RelayView | null>;
  /** The guide whose Send is bound to this (Together) tab, if any. */
  relayTab(tabId: number): Promise<SystemId | null>;
  savedAccounts: Pick<SavedAccounts, 'hostOf'>;
  sendToTopFrame: SendToTopFrame;
}

const settingNotes = (s: Settings): string[] => (s.capturePasswords ? [] : [t('note_password_capture_off')]);

/**
 * The guide's state for each side panel and each vendor tab: built from the tab's page, the held
 * values, progress and settings, and pushed through one queue so an older snapshot never arrives
 * after a newer one.
 */
/** Findings that override a value's own check: a decoy its system declares (e.g. the web user's own key) captured as the value. */
async function warnings(
  decoys: Pick<Decoys, 'isDecoy'>,
  guide: KnownGuide,
  values: Partial<Record<ValueName, string>>,
): Promise<Partial<Record<ValueName, CheckResult>>> {
  const found: Partial<Record<ValueName, CheckResult>> = {};
  for (const [name, message] of Object.entries(SYSTEMS[guide.id].behaviour.decoys ?? {}) as [ValueName, MessageKey][]) {
    const captured = values[name];
    if (captured && (await decoys.isDecoy(name, captured))) found[name] = warn(t(message));
  }
  return found;
}

export function createPanelStates(deps: PanelStateDeps) {
  const { vault, tabPages, progress, settings, ports } = deps;

  /** Where a side panel with no system page lands: the guide the admin chose on the welcome page, else the registry's first. */
  async function defaultGuide(): Promise<KnownGuide> {
    const first = (await settings()).values.firstGuide;
    return guideList().find((g) => g.id === first) ?? guideList()[0]!;
  }

  /** The guide a tab shows: its system page's; on Together's tab, the guide whose Send is bound to it; else the default. */
  async function guideOf(
    tabId: number | null,
  ): Promise<{ guide: KnownGuide; page: PageReport | null; origin: string | null; onTogether: boolean; movedFrom?: string }> {
    const sending = tabId === null ? null : await deps.relayTab(tabId);
    if (sending) return { guide: GUIDES[sending], page: null, origin: TOGETHER_ORIGIN, onTogether: true };
    const entry = tabId === null ? null : await tabPages.get(tabId);
    const guide = (entry && guideForSite(entry.site)) || (await defaultGuide());
    return { guide, page: entry?.report ?? null, origin: entry?.origin ?? null, onTogether: false, movedFrom: entry?.previousOrigin };
  }

  const panelOpenFor = (tabId: number) => [...ports.values()].includes(tabId);
  /** The Send's view, saying whether its Together tab has its panel open already. */
  const withPanel = (relay: RelayView | null) => relay && { ...relay, tabHasPanel: panelOpenFor(relay.tabId) };

  async function stateFor(tabId: number | null): Promise<PanelState> {
    const { guide, page, origin, onTogether, movedFrom } = await guideOf(tabId);
    const values = await vault.all();
    const { values: s } = await settings();
    const keptFingerprints = Object.fromEntries(await Promise.all(Object.entries(values).map(async ([n, v]) => [n, await fingerprint(v)])));
    return buildPanelState({
      guide,
      page,
      pageValues: origin ? await vault.from(origin) : {},
      progress: await progress.get(guide.id),
      values,
      keptFingerprints,
      expiresAt: await vault.expiresAt(),
      holdEndsAt: await vault.holdEndsAt(lifetimeOf(s)),
      keepMinutes: s.ttlMinutes,
      expiredAt: vault.lastExpired(),
      warnings: await warnings(deps.decoys, guide, values),
      excluded: excludedValues(s),
      notes: settingNotes(s),
      relay: withPanel(await deps.relayView(guide.id)),
      host: origin ? new URL(origin).host : null,
      onTogether,
      valueOrigins: await vault.origins(),
      savedOn: deps.savedAccounts.hostOf(guide.id),
      movedFrom: movedFrom ?? null,
      others: await Promise.all(
        guideList()
          .filter((g) => g.id !== guide.id)
          .map(async (g) => ({ guide: g, progress: await progress.get(g.id) })),
      ),
    });
  }

  /**
   * Tells a tab's page what to show of the guide (utils/guides/page-guide.ts), and sets the toolbar
   * button's badge and tooltip for the tab to the guide's state.
   */
  async function showGuideOnTab(tabId: number) {
    const { guide, page, origin, onTogether } = await guideOf(tabId);
    // Together's page shows no vendor step (its own notice says what the fill waits for).
    if (onTogether) return;
    const { values: s } = await settings();
    const p = withExcluded(await progress.get(guide.id), excludedValues(s));
    const shown = pageGuide(guide, page?.pageId ?? null, p, { panelOpen: panelOpenFor(tabId), showOnPages: s.showOnPages });
    // Sent, not awaited: a tab that does not answer must not hold up the next refresh (of every tab).
    const { anchor, callout, pin, launcher } = shown;
    // The account's name only to a page of the origin it was seen on: no page elsewhere learns it (attack R4-2).
    const accountName = p.accountOrigin !== null && p.accountOrigin === origin ? p.accountName : null;
    const message = { type: 'to-page/guide', anchor, accountName, callout, pin, launcher } as const;
    // Only what changed for this tab's page (one message per change, not one per refresh).
    if (told.isNews(tabId, message)) void deps.sendToTopFrame(tabId, message).catch(() => told.forget(tabId));
    if (page) deps.toolbar.show(tabId, shown);
  }

  const told = createTold();
  /** A new document in the tab: it is told its step, whatever the old one was told. */
  const pageChanged = (tabId: number) => told.forget(tabId);

  async function pushState(tabId?: number) {
    // A change about one tab's page reaches that tab; any other change (progress, settings, values)
    // reaches every tab showing a system's page, open panel or not.
    const tabs = new Set<number>(tabId === undefined ? await tabPages.tabs() : [tabId]);
    for (const [port, portTab] of ports) {
      // A panel with no tab (the browser's default panel) gets no state: no guide, no values.
      if (portTab === null) continue;
      const state = await stateFor(portTab);
      // A panel closed while its state was built: the others still get theirs. The same state
      // again (two refreshes for one change) is not sent twice.
      if (ports.has(port) && told.isNews(port, state)) port.postMessage({ type: 'state', state });
      tabs.add(portTab);
    }
    for (const tab of tabs) await showGuideOnTab(tab);
  }

  const refresh = coalesced(pushState);

  return { defaultGuide, guideOf, stateFor, showGuideOnTab, refresh, pageChanged };
}

/**
 * Refreshes run one after another, each reading the state when it runs. Those asked for before the
 * next one starts (in the same turn, or while one is being pushed) go out as one: one state to each
 * panel, one `to-page/guide` to each tab whose page changed.
 */
function coalesced(push: (tabId?: number) => Promise<void>): Refresh {
  let refreshing: Promise<void> = Promise.resolve();
  let batch: { all: boolean; tabs: Set<number> } | null = null;
  return (tabId) => {
    if (!batch) {
      const next = (batch = { all: false, tabs: new Set<number>() });
      refreshing = refreshing
        .then(async () => {
          batch = null;
          if (next.all) await push();
          else for (const tab of next.tabs) await push(tab);
        })
        .catch(() => undefined);
    }
    if (tabId === undefined) batch.all = true;
    else batch.tabs.add(tabId);
    return refreshing;
  };
}

/** What each open panel and each tab's page was last sent: the same again is not sent twice. */
function createTold() {
  const panels = new WeakMap<PanelPort, string>();
  const tabs = new Map<number, string>();
  return {
    /** Whether this is news to the panel or tab (and it is remembered as told). */
    isNews(to: PanelPort | number, message: unknown): boolean {
      const text = JSON.stringify(message);
      const before = typeof to === 'number' ? tabs.get(to) : panels.get(to);
      if (before === text) return false;
      if (typeof to === 'number') tabs.set(to, text);
      else panels.set(to, text);
      return true;
    },
    forget: (tabId: number) => void tabs.delete(tabId),
  };
}
