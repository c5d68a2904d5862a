/** Whether a person could see the element: not hidden by attribute or CSS, not transparent. Cheap: for detection. */
export function isShown(el: Element): boolean {
  if (el.closest('[hidden]')) return false;
  const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  if (check) return check.call(el, { checkOpacity: true, checkVisibilityCSS: true });
  for (let e: Element | null = el; e; e = e.parentElement) {
    const s = e.ownerDocument.defaultView?.getComputedStyle(e);
    if (s?.display === 'none' || s?.visibility === 'hidden') return false;
  }
  return true;
}

/** Smaller than this in either direction, a field is not something a person types into. */
const MIN_SIZE = 4;
/** Below this effective opacity (the product over the element and its ancestors), nobody sees it. */
const MIN_OPACITY = 0.1;

/**
 * The one rule for every field a value is written into (Together's form, Vantagepoint's Connect
 * settings): a person must plainly see it. Beyond `isShown`, it walks the element and every
 * ancestor, because a hostile page hides a look-alike field through a parent: near-transparent
 * (opacity multiplies down the tree), clipped (`clip-path`, `clip`, or an `overflow` box that
 * leaves less than a few pixels of it), or placed off the page (left of or above the document).
 */
export function isPlainlyVisible(el: Element): boolean {
  if (!isShown(el)) return false;
  const win = el.ownerDocument.defaultView;
  if (!win) return false;
  const rect = el.getBoundingClientRect();
  if (rect.width < MIN_SIZE || rect.height < MIN_SIZE) return false;
  if (rect.right + win.scrollX <= 0 || rect.bottom + win.scrollY <= 0) return false;
  let visible = { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
  let opacity = 1;
  for (let e: Element | null = el; e; e = e.parentElement) {
    const s = win.getComputedStyle(e);
    opacity *= s.opacity === '' ? 1 : Number(s.opacity);
    if (opacity < MIN_OPACITY) return false;
    if ((s.clipPath && s.clipPath !== 'none') || (s.clip && s.clip !== 'auto')) return false;
    if (s.visibility === 'hidden' || s.visibility === 'collapse') return false;
    if (e !== el && s.overflow && s.overflow !== 'visible') {
      const box = e.getBoundingClientRect();
      visible = {
        left: Math.max(visible.left, box.left),
        top: Math.max(visible.top, box.top),
        right: Math.min(visible.right, box.right),
        bottom: Math.min(visible.bottom, box.bottom),
      };
      if (visible.right - visible.left < MIN_SIZE || visible.bottom - visible.top < MIN_SIZE) return false;
    }
  }
  return true;
}
