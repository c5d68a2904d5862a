/**
 * Whether a document or element is still live. Firefox throws ("can't access dead object") on any
 * access to a document whose frame navigated away, such as UKG's ContentFrame's previous page.
 */
export function isAlive(node: Document | Element): boolean {
  try {
    return node.nodeType === Node.DOCUMENT_NODE ? !!(node as Document).defaultView : (node as Element).isConnected;
  } catch {
    return false;
  }
}
