import { browser, type ContentScriptContext } from '#imports';
import { fingerprint, sha256Hex } from '../crypto/sha256';
import { isAlive } from '../dom/alive';
import { frameOffset, inspectableDocuments } from '../dom/documents';
import { setMessages, type LanguageChoice } from '../i18n/i18n';
import type { PageReadResult, Request } from '../protocol/messages';
import type { PageBehaviour } from '../contracts/behaviour';
import { detectPage, type DetectedPage, type FieldCheck, type PageContext, type PageDef } from '../contracts/page';
import type { ValueName } from '../contracts/values';
import { setInputValue } from '../dom/set-input-value';
import { isMasked } from '../dom/labels';
import { chosenLanguage } from './language';
import { listenToBackground } from './listen';
import { createOverlay } from './overlay';
import { pageReport } from './page-report';
import { onSaveClick } from './save-watch';
import { createTouched } from './touched';

/** Re-detection and re-checking wait this long after the last change: pages render in bursts. */
const SETTLE_MS = 150;
/** …but no longer than this after the first, so a page that never stops changing is still looked at. */
const MAX_SETTLE_MS = 1_000;
/**
 * Mutation storms: above this many observer callbacks in OBSERVER_WINDOW_MS, stop observing for a
 * while (each callback's MutationRecords cost script time in proportion to the page's churn). An
 * SPA route change takes a few (and route changes are looked at at once anyway); a page streaming
 * rows takes hundreds.
 */
const MAX_CALLBACKS = 10;
const OBSERVER_WINDOW_MS = 2_000;
/** The highlight follows its target at once unless that costs more than this per callback. */
const FAST_HIGHLIGHT_BUDGET_MS = 1;

const send = (message: Request) => browser.runtime.sendMessage(message).catch(() => undefined);
const asList = (x: Element | Element[] | null | undefined): Element[] => (!x ? [] : Array.isArray(x) ? x : [x]);

export interface SourcePageOptions {
  /** The web user's own key on a page that shows it (a system's own-account page), to warn if captured. */
  webUserKey?: (doc: Document) => string | null;
  /** Checks about the site as a whole (e.g. a public address), on every page. */
  siteChecks?: () => FieldCheck[];
}

/**
 * The content script of an HR system's site: recognise the page (a look after every burst of
 * changes, with a cap on mutation storms), tell the background (page-report.ts), draw the read-only
 * overlay (the step's target, the step in words, check hints: the guide itself lives in the side
 * panel, out of the page's reach), check the page's form as the admin types, take the vendor's Save (save-watch.ts), and
 * answer the background's requests (below). Values leave the page only on a capture request or
 * when the admin clicks the vendor's Save on a watched form. Top frame only.
 */
export function runSourcePage(ctx: ContentScriptContext, pages: readonly PageDef[], behaviour: PageBehaviour, options: SourcePageOptions = {}) {
  if (window.top !== window) return;

  const highlight = createOverlay(ctx, 'highlight');
  const callout = createOverlay(ctx, 'callout');
  const hints = createOverlay(ctx, 'hint');
  const pageCtx: PageContext = { accountName: null };
  let detected: DetectedPage | null = null;
  let anchor: string | null = null;
  let calloutText: string | null = null;
  let reported = '';
  let looks = 0;
  let printed: { values: string; prints: Promise<(readonly [string, string])[]> } | null = null;
  const touched = createTouched();
  let reportedWebKey = '';
  let timer: number | undefined;
  let firstChange = 0;
  let fastHighlight = true;

  // The detect/report loop: a look after every burst of DOM changes (and at once on route changes).
  const observed = new Set<Document>();
  let windowStart = 0;
  let callbacks = 0;
  let paused = false;
  const observer = new MutationObserver(() => {
    const now = performance.now();
    if (now - windowStart > OBSERVER_WINDOW_MS) {
      windowStart = now;
      callbacks = 0;
    }
    if (++callbacks > MAX_CALLBACKS) return pause();
    // The element a step is about may have just been (re)inserted: follow it now, not after the
    // settle delay, as long as finding it stays cheap.
    if (fastHighlight && anchor && detected) {
      const start = performance.now();
      highlightAnchor();
      if (performance.now() - start > FAST_HIGHLIGHT_BUDGET_MS) fastHighlight = false;
    }
    schedule();
  });
  ctx.onInvalidated(() => observer.disconnect());

  /** A storm of DOM changes: stop listening, look once when it has calmed down, then listen again. */
  function pause() {
    if (paused) return;
    paused = true;
    observer.disconnect();
    ctx.setTimeout(() => {
      paused = false;
      callbacks = 0;
      for (const doc of observed) if (doc.body) observer.observe(doc.body, { childList: true, subtree: true });
      detect();
    }, OBSERVER_WINDOW_MS);
  }

  function highlightAnchor(): Element[] {
    const doc = detected?.doc;
    const targets = anchor && doc ? asList(detected?.page.anchors?.[anchor]?.(doc, pageCtx)) : [];
    highlight.highlight(targets, { now: true });
    return targets;
  }

  /** The step's targets, and the step in words beside the first, scrolled into view once when the step starts. */
  let scrolledFor: string | null = null;
  function showStep() {
    const first = highlightAnchor()[0] ?? null;
    callout.callout(first, calloutText);
    const step = calloutText ?? anchor;
    if (!first || step === scrolledFor) return;
    scrolledFor = step;
    const r = first.getBoundingClientRect();
    const off = frameOffset(first);
    if (off.y + r.bottom < 0 || off.y + r.top > window.innerHeight || off.x + r.right < 0 || off.x + r.left > window.innerWidth)
      first.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  function watch(doc: Document) {
    if (observed.has(doc) || !doc.body) return;
    observed.add(doc);
    if (!paused) observer.observe(doc.body, { childList: true, subtree: true });
    // A frame in this document loads another page without the top page changing (UKG's ContentFrame,
    // the newer shell's frames): its load event does not bubble, but a capture-phase listener sees it.
    ctx.addEventListener(doc, 'load', schedule, { capture: true });
    ctx.addEventListener(doc, 'input', schedule, { capture: true });
    ctx.addEventListener(doc, 'change', (e) => (touched.touch(e.target), schedule()), { capture: true });
    ctx.addEventListener(doc, 'focusout', (e) => (touched.touch(e.target), schedule()), { capture: true });
    ctx.addEventListener(doc, 'click', (e) => {
      // Clicks open and close dialogs and tabs by toggling attributes, which the childList observer
      // does not see (watching attributes on a vendor page is too costly): look again after them.
      schedule();
      if (onSaveClick(doc, e, detected?.doc === doc ? detected.page.form : undefined, send)) touched.saveTried(doc);
    }, { capture: true });
  }

  function detect() {
    timer = undefined;
    const docs = inspectableDocuments(document, behaviour.frameDepth);
    docs.forEach(watch);
    detected = detectPage(pages, docs);
    const { message, checks, shown } = pageReport(detected, pageCtx, options.siteChecks?.() ?? [], touched.neutralUntilTouched);
    hints.hints(checks.flatMap((c) => (c.element && !behaviour.guideOnlyChecks.includes(c.field) && c.result.level !== 'neutral' ? [{ element: c.element, ...c.result }] : [])));
    report(message, shown);
    const webKey = detected && options.webUserKey?.(detected.doc);
    if (webKey && webKey !== reportedWebKey) {
      reportedWebKey = webKey;
      void sha256Hex(webKey).then((sha256) => send({ type: 'page/web-user-key', sha256 }));
    }
    for (const d of observed) if (!isAlive(d)) observed.delete(d); // documents of frames that navigated away
    showStep();
  }

  /**
   * Tells the background what the page shows, with a fingerprint of each value it offers (so a
   * value already kept is not offered again); only when something changed, and never an older
   * look's report after a newer one's.
   */
  function report(message: Request<'page/detected'>, shown: Partial<Record<ValueName, string>>) {
    const look = ++looks;
    // Hashed once per value shown, not on every look (a look follows every burst of DOM changes).
    const values = JSON.stringify(shown);
    if (printed?.values !== values)
      printed = { values, prints: Promise.all(Object.entries(shown).map(async ([name, value]) => [name, await fingerprint(value)] as const)) };
    void printed.prints.then((prints) => {
      if (look !== looks) return;
      const full = prints.length ? { ...message, fingerprints: Object.fromEntries(prints) } : message;
      const text = JSON.stringify(full);
      if (text !== reported) {
        reported = text;
        void send(full);
      }
    });
  }

  /** A look once the page has been quiet for SETTLE_MS (at most MAX_SETTLE_MS after the first change). */
  function schedule() {
    const now = performance.now();
    if (timer === undefined) firstChange = now;
    else if (now - firstChange < MAX_SETTLE_MS) clearTimeout(timer);
    else return;
    timer = ctx.setTimeout(detect, SETTLE_MS);
  }

  // Route changes of single-page apps (#! routes): look at once, not after the settle delay; the
  // DOM observer catches the new form when it renders.
  ctx.addEventListener(window, 'hashchange', detect);
  const nav = (window as { navigation?: EventTarget }).navigation;
  if (nav) ctx.addEventListener(nav as unknown as Window, 'currententrychange' as 'hashchange', detect);
  else ctx.addEventListener(window, 'wxt:locationchange', detect);

  /** Hints and check messages in the language chosen in Options: re-check, re-report. */
  function speak(choice: LanguageChoice) {
    setMessages(choice);
    reported = '';
    detect();
  }

  listenToBackground(ctx, {
    'page/read'(msg) {
      detect();
      const read = detected?.page.captures?.[msg.value]?.(detected.doc, pageCtx);
      return { value: read && !isMasked(read.value) ? read.value : null } satisfies PageReadResult;
    },
    'page/guide'(msg) {
      anchor = msg.anchor;
      calloutText = msg.callout;
      fastHighlight = true;
      pageCtx.accountName = msg.accountName;
      detect();
    },
    'page/fix'(msg) {
      if (detected) detected.page.form?.fix?.(detected.doc, msg.fix);
      detect();
    },
    'page/fill'(msg) {
      detect();
      const filled: ValueName[] = [];
      for (const [name, value] of Object.entries(msg.values) as [ValueName, string][]) {
        // The page's finders return only fields a person plainly sees (utils/dom/visible.ts).
        const field = detected && detected.page.fill?.[name]?.(detected.doc);
        if (field) {
          setInputValue(field, value);
          filled.push(name);
        }
      }
      return { filled };
    },
    'page/language'(msg) {
      speak(msg.choice);
    },
  });
  void chosenLanguage().then((choice) => choice && speak(choice));

  detect();
}
