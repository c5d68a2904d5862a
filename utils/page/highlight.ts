import type { ContentScriptContext } from '#imports';
import { frameOffset } from '../dom/documents';

/**
 * A box drawn around the element the current step is about. It lives in a closed shadow root on
 * a randomly named host, is positioned over the target (which may sit inside the ContentFrame),
 * and never touches the page's own elements.
 */
export function createHighlight(ctx: ContentScriptContext) {
  const host = document.createElement(`tsa-${Math.random().toString(36).slice(2, 10)}`);
  host.setAttribute('data-tsa-highlight', '');
  // The host is the positioned box (so its place can be checked from outside); the closed root
  // draws the outline.
  host.style.cssText = 'all:initial;position:fixed;pointer-events:none;z-index:2147483646;display:none;';
  const box = host;
  const root = host.attachShadow({ mode: 'closed' });
  const outline = document.createElement('div');
  outline.style.cssText =
    'position:absolute;inset:0;box-sizing:border-box;border:3px solid #e8590c;border-radius:4px;' +
    'box-shadow:0 0 0 4px rgba(232,89,12,.25);';
  root.append(outline);

  let target: Element | null = null;
  let frame = 0;
  const place = () => {
    frame = 0;
    if (!target || !target.isConnected) {
      box.style.display = 'none';
      return;
    }
    const r = target.getBoundingClientRect();
    const off = frameOffset(target);
    Object.assign(box.style, {
      display: r.width || r.height ? 'block' : 'none',
      left: `${off.x + r.left - 4}px`,
      top: `${off.y + r.top - 4}px`,
      width: `${r.width + 8}px`,
      height: `${r.height + 8}px`,
    });
  };
  const schedule = () => {
    if (!frame) frame = ctx.requestAnimationFrame(place);
  };
  // Capture phase: scrolling inside any container (or the ContentFrame's window) moves the target.
  ctx.addEventListener(window, 'scroll', schedule, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', schedule, { passive: true });
  const frameWindows = new WeakSet<Window>();
  ctx.onInvalidated(() => host.remove());

  return {
    show(el: Element | null) {
      target = el;
      if (el && !host.isConnected) document.documentElement.append(host);
      const win = el?.ownerDocument.defaultView;
      if (win && win !== window && !frameWindows.has(win)) {
        frameWindows.add(win);
        ctx.addEventListener(win, 'scroll', schedule, { capture: true, passive: true });
      }
      if (!el) host.remove();
      schedule();
    },
  };
}
