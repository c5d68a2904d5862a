import { browser, defineBackground } from '#imports';
import { createHub } from '@/utils/background/hub';

type AccessLevelArea = { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> };

/** Wiring only: see utils/background/hub.ts. */
export default defineBackground(() => {
  // Content scripts must never read captured values or state. storage.session is trusted-only by
  // default; say so explicitly, and close storage.local too where the browser supports it.
  const chromeStorage = (globalThis as { chrome?: { storage?: Record<string, AccessLevelArea> } }).chrome?.storage;
  for (const area of ['session', 'local']) {
    void chromeStorage?.[area]?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })?.catch(() => undefined);
  }

  const hub = createHub();
  browser.runtime.onMessage.addListener(hub.onMessage);
  browser.runtime.onConnect.addListener(hub.onConnect);
  browser.runtime.onInstalled.addListener(hub.onInstalled);
  browser.tabs.onRemoved.addListener(hub.onTabRemoved);
  browser.tabs.onUpdated.addListener(hub.onTabUpdated);
  browser.tabs.onActivated.addListener(hub.onTabActivated);
  browser.alarms.onAlarm.addListener(hub.onAlarm);
  browser.permissions.onRemoved.addListener(hub.onPermissionsRemoved);
  browser.storage.onChanged.addListener((_changes, area) => area === 'managed' && hub.onManagedChanged());
  // Listeners at the top level, in the first turn: the worker (Firefox: event page) may have woken for them.
  hub.installSidePanel((listener) => browser.action.onClicked.addListener(listener));
  void browser.tabs.query({}).then((tabs) => tabs.forEach((t) => t.id !== undefined && hub.onTabActivated({ tabId: t.id })));
});
