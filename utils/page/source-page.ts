import { browser, type ContentScriptContext } from '#imports';
import { sha256Hex } from '../background/sha256';
import { inspectableDocuments } from '../dom/documents';
import type { PageReadResult, Request, ToContent } from '../protocol/messages';
import { detectPage, type DetectedPage, type FieldCheck, type PageContext, type PageDef } from '../sites/pages';
import type { SiteDef } from '../sites/types';
import type { ValueName } from '../values';
import { createOverlay } from './overlay';
import { mountPanelFrame } from './panel-frame';

/** Re-detection and re-checking wait this long after the last change: pages render in bursts. */
const SETTLE_MS = 150;

const send = (message: Request) => browser.runtime.sendMessage(message).catch(() => undefined);
const asList = (x: Element | Element[] | null | undefined): Element[] => (!x ? [] : Array.isArray(x) ? x : [x]);

/**
 * The content script of a source site (UKG Pro, Vantagepoint): recognise the page, tell the
 * background, host the guide panel and the overlay, check the page's form as the admin types, and
 * read values when the background asks. Values leave the page only on a capture request or when
 * the admin clicks the vendor's Save on a watched form.
 */
export function runSourcePage(
  ctx: ContentScriptContext,
  site: SiteDef,
  pages: readonly PageDef[],
  extra?: { webUserKey?: (doc: Document) => string | null },
) {
  if (window.top !== window || !site.isSiteUrl(new URL(location.href))) return;

  const panel = mountPanelFrame(ctx);
  const highlight = createOverlay(ctx, 'highlight');
  const hints = createOverlay(ctx, 'hint');
  const pageCtx: PageContext = { accountName: null };
  let detected: DetectedPage | null = null;
  let anchor: string | null = null;
  let reported = '';
  let reportedChecks = '';
  let reportedWebKey = '';
  let timer: number | undefined;

  const observed = new WeakSet<Document>();
  const observer = new MutationObserver(() => schedule());

  function watch(doc: Document) {
    if (observed.has(doc) || !doc.body) return;
    observed.add(doc);
    observer.observe(doc.body, { childList: true, subtree: true });
    ctx.addEventListener(doc, 'input', schedule, { capture: true });
    ctx.addEventListener(doc, 'change', schedule, { capture: true });
    // The vendor's Save: take what the form holds at that moment. Capture phase, so it runs before
    // the page navigates; never prevents the page's own handling.
    ctx.addEventListener(doc, 'click', (e) => onClick(doc, e), { capture: true });
  }

  function onClick(doc: Document, e: Event) {
    // Clicks open and close dialogs and tabs by toggling attributes, which the childList observer
    // does not see (watching attributes on a vendor page is too costly): look again after them.
    schedule();
    const form = detected?.doc === doc ? detected.page.form : undefined;
    const target = (e.target as Element | null)?.closest?.('button, input, a');
    if (!form || !target || !form.isSubmit(target)) return;
    const { _rightsOk, username, password } = form.read(doc);
    if (username) void send({ type: 'account/saved', username, ...(password ? { password } : {}), rightsOk: !!_rightsOk });
  }

  function detect() {
    timer = undefined;
    const docs = inspectableDocuments(document);
    docs.forEach(watch);
    detected = detectPage(pages, docs);
    const page = detected?.page;
    const doc = detected?.doc;

    const available = (Object.entries(page?.captures ?? {}) as [ValueName, NonNullable<PageDef['captures']>[ValueName]][])
      .filter(([, read]) => doc && read?.(doc, pageCtx))
      .map(([name]) => name);
    const report = JSON.stringify([page?.id ?? null, available]);
    if (report !== reported) {
      reported = report;
      void send({ type: 'page/detected', pageId: page?.id ?? null, available });
    }

    const checks: FieldCheck[] = doc && page?.form ? page.form.check(doc) : [];
    hints.hints(checks.flatMap((c) => (c.element && c.field !== 'scopes' ? [{ element: c.element, ...c.result }] : [])));
    const checkReport = JSON.stringify(checks.map((c) => [c.field, c.result.level, c.result.message]));
    if (checkReport !== reportedChecks) {
      reportedChecks = checkReport;
      const fixes = page?.form?.fixes(checks) ?? [];
      void send({ type: 'page/checks', checks: checks.map((c) => ({ field: c.field, ...c.result })), fixes });
    }

    const webKey = doc && extra?.webUserKey?.(doc);
    if (webKey && webKey !== reportedWebKey) {
      reportedWebKey = webKey;
      void sha256Hex(webKey).then((sha256) => send({ type: 'page/web-user-key', sha256 }));
    }

    highlight.highlight(anchor && doc ? asList(page?.anchors?.[anchor]?.(doc, pageCtx)) : []);
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
        const read = detected?.page.captures?.[msg.value]?.(detected.doc, pageCtx);
        sendResponse({ value: read?.value ?? null } satisfies PageReadResult);
        return undefined;
      }
      case 'page/guide':
        anchor = msg.anchor;
        pageCtx.accountName = msg.accountName;
        detect();
        sendResponse(null);
        return undefined;
      case 'page/fix':
        if (detected) detected.page.form?.fix(detected.doc, msg.fix);
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
