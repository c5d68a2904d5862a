/** A box on screen, in the top window's coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What a person reads or clicks as one box: a control, a link, a picture (its words are inside it). */
const CONTROL =
  'input:not([type=hidden]),select,textarea,button,a,img,svg,video,canvas,[role=button],[role=link],[role=checkbox],[role=tab],[data-tsa-launcher]';

/**
 * The boxes of everything visible that a note of ours must not cover, in the top window's
 * coordinates: each run of words (a text node's extent) and each control, in `doc` and its
 * same-origin frames (a frame we cannot read is one box), plus our own launcher. Only what lies
 * inside `within` is kept. Read only when a note is placed (a step starts, the page scrolls or resizes).
 */
export function occupiedBoxes(doc: Document, within: Box, x = 0, y = 0, depth = 3): Box[] {
  const boxes: Box[] = [];
  const keep = (r: DOMRect) => {
    const b = { left: r.left + x, top: r.top + y, right: r.right + x, bottom: r.bottom + y };
    if (r.width && r.height && b.left < within.right && within.left < b.right && b.top < within.bottom && within.top < b.bottom)
      boxes.push(b);
  };
  const range = doc.createRange();
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 5 /* elements and texts */, (node) => {
    if (node.nodeType === 3) return node.nodeValue!.trim() ? 1 : 2;
    const el = node as Element;
    // Not the page: scripts and styles, and our own boxes (utils/in-page/shadow-host.ts) but the launcher.
    if (/^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/.test(el.tagName) || (el.tagName.startsWith('TSA-') && !el.hasAttribute('data-tsa-launcher')))
      return 2;
    return /^I?FRAME$/.test(el.tagName) || el.matches(CONTROL) ? 1 : 3;
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as HTMLIFrameElement;
    let inner: Document | null = null;
    if (node.nodeType === 3) range.selectNodeContents(node);
    else if (/^I?FRAME$/.test(el.tagName))
      try {
        inner = el.contentDocument;
      } catch {
        // Cross-origin: one box, its inside is not ours to read.
      }
    const r = node.nodeType === 3 ? range.getBoundingClientRect() : el.getBoundingClientRect();
    if (inner?.body && depth) boxes.push(...occupiedBoxes(inner, within, x + r.left + el.clientLeft, y + r.top + el.clientTop, depth - 1));
    else keep(r);
    // A control's own words (a frame's document) are inside its box: not walked again.
    if (node.nodeType !== 3) walker.currentNode = lastDescendant(el);
  }
  return boxes;
}

const lastDescendant = (el: Node): Node => (el.lastChild ? lastDescendant(el.lastChild) : el);
