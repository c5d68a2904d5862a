/** A box on screen, in the top window's coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const GAP = 8;
const EDGE = 4;
/** Beside the field only when at least this much width is free there; below it otherwise. */
const MIN_BESIDE = 160;

/** The smallest box holding both. */
export const union = (a: Box, b: Box | null): Box =>
  b ? { left: Math.min(a.left, b.left), top: Math.min(a.top, b.top), right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom) } : a;

/**
 * Where a note goes so it never covers what it is about (`about`: the target with its label).
 * `beside`: right of it when there is room, else below it (check badges). `above`: above it, else
 * below it (the step's callout). The note wraps within `maxWidth` rather than being cut.
 */
export function placeNote(about: Box, note: { width: number; height: number }, view: { width: number; height: number }, prefer: 'beside' | 'above') {
  if (prefer === 'beside') {
    const left = about.right + GAP;
    const room = view.width - left - EDGE;
    if (room >= Math.min(note.width, MIN_BESIDE)) return { left, top: about.top, maxWidth: room };
  } else if (about.top - GAP - note.height >= 0) {
    return { left: clampLeft(about.left, note.width, view.width), top: about.top - GAP - note.height, maxWidth: view.width - 2 * EDGE };
  }
  return { left: clampLeft(about.left, note.width, view.width), top: about.bottom + GAP, maxWidth: view.width - 2 * EDGE };
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
