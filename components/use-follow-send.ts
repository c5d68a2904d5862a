import { useEffect, useRef } from 'preact/hooks';
import type { PanelState } from '@/utils/guides/panel-view';

/** Chrome's side panel, where this browser has it (Firefox's sidebar follows the tab by its own panel). */
const chromeSidePanel = () => (globalThis as { chrome?: { sidePanel?: { open(o: { tabId: number }): Promise<void> } } }).chrome?.sidePanel;

/** The admin's click counts as a gesture this long (Chrome: a click's transient activation lasts 5 s). */
const GESTURE_MS = 4_000;

/**
 * The guide follows the admin to Together: after the admin's click on Send, once the background says
 * which Together tab the Send is bound to, Chrome's side panel is opened on that tab (the click is
 * still a user gesture then; a tab's panel does not open by itself when the tab comes to the front).
 * Returns what to call on the click.
 */
export function useFollowSend(state: PanelState | null, ownTab: number) {
  const clickedAt = useRef(0);
  const target = state?.relay && !state.relay.done ? state.relay.tabId : null;
  const job = state?.relay?.startedAt ?? null;
  useEffect(() => {
    if (target === null || target === ownTab || Date.now() - clickedAt.current > GESTURE_MS) return;
    clickedAt.current = 0;
    void chromeSidePanel()?.open({ tabId: target }).catch(() => undefined);
  }, [target, job, ownTab]);
  return () => {
    clickedAt.current = Date.now();
  };
}
