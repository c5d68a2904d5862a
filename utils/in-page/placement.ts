import type { Box } from '../dom/occupied';

export type { Box };

const GAP = 8;
const EDGE = 4;
/** Beside the field only when at least this much width is free there; below it otherwise. */
const MIN_BESIDE = 160;

/** The smallest box holding both. */
export const union = (a: Box, b: Box | null): Box =>
  b
    ? {
        left: Math.min(a.left, b.left),
        top: Math.min(a.top, b.top),
        right: Math.max(a.right, b.right),
        bottom: Math.max(a.bottom, b.bottom),
      }
    : a;

/**
 * Where a check's note goes so it never covers its field (`about`: the field with its label): right
 * of it when there is room, else below it. The note wraps within `maxWidth` rather than being cut.
 */
export function placeNote(about: Box, note: { width: number; height: number }, view: { width: number; height: number }) {
  const left = about.right + GAP;
  const room = view.width - left - EDGE;
  if (room >= Math.min(note.width, MIN_BESIDE)) return { left, top: about.top, maxWidth: room };
  return { left: clampLeft(about.left, note.width, view.width), top: about.bottom + GAP, maxWidth: view.width - 2 * EDGE };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
/** Candidate positions are this far apart; the search goes at most `REACH` away from the target. */
const STEP = 12;
const REACH = 360;

/**
 * A spot for a note of `size` near `about` that covers none of `occupied` (the page's visible
 * words and controls) and stays inside the window, or null when there is none. Nearest wins;
 * among equals, right of the target, then below, left, above, each aligned with the target's edge
 * (what floating-ui's flip and shift do, but around every obstacle rather than the window's edge).
 */
export function placeInFreeSpace(
  about: Box,
  size: { width: number; height: number },
  view: { width: number; height: number },
  occupied: readonly Box[],
) {
  const { width: w, height: h } = size;
  if (w + 2 * EDGE > view.width || h + 2 * EDGE > view.height) return null;
  const range = (from: number, to: number) =>
    Array.from({ length: Math.max(0, Math.floor((to - from) / STEP)) + 1 }, (_, i) => from + i * STEP);
  const xs = [
    ...range(about.right + GAP, about.right + GAP + REACH),
    ...range(about.left - REACH, about.right),
    ...range(about.left - GAP - w - REACH, about.left - GAP - w),
  ];
  const ys = [...range(about.top - REACH, about.bottom + REACH), about.top, about.bottom + GAP, about.top - GAP - h];
  const near = {
    left: about.left - REACH - w,
    top: about.top - REACH - h,
    right: about.right + REACH + w,
    bottom: about.bottom + REACH + h,
  };
  const blocking = [
    { left: about.left - GAP + 1, top: about.top - GAP + 1, right: about.right + GAP - 1, bottom: about.bottom + GAP - 1 },
    ...occupied.filter((o) => overlaps(o, near)),
  ];
  const spots: { left: number; top: number; score: number }[] = [];
  for (const left of xs) {
    if (left < EDGE || left + w > view.width - EDGE) continue;
    for (const top of ys) {
      if (top < EDGE || top + h > view.height - EDGE) continue;
      const dx = Math.max(0, about.left - (left + w), left - about.right);
      const dy = Math.max(0, about.top - (top + h), top - about.bottom);
      // Distance first; then the side (right, below, left, above) and how far it slides off the target's edge.
      const side = left >= about.right ? 0 : top >= about.bottom ? 1 : left + w <= about.left ? 2 : 3;
      const slide = side === 0 || side === 2 ? Math.abs(top - about.top) : Math.abs(left - about.left);
      spots.push({ left, top, score: Math.hypot(dx, dy) * 4 + side * 6 + slide * 0.5 });
    }
  }
  spots.sort((a, b) => a.score - b.score);
  const free = spots.find((s) => !blocking.some((o) => overlaps(o, { left: s.left, top: s.top, right: s.left + w, bottom: s.top + h })));
  return free ? { left: free.left, top: free.top } : null;
}

const clampLeft = (left: number, width: number, viewWidth: number) => Math.max(EDGE, Math.min(left, viewWidth - width - EDGE));

/**
 * Where a label's words (and a control inside it) are: its contents' extent, not its box, which for
 * a block label spans the whole row and would leave no room beside the field.
 */
export function contentBox(el: Element): DOMRect {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  return range.getBoundingClientRect();
}

/** The label that names a control (its <label>, aria-labelledby, or the label around it). */
export function labelOf(el: Element): Element | null {
  const labels = (el as HTMLInputElement).labels;
  if (labels?.length) return labels[0]!;
  const by = el.getAttribute('aria-labelledby')?.split(/\s+/)[0];
  return (by && el.ownerDocument.getElementById(by)) || el.closest('label');
}
