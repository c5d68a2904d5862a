import { useEffect, useRef } from 'preact/hooks';
import type { PanelState } from '@/utils/guides/panel-view';

/** Chrome's side panel, where this browser has it (Firefox's sidebar follows the tab by its own panel). */
const chromeSidePanel = () => (globalThis as { chrome?: { sidePanel?: { open(o: { tabId: number }): Promise<void> } } }).chrome?.sidePanel;

/** The admin's click counts as a gesture this long (Chrome: a click's transient activation lasts 5 s). */
const GESTURE_MS = 4_000;
/**
 * With Together open the fill takes about 0.1 s: the panel opens once it is done, not while the page
 * is being filled (loading the panel would compete with the fill). It opens at the latest this long
 * after the click (Together loading, the admin signing in), well within the gesture.
 */
const OPEN_BY_MS = 1_500;

/**
 * The guide follows the admin to Together: after the admin's click on Send, once the background says
 * which Together tab the Send is bound to, Chrome's side panel is opened on that tab (the click is
 * still a user gesture then; a tab's panel does not open by itself when the tab comes to the front).
 * Returns what to call on the click.
 */
export function useFollowSend(state: PanelState | null, ownTab: number) {
  const clickedAt = useRef(0);
  const relay = state?.relay && !state.relay.done ? state.relay : null;
  // Not again where its panel is open already (opening an open panel anew is no help).
  const target = relay && !relay.tabHasPanel ? relay.tabId : null;
  const job = relay?.startedAt ?? null;
  const filled = relay?.awaitingSave ?? false;
  useEffect(() => {
    const since = Date.now() - clickedAt.current;
    if (target === null || target === ownTab || since > GESTURE_MS) return;
    const open = () => {
      clickedAt.current = 0;
      void chromeSidePanel()
        ?.open({ tabId: target })
        .catch(() => undefined);
    };
    if (filled || since >= OPEN_BY_MS) return open();
    const timer = setTimeout(open, OPEN_BY_MS - since);
    return () => clearTimeout(timer);
  }, [target, job, filled, ownTab]);
  return () => {
    clickedAt.current = Date.now();
  };
}
