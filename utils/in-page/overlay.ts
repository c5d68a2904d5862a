import type { CheckResult } from '../contracts/check';
import type { ContentScriptContext } from '#imports';
import { frameOffset } from '../dom/documents';
import { isAlive } from '../dom/alive';
import { shadowHost } from './shadow-host';
import { contentBox, labelOf, placeNote, union, type Box } from './placement';

export interface Hint {
  element: Element;
  level: CheckResult['level'];
  message: string;
}

/** Notes wrap at this width (or the room the window leaves them). */
const MAX_NOTE = 360;
const CALLOUT_STYLE = 'padding:5px 10px;border-radius:6px;background:#1f3a5f;box-shadow:0 1px 6px rgba(0,0,0,.3);';
/** The callout shrunk to a round pin: the step's number, its words as its accessible name. */
const PIN_STYLE = 'min-width:24px;height:24px;padding:0 6px;border-radius:12px;text-align:center;font-weight:600;line-height:24px;';
const COLORS = { ok: '#2b7a3d', warn: '#8a5a00', error: '#b3261e', neutral: '#5b6878' } as const;

/** One box of ours on the page: its host, the body in its shadow root, and (the callout) its two faces: `pin`, and `full` to undo it. */
export type Parts = { host: HTMLElement; body: HTMLElement; pin?: () => void; full?: () => void };
/** Places the step's callout in the page's free space (utils/in-page/callout-place.ts). */
export type PlaceCallout = (parts: Parts, about: Box, view: { width: number; height: number }) => void;

/** Puts one box over its target: an outline around it, or a note beside it (a check, the step's callout). */
function placeBox(kind: OverlayKind, el: Element, parts: Parts, placeCallout?: PlaceCallout) {
  const { host: h, body } = parts;
  if (!isAlive(el)) return void (h.style.display = 'none');
  const r = el.getBoundingClientRect();
  const off = frameOffset(el);
  const display = r.width > 0 || r.height > 0 ? 'block' : 'none';
  if (kind === 'highlight')
    return void Object.assign(h.style, {
      display,
      left: `${off.x + r.left - 4}px`,
      top: `${off.y + r.top - 4}px`,
      width: `${r.width + 8}px`,
      height: `${r.height + 8}px`,
    });
  // Notes never cover their target or its label; they wrap, never cut with "…".
  h.style.display = display;
  parts.full?.();
  body.style.maxWidth = `${MAX_NOTE}px`;
  const shift = (b: DOMRect): Box => ({
    left: off.x + b.left - 4,
    top: off.y + b.top - 4,
    right: off.x + b.right + 4,
    bottom: off.y + b.bottom + 4,
  });
  const label = labelOf(el);
  const about = union(shift(r), label ? shift(contentBox(label)) : null);
  const view = {
    width: document.documentElement.clientWidth || window.innerWidth,
    height: document.documentElement.clientHeight || window.innerHeight,
  };
  if (placeCallout) return placeCallout(parts, about, view);
  const at = placeNote(about, { width: h.offsetWidth, height: h.offsetHeight }, view);
  Object.assign(h.style, { left: `${at.left}px`, top: `${at.top}px` });
  body.style.maxWidth = `${Math.min(at.maxWidth, MAX_NOTE)}px`;
}

type OverlayKind = 'highlight' | 'hint' | 'callout';

/** A note's words, announced as a status or an alert, white on its colour. */
function note(body: HTMLElement, role: 'status' | 'alert', text: string, style: string) {
  body.setAttribute('role', role);
  body.textContent = text;
  body.removeAttribute('aria-label');
  body.style.cssText = `box-sizing:border-box;width:max-content;font:13px/1.35 system-ui,sans-serif;color:#fff;${style}`;
}

/**
 * Boxes drawn over the page, read-only (pointer-events: none): outlines around the elements a step
 * is about, the step in words beside its target (the callout), and check messages beside fields. Each box is its own randomly named host with a closed shadow root, positioned over its
 * target (also inside a same-origin frame); the page's own elements are never changed. The host is the
 * positioned box, so its placement can be verified from outside.
 */
const HIGHLIGHT_STYLE =
  'position:absolute;inset:0;box-sizing:border-box;border:3px solid #e8590c;border-radius:4px;box-shadow:0 0 0 4px rgba(232,89,12,.25);';

/** The callout's words, or its numbered pin (`pin`) where the words would cover the page. */
function paintCallout(text: string, pin: string | null) {
  return (parts: Parts) => {
    const { body } = parts;
    let pinned = false;
    // Back to the words only when it is a pin: repositioning (every scroll frame) repaints nothing.
    parts.full = () => void (pinned && ((pinned = false), note(body, 'status', text, CALLOUT_STYLE)));
    parts.pin = pin
      ? () => ((pinned = true), note(body, 'status', pin, CALLOUT_STYLE + PIN_STYLE), body.setAttribute('aria-label', text))
      : undefined;
    note(body, 'status', text, CALLOUT_STYLE);
  };
}

export function createOverlay(ctx: ContentScriptContext, kind: OverlayKind, placeCallout?: PlaceCallout) {
  /** One box per target, made when first needed: its host on the page and the body in its shadow root. */
  const boxes: Parts[] = [];
  let targets: Element[] = [];
  let frame = 0;

  const box = (i: number) => (boxes[i] ??= shadowHost(kind, 'position:fixed;pointer-events:none;z-index:2147483646;display:none;'));

  const position = () => {
    frame = 0;
    targets.forEach((el, i) => placeBox(kind, el, box(i), placeCallout));
  };
  const schedule = () => {
    if (!frame) frame = ctx.requestAnimationFrame(position);
  };
  // Capture phase: scrolling inside any container (or a frame's window) moves targets.
  ctx.addEventListener(window, 'scroll', schedule, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', schedule, { passive: true });
  const frameWindows = new WeakSet<Window>();
  ctx.onInvalidated(() => boxes.forEach((b) => b.host.remove()));

  function show(items: { element: Element; paint(parts: Parts): void }[], now = false) {
    targets = items.map((i) => i.element);
    items.forEach((item, i) => {
      const parts = box(i);
      const h = parts.host;
      item.paint(parts);
      if (!h.isConnected) document.documentElement.append(h);
      const win = item.element.ownerDocument.defaultView;
      if (win && win !== window && !frameWindows.has(win)) {
        frameWindows.add(win);
        ctx.addEventListener(win, 'scroll', schedule, { capture: true, passive: true });
      }
    });
    for (const b of boxes.splice(items.length)) b.host.remove();
    if (now) position();
    else schedule();
  }

  return {
    /** `now`: place the boxes in this task rather than on the next frame (the target just appeared). */
    highlight(elements: readonly Element[], { now = false } = {}) {
      show(
        elements.map((element) => ({
          element,
          paint: ({ body }) => void (body.style.cssText = HIGHLIGHT_STYLE),
        })),
        now,
      );
    },
    /**
     * The step in words beside its (first) target: read-only, the guide itself is in the side
     * panel. `pin` (the step's number) stands in for the words where they would cover the page.
     */
    callout(element: Element | null, text: string | null, pin: string | null) {
      show(
        element && text
          ? [
              {
                element,
                paint: paintCallout(text, pin),
              },
            ]
          : [],
      );
    },
    hints(hints: readonly Hint[]) {
      show(
        hints.map(({ element, level, message }) => ({
          element,
          paint: ({ body }) =>
            note(
              body,
              level === 'ok' ? 'status' : 'alert',
              message,
              `padding:3px 8px;border-radius:4px;background:${COLORS[level]};box-shadow:0 1px 4px rgba(0,0,0,.25);`,
            ),
        })),
      );
    },
  };
}
