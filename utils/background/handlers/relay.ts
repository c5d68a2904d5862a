import { GUIDES } from '../../guides/registry';
import { TOGETHER_INTEGRATIONS_URL } from '../../together/site';
import type { Handlers } from '../../protocol/router';
import type { HubContext } from '../context';

/** "Send to Together" and what Together's page reports while the job waits for it. */
export function relayHandlers(hub: HubContext): Pick<Handlers, 'relay/send' | 'together/status' | 'together/hello' | 'together/focus'> {
  const { relay, guideOf, relayDeps } = hub;
  return {
    async 'relay/send'(msg) {
      const guide = msg.guide ? GUIDES[msg.guide] : (await guideOf(null)).guide;
      return relay.start(guide.id);
    },
    async 'together/status'(msg, from) {
      if (from.kind === 'content-script') relay.pageState(from.tabId, from.url, msg.state);
      return null;
    },
    /** The finished guide's "Go to Together": the settings tab in front, opened if none is. */
    async 'together/focus'() {
      const [tab] = await relayDeps.findTogetherTabs();
      if (tab) await relayDeps.focusTab(tab);
      else await relayDeps.openTab(TOGETHER_INTEGRATIONS_URL);
      return null;
    },
    async 'together/hello'(_msg, from) {
      return from.kind === 'content-script' ? relay.armedFor(from.tabId) : null;
    },
  };
}
