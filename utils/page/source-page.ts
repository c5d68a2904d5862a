import { browser, type ContentScriptContext } from '#imports';
import { inspectableDocuments } from '../dom/documents';
import type { PageReadResult, ToContent } from '../protocol/messages';
import { detectPage, type DetectedPage, type PageDef } from '../sites/pages';
import type { SiteDef } from '../sites/types';
import { createHighlight } from './highlight';
import { mountPanelFrame } from './panel-frame';

/** Re-detection waits this long after the last DOM change: pages render in bursts. */
const SETTLE_MS = 150;

/**
 * The content script of a source site (UKG Pro, Vantagepoint): recognise the page, tell the
 * background, host the guide panel and the highlight, and read values when the background asks.
 * It never sends anything the page shows unless asked for a capture by the background.
 */
export function runSourcePage(ctx: ContentScriptContext, site: SiteDef, pages: readonly PageDef[]) {
  if (window.top !== window || !site.isSiteUrl(new URL(location.href))) return;

  const panel = mountPanelFrame(ctx);
  const highlight = createHighlight(ctx);
  let detected: DetectedPage | null = null;
  let reported: string | null | undefined;
  let anchor: string | null = null;
  let timer: number | undefined;

  const observed = new WeakSet<Document>();
  const observer = new MutationObserver(() => schedule());

  function detect() {
    timer = undefined;
    const docs = inspectableDocuments(document);
    for (const doc of docs) {
      if (!observed.has(doc) && doc.body) {
        observed.add(doc);
        observer.observe(doc.body, { childList: true, subtree: true });
      }
    }
    detected = detectPage(pages, docs);
    const pageId = detected?.page.id ?? null;
    if (pageId !== reported) {
      reported = pageId;
      void browser.runtime.sendMessage({ type: 'page/detected', pageId }).catch(() => undefined);
    }
    highlight.show((anchor && detected?.page.anchors?.[anchor]?.(detected.doc)) || null);
  }

  function schedule() {
    if (timer === undefined) timer = ctx.setTimeout(detect, SETTLE_MS);
  }

  // The ContentFrame navigates without the top page changing; its load event does not bubble,
  // but a capture-phase listener on the top document sees it.
  ctx.addEventListener(document, 'load', schedule, { capture: true });
  ctx.addEventListener(window, 'hashchange', schedule);
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  ctx.onInvalidated(() => observer.disconnect());

  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
    if (sender.id !== browser.runtime.id || !ctx.isValid) return undefined;
    const msg = message as ToContent;
    switch (msg?.type) {
      case 'page/read': {
        detect();
        const read = detected?.page.captures?.[msg.value]?.(detected.doc);
        sendResponse({ value: read?.value ?? null } satisfies PageReadResult);
        return undefined;
      }
      case 'page/highlight':
        anchor = msg.anchor;
        detect();
        sendResponse(null);
        return undefined;
      case 'panel/layout':
        panel.setCollapsed(msg.collapsed);
        sendResponse(null);
        return undefined;
      default:
        return undefined;
    }
  });

  detect();
}
