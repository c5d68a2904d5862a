import { useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from '#imports';
import { PANEL_PORT } from '@/utils/protocol/ports';
import { currentLanguage } from '@/utils/i18n/i18n';
import type { FromPanel, ToPanel } from '@/utils/protocol/messages';
import type { PanelState } from '@/utils/guides/panel-view';

/** After the worker stopped (Chrome stops an idle one), the panel connects again this soon: the new worker takes up its state. */
const RECONNECT_MS = 250;

/**
 * Receives the background's state for this tab over a port: the first message says which tab.
 * When the worker is stopped the port closes; the panel connects again, which wakes a new worker.
 */
export function usePanelState(tabId: number | null): [PanelState | null, number] {
  const [state, setState] = useState<PanelState | null>(null);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    let port: Browser.runtime.Port | null = null;
    let closed = false;
    const connect = () => {
      try {
        port = browser.runtime.connect({ name: PANEL_PORT });
      } catch {
        return; // the extension was updated or removed: this page is gone with it
      }
      port.onMessage.addListener((m: unknown) => {
        const msg = m as ToPanel;
        if (msg?.type !== 'state') return;
        // The admin picked another language in Options: start again in it.
        if (msg.state.language !== currentLanguage()) return location.reload();
        setState(msg.state);
        setNow(Date.now());
      });
      port.onDisconnect.addListener(() => {
        if (!closed) setTimeout(connect, RECONNECT_MS);
      });
      if (tabId !== null) port.postMessage({ type: 'watch', tabId } satisfies FromPanel);
    };
    connect();
    const tick = setInterval(() => setNow(Date.now()), 5_000);
    return () => {
      closed = true;
      clearInterval(tick);
      port?.disconnect();
    };
  }, [tabId]);
  return [state, now];
}
