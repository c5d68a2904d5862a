import { frameOffset } from '../dom/documents';

export type PanelSide = 'left' | 'right';

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Which side the panel docks on. The page is narrowed by the panel's width, but fixed- and
 * absolutely-positioned vendor elements (a toolbar pinned top-right, a dialog centred on the
 * viewport, a menu) ignore that: when one the step needs is under the panel, and the other side is
 * clear, the panel moves there. Otherwise it stays (no flapping).
 */
export function chooseSide(blockers: readonly Box[], current: PanelSide, viewportWidth: number, panelWidth: number): PanelSide {
  // The panel is full height: only the horizontal strip it takes matters.
  const blocked = (side: PanelSide) => blockers.some((b) => (side === 'right' ? b.right > viewportWidth - panelWidth : b.left < panelWidth));
  const other: PanelSide = current === 'right' ? 'left' : 'right';
  return blocked(current) && !blocked(other) ? other : current;
}

/** Elements that ignore the page's margin: fixed, absolutely placed or sticky (themselves or an ancestor). */
function outOfFlow(el: Element | null): boolean {
  return !!el && (/^(fixed|absolute|sticky)$/.test(el.ownerDocument.defaultView?.getComputedStyle(el).position ?? '') || outOfFlow(el.parentElement));
}

const DIALOGS = '[role="dialog"], [role="alertdialog"], .ui-dialog, dialog[open]';

/** What the panel must not cover, in the top window's coordinates: the step's out-of-flow targets and open vendor dialogs. */
export function panelBlockers(targets: readonly Element[], docs: readonly Document[]): Box[] {
  const boxes: Box[] = [];
  const add = (el: Element) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return;
    const o = frameOffset(el);
    boxes.push({ left: r.left + o.x, right: r.right + o.x, top: r.top + o.y, bottom: r.bottom + o.y });
  };
  for (const t of targets) if (outOfFlow(t)) add(t);
  for (const doc of docs) for (const d of doc.querySelectorAll(DIALOGS)) if (d.getClientRects().length) add(d);
  return boxes;
}
