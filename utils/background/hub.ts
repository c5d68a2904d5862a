import { browser, type Browser } from 'wxt/browser';
import type { FromPanel } from '../protocol/messages';
import { createRouter, type Handlers } from '../protocol/router';
import { classifySender } from '../protocol/sender';
import { createHubContext, EXPIRY_ALARM, self, type HubOptions } from './context';
import { adminHandlers } from './handlers/admin';
import { pageHandlers } from './handlers/pages';
import { panelHandlers } from './handlers/panel';
import { guideHandlers } from './handlers/guide';
import { relayHandlers } from './handlers/relay';
import { valueHandlers } from './handlers/values';
import { PANEL_PORT } from '../protocol/ports';

export { self } from './context';

/** After a tab's document has loaded, how long our content script there has to report before the tab's page is forgotten. */
const REPORT_GRACE_MS = 3_000;

/**
 * The background: its shared state (./context.ts), the handlers behind every message type (one
 * file per topic in ./handlers, each a map of type → handler), the side panels' ports, and which
 * panel page each tab gets (./side-panel.ts). The entrypoint only attaches it to browser events.
 */
export function createHub(options: HubOptions = {}) {
  const hub = createHubContext(options);
  const handlers: Handlers = {
    ...pageHandlers(hub),
    ...valueHandlers(hub),
    ...relayHandlers(hub),
    ...adminHandlers(hub),
    ...panelHandlers(hub),
    ...guideHandlers(hub),
  };

  /**
   * The side panel receives its state over a port; its first message says which tab it guides.
   * While a tab's panel is open, the page hides its launcher; when it closes, the launcher returns.
   */
  function onConnect(port: Browser.runtime.Port) {
    if (port.name !== PANEL_PORT) return;
    const from = port.sender && classifySender(port.sender, self());
    // Our own pages only, never one framed into a web page.
    if (!from || from.kind !== 'extension-page' || from.framed) {
      port.disconnect();
      return;
    }
    // Through the refresh queue like every state push: the first state (no tab yet) can take longer
    // to build than the tab's that follows at once, and must never arrive after it.
    const show = (tabId: number | null) => {
      const before = hub.ports.get(port) ?? null;
      hub.ports.set(port, tabId);
      void hub.refresh(before ?? undefined);
    };
    port.onDisconnect.addListener(() => {
      const tabId = hub.ports.get(port) ?? null;
      hub.ports.delete(port);
      if (tabId !== null) void hub.guidePage(tabId);
    });
    show(null);
    port.onMessage.addListener((m: unknown) => {
      const msg = m as FromPanel;
      if (msg?.type === 'watch' && Number.isInteger(msg.tabId) && msg.tabId >= 0) show(msg.tabId);
    });
  }

  return {
    // Answers are in the admin's language: wait for its messages to load after a restart.
    onMessage: createRouter(
      handlers,
      async () => {
        await hub.currentLanguage();
        return hub.me();
      },
      hub.meNow,
    ),
    onConnect,
    /** The toolbar button opens the guide (Chrome by panel behaviour, Firefox by action.onClicked). */
    installSidePanel: (onActionClicked: (listener: () => void) => void) => hub.sidePanel.install(onActionClicked),
    /** Each tab gets its own panel page when the admin first looks at it. */
    onTabActivated: (info: { tabId: number }) => hub.sidePanel.forTab(info.tabId),
    /** The organisation changed its policy while the browser runs (e.g. the language). */
    onManagedChanged: () => void hub.changeLanguage().then(() => hub.refresh()),
    /** The admin removed a granted origin in the browser's own settings: drop its script too. */
    onPermissionsRemoved: () => {
      hub.originsChanged();
    },
    /**
     * A new install: the welcome page (which system, how to open the guide, what is kept and sent).
     * Not when the organisation installed it by policy: no tab opens unasked on every admin's browser.
     */
    onInstalled: async (details: { reason: string }) => {
      if (details.reason !== 'install') return;
      const installType = await (options.installType ?? (() => browser.management.getSelf().then((s) => s.installType)))().catch(() => null);
      if (installType === 'admin') return;
      await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => undefined);
    },
    onTabRemoved: (tabId: number) => {
      hub.relay.tabRemoved(tabId);
      hub.sidePanel.tabRemoved(tabId);
      hub.toolbar.forget(tabId);
      void hub.tabPages.remove(tabId);
    },
    /** Together's tab moving to its sign-in page and back (URLs of Together tabs only: host permission); any tab loading. */
    onTabUpdated: (tabId: number, change: { url?: string; status?: string }, tab?: { url?: string }) => {
      // The URL change itself, and again when the page has loaded: a redirect can come before the job exists.
      const url = change.url ?? (change.status === 'complete' ? tab?.url : undefined);
      hub.sidePanel.forTab(tabId);
      // A vendor page reloading under an open side panel: offer nothing of the page it left; and once
      // the new one has loaded, forget the page altogether if no script of ours reported from it (a
      // host our scripts skip), after a grace period for the report to arrive.
      if (change.status === 'loading') hub.toolbar.forget(tabId);
      if (change.status === 'loading') void hub.tabPages.leaving(tabId).then((changed) => (changed ? hub.refresh() : undefined));
      if (change.status === 'complete')
        setTimeout(() => void hub.tabPages.dropIfLeft(tabId).then((dropped) => (dropped ? hub.refresh() : undefined)), REPORT_GRACE_MS);
      if (url) hub.relay.tabUpdated(tabId, url);
    },
    onAlarm: (alarm: { name: string }) => {
      if (alarm.name === EXPIRY_ALARM) void hub.vault.sweep();
      void hub.clipboard.onAlarm(alarm.name);
    },
    vault: hub.vault,
    /** Which page each tab shows (read by tests). */
    tabPages: hub.tabPages,
  };
}
