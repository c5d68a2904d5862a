import type { RelayView } from '@/utils/guides/panel-view';
import { vi } from 'vitest';
import { requestSchemas } from '@/utils/protocol/messages';
import type { Handlers } from '@/utils/protocol/router';
import type { SenderLike, Self } from '@/utils/protocol/sender';

export const SELF: Self = { id: 'ext-id', origin: 'chrome-extension://ext-id' };

/** A content script's sender as Chrome fills it in, for a page URL. */
export function contentSender(url: string, overrides: Partial<SenderLike> = {}): SenderLike {
  return { id: SELF.id, url, origin: new URL(url).origin, frameId: 0, documentId: 'doc-1', tab: { id: 7 }, ...overrides };
}

/** Our side panel for tab 7: an extension page with no tab of its own (Chrome and Firefox fill in no `tab`). */
export function panelSender(overrides: Partial<SenderLike> = {}): SenderLike {
  return { id: SELF.id, url: `${SELF.origin}/sidepanel.html?tab=7`, origin: SELF.origin, frameId: 0, ...overrides };
}

/**
 * A page of ours framed into a web page in tab 7 (none is web-accessible today; the policy refuses
 * such a sender anyway, since a page could bait clicks on it).
 */
export function framedSender(overrides: Partial<SenderLike> = {}): SenderLike {
  return { id: SELF.id, url: `${SELF.origin}/options.html`, origin: SELF.origin, frameId: 3, tab: { id: 7 }, ...overrides };
}

export const UKG_PAGE = 'https://ew42.ultipro.com/pages/VIEW/ServiceAccountAdmin.aspx';
export const VP_PAGE = 'https://acme.deltekfirst.com/Acme/app/#!Employees';
export const TOGETHER_PAGE = 'https://my.togetherplatform.com/settings?section=integrations';

/** Parses HTML into a document of its own (happy-dom). */
export function htmlDocument(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Puts a fixture's markup in this document's body, parsed apart (no markup sink in the tests either). */
export function showInBody(html: string): void {
  document.body.replaceChildren(...htmlDocument(html).body.childNodes);
}

/** A spy for every message type's handler, answering null. */
export function spyHandlers(): Handlers {
  return Object.fromEntries(Object.keys(requestSchemas).map((t) => [t, vi.fn(() => null)])) as unknown as Handlers;
}

/** A Send's state as the panel sees it (waiting for Together by default). */
export const relayView = (over: Partial<RelayView> = {}): RelayView => ({
  waiting: true,
  message: 'Waiting for Together…',
  done: false,
  awaitingSave: false,
  tabId: 9,
  startedAt: 1,
  filled: [],
  left: [],
  warning: null,
  saveError: null,
  summary: [],
  savedAt: null,
  ...over,
});
