import { browser, type Browser } from 'wxt/browser';
import { warn, type CheckResult } from '../contracts/check';
import { ProtocolError } from '../contracts/envelope';
import type { ValueName } from '../contracts/values';
import { setupRecord } from '../guides/setup-record';
import { buildPanelState, withExcluded, type PageReport } from '../guides/panel-state';
import { guideForSite, guideList, type KnownGuide } from '../guides/registry';
import { withEvidence, type Evidence } from '../guides/steps';
import { pageGuide } from '../guides/page-guide';
import { setMessages, t, type LanguageChoice } from '../i18n/i18n';
import { createLocaleLoader } from '../i18n/locales';
import type { ContentReplies, ToContent, ToPanel } from '../protocol/messages';
import type { PanelState } from '../guides/panel-view';
import type { SenderClass, Self } from '../protocol/sender';
import { createRelay, type RelayDeps } from '../relay/relay';
import { effectiveSettings, excludedValues, lifetimeOf, type EffectiveSettings, type Settings } from '../settings/settings';
import { systemValues, type GuideId } from '../systems/catalog';
import type { SiteId } from '../systems/sites';
import { acceptValue } from '../systems/value-checks';
import { TOGETHER_ORIGIN } from '../together/site';
import { createVault } from '../vault/vault';
import { fingerprint, sha256Hex } from '../crypto/sha256';
import { createClipboardGuard } from './clipboard';
import { createOnPremHosts } from './onprem-hosts';
import { createProgressStore } from './progress';
import { settingsItem, tabPagesItem, vaultItem, webUserKeysItem } from './storage-items';
import { createSidePanel } from './side-panel';
import { createToolbar, type ActionApi } from './toolbar';
import { createTabPages } from './tab-pages';

export const EXPIRY_ALARM = 'vault-expiry';
/**
 * How long a content script may take to answer. A page busy in its own script (a hostile one can
 * loop for as long as it likes) blocks our content script there too: the ask fails visibly instead
 * of holding up the guide.
 */
export const CONTENT_ANSWER_MS = 2_000;

/** The promise, or a `timeout` ProtocolError after `ms`. */
function within<T>(promise: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new ProtocolError('timeout', message())), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}


export function self(): Self {
  return { id: browser.runtime.id, origin: browser.runtime.getURL('/').replace(/\/$/, '') };
}

export interface HubOptions {
  fetchLocale?: Parameters<typeof createLocaleLoader>[0];
  clearClipboard?: () => Promise<void>;
  sidePanel?: Parameters<typeof createSidePanel>[0];
  action?: ActionApi;
  /** How the extension was installed (`management.getSelf().installType`; a stand-in in tests). */
  installType?: () => Promise<string>;
}


export type HubContext = ReturnType<typeof createHubContext>;

/**
 * The background's state and the helpers its handlers share: the vault, which page each tab shows,
 * guide progress, settings and language, the side panels' ports, and the fill job. Handlers (one file
 * per topic in ./handlers) receive it; hub.ts wires it to the browser's events.
 */
export function createHubContext(options: HubOptions = {}) {
  const vault = createVault(vaultItem);
  const tabPages = createTabPages(tabPagesItem);
  const progress = createProgressStore();
  const onPrem = createOnPremHosts();
  /** Open side panels, each with the tab it guides (null until its first `watch`). */
  const ports = new Map<Browser.runtime.Port, number | null>();
  const sidePanel = createSidePanel(options.sidePanel);
  const clipboard = createClipboardGuard(options.clearClipboard);
  const toolbar = createToolbar(options.action);
  /** The on-premises origins senders are classified by: owned here, changed only through `originsChanged`. */
  let origins: Promise<ReadonlySet<string>> = onPrem.sync().then((o) => new Set(o)).catch(() => new Set<string>());
  /** The origins changed (added, removed, or revoked in the browser's settings: `list` absent, read again). */
  const originsChanged = (list?: readonly string[]) => {
    origins = list ? Promise.resolve(new Set(list)) : onPrem.sync().then((o) => new Set(o));
  };
  /** The on-premises origins as last resolved: what a request handled in the turn of a click can know. */
  let knownOrigins: ReadonlySet<string> = new Set();
  const me = async (): Promise<Self> => {
    const onPremOrigins = await origins;
    knownOrigins = onPremOrigins;
    return { ...self(), onPremOrigins };
  };
  const meNow = (): Self => ({ ...self(), onPremOrigins: knownOrigins });
  void me();

  /** The settings in force: the organisation's (managed storage, when a policy sets any) over the admin's. */
  async function settings(): Promise<EffectiveSettings> {
    const managed = await browser.storage.managed?.get(null).catch(() => ({}));
    return effectiveSettings(await settingsItem.getValue(), managed);
  }

  /**
   * The language chosen in Options (or by policy): the background's own text (errors, checks,
   * panel state) uses it, and hands it to content scripts and pages, which cannot read settings.
   */
  const loadLocale = createLocaleLoader(options.fetchLocale);
  const applyLanguage = async (): Promise<LanguageChoice> => {
    const choice = await loadLocale((await settings()).values.language);
    setMessages(choice);
    return choice;
  };
  let language = applyLanguage();
  /** The language in force, once its messages are loaded. */
  const currentLanguage = () => language;

  /** After a change (Options or policy): content scripts are told; open panels see the state's language and reload. */
  async function changeLanguage() {
    language = applyLanguage();
    const choice = await language;
    const together = (await relayDeps.findTogetherTabs()).map((tab) => tab.id);
    await Promise.all([...new Set([...(await tabPages.tabs()), ...together])].map((tab) => sendToTopFrame(tab, { type: 'page/language', choice }).catch(() => undefined)));
  }

  const settingNotes = (s: Settings): string[] => (s.capturePasswords ? [] : [t('note_password_capture_off')]);

  /** A message to a tab's content script: its answer, or a rejection (a `timeout` ProtocolError after CONTENT_ANSWER_MS). */
  const sendToTopFrame = (tabId: number, message: ToContent): Promise<unknown> =>
    within(browser.tabs.sendMessage(tabId, message, { frameId: 0 }), CONTENT_ANSWER_MS, () => t('page_no_answer'));
  /** A question to a tab's content script; null when nobody is there, a `timeout` error when it does not answer in time. */
  const askTopFrame = async <M extends ToContent>(tabId: number, message: M): Promise<ContentReplies[M['type']] | null> =>
    ((await sendToTopFrame(tabId, message).catch((e: unknown) => {
      if (e instanceof ProtocolError) throw e;
      return null;
    })) ?? null) as ContentReplies[M['type']] | null;

  /** Where a side panel with no system page lands: the guide the admin chose on the welcome page, else the registry's first. */
  async function defaultGuide(): Promise<KnownGuide> {
    const first = (await settings()).values.firstGuide;
    return guideList().find((g) => g.id === first) ?? guideList()[0]!;
  }

  async function guideOf(tabId: number | null): Promise<{ guide: KnownGuide; page: PageReport | null; origin: string | null }> {
    const entry = tabId === null ? null : await tabPages.get(tabId);
    return { guide: (entry && guideForSite(entry.site)) || (await defaultGuide()), page: entry?.report ?? null, origin: entry?.origin ?? null };
  }

  /** Findings that override a value's own check: the web user's own key captured as the account's. */
  async function warnings(values: Partial<Record<ValueName, string>>): Promise<Partial<Record<ValueName, CheckResult>>> {
    const key = values.userApiKey;
    if (!key) return {};
    if (!Object.values(await webUserKeysItem.getValue()).includes(await sha256Hex(key))) return {};
    return { userApiKey: warn(t('warn_web_user_key')) };
  }

  async function stateFor(tabId: number | null): Promise<PanelState> {
    const { guide, page, origin } = await guideOf(tabId);
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
      warnings: await warnings(values),
      excluded: excludedValues(s),
      notes: settingNotes(s),
      relay: relay.view(guide.id),
      others: await Promise.all(
        guideList()
          .filter((g) => g.id !== guide.id)
          .map(async (g) => ({ guide: g, progress: await progress.get(g.id) })),
      ),
    });
  }

  /**
   * Pushes fresh state to every open side panel, and tells each of their tabs (and `tabId`, or
   * without one every tab with a system's page) what to highlight. Refreshes run one after another, each reading the state when it runs, so
   * an older snapshot can never arrive after a newer one.
   */
  let refreshing: Promise<void> = Promise.resolve();
  function refresh(tabId?: number): Promise<void> {
    refreshing = refreshing.then(() => pushState(tabId)).catch(() => undefined);
    return refreshing;
  }

  async function pushState(tabId?: number) {
    // A change about one tab's page reaches that tab; any other change (progress, settings, values)
    // reaches every tab showing a system's page, open panel or not.
    const tabs = new Set<number>(tabId === undefined ? await tabPages.tabs() : [tabId]);
    for (const [port, portTab] of ports) {
      const state = await stateFor(portTab);
      // A panel closed while its state was built: the others still get theirs.
      if (ports.has(port)) port.postMessage({ type: 'state', state } satisfies ToPanel);
      if (portTab !== null) tabs.add(portTab);
    }
    for (const tab of tabs) await guidePage(tab);
  }

  const panelOpenFor = (tabId: number) => [...ports.values()].includes(tabId);

  /**
   * Tells a tab's page what to show of the guide (utils/guides/page-guide.ts), and sets the toolbar
   * button's badge and tooltip for the tab to the guide's state.
   */
  async function guidePage(tabId: number) {
    const { guide, page } = await guideOf(tabId);
    const { values: s } = await settings();
    const p = withExcluded(await progress.get(guide.id), excludedValues(s));
    const shown = pageGuide(guide, page?.pageId ?? null, p, { panelOpen: panelOpenFor(tabId), showOnPages: s.showOnPages });
    // Sent, not awaited: a tab that does not answer must not hold up the next refresh (of every tab).
    const { anchor, callout, launcher } = shown;
    void sendToTopFrame(tabId, { type: 'page/guide', anchor, accountName: p.accountName, callout, launcher }).catch(() => undefined);
    if (page) toolbar.show(tabId, shown);
  }

  async function scheduleExpiry() {
    const expiry = await vault.expiresAt();
    if (expiry === null) await browser.alarms.clear(EXPIRY_ALARM);
    else await browser.alarms.create(EXPIRY_ALARM, { when: expiry });
  }
  vault.onChange(() => void scheduleExpiry().then(() => relay.valuesChanged()).then(() => refresh()));

  async function record(site: SiteId | null, change: Evidence) {
    const guide = (site && guideForSite(site)) || (await defaultGuide());
    await progress.update(guide.id, (p) => withEvidence(guide, p, change));
  }

  /**
   * Stores values (normalised) for the lifetime in force and records them as captured; never what
   * the settings exclude, and never a value whose check fails (a hostile page may offer anything).
   * Returns the refusals, each with its reason; the caller decides whether that is an error.
   */
  async function keep(site: SiteId | null, values: Partial<Record<ValueName, string>>, origin: string | null = null): Promise<string[]> {
    const { values: s } = await settings();
    const names: ValueName[] = [];
    const refused: string[] = [];
    for (const [name, raw] of Object.entries(values) as [ValueName, string][]) {
      if (excludedValues(s).includes(name)) continue;
      const accepted = acceptValue(name, raw);
      if (accepted.value === null) {
        if (raw.trim()) refused.push(accepted.result.message);
        continue;
      }
      await vault.put(name, accepted.value, origin, lifetimeOf(s));
      names.push(name);
    }
    const username = names.includes('username') ? values.username?.trim() : undefined;
    await record(site, { captured: names, ...(username ? { accountName: username } : {}) });
    return refused;
  }

  const relayDeps: RelayDeps = {
    findTogetherTabs: async () =>
      (await browser.tabs.query({ url: `${TOGETHER_ORIGIN}/settings*` })).flatMap((tab) => (tab.id === undefined ? [] : [{ ...tab, id: tab.id }])),
    openTab: async (url) => {
      const tab = await browser.tabs.create({ url, active: true });
      if (tab.id === undefined) throw new ProtocolError('together-closed', t('relay_cannot_open'));
      return { ...tab, id: tab.id };
    },
    focusTab: async (tab, url) => {
      await browser.tabs.update(tab.id, url ? { active: true, url } : { active: true });
      if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
    },
    getTab: async (tabId) => {
      const found = await browser.tabs.get(tabId).catch(() => null);
      return found && found.id !== undefined ? { ...found, id: found.id } : null;
    },
    sendToTopFrame,
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  };

  /** The guide's captured values that Together's form takes. */
  async function guideValues(guideId: GuideId): Promise<Partial<Record<ValueName, string>>> {
    const all = await vault.all();
    return Object.fromEntries(systemValues(guideId).flatMap((n) => (all[n] === undefined ? [] : [[n, all[n]]])));
  }

  const relay = createRelay(relayDeps, {
    values: guideValues,
    async filled(guideId, filled, values) {
      await progress.addRecord(setupRecord(guideId, new Date(), await progress.get(guideId), values, filled));
      await vault.remove(Object.keys(values) as ValueName[]);
      await record(guideId, { events: ['relayed'] }); // a system's site has the system's id
    },
    changed: () => void refresh(),
  });

  /**
   * The tab a request is about: a content script's own tab; for the side panel, the tab it was
   * opened for (its address's `?tab=`, sent with the request: our own trusted page).
   */
  const tabOf = (from: SenderClass, msg: { tabId?: number }) => (from.kind === 'content-script' ? from.tabId : (msg.tabId ?? null));

  return {
    vault, tabPages, progress, onPrem, originsChanged, ports, sidePanel, toolbar, clipboard, relay, currentLanguage, me, meNow,
    settings, changeLanguage, sendToTopFrame, askTopFrame, guideOf, stateFor, refresh, guidePage,
    record, keep, tabOf, defaultGuide, relayDeps,
  };
}
