import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { PANEL_PORT } from '@/utils/protocol/ports';
import { currentLanguage } from '@/utils/i18n/i18n';
import type { FromPanel, ToPanel } from '@/utils/protocol/messages';
import type { PanelState } from '@/utils/guides/panel-view';

/** Receives the background's state for this tab over a port: the first message says which tab. */
export function usePanelState(tabId: number | null): [PanelState | null, number] {
  const [state, setState] = useState<PanelState | null>(null);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const port = browser.runtime.connect({ name: PANEL_PORT });
    port.onMessage.addListener((m: unknown) => {
      const msg = m as ToPanel;
      if (msg?.type !== 'state') return;
      // The admin picked another language in Options: start again in it.
      if (msg.state.language !== currentLanguage()) return location.reload();
      setState(msg.state);
      setNow(Date.now());
    });
    if (tabId !== null) port.postMessage({ type: 'watch', tabId } satisfies FromPanel);
    const tick = setInterval(() => setNow(Date.now()), 5_000);
    return () => {
      clearInterval(tick);
      port.disconnect();
    };
  }, [tabId]);
  return [state, now];
}
