import type { ToPanel } from '../../protocol/messages';
import type { Handlers } from '../../protocol/router';
import type { HubContext } from '../context';

/** The framed panel's gate (the content script's verdict on the frame) and its layout. */
export function panelHandlers(hub: HubContext): Pick<Handlers, 'panel/gate' | 'panel/verify' | 'panel/layout'> {
  const { gates, ports, tabOf, askTopFrame, sendToTopFrame } = hub;
  return {
    async 'panel/gate'(msg, from) {
      if (from.kind !== 'content-script') return null;
      gates.set(from.tabId, msg.ok);
      for (const [port, tabId] of ports) if (tabId === from.tabId) port.postMessage({ type: 'gate', ok: msg.ok } satisfies ToPanel);
      return null;
    },
    async 'panel/verify'(_msg, from) {
      const tabId = tabOf(from, {});
      const reply = tabId === null ? null : await askTopFrame(tabId, { type: 'panel/verify' });
      return { ok: reply?.ok === true };
    },
    async 'panel/layout'(msg, from) {
      const tabId = tabOf(from, {});
      if (tabId !== null) await sendToTopFrame(tabId, { type: 'panel/layout', collapsed: msg.collapsed }).catch(() => undefined);
      return null;
    },
  };
}
