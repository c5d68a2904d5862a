import { browser } from 'wxt/browser';
import { sidePanelPath } from '../contracts/side-panel';

/** Chrome and Edge: the side panel (`sidePanel` permission, added by WXT for the `sidepanel` entrypoint). */
interface ChromeSidePanel {
  setOptions(o: { tabId?: number; path?: string; enabled?: boolean }): Promise<void>;
  open(o: { tabId: number }): Promise<void>;
  setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void>;
}
/** Firefox: the sidebar (`sidebar_action`). */
interface FirefoxSidebar {
  open(): Promise<void>;
  setPanel(o: { tabId: number; panel: string }): Promise<void>;
}

export interface SidePanelApis {
  chrome?: ChromeSidePanel | undefined;
  firefox?: FirefoxSidebar | undefined;
}

const browserApis = (): SidePanelApis => ({
  chrome: (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel,
  firefox: (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction,
});

/**
 * The guide's place in the browser: a side panel page per tab (`sidepanel.html?tab=<id>`), so it
 * always guides the tab it was opened for and stays open across that tab's page loads. Opening
 * needs a user gesture, which lasts one synchronous turn: `openFor` must be called in the very
 * turn a trusted click's message arrives, with nothing awaited before it.
 */
export function createSidePanel(apis: SidePanelApis = browserApis()) {
  const configured = new Set<number>();
  /** Runs a browser call whose failure changes nothing for the admin (a missing API, a closed tab). */
  const swallow = (call: () => Promise<unknown> | undefined) => {
    try {
      void call()?.catch(() => undefined);
    } catch {
      // An API this browser lacks.
    }
  };

  /** Gives a tab its own panel page (once per tab while the worker lives; the same path again changes nothing). */
  function forTab(tabId: number) {
    if (configured.has(tabId)) return;
    configured.add(tabId);
    swallow(() => apis.chrome?.setOptions({ tabId, path: sidePanelPath(tabId), enabled: true }));
    swallow(() => apis.firefox?.setPanel({ tabId, panel: browser.runtime.getURL(`/${sidePanelPath(tabId)}`) }));
  }

  return {
    forTab,
    /** Binds a tab's panel again, whatever was set before (Together's tab, when a Send goes there). */
    bind(tabId: number) {
      configured.delete(tabId);
      forTab(tabId);
    },
    tabRemoved: (tabId: number) => configured.delete(tabId),
    /**
     * Opens the guide for a tab, in the turn of the admin's click. Chrome: the options are set
     * (not awaited) and the panel opened in the same turn. Firefox refuses anything but a user
     * input handler of an extension document (the toolbar button, the launcher frame).
     */
    openFor(tabId: number): boolean {
      if (!apis.chrome) return false;
      configured.delete(tabId);
      forTab(tabId);
      const chrome = apis.chrome;
      swallow(() => chrome.open({ tabId }));
      return true;
    },
    /** The toolbar button opens the guide: Chrome by its panel behaviour, Firefox through action.onClicked. */
    install(onActionClicked: (listener: () => void) => void) {
      // No guide on a tab that has no panel of its own: the browser's default (no-tab) panel is off,
      // so another tab's guide never stays open beside a page it does not guide.
      swallow(() => apis.chrome?.setOptions({ enabled: false }));
      swallow(() => apis.chrome?.setPanelBehavior({ openPanelOnActionClick: true }));
      const sidebar = apis.firefox;
      if (sidebar) onActionClicked(() => swallow(() => sidebar.open()));
    },
  };
}

export type SidePanel = ReturnType<typeof createSidePanel>;
