import type { Browser } from 'wxt/browser';
import type { FromPopup, ToPanel } from '../protocol/messages';
import { createRouter, type Handlers } from '../protocol/router';
import { classifySender } from '../protocol/sender';
import { createHubContext, EXPIRY_ALARM, self, type HubOptions } from './context';
import { adminHandlers } from './handlers/admin';
import { pageHandlers } from './handlers/pages';
import { panelHandlers } from './handlers/panel';
import { relayHandlers } from './handlers/relay';
import { valueHandlers } from './handlers/values';
import { PANEL_PORT } from '../protocol/ports';

export { self } from './context';

/**
 * The background: its shared state (./context.ts), the handlers behind every message type (one
 * file per topic in ./handlers, each a map of type → handler), and the panels' ports. The
 * entrypoint only attaches it to browser events.
 */
export function createHub(options: HubOptions = {}) {
  const hub = createHubContext(options);
  const handlers: Handlers = {
    ...pageHandlers(hub),
    ...valueHandlers(hub),
    ...relayHandlers(hub),
    ...adminHandlers(hub),
    ...panelHandlers(hub),
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
      hub.ports.set(port, tabId);
      if (from.framed && tabId !== null) port.postMessage({ type: 'gate', ok: hub.gates.get(tabId) ?? false } satisfies ToPanel);
      void hub.stateFor(tabId).then((state) => port.postMessage({ type: 'state', state } satisfies ToPanel));
      if (tabId !== null) void hub.guidePage(tabId);
    };
    port.onDisconnect.addListener(() => hub.ports.delete(port));
    if (from.framed) {
      void hub.framedWhereWeRun(from).then((ok) => (ok ? show(from.tabId) : port.disconnect()));
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
      await hub.lang.current;
      return hub.me();
    }),
    onConnect,
    /** The organisation changed its policy while the browser runs (e.g. the language). */
    onManagedChanged: () => void hub.changeLanguage().then(() => hub.refresh()),
    /** The admin removed a granted origin in the browser's own settings: drop its script too. */
    onPermissionsRemoved: () => {
      hub.hosts.origins = hub.onPrem.sync().then((o) => new Set(o));
    },
    onTabRemoved: (tabId: number) => {
      hub.relay.tabRemoved(tabId);
      hub.gates.delete(tabId);
      void hub.tabPages.remove(tabId);
    },
    /** Together's tab moving to its sign-in page and back (URLs of Together tabs only: host permission). */
    onTabUpdated: (tabId: number, change: { url?: string; status?: string }, tab?: { url?: string }) => {
      // The URL change itself, and again when the page has loaded: a redirect can come before the job exists.
      const url = change.url ?? (change.status === 'complete' ? tab?.url : undefined);
      if (url) hub.relay.tabUpdated(tabId, url);
    },
    onAlarm: (alarm: { name: string }) => {
      if (alarm.name === EXPIRY_ALARM) void hub.vault.sweep();
      void hub.clipboard.onAlarm(alarm.name);
    },
    vault: hub.vault,
  };
}
