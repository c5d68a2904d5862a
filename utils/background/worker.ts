import { browser, type Browser } from 'wxt/browser';
import type { FromPanel } from '../protocol/messages';
import { createRouter, type Handlers } from '../protocol/router';
import { classifySender } from '../protocol/sender';
import { createWorkerParts, EXPIRY_ALARM, RELAY_ALARM, self, type WorkerOptions } from './parts';
import { adminHandlers } from './handlers/admin';
import { pageHandlers } from './handlers/pages';
import { saveHandlers } from './handlers/saves';
import { panelHandlers } from './handlers/panel';
import { guideHandlers } from './handlers/guide';
import { relayHandlers } from './handlers/relay';
import { valueHandlers } from './handlers/values';
import { handOffHandlers } from './handlers/handoff';
import { PANEL_PORT } from '../protocol/ports';

export { self } from './parts';

/** After a tab's document has loaded, how long our content script there has to report before the tab's page is forgotten. */
const REPORT_GRACE_MS = 3_000;

/**
 * The background service worker: its parts (./parts.ts), the handlers behind every message type
 * (one file per topic in ./handlers, each a map of type → handler, each declaring what it needs),
 * the side panels' ports, and which panel page each tab gets (./side-panel.ts). The entrypoint only
 * attaches it to browser events.
 */
/** A tab started loading another document: its badge, what its old page offered, and what its page was told are gone. */
function newDocument(worker: ReturnType<typeof createWorkerParts>, tabId: number) {
  worker.toolbar.forget(tabId);
  worker.pageChanged(tabId);
  void worker.tabPages.leaving(tabId).then((changed) => (changed ? worker.refresh() : undefined));
}

/**
 * The side panel receives its state over a port; its first message says which tab it guides.
 * While a tab's panel is open, the page hides its launcher; when it closes, the launcher returns.
 */
function panelPorts(worker: ReturnType<typeof createWorkerParts>) {
  return function onConnect(port: Browser.runtime.Port) {
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
      const before = worker.ports.get(port) ?? null;
      worker.ports.set(port, tabId);
      void worker.refresh(before ?? undefined);
    };
    port.onDisconnect.addListener(() => {
      const tabId = worker.ports.get(port) ?? null;
      worker.ports.delete(port);
      if (tabId !== null) void worker.showGuideOnTab(tabId);
    });
    show(null);
    port.onMessage.addListener((m: unknown) => {
      const msg = m as FromPanel;
      if (msg?.type === 'watch' && Number.isInteger(msg.tabId) && msg.tabId >= 0) show(msg.tabId);
    });
  };
}

export function createWorker(options: WorkerOptions = {}) {
  const worker = createWorkerParts(options);
  const handlers: Handlers = {
    ...pageHandlers(worker),
    ...saveHandlers(worker),
    ...valueHandlers(worker),
    ...relayHandlers(worker),
    ...adminHandlers(worker),
    ...panelHandlers(worker),
    ...guideHandlers(worker),
    ...handOffHandlers(worker),
  };

  const onConnect = panelPorts(worker);

  return {
    // Answers are in the admin's language: wait for its messages to load after a restart.
    onMessage: createRouter(
      handlers,
      async () => {
        await worker.currentLanguage();
        return worker.me();
      },
      worker.meNow,
    ),
    onConnect,
    /** The toolbar button opens the guide (Chrome by panel behaviour, Firefox by action.onClicked). */
    installSidePanel: (onActionClicked: (listener: () => void) => void) => worker.sidePanel.install(onActionClicked),
    /** Each tab gets its own panel page when the admin first looks at it. */
    onTabActivated: (info: { tabId: number }) => worker.sidePanel.forTab(info.tabId),
    /** The organisation changed its policy while the browser runs (e.g. the language). */
    onManagedChanged: () => void worker.changeLanguage().then(() => worker.refresh()),
    /** The admin removed a granted origin in the browser's own settings: drop its script too. */
    onPermissionsRemoved: () => {
      worker.originsChanged();
    },
    /**
     * A new install: the welcome page (which system, how to open the guide, what is kept and sent).
     * Not when the organisation installed it by policy: no tab opens unasked on every admin's browser.
     */
    onInstalled: async (details: { reason: string }) => {
      if (details.reason !== 'install') return;
      const installType = await (options.installType ?? (() => browser.management.getSelf().then((s) => s.installType)))().catch(
        () => null,
      );
      if (installType === 'admin') return;
      await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => undefined);
    },
    onTabRemoved: (tabId: number) => {
      void worker.relay.tabRemoved(tabId);
      worker.sidePanel.tabRemoved(tabId);
      worker.toolbar.forget(tabId);
      void worker.tabPages.remove(tabId);
    },
    /** Together's tab moving to its sign-in page and back (URLs of Together tabs only: host permission); any tab loading. */
    onTabUpdated: (tabId: number, change: { url?: string; status?: string }, tab?: { url?: string }) => {
      // The URL change itself, and again when the page has loaded: a redirect can come before the job exists.
      const url = change.url ?? (change.status === 'complete' ? tab?.url : undefined);
      worker.sidePanel.forTab(tabId);
      // A vendor page reloading under an open side panel: offer nothing of the page it left; and once
      // the new one has loaded, forget the page altogether if no script of ours reported from it (a
      // host our scripts skip), after a grace period for the report to arrive.
      if (change.status === 'loading') newDocument(worker, tabId);
      if (change.status === 'complete')
        setTimeout(
          () => void worker.tabPages.dropIfLeft(tabId).then((dropped) => (dropped ? worker.refresh() : undefined)),
          REPORT_GRACE_MS,
        );
      if (url) void worker.relay.tabUpdated(tabId, url);
    },
    onAlarm: (alarm: { name: string }) => {
      if (alarm.name === EXPIRY_ALARM) void worker.vault.sweep();
      if (alarm.name === RELAY_ALARM) void worker.relay.wake();
      void worker.clipboard.onAlarm(alarm.name);
    },
    vault: worker.vault,
    /** Which page each tab shows (read by tests). */
    tabPages: worker.tabPages,
  };
}
