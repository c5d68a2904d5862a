import type { ContentScriptContext } from '#imports';
import { isAlive } from '../dom/alive';

/**
 * Mutation storms: above this many observer callbacks in OBSERVER_WINDOW_MS, stop observing for a
 * while (each callback's MutationRecords cost script time in proportion to the page's churn). An
 * SPA route change takes a few (and route changes are looked at at once anyway); a page streaming
 * rows takes hundreds.
 */
const MAX_CALLBACKS = 10;
const OBSERVER_WINDOW_MS = 2_000;
/** Re-detection and re-checking wait this long after the last change: pages render in bursts. */
const SETTLE_MS = 150;
/** …but no longer than this after the first, so a page that never stops changing is still looked at. */
const MAX_SETTLE_MS = 1_000;

/**
 * Watches the documents a page is made of (the top one and its same-origin frames) and says when to
 * `look` at the page again: once it has been quiet for SETTLE_MS after nodes were added or removed
 * (at most MAX_SETTLE_MS after the first change), or after `soon()`. `mutated` hears every change at
 * once. Mutation storms are capped: past the cap it stops listening, looks once the page has calmed
 * down, and listens again.
 */
export function createDocumentWatch(ctx: ContentScriptContext, { look, mutated }: { look(): void; mutated(): void }) {
  const observed = new Set<Document>();
  let windowStart = 0;
  let callbacks = 0;
  let paused = false;
  let timer: number | undefined;
  let firstChange = 0;
  const observer = new MutationObserver(() => {
    const now = performance.now();
    if (now - windowStart > OBSERVER_WINDOW_MS) {
      windowStart = now;
      callbacks = 0;
    }
    if (++callbacks > MAX_CALLBACKS) return pause();
    mutated();
    soon();
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
      look();
    }, OBSERVER_WINDOW_MS);
  }

  /** A look once the page has been quiet for SETTLE_MS (at most MAX_SETTLE_MS after the first change). */
  function soon() {
    const now = performance.now();
    if (timer === undefined) firstChange = now;
    else if (now - firstChange < MAX_SETTLE_MS) clearTimeout(timer);
    else return;
    timer = ctx.setTimeout(look, SETTLE_MS);
  }

  return {
    soon,
    /** A look starts (scheduled or not): the next change starts a new wait. */
    looking() {
      timer = undefined;
    },
    /** Starts watching a document; false when it already is watched (or has no body yet). */
    add(doc: Document): boolean {
      if (observed.has(doc) || !doc.body) return false;
      observed.add(doc);
      if (!paused) observer.observe(doc.body, { childList: true, subtree: true });
      return true;
    },
    /** Forgets the documents of frames that navigated away. */
    prune() {
      for (const d of observed) if (!isAlive(d)) observed.delete(d);
    },
  };
}
