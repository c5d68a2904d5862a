import { vi } from 'vitest';

/**
 * happy-dom does no layout: give every displayed element a 200×24 box, and `display: none` none, so
 * visibility rules (utils/dom/visible.ts) can be tested. Undo with `vi.restoreAllMocks()`.
 */
export function stubLayout() {
  const shown = (el: Element) => getComputedStyle(el).display !== 'none';
  const box = (el: Element) => DOMRect.fromRect(shown(el) ? { x: 0, y: 0, width: 200, height: 24 } : {});
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    return box(this);
  });
  vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(function (this: Element) {
    return (shown(this) ? [box(this)] : []) as unknown as DOMRectList;
  });
}
