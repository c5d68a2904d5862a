/**
 * The documents a top-frame content script inspects: the top document and every same-origin frame
 * inside it, whatever it is called, up to `maxDepth` levels deep (the system's `frameDepth`: how
 * its pages load). Cross-origin frames throw on access and are skipped. Innermost first, because
 * the frame holds the page the admin acts on.
 */
export function inspectableDocuments(top: Document, maxDepth: number): Document[] {
  const docs: Document[] = [];
  const visit = (doc: Document, depth: number) => {
    if (depth < maxDepth)
      for (const frame of doc.querySelectorAll<HTMLIFrameElement | HTMLFrameElement>('iframe, frame')) {
        try {
          const inner = frame.contentDocument;
          if (inner?.body) visit(inner, depth + 1);
        } catch {
          // Cross-origin: not ours to read.
        }
      }
    docs.push(doc);
  };
  visit(top, 0);
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
