import { SITES } from '../systems/sites';
import type { RequestType } from './messages';
import type { SenderClass } from './sender';

/** A kind of sender a message type accepts. */
export type SenderRule =
  /**
   * A page of ours at the top of its own window or panel: the side panel (or its stand-in tab),
   * options. Never one framed into a web page (none is web-accessible, but should one ever be), which a
   * page could bait clicks on.
   */
  | 'extension-page'
  /** The top-frame content script of a source site (UKG Pro, Vantagepoint). */
  | 'source-top-frame'
  /** The top-frame content script of any of our sites (Together included). */
  | 'content-top-frame'
  /** The top-frame content script on Together's exact origin. */
  | 'together-top-frame';

/** Default deny: a message type accepts only the senders listed here. */
export const POLICY: Record<RequestType, readonly SenderRule[]> = {
  'page/detected': ['source-top-frame'],
  'page/form-saved': ['source-top-frame'],
  'form/use-saved': ['extension-page'],
  'page/decoy': ['source-top-frame'],
  'capture/request': ['extension-page'],
  'form/fix': ['extension-page'],
  'form/fill': ['extension-page'],
  'vault/reveal': ['extension-page'],
  'vault/put': ['extension-page'],
  'relay/send': ['extension-page'],
  'connection/test': ['extension-page'],
  'vault/clear': ['extension-page'],
  'clipboard/copied': ['extension-page'],
  'outline/request': ['extension-page'],
  'progress/reset': ['extension-page'],
  'step/mark': ['extension-page'],
  'guide/rest': ['extension-page'],
  'vault/extend': ['extension-page'],
  'relay/focus-together': ['extension-page'],
  'settings/get': ['extension-page'],
  'records/list': ['extension-page'],
  'settings/set': ['extension-page'],
  'hosts/list': ['extension-page'],
  'hosts/add': ['extension-page'],
  'hosts/remove': ['extension-page'],
  'page/open-panel': ['source-top-frame'],
  'together/status': ['together-top-frame'],
  'together/hello': ['together-top-frame'],
  'together/saved': ['together-top-frame'],
  'relay/confirm-saved': ['extension-page'],
  'language/get': ['extension-page', 'content-top-frame'],
  // A trusted action in our own pages only: no page, link or content script seals or opens an envelope.
  'handoff/values': ['extension-page'],
  'handoff/keep': ['extension-page'],
};

function satisfies(rule: SenderRule, s: SenderClass): boolean {
  switch (rule) {
    case 'extension-page':
      return s.kind === 'extension-page' && !s.framed;
    case 'source-top-frame':
      return s.kind === 'content-script' && s.topFrame && SITES[s.site].role === 'source';
    case 'content-top-frame':
      return s.kind === 'content-script' && s.topFrame;
    case 'together-top-frame':
      return s.kind === 'content-script' && s.topFrame && s.site === 'together';
  }
}

export function isAllowed(type: RequestType, sender: SenderClass | null): sender is SenderClass {
  return sender !== null && POLICY[type].some((rule) => satisfies(rule, sender));
}
