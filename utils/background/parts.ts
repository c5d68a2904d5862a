import { browser, type Browser } from 'wxt/browser';
import { ProtocolError } from '../contracts/envelope';
import { t } from '../i18n/i18n';
import type { createLocaleLoader } from '../i18n/locales';
import type { RelayDeps } from '../relay/relay';
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
import { decoysItem, tabPagesItem, vaultItem } from './storage-items';
import { createLanguagePart } from './language-part';
import { createSenderOrigins } from './sender-origins';
import { createSettingsPart } from './settings-part';
import { createTabPages } from './tab-pages';
import { createToolbar, type ActionApi } from './toolbar';
import { createDecoys } from './decoys';

export const EXPIRY_ALARM = 'vault-expiry';
export { RELAY_ALARM } from './relay-part';

export { self } from './sender-origins';

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
    (await browser.tabs.query({ url: `${TOGETHER_ORIGIN}/settings*` })).flatMap((tab) =>
      tab.id === undefined ? [] : [{ ...tab, id: tab.id }],
    ),
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
  const decoys = createDecoys(decoysItem);
  /** Open side panels, each with the tab it guides (null until its first `watch`). */
  const ports = new Map<Browser.runtime.Port, number | null>();
  const sidePanel = createSidePanel(options.sidePanel);
  const clipboard = createClipboardGuard(options.clearClipboard);
  const toolbar = createToolbar(options.action);
  const savedAccounts = createSavedAccounts();
  const { sendToTopFrame, askTopFrame } = createContentMessages();

  const { originsChanged, me, meNow } = createSenderOrigins(onPrem);
  const { settings, saveSettings } = createSettingsPart();
  const { currentLanguage, changeLanguage } = createLanguagePart({
    settings,
    fetchLocale: options.fetchLocale,
    sendToTopFrame,
    tabsToTell: async () => [...new Set([...(await tabPages.tabs()), ...(await togetherTabs.findTogetherTabs()).map((tab) => tab.id)])],
  });

  const states = createPanelStates({
    vault,
    tabPages,
    progress,
    settings,
    decoys,
    ports,
    toolbar,
    sendToTopFrame,
    savedAccounts,
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
  vault.onChange(
    () =>
      void scheduleExpiry()
        .then(() => relay.valuesChanged())
        .then(() => refresh()),
  );

  return {
    ...states,
    vault,
    tabPages,
    progress,
    onPrem,
    decoys,
    ports,
    sidePanel,
    toolbar,
    clipboard,
    relay,
    togetherTabs,
    savedAccounts,
    originsChanged,
    me,
    meNow,
    settings,
    saveSettings,
    currentLanguage,
    changeLanguage,
    sendToTopFrame,
    askTopFrame,
    recordEvidence,
    keepValues,
    tabOf,
  };
}
