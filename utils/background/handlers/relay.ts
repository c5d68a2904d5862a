import { GUIDES } from '../../guides/registry';
import { TOGETHER_INTEGRATIONS_URL } from '../../together/site';
import type { Handlers } from '../../protocol/router';
import type { KnownGuide } from '../../guides/registry';
import type { Relay, RelayDeps } from '../../relay/relay';

/** What the relay handlers need. */
export interface RelayHandlerDeps {
  relay: Pick<Relay, 'start' | 'pageState' | 'armedFor' | 'saveSeen' | 'confirmSaved'>;
  /** Together's tabs, as the relay finds, focuses and opens them. */
  togetherTabs: Pick<RelayDeps, 'findTogetherTabs' | 'focusTab' | 'openTab'>;
  /** The guide a request without one is about (the side panel's default). */
  defaultGuide(): Promise<KnownGuide>;
}

/** "Send to Together" and what Together's page reports while the job waits for it. */
export function relayHandlers(
  deps: RelayHandlerDeps,
): Pick<Handlers, 'relay/send' | 'together/status' | 'together/hello' | 'relay/focus-together' | 'together/saved' | 'relay/confirm-saved'> {
  const { relay, togetherTabs } = deps;
  return {
    async 'relay/send'(msg) {
      const guide = msg.system ? GUIDES[msg.system] : await deps.defaultGuide();
      return relay.start(guide.id);
    },
    async 'together/status'(msg, from) {
      if (from.kind === 'content-script') await relay.pageState(from.tabId, from.url, msg.state);
      return null;
    },
    /** Together's page saw the admin's Save and Together's answer (only for the tab a filled job waits on). */
    async 'together/saved'(msg, from) {
      if (from.kind === 'content-script') await relay.saveSeen(from.tabId, from.url, msg.outcome, msg.message);
      return null;
    },
    async 'relay/confirm-saved'(msg) {
      await relay.confirmSaved(msg.system);
      return null;
    },
    /** The finished guide's "Go to Together": the settings tab in front, opened if none is. */
    async 'relay/focus-together'() {
      const [tab] = await togetherTabs.findTogetherTabs();
      if (tab) await togetherTabs.focusTab(tab);
      else await togetherTabs.openTab(TOGETHER_INTEGRATIONS_URL);
      return null;
    },
    async 'together/hello'(_msg, from) {
      return from.kind === 'content-script' ? relay.armedFor(from.tabId) : null;
    },
  };
}
