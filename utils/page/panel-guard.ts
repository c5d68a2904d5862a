import type { ContentScriptContext } from '#imports';

/** The panel must have stayed put, unrestyled and uncovered this long before a click in it counts. */
const QUIET_MS = 500;
/** Where the panel is probed for what is on top (fractions of its box). */
const PROBES = [0.5, 0.5, 0.15, 0.15, 0.85, 0.15, 0.15, 0.85, 0.85, 0.85];
const MAX_Z = '2147483647';

/** What the page may lay over everything (the top layer), as far as this browser can select it. */
const TOP_LAYER = ['dialog:modal', ':popover-open', ':fullscreen'].filter((sel) => CSS.supports(`selector(${sel})`)).join(', ');

const intersects = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Whether an element could hide or distort what is drawn inside it. */
function distorts(el: Element): boolean {
  const s = getComputedStyle(el);
  return (
    s.opacity !== '1' || s.filter !== 'none' || s.transform !== 'none' || (s.clipPath || 'none') !== 'none' || s.visibility !== 'visible' || (s.mixBlendMode || 'normal') !== 'normal'
  );
}

/**
 * The clickjacking gate's eyes in the page, for every browser (Firefox has no IntersectionObserver
 * v2; in Chromium it adds what IOv2 does not see: movement). The content script, which the page
 * cannot tamper with, watches the panel's host every frame: that it still sits where we put it, has
 * not moved, been resized or restyled (its own and its ancestors' opacity, filter, transform, clip,
 * visibility, blending) in the last 500 ms, and that nothing is drawn over it (hit-testing at five
 * points; top-layer popovers, dialogs and full-screen elements; later elements at our z-index, which
 * paint over us even with pointer-events:none). `report` hears each change of verdict.
 */
export function guardPanel(ctx: ContentScriptContext, host: HTMLElement, report: (ok: boolean) => void) {
  let signature = '';
  let changedAt = 0;
  let verdict: boolean | null = null;

  function covered(r: DOMRect): boolean {
    for (let i = 0; i < PROBES.length; i += 2)
      if (document.elementFromPoint(r.left + PROBES[i]! * r.width, r.top + PROBES[i + 1]! * r.height) !== host) return true;
    if (TOP_LAYER) for (const el of document.querySelectorAll(TOP_LAYER)) if (intersects(el.getBoundingClientRect(), r)) return true;
    for (let el = host.nextElementSibling; el; el = el.nextElementSibling)
      for (const e of [el, ...el.querySelectorAll('*')].slice(0, 100)) if (getComputedStyle(e).zIndex === MAX_Z && intersects(e.getBoundingClientRect(), r)) return true;
    return false;
  }

  function look(now: number) {
    const r = host.getBoundingClientRect();
    const chain: Element[] = [];
    for (let e: Element | null = host; e; e = e.parentElement) chain.push(e);
    // Where we put it: a child of the body (or root), nothing distorting it, nothing on top of it.
    const clean = host.parentElement === (document.body ?? document.documentElement) && r.width > 0 && r.height > 0 && !chain.some(distorts) && !covered(r);
    // Any change — moved, resized, restyled, covered or uncovered — starts the quiet time again.
    const next = [r.left, r.top, r.width, r.height, host.style.cssText, clean].join();
    if (next !== signature) {
      signature = next;
      changedAt = now;
    }
    const ok = clean && now - changedAt >= QUIET_MS;
    if (ok !== verdict) {
      verdict = ok;
      report(ok);
    }
  }

  const loop = (now: number) => {
    look(now);
    ctx.requestAnimationFrame(loop);
  };
  // Frames do not run in a hidden tab: sample now and then too, and always when a click asks.
  ctx.setInterval(() => look(performance.now()), 250);
  // A restyle is seen at once, not on the next frame.
  const observer = new MutationObserver(() => look(performance.now()));
  for (const el of [host, document.documentElement, document.body]) if (el) observer.observe(el, { attributes: true });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.requestAnimationFrame(loop);
  return {
    /** The verdict right now (a click in the panel asks before it acts). */
    verify(): boolean {
      look(performance.now());
      return verdict === true;
    },
  };
}
