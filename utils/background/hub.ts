import { browser, type Browser } from 'wxt/browser';
import { acceptValue } from '../systems/value-checks';
import { warn, type CheckResult } from '../contracts/check';
import { t, setMessages, type LanguageChoice } from '../i18n/i18n';
import { createLocaleLoader } from '../i18n/locales';
import { eventsFromChecks } from '../guides/events';
import { setupRecord } from '../guides/setup-record';
import { buildPanelState, withExcluded, type PageReport } from '../guides/panel-state';
import { effectiveSettings, excludedValues, type EffectiveSettings, type SettingKey, type Settings } from '../settings/settings';
import { currentStep, guideForSite, guideList, GUIDES, type KnownGuide } from '../guides/registry';
import type { GuideEvent } from '../contracts/guide';
import { ProtocolError } from '../contracts/envelope';
import type { FromPopup, PageReadResult, PanelState, ToContent, ToPanel } from '../protocol/messages';
import { createRouter, type Handlers } from '../protocol/router';
import { classifySender, type SenderClass, type Self } from '../protocol/sender';
import { createRelay, type RelayDeps } from '../relay/relay';
import { TOGETHER_ORIGIN } from '../together/site';
import type { SiteId } from '../systems/sites';
import { valueLabel, type ValueName } from '../contracts/values';
import { systemValues, type GuideId } from '../systems/catalog';
import { connectionTestFor } from '../systems/registry';
import { createVault, type SessionArea } from '../vault/vault';
import { createClipboardGuard } from './clipboard';
import { PANEL_PORT } from '../protocol/ports';
import { createOnPremHosts } from './onprem-hosts';
import { addOnce, createProgressStore } from './progress';
import { sha256Hex } from '../crypto/sha256';
import { createTabPages } from './tab-pages';
import { formatOutline } from '../outline/format';

const EXPIRY_ALARM = 'vault-expiry';
const WEB_USER_KEYS = 'web-user-keys';
/** The admin's own settings (non-secret) in storage.local. */
const SETTINGS_KEY = 'settings';
/** Where popups (no tab) land: the registry's first guide, the one most admins start with. */
const DEFAULT_GUIDE = guideList()[0]!;

export function self(): Self {
  return { id: browser.runtime.id, origin: browser.runtime.getURL('/').replace(/\/$/, '') };
}

const session = (): SessionArea => browser.storage.session as unknown as SessionArea;

/**
 * The background's state and behaviour: the vault, which page each tab shows, guide progress, the
 * panels' ports, and the handlers behind every message type. The entrypoint only attaches it to
 * browser events.
 */
export function createHub(options: { fetchLocale?: Parameters<typeof createLocaleLoader>[0]; clearClipboard?: () => Promise<void> } = {}) {
  const vault = createVault(session());
  const tabPages = createTabPages(session());
  const progress = createProgressStore();
  const onPrem = createOnPremHosts();
  const ports = new Map<Browser.runtime.Port, number | null>();
  /** Each tab's page-side gate verdict on its panel frame (utils/page/panel-guard.ts). */
  const gates = new Map<number, boolean>();
  const clipboard = createClipboardGuard(options.clearClipboard);
  let onPremOrigins: Promise<Set<string>> = onPrem.sync().then((o) => new Set(o)).catch(() => new Set());
  const me = async (): Promise<Self> => ({ ...self(), onPremOrigins: await onPremOrigins });

  /** The settings in force: the organisation's (managed storage, when a policy sets any) over the admin's. */
  async function settings(): Promise<EffectiveSettings> {
    const local = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    const managed = await browser.storage.managed?.get(null).catch(() => ({}));
    return effectiveSettings(local, managed);
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

  /** After a change (Options or policy): content scripts are told; open panels see the state's language and reload. */
  async function changeLanguage() {
    language = applyLanguage();
    const choice = await language;
    const together = (await relayDeps.findTogetherTabs()).map((tab) => tab.id);
    for (const tab of new Set([...(await tabPages.tabs()), ...together]))
      await sendToTopFrame(tab, { type: 'page/language', choice }).catch(() => undefined);
  }

  function settingNotes(s: Settings): string[] {
    return s.capturePasswords ? [] : [t('note_password_capture_off')];
  }

  const sendToTopFrame = (tabId: number, message: ToContent) => browser.tabs.sendMessage(tabId, message, { frameId: 0 });

  async function guideOf(tabId: number | null): Promise<{ guide: KnownGuide; page: PageReport | null; origin: string | null }> {
    const entry = tabId === null ? null : await tabPages.get(tabId);
    return { guide: (entry && guideForSite(entry.site)) || DEFAULT_GUIDE, page: entry?.report ?? null, origin: entry?.origin ?? null };
  }

  /** Findings that override a value's own check. */
  async function warnings(values: Partial<Record<ValueName, string>>): Promise<Partial<Record<ValueName, CheckResult>>> {
    const key = values.userApiKey;
    if (!key) return {};
    const known = ((await session().get(WEB_USER_KEYS))[WEB_USER_KEYS] as string[] | undefined) ?? [];
    if (!known.includes(await sha256Hex(key))) return {};
    return {
      userApiKey: warn(t('warn_web_user_key')),
    };
  }

  async function stateFor(tabId: number | null): Promise<PanelState> {
    const { guide, page, origin } = await guideOf(tabId);
    const values = await vault.all();
    const { values: s } = await settings();
    return buildPanelState({
      guide,
      page,
      pageValues: origin ? await vault.from(origin) : {},
      progress: await progress.get(guide.id),
      values,
      expiresAt: await vault.expiresAt(),
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
   * Pushes fresh state to every open panel and popup, and tells each of their tabs (and `tabId`)
   * what to highlight. Refreshes run one after another, each reading the state when it runs, so
   * an older snapshot can never arrive after a newer one.
   */
  let refreshing: Promise<void> = Promise.resolve();
  function refresh(tabId?: number): Promise<void> {
    refreshing = refreshing.then(() => pushState(tabId)).catch(() => undefined);
    return refreshing;
  }

  async function pushState(tabId?: number) {
    const tabs = new Set<number>(tabId === undefined ? [] : [tabId]);
    for (const [port, portTab] of ports) {
      port.postMessage({ type: 'state', state: await stateFor(portTab) } satisfies ToPanel);
      if (portTab !== null) tabs.add(portTab);
    }
    for (const t of tabs) await guidePage(t);
  }

  async function guidePage(tabId: number) {
    const { guide, page } = await guideOf(tabId);
    const p = withExcluded(await progress.get(guide.id), excludedValues((await settings()).values));
    const { step, where } = currentStep(guide, page?.pageId ?? null, p);
    const anchor = (where === 'on-page' ? step.highlight : where === 'via' ? step.via?.highlight : undefined) ?? null;
    await sendToTopFrame(tabId, { type: 'page/guide', anchor, accountName: p.accountName }).catch(() => undefined);
  }

  async function scheduleExpiry() {
    const expiry = await vault.expiresAt();
    if (expiry === null) await browser.alarms.clear(EXPIRY_ALARM);
    else await browser.alarms.create(EXPIRY_ALARM, { when: expiry });
  }
  vault.onChange(() => void scheduleExpiry().then(() => relay.valuesChanged()).then(() => refresh()));

  async function record(site: SiteId | null, change: { captured?: ValueName[]; events?: GuideEvent[]; visited?: string; accountName?: string }) {
    const guide = (site && guideForSite(site)) || DEFAULT_GUIDE;
    await progress.update(guide.id, (p) => ({
      visited: change.visited ? addOnce(p.visited, change.visited) : p.visited,
      captured: (change.captured ?? []).reduce(addOnce, p.captured),
      events: (change.events ?? []).reduce(addOnce, p.events),
      accountName: change.accountName ?? p.accountName,
    }));
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
      await vault.put(name, accepted.value, s.ttlMinutes * 60_000, origin);
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
      const t = await browser.tabs.get(tabId).catch(() => null);
      return t && t.id !== undefined ? { ...t, id: t.id } : null;
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
   * The tab a request is about: the sender's own tab for content scripts and the framed panel; the
   * tab named in the message for the popup (our own trusted page, acting on the active tab).
   */
  const tabOf = (from: SenderClass, msg: { tabId?: number }) =>
    from.kind === 'content-script' ? from.tabId : from.framed ? from.tabId : (msg.tabId ?? null);

  /**
   * The panel is web-accessible on whole vendor domains, so a page our content scripts skip (an API
   * or sign-in host) could frame it. A framed panel counts only in a tab whose content script has
   * reported (waited for briefly: the frame may load before the first report).
   */
  async function framedWhereWeRun(from: SenderClass): Promise<boolean> {
    if (from.kind !== 'extension-page' || !from.framed) return true;
    for (let waited = 0; waited <= 3_000; waited += 100) {
      if (from.tabId !== null && (await tabPages.get(from.tabId))) return true;
      await new Promise((r) => setTimeout(r, 100));
    }
    return false;
  }
  const requireOurTab = async (from: SenderClass) => {
    if (!(await framedWhereWeRun(from))) throw new ProtocolError('forbidden', t('panel_not_here'));
  };

  const handlers: Handlers = {
    async 'page/detected'(msg, from) {
      if (from.kind !== 'content-script') return null;
      const { pageId, available, fillable, checks, fixes } = msg;
      await tabPages.set(from.tabId, { site: from.site, origin: from.url.origin, report: { pageId, available, fillable, checks, fixes } });
      await record(from.site, { ...(pageId ? { visited: pageId } : {}), events: eventsFromChecks(checks) });
      await refresh(from.tabId);
      return null;
    },
    async 'account/saved'(msg, from) {
      if (from.kind !== 'content-script') return null;
      const events: GuideEvent[] = ['account-saved', ...(msg.rightsOk ? (['rights-ok'] as const) : [])];
      await record(from.site, { events });
      await keep(from.site, { username: msg.username, ...(msg.password ? { password: msg.password } : {}) }, from.url.origin);
      await refresh(from.tabId);
      return null;
    },
    async 'page/web-user-key'(msg) {
      const known = ((await session().get(WEB_USER_KEYS))[WEB_USER_KEYS] as string[] | undefined) ?? [];
      if (!known.includes(msg.sha256)) await session().set({ [WEB_USER_KEYS]: [...known, msg.sha256].slice(-5) });
      await refresh();
      return null;
    },
    async 'capture/request'(msg, from) {
      const tabId = tabOf(from, msg);
      const entry = tabId === null ? null : await tabPages.get(tabId);
      const label = valueLabel(msg.value);
      if (tabId === null || !entry?.report.available.includes(msg.value))
        throw new ProtocolError('page-unavailable', t('capture_unavailable', label));
      if (excludedValues((await settings()).values).includes(msg.value))
        throw new ProtocolError('forbidden', t('capture_turned_off', label));
      const read = (await sendToTopFrame(tabId, { type: 'page/read', value: msg.value }).catch(() => null)) as PageReadResult | null;
      const value = typeof read?.value === 'string' ? read.value : '';
      if (!value.trim()) throw new ProtocolError('no-value', t('capture_not_found', label));
      const [refused] = await keep(entry.site, { [msg.value]: value }, entry.origin);
      if (refused) {
        await refresh(tabId);
        throw new ProtocolError('invalid-value', refused);
      }
      await refresh(tabId);
      return null;
    },
    async 'form/fix'(msg, from) {
      const tabId = tabOf(from, msg);
      if (tabId !== null) await sendToTopFrame(tabId, { type: 'page/fix', fix: msg.fix }).catch(() => undefined);
      return null;
    },
    async 'page-fill/request'(msg, from) {
      const tabId = tabOf(from, msg);
      const entry = tabId === null ? null : await tabPages.get(tabId);
      const guide = entry && guideForSite(entry.site);
      // Only into the origin each value was captured on, only that site's guide's values, and only
      // fields the page offers: a compromised or hostile tab never gets another site's secret.
      const own = entry && guide ? await vault.from(entry.origin) : {};
      const allowed: readonly ValueName[] = guide ? systemValues(guide.id) : [];
      const wanted = Object.fromEntries(
        (entry?.report.fillable ?? []).flatMap((n) => (allowed.includes(n) && own[n] !== undefined ? [[n, own[n]]] : [])),
      );
      if (tabId === null || !entry || Object.keys(wanted).length === 0) throw new ProtocolError('page-unavailable', t('fill_other_origin'));
      const reply = (await sendToTopFrame(tabId, { type: 'page/fill', values: wanted }).catch(() => null)) as { filled?: ValueName[] } | null;
      const filled = (reply?.filled ?? []).filter((n) => Object.hasOwn(wanted, n));
      if (filled.length === 0) throw new ProtocolError('page-unavailable', t('fill_nothing'));
      await record(entry.site, { events: ['connect-filled'] });
      await refresh(tabId);
      return { filled };
    },
    async 'vault/reveal'(msg, from) {
      await requireOurTab(from);
      const value = (await vault.all())[msg.value];
      if (value === undefined) throw new ProtocolError('expired', t('value_gone', valueLabel(msg.value)));
      return { value };
    },
    async 'vault/put'(msg, from) {
      await requireOurTab(from);
      const tabId = tabOf(from, {});
      // Typed by the admin in our own form: no page origin, so never filled into a vendor page.
      const refused = await keep(tabId === null ? null : ((await tabPages.get(tabId))?.site ?? null), msg.values);
      await refresh();
      if (refused.length) throw new ProtocolError('invalid-value', refused.join(' '));
      return null;
    },
    async 'relay/send'(msg, from) {
      await requireOurTab(from);
      const tabId = tabOf(from, {});
      const guide = msg.guide ? GUIDES[msg.guide] : (await guideOf(tabId)).guide;
      return relay.start(guide.id);
    },
    async 'together/status'(msg, from) {
      if (from.kind === 'content-script') relay.pageState(from.tabId, from.url, msg.state);
      return null;
    },
    async 'together/hello'(_msg, from) {
      return from.kind === 'content-script' ? relay.armedFor(from.tabId) : null;
    },
    async 'connection/test'(_msg, from) {
      await requireOurTab(from);
      const values = await vault.all();
      const test = connectionTestFor(values)?.connectionTest;
      if (!test) throw new ProtocolError('no-value', t('test_needs_values'));
      return test.run(values);
    },
    async 'outline/request'(msg, from) {
      const tabId = tabOf(from, msg);
      // Only a tab whose content script has reported: it is ours and it can answer.
      const reply =
        tabId !== null && (await tabPages.get(tabId))
          ? ((await sendToTopFrame(tabId, { type: 'page/outline' }).catch(() => null)) as { lines?: unknown } | null)
          : null;
      // Redacted here: the admin sees exactly what they may send.
      const outline = formatOutline(reply?.lines);
      if (outline === null) throw new ProtocolError('page-unavailable', t('outline_unavailable'));
      return { outline: outline.slice(0, 30_000) };
    },
    async 'clipboard/copied'() {
      await clipboard.copied();
      return null;
    },
    async 'vault/clear'() {
      await vault.clear();
      await clipboard.clearIfPending();
      return null;
    },
    async 'records/list'() {
      return progress.records();
    },
    async 'settings/get'() {
      return settings();
    },
    async 'language/get'() {
      return language;
    },
    async 'settings/set'(msg) {
      const { locked } = await settings();
      const { type: _type, ...change } = msg;
      const refused = (Object.keys(change) as SettingKey[]).filter((k) => locked.includes(k));
      if (refused.length) throw new ProtocolError('forbidden', t('settings_locked'));
      const current = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] ?? {};
      await browser.storage.local.set({ [SETTINGS_KEY]: { ...(current as object), ...change } });
      if (change.language) await changeLanguage();
      await refresh();
      return settings();
    },
    async 'progress/reset'() {
      for (const guide of guideList()) await progress.reset(guide.id);
      await refresh();
      return null;
    },
    async 'hosts/list'() {
      return onPrem.list();
    },
    async 'hosts/add'(msg) {
      const allowed = (await settings()).values.vantagepointOrigins;
      if (allowed && !allowed.includes(msg.origin))
        throw new ProtocolError('forbidden', t('hosts_not_allowed', allowed.join(', ') || t('hosts_none')));
      const list = await onPrem.add(msg.origin).catch(() => {
        throw new ProtocolError('forbidden', t('hosts_not_granted', msg.origin));
      });
      onPremOrigins = Promise.resolve(new Set(list));
      return list;
    },
    async 'hosts/remove'(msg) {
      const list = await onPrem.remove(msg.origin);
      onPremOrigins = Promise.resolve(new Set(list));
      return list;
    },
    async 'panel/gate'(msg, from) {
      if (from.kind !== 'content-script') return null;
      gates.set(from.tabId, msg.ok);
      for (const [port, tabId] of ports) if (tabId === from.tabId) port.postMessage({ type: 'gate', ok: msg.ok } satisfies ToPanel);
      return null;
    },
    async 'panel/verify'(_msg, from) {
      const tabId = tabOf(from, {});
      const reply = tabId === null ? null : ((await sendToTopFrame(tabId, { type: 'panel/verify' }).catch(() => null)) as { ok?: unknown } | null);
      return { ok: reply?.ok === true };
    },
    async 'panel/layout'(msg, from) {
      const tabId = tabOf(from, {});
      if (tabId !== null) await sendToTopFrame(tabId, { type: 'panel/layout', collapsed: msg.collapsed }).catch(() => undefined);
      return null;
    },
  };

  /** The panel (framed in a tab) and the popup receive their state over a port. */
  function onConnect(port: Browser.runtime.Port) {
    if (port.name !== PANEL_PORT) return;
    const from = port.sender && classifySender(port.sender, self());
    if (!from || from.kind !== 'extension-page') {
      port.disconnect();
      return;
    }
    const show = (tabId: number | null) => {
      ports.set(port, tabId);
      if (from.framed && tabId !== null) port.postMessage({ type: 'gate', ok: gates.get(tabId) ?? false } satisfies ToPanel);
      void stateFor(tabId).then((state) => port.postMessage({ type: 'state', state } satisfies ToPanel));
      if (tabId !== null) void guidePage(tabId);
    };
    port.onDisconnect.addListener(() => ports.delete(port));
    if (from.framed) {
      void framedWhereWeRun(from).then((ok) => (ok ? show(from.tabId) : port.disconnect()));
      return;
    }
    // The popup says which tab it shows (its own page has none); until then it gets the default guide.
    show(null);
    port.onMessage.addListener((m: unknown) => {
      const msg = m as FromPopup;
      if (msg?.type === 'watch' && Number.isInteger(msg.tabId) && msg.tabId >= 0) show(msg.tabId);
    });
  }

  return {
    // Answers are in the admin's language: wait for its messages to load after a restart.
    onMessage: createRouter(handlers, async () => {
      await language;
      return me();
    }),
    /** The admin removed a granted origin in the browser's own settings: drop its script too. */
    /** The organisation changed its policy while the browser runs (e.g. the language). */
    onManagedChanged: () => void changeLanguage().then(() => refresh()),
    onPermissionsRemoved: () => {
      onPremOrigins = onPrem.sync().then((o) => new Set(o));
    },
    onConnect,
    onTabRemoved: (tabId: number) => {
      relay.tabRemoved(tabId);
      gates.delete(tabId);
      void tabPages.remove(tabId);
    },
    /** Together's tab moving to its sign-in page and back (URLs of Together tabs only: host permission). */
    onTabUpdated: (tabId: number, change: { url?: string; status?: string }, tab?: { url?: string }) => {
      // The URL change itself, and again when the page has loaded: a redirect can come before the job exists.
      const url = change.url ?? (change.status === 'complete' ? tab?.url : undefined);
      if (url) relay.tabUpdated(tabId, url);
    },
    onAlarm: (alarm: { name: string }) => {
      if (alarm.name === EXPIRY_ALARM) void vault.sweep();
      void clipboard.onAlarm(alarm.name);
    },
    vault,
  };
}
