import { onPremSystemFor, siteForUrl, type SiteId } from '../systems/sites';

/** The parts of runtime.MessageSender we rely on (the same in Chrome and Firefox). */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  documentId?: string;
  tab?: { id?: number };
}

export type SenderClass =
  /** One of our own pages: the side panel, options (`framed`: inside a tab's page, which the policy refuses). */
  | { kind: 'extension-page'; tabId: number | null; framed: boolean }
  /** A content script of ours on one of the supported sites. */
  | { kind: 'content-script'; site: SiteId; tabId: number; topFrame: boolean; documentId?: string; url: URL };

export interface Self {
  id: string;
  /** e.g. chrome-extension://abc… or moz-extension://uuid, without a trailing slash. */
  origin: string;
  /** On-premises Vantagepoint origins the admin added (their content scripts count as Vantagepoint's). */
  onPremOrigins?: ReadonlySet<string>;
}

function parseUrl(s: string | undefined): URL | null {
  if (!s) return null;
  try {
    return new URL(s);
  } catch {
    return null;
  }
}

/** URL.origin is "null" for non-web schemes in some engines; extension URLs need their real origin. */
function originOf(url: URL): string {
  return /^(chrome|moz|safari-web)-extension:$/.test(url.protocol) ? `${url.protocol}//${url.host}` : url.origin;
}

/**
 * Who sent a message, decided only from what the browser filled in (never from the message).
 * Null for anything that is not ours: other extensions, web pages, senders without an origin,
 * or a content script on a URL none of our sites claims.
 */
export function classifySender(sender: SenderLike, self: Self): SenderClass | null {
  if (!sender || sender.id !== self.id) return null;
  const url = parseUrl(sender.url);
  // `origin` is the trustworthy field (url can be about:blank); fall back to the URL's origin
  // where a browser does not fill it in.
  const origin = sender.origin ?? (url && originOf(url));
  if (!origin || origin === 'null') return null;
  if (url && originOf(url) !== origin && url.protocol !== 'about:') return null;

  if (origin === self.origin) {
    const tabId = sender.tab?.id ?? null;
    return { kind: 'extension-page', tabId, framed: tabId !== null && (sender.frameId ?? 0) > 0 };
  }

  const tabId = sender.tab?.id;
  if (!url || tabId === undefined || tabId < 0) return null;
  const site = siteForUrl(url)?.id ?? (self.onPremOrigins?.has(url.origin) ? onPremSystemFor(url) : null);
  if (!site) return null;
  return {
    kind: 'content-script',
    site,
    tabId,
    topFrame: sender.frameId === 0,
    url,
    ...(sender.documentId ? { documentId: sender.documentId } : {}),
  };
}
