/**
 * The documents a top-frame content script inspects: the top document and, for UKG's classic UI,
 * the same-origin `ContentFrame` iframe that holds the actual admin page. Cross-origin frames throw
 * on access and are skipped. Innermost first, because the iframe holds the page the admin acts on.
 */
export function inspectableDocuments(top: Document): Document[] {
  const docs: Document[] = [];
  for (const frame of top.querySelectorAll<HTMLIFrameElement>('iframe[name="ContentFrame" i], iframe#ContentFrame')) {
    try {
      const inner = frame.contentDocument;
      if (inner?.body) docs.push(inner);
    } catch {
      // Cross-origin: not ours to read.
    }
  }
  docs.push(top);
  return docs;
}

/** Offset of an element's document within the top viewport (0,0 for the top document). */
export function frameOffset(el: Element): { x: number; y: number } {
  let x = 0;
  let y = 0;
  let win: Window | null = el.ownerDocument.defaultView;
  while (win && win.frameElement) {
    const r = win.frameElement.getBoundingClientRect();
    x += r.left + (win.frameElement as HTMLElement).clientLeft;
    y += r.top + (win.frameElement as HTMLElement).clientTop;
    win = win.parent === win ? null : win.parent;
  }
  return { x, y };
}
