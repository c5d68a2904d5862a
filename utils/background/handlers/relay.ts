import { GUIDES } from '../../guides/registry';
import type { Handlers } from '../../protocol/router';
import type { HubContext } from '../context';

/** "Send to Together" and what Together's page reports while the job waits for it. */
export function relayHandlers(hub: HubContext): Pick<Handlers, 'relay/send' | 'together/status' | 'together/hello'> {
  const { relay, guideOf } = hub;
  return {
    async 'relay/send'(msg) {
      const guide = msg.guide ? GUIDES[msg.guide] : (await guideOf(null)).guide;
      return relay.start(guide.id);
    },
    async 'together/status'(msg, from) {
      if (from.kind === 'content-script') relay.pageState(from.tabId, from.url, msg.state);
      return null;
    },
    async 'together/hello'(_msg, from) {
      return from.kind === 'content-script' ? relay.armedFor(from.tabId) : null;
    },
  };
}
