/**
 * What keeps the launcher ours in a page that may be hostile (attack R4-3): its shadow root holds
 * only what we put there, every element keeps the style we gave it, and a click counts only where a
 * person would see our button — at its own size, in its corner, and on top at the click's point.
 * (A page can still swallow the click before it reaches us and draw a guide of its own: the real
 * guide never shows inside a page, and names its host in the browser's side panel.)
 */

/** Larger than this, the "button" is not the launcher we drew (a page restyled it over the page). */
const MAX_WIDTH = 420;
const MAX_HEIGHT = 96;
/** How far from the viewport's edges the launcher's corner may sit (its margin, and a little). */
const CORNER_SLACK = 40;

/** Keeps the host's shadow root and styles as drawn: anything added is removed, any style put back. */
export function guardLauncher(host: HTMLElement, styles: ReadonlyMap<HTMLElement, string>) {
  const root = host.shadowRoot;
  if (!root) return () => undefined;
  const ours = new Set<Node>([...styles.keys()]);
  const restore = () => {
    for (const node of root.querySelectorAll('*')) if (!ours.has(node)) node.remove();
    for (const node of [...root.childNodes]) if (!ours.has(node)) node.remove();
    for (const [el, css] of styles) if (el.style.cssText !== css) el.style.cssText = css;
  };
  const observer = new MutationObserver(restore);
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class'] });
  return () => observer.disconnect();
}

/** Whether a click at (x, y) is a click on our launcher button as drawn: its size, its corner, on top. */
export function isGenuineClick(host: HTMLElement, button: HTMLElement, x: number, y: number): boolean {
  const r = button.getBoundingClientRect();
  if (r.width > MAX_WIDTH || r.height > MAX_HEIGHT) return false;
  if (x < r.left || x > r.right || y < r.top || y > r.bottom) return false;
  const doc = host.ownerDocument;
  const view = doc.defaultView!;
  const box = host.getBoundingClientRect();
  // The viewport a fixed box is placed in: without the scroll bars (innerWidth counts them).
  const width = doc.documentElement.clientWidth || view.innerWidth;
  const height = doc.documentElement.clientHeight || view.innerHeight;
  const nearX = box.left <= CORNER_SLACK || width - box.right <= CORNER_SLACK;
  const nearY = box.top <= CORNER_SLACK || height - box.bottom <= CORNER_SLACK;
  if (!nearX || !nearY) return false;
  // On top where the person clicked: the page's hit test reaches our host, and inside it our button.
  return doc.elementFromPoint(x, y) === host && (host.shadowRoot?.elementFromPoint(x, y) ?? button) === button;
}
