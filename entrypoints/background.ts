import { browser, defineBackground } from '#imports';
import { createWorker } from '@/utils/background/worker';

type AccessLevelArea = { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> };

/** Wiring only: see utils/background/worker.ts. */
export default defineBackground(() => {
  // Content scripts must never read captured values or state. storage.session is trusted-only by
  // default; say so explicitly, and close storage.local too where the browser supports it.
  const chromeStorage = (globalThis as { chrome?: { storage?: Record<string, AccessLevelArea> } }).chrome?.storage;
  for (const area of ['session', 'local']) {
    void chromeStorage?.[area]?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })?.catch(() => undefined);
  }

  const worker = createWorker();
  browser.runtime.onMessage.addListener(worker.onMessage);
  browser.runtime.onConnect.addListener(worker.onConnect);
  browser.runtime.onInstalled.addListener(worker.onInstalled);
  browser.tabs.onRemoved.addListener(worker.onTabRemoved);
  browser.tabs.onUpdated.addListener(worker.onTabUpdated);
  browser.tabs.onActivated.addListener(worker.onTabActivated);
  browser.alarms.onAlarm.addListener(worker.onAlarm);
  browser.permissions.onRemoved.addListener(worker.onPermissionsRemoved);
  browser.storage.onChanged.addListener((_changes, area) => area === 'managed' && worker.onManagedChanged());
  // Listeners at the top level, in the first turn: the worker (Firefox: event page) may have woken for them.
  worker.installSidePanel((listener) => browser.action.onClicked.addListener(listener));
  void browser.tabs.query({}).then((tabs) => tabs.forEach((t) => t.id !== undefined && worker.onTabActivated({ tabId: t.id })));
});
