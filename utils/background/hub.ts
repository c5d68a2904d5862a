import { browser, type Browser } from 'wxt/browser';
import { guideForSite } from '../guides/registry';
import { buildPanelState } from '../guides/panel-state';
import { ProtocolError } from '../protocol/envelope';
import type { PageReadResult, ToContent, ToPanel } from '../protocol/messages';
import { createRouter, type Handlers } from '../protocol/router';
import { classifySender, type Self } from '../protocol/sender';
import { relayToTogether, type RelayDeps } from '../relay/relay';
import { TOGETHER_ORIGIN } from '../sites/together';
import { VALUE_LABELS } from '../values';
import { createVault, type SessionArea } from '../vault/vault';
import { createTabPages } from './tab-pages';

import { PANEL_PORT } from './ports';
const EXPIRY_ALARM = 'vault-expiry';

export function self(): Self {
  return { id: browser.runtime.id, origin: browser.runtime.getURL('/').replace(/\/$/, '') };
}

const session = (): SessionArea => browser.storage.session as unknown as SessionArea;

/**
 * The background's state and behaviour: the vault, which page each tab shows, the panels' ports,
 * and the handlers behind every message type. The entrypoint only attaches it to browser events.
 */
export function createHub() {
  const vault = createVault(session());
  const tabPages = createTabPages(session());
  const panels = new Map<number, Set<Browser.runtime.Port>>();

  const sendToTopFrame = (tabId: number, message: ToContent) => browser.tabs.sendMessage(tabId, message, { frameId: 0 });

  async function panelState(tabId: number) {
    const page = await tabPages.get(tabId);
    const guide = page && guideForSite(page.site);
    if (!page || !guide) return null;
    return buildPanelState(guide, page.pageId, await vault.all(), await vault.expiresAt());
  }

  /** Pushes fresh state to the tab's panels and tells its content script what to highlight. */
  async function refreshTab(tabId: number, { highlight = true } = {}) {
    const state = await panelState(tabId);
    if (!state) return;
    for (const port of panels.get(tabId) ?? []) port.postMessage({ type: 'state', state } satisfies ToPanel);
    if (!highlight) return;
    const page = await tabPages.get(tabId);
    const guide = page && guideForSite(page.site);
    const anchor = (state.stepIndex !== null && guide?.steps[state.stepIndex]?.highlight) || null;
    await sendToTopFrame(tabId, { type: 'page/highlight', anchor }).catch(() => undefined);
  }

  async function refreshAll() {
    for (const tabId of panels.keys()) await refreshTab(tabId, { highlight: false });
    const expiry = await vault.expiresAt();
    if (expiry === null) await browser.alarms.clear(EXPIRY_ALARM);
    else await browser.alarms.create(EXPIRY_ALARM, { when: expiry });
  }
  vault.onChange(() => void refreshAll());

  const relayDeps: RelayDeps = {
    findTogetherTabs: async () =>
      (await browser.tabs.query({ url: `${TOGETHER_ORIGIN}/settings*` })).flatMap((t) => (t.id === undefined ? [] : [{ ...t, id: t.id }])),
    openTab: async (url) => {
      const t = await browser.tabs.create({ url, active: true });
      if (t.id === undefined) throw new ProtocolError('together-closed', 'Could not open Together.');
      return { ...t, id: t.id };
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

  const handlers: Handlers = {
    async 'page/detected'(msg, from) {
      if (from.kind !== 'content-script') return null;
      await tabPages.set(from.tabId, { site: from.site, pageId: msg.pageId });
      await refreshTab(from.tabId);
      return null;
    },
    async 'capture/request'(msg, from) {
      if (from.kind !== 'extension-page' || from.tabId === null) return null;
      const label = VALUE_LABELS[msg.value];
      const state = await panelState(from.tabId);
      if (!state?.captures.some((c) => c.name === msg.value))
        throw new ProtocolError('page-unavailable', `The ${label} cannot be captured on this page.`);
      const read = (await sendToTopFrame(from.tabId, { type: 'page/read', value: msg.value }).catch(() => null)) as PageReadResult | null;
      const value = typeof read?.value === 'string' ? read.value.trim() : '';
      if (!value) throw new ProtocolError('no-value', `No ${label} was found on this page. Wait for the page to finish loading, then try again.`);
      await vault.put(msg.value, value);
      await refreshTab(from.tabId);
      return null;
    },
    async 'relay/send'() {
      const result = await relayToTogether(relayDeps, await vault.all());
      await vault.clear();
      return result;
    },
    async 'vault/clear'() {
      await vault.clear();
      return null;
    },
    async 'panel/layout'(msg, from) {
      if (from.kind !== 'extension-page' || from.tabId === null) return null;
      await sendToTopFrame(from.tabId, { type: 'panel/layout', collapsed: msg.collapsed }).catch(() => undefined);
      return null;
    },
  };

  function onPanelConnect(port: Browser.runtime.Port) {
    if (port.name !== PANEL_PORT) return;
    const from = port.sender && classifySender(port.sender, self());
    if (!from || from.kind !== 'extension-page' || !from.framed || from.tabId === null) {
      port.disconnect();
      return;
    }
    const tabId = from.tabId;
    const set = panels.get(tabId) ?? new Set();
    set.add(port);
    panels.set(tabId, set);
    port.onDisconnect.addListener(() => {
      set.delete(port);
      if (set.size === 0) panels.delete(tabId);
    });
    void refreshTab(tabId, { highlight: false });
  }

  return {
    onMessage: createRouter(handlers, self),
    onPanelConnect,
    onTabRemoved: (tabId: number) => void tabPages.remove(tabId),
    onAlarm: (alarm: { name: string }) => {
      if (alarm.name === EXPIRY_ALARM) void vault.sweep();
    },
    vault,
  };
}
