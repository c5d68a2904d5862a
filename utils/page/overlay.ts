import type { CheckResult } from '../contracts/check';
import type { ContentScriptContext } from '#imports';
import { frameOffset } from '../dom/documents';
import { isAlive } from '../dom/alive';
import { shadowHost } from './shadow-host';

export interface Hint {
  element: Element;
  level: CheckResult['level'];
  message: string;
}

const COLORS = { ok: '#2b7a3d', warn: '#8a5a00', error: '#b3261e', neutral: '#5b6878' } as const;

/**
 * Boxes drawn over the page, read-only (pointer-events: none): outlines around the elements a step
 * is about, the step in words beside its target (the callout), and check messages beside fields. Each box is its own randomly named host with a closed shadow root, positioned over its
 * target (also inside the ContentFrame); the page's own elements are never changed. The host is the
 * positioned box, so its placement can be verified from outside.
 */
export function createOverlay(ctx: ContentScriptContext, kind: 'highlight' | 'hint' | 'callout') {
  const hosts: HTMLElement[] = [];
  const bodies = new WeakMap<HTMLElement, HTMLElement>();
  let targets: Element[] = [];
  let frame = 0;

  function host(i: number): { host: HTMLElement; body: HTMLElement } {
    let h = hosts[i];
    if (!h) {
      const made = shadowHost(kind, 'position:fixed;pointer-events:none;z-index:2147483646;display:none;');
      h = made.host;
      bodies.set(h, made.body);
      hosts[i] = h;
    }
    return { host: h, body: bodies.get(h)! };
  }

  const place = () => {
    frame = 0;
    targets.forEach((el, i) => {
      const { host: h } = host(i);
      if (!isAlive(el)) return void (h.style.display = 'none');
      const r = el.getBoundingClientRect();
      const off = frameOffset(el);
      const display = r.width > 0 || r.height > 0 ? 'block' : 'none';
      if (kind === 'highlight')
        Object.assign(h.style, { display, left: `${off.x + r.left - 4}px`, top: `${off.y + r.top - 4}px`, width: `${r.width + 8}px`, height: `${r.height + 8}px` });
      // Beside the field, not under it: below, a hint would cover the next field of the form.
      else if (kind === 'hint') Object.assign(h.style, { display, left: `${off.x + r.right + 8}px`, top: `${off.y + r.top}px` });
      else {
        // Above the target's outline (below it when there is no room), never on it; at its own width
        // (up to 360 px), moved left near the window's right edge rather than squeezed into a column.
        h.style.display = display;
        const left = Math.max(4, Math.min(off.x + r.left - 4, window.innerWidth - h.offsetWidth - 4));
        const above = off.y + r.top - 10 - h.offsetHeight;
        Object.assign(h.style, { left: `${left}px`, top: `${above >= 0 ? above : off.y + r.bottom + 10}px` });
      }
    });
  };
  const schedule = () => {
    if (!frame) frame = ctx.requestAnimationFrame(place);
  };
  // Capture phase: scrolling inside any container (or the ContentFrame's window) moves targets.
  ctx.addEventListener(window, 'scroll', schedule, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', schedule, { passive: true });
  const frameWindows = new WeakSet<Window>();
  ctx.onInvalidated(() => hosts.forEach((h) => h.remove()));

  function show(items: { element: Element; paint(body: HTMLElement): void }[], now = false) {
    targets = items.map((i) => i.element);
    items.forEach((item, i) => {
      const { host: h, body } = host(i);
      item.paint(body);
      if (!h.isConnected) document.documentElement.append(h);
      const win = item.element.ownerDocument.defaultView;
      if (win && win !== window && !frameWindows.has(win)) {
        frameWindows.add(win);
        ctx.addEventListener(win, 'scroll', schedule, { capture: true, passive: true });
      }
    });
    for (const h of hosts.splice(items.length)) h.remove();
    if (now) place();
    else schedule();
  }

  return {
    /** `now`: place the boxes in this task rather than on the next frame (the target just appeared). */
    highlight(elements: readonly Element[], { now = false } = {}) {
      show(
        elements.map((element) => ({
          element,
          paint(body) {
            body.style.cssText =
              'position:absolute;inset:0;box-sizing:border-box;border:3px solid #e8590c;border-radius:4px;box-shadow:0 0 0 4px rgba(232,89,12,.25);';
          },
        })),
        now,
      );
    },
    /** The step in words beside its (first) target: read-only, the guide itself is in the side panel. */
    callout(element: Element | null, text: string | null) {
      show(
        element && text
          ? [
              {
                element,
                paint(body) {
                  body.setAttribute('role', 'status');
                  body.textContent = text;
                  body.style.cssText =
                    'box-sizing:border-box;width:max-content;max-width:360px;padding:5px 10px;border-radius:6px;font:13px/1.35 system-ui,sans-serif;color:#fff;background:#1f3a5f;box-shadow:0 1px 6px rgba(0,0,0,.3);';
                },
              },
            ]
          : [],
      );
    },
    hints(hints: readonly Hint[]) {
      show(
        hints.map(({ element, level, message }) => ({
          element,
          paint(body) {
            body.setAttribute('role', level === 'ok' ? 'status' : 'alert');
            body.textContent = message;
            body.style.cssText =
              // One line, so a hint never reaches the next row of the form; the full sentence stays
              // in the text (and in the panel) for screen readers.
              `max-width:420px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;padding:3px 8px;border-radius:4px;font:12px/1.35 system-ui,sans-serif;color:#fff;background:${COLORS[level]};` +
              'box-shadow:0 1px 4px rgba(0,0,0,.25);';
          },
        })),
      );
    },
  };
}
