import { browser, type Browser } from 'wxt/browser';
import { ProtocolError } from '../contracts/envelope';
import { setMessages, t, type LanguageChoice } from '../i18n/i18n';
import { createLocaleLoader } from '../i18n/locales';
import type { Self } from '../protocol/sender';
import type { RelayDeps } from '../relay/relay';
import { effectiveSettings, type EffectiveSettings, type Settings } from '../settings/settings';
import { TOGETHER_ORIGIN } from '../together/site';
import { createVault } from '../vault/vault';
import { createClipboardGuard } from './clipboard';
import { createContentMessages } from './content-messages';
import type { TabOf } from './deps';
import { createKeeping } from './keeping';
import { createOnPremHosts } from './onprem-hosts';
import { createPanelStates } from './panel-states';
import { createProgressStore } from './progress';
import { createSidePanel } from './side-panel';
import { createRelayPart } from './relay-part';
import { createSavedAccounts } from './saved-accounts';
import { settingsItem, tabPagesItem, vaultItem, webUserKeysItem } from './storage-items';
import { createTabPages } from './tab-pages';
import { createToolbar, type ActionApi } from './toolbar';
import { createWebUserKeys } from './web-user-keys';

export const EXPIRY_ALARM = 'vault-expiry';
export { RELAY_ALARM } from './relay-part';

export function self(): Self {
  return { id: browser.runtime.id, origin: browser.runtime.getURL('/').replace(/\/$/, '') };
}

export interface WorkerOptions {
  fetchLocale?: Parameters<typeof createLocaleLoader>[0];
  clearClipboard?: () => Promise<void>;
  sidePanel?: Parameters<typeof createSidePanel>[0];
  action?: ActionApi;
  /** How the extension was installed (`management.getSelf().installType`; a stand-in in tests). */
  installType?: () => Promise<string>;
}

/** Together's settings tabs, through browser.tabs: what the relay finds, opens and brings to the front. */
const togetherTabs: Pick<RelayDeps, 'findTogetherTabs' | 'openTab' | 'focusTab' | 'getTab' | 'sleep'> = {
  findTogetherTabs: async () =>
    (await browser.tabs.query({ url: `${TOGETHER_ORIGIN}/settings*` })).flatMap((tab) => (tab.id === undefined ? [] : [{ ...tab, id: tab.id }])),
  openTab: async (url) => {
    // Opened behind: the guide is bound to it before it comes to the front (relay/together-tab.ts).
    const tab = await browser.tabs.create({ url, active: false });
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
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
};

/**
 * The tab a request is about: a content script's own tab; for the side panel, the tab it was
 * opened for (its address's `?tab=`, sent with the request: our own trusted page).
 */
const tabOf: TabOf = (from, msg) => (from.kind === 'content-script' ? from.tabId : (msg.tabId ?? null));

export type WorkerParts = ReturnType<typeof createWorkerParts>;

/**
 * The background's parts, made once and wired together: the vault, which page each tab shows,
 * guide progress, settings and language, the side panels' ports, the relay job. Each handler topic
 * (./handlers) declares the parts it needs; worker.ts hands them over and attaches browser events.
 */
export function createWorkerParts(options: WorkerOptions = {}) {
  const vault = createVault(vaultItem);
  const tabPages = createTabPages(tabPagesItem);
  const progress = createProgressStore();
  const onPrem = createOnPremHosts();
  const webUserKeys = createWebUserKeys(webUserKeysItem);
  /** Open side panels, each with the tab it guides (null until its first `watch`). */
  const ports = new Map<Browser.runtime.Port, number | null>();
  const sidePanel = createSidePanel(options.sidePanel);
  const clipboard = createClipboardGuard(options.clearClipboard);
  const toolbar = createToolbar(options.action);
  const savedAccounts = createSavedAccounts();
  const { sendToTopFrame, askTopFrame } = createContentMessages();

  /** The on-premises origins senders are classified by: owned here, changed only through `originsChanged`. */
  let origins: Promise<ReadonlySet<string>> = onPrem.sync().then((o) => new Set(o)).catch(() => new Set<string>());
  /** The origins changed (added, removed, or revoked in the browser's settings: `list` absent, read again). */
  const originsChanged = (list?: readonly string[]) => {
    origins = list ? Promise.resolve(new Set(list)) : onPrem.sync().then((o) => new Set(o));
  };
  /** The on-premises origins as last resolved: what a request handled in the turn of a click can know. */
  let knownOrigins: ReadonlySet<string> = new Set();
  const me = async (): Promise<Self> => {
    knownOrigins = await origins;
    return { ...self(), onPremOrigins: knownOrigins };
  };
  const meNow = (): Self => ({ ...self(), onPremOrigins: knownOrigins });
  void me();

  /** The settings in force: the organisation's (managed storage, when a policy sets any) over the admin's. */
  async function settings(): Promise<EffectiveSettings> {
    const managed = await browser.storage.managed?.get(null).catch(() => ({}));
    return effectiveSettings(await settingsItem.getValue(), managed);
  }
  const saveSettings = async (change: Partial<Settings>) => {
    const current = (await settingsItem.getValue()) ?? {};
    await settingsItem.setValue({ ...(current as object), ...change });
  };

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
    const together = (await togetherTabs.findTogetherTabs()).map((tab) => tab.id);
    await Promise.all([...new Set([...(await tabPages.tabs()), ...together])].map((tab) => sendToTopFrame(tab, { type: 'page/language', choice }).catch(() => undefined)));
  }

  const states = createPanelStates({
    vault, tabPages, progress, settings, webUserKeys, ports, toolbar, sendToTopFrame, savedAccounts,
    relayView: (id) => relay.view(id),
    relayTab: (tabId) => relay.systemOfTab(tabId),
  });
  const { refresh } = states;
  const { recordEvidence, keepValues } = createKeeping({ vault, progress, settings, defaultGuide: states.defaultGuide });

  const relay = createRelayPart({ vault, progress, recordEvidence, sidePanel, refresh, relayDeps: { ...togetherTabs, askTopFrame } });

  async function scheduleExpiry() {
    const expiry = await vault.expiresAt();
    if (expiry === null) await browser.alarms.clear(EXPIRY_ALARM);
    else await browser.alarms.create(EXPIRY_ALARM, { when: expiry });
  }
  vault.onChange(() => void scheduleExpiry().then(() => relay.valuesChanged()).then(() => refresh()));

  return {
    ...states,
    vault, tabPages, progress, onPrem, webUserKeys, ports, sidePanel, toolbar, clipboard, relay, togetherTabs, savedAccounts,
    originsChanged, me, meNow, settings, saveSettings, currentLanguage, changeLanguage,
    sendToTopFrame, askTopFrame, recordEvidence, keepValues, tabOf,
  };
}
