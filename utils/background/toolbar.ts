import { browser } from 'wxt/browser';

/** The part of `browser.action` the toolbar state uses (a fake in tests). */
export interface ActionApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
  setBadgeBackgroundColor?(details: { tabId: number; color: string }): Promise<void>;
}

/** The toolbar button on a vendor tab says how far that tab's guide is: "3/8", or ✓ once finished. */
export function createToolbar(action: ActionApi | undefined = browser.action as ActionApi | undefined) {
  const shown = new Map<number, string>();
  return {
    show(tabId: number, state: { badge: string; title: string }) {
      const key = `${state.badge}\n${state.title}`;
      if (!action || shown.get(tabId) === key) return;
      shown.set(tabId, key);
      // A tab can close between the report and this call: nothing to tell then.
      void action.setBadgeText({ tabId, text: state.badge }).catch(() => undefined);
      void action.setTitle({ tabId, title: state.title }).catch(() => undefined);
      void action.setBadgeBackgroundColor?.({ tabId, color: state.badge === '✓' ? '#1b7f3b' : '#1d4ed8' })?.catch(() => undefined);
    },
    /** The tab closed, or loads another page (Firefox resets a tab's badge then). */
    forget: (tabId: number) => void shown.delete(tabId),
  };
}

export type Toolbar = ReturnType<typeof createToolbar>;
