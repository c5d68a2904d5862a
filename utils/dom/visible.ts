/** Whether a person could see the element: not hidden by attribute or CSS, not transparent. Cheap: for detection. */
export function isShown(el: Element): boolean {
  if (el.closest('[hidden]')) return false;
  const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  // Both spellings of the options: browsers have shipped each.
  if (check)
    return check.call(el, {
      checkOpacity: true,
      checkVisibilityCSS: true,
      opacityProperty: true,
      visibilityProperty: true,
      contentVisibilityAuto: true,
    });
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

/** The product of a `filter` value's opacity() functions ("opacity(0)", "blur(1px) opacity(5%)"). */
export function filterOpacity(filter: string): number {
  let product = 1;
  for (const m of filter.matchAll(/opacity\(\s*([\d.]+)(%?)\s*\)/g)) product *= Number(m[1]) / (m[2] ? 100 : 1);
  return product;
}

/**
 * The one rule for every field a value is written into (Together's form, Vantagepoint's Connect
 * settings): a person must plainly see it. Beyond `isShown`, it walks the element and every
 * ancestor, because a hostile page hides a look-alike field through a parent: near-transparent
 * (opacity and `filter: opacity()` multiply down the tree), clipped (`clip-path`, `clip`, or an
 * `overflow` box that leaves less than a few pixels of it), or placed off the page: every side must
 * lie inside the document, and within the window's width (a form is never reached by scrolling
 * sideways; `left: 30000px` is a hiding place). What covers it is `isOnTop`'s business.
 */
export function isPlainlyVisible(el: Element): boolean {
  if (!isShown(el)) return false;
  const win = el.ownerDocument.defaultView;
  if (!win) return false;
  const rect = el.getBoundingClientRect();
  if (rect.width < MIN_SIZE || rect.height < MIN_SIZE) return false;
  const width = el.ownerDocument.documentElement.clientWidth || win.innerWidth;
  if (rect.left + win.scrollX < 0 || rect.top + win.scrollY < 0 || rect.right + win.scrollX > width + 1) return false;
  let visible = { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
  let opacity = 1;
  for (let e: Element | null = el; e; e = e.parentElement) {
    const s = win.getComputedStyle(e);
    opacity *= (s.opacity === '' ? 1 : Number(s.opacity)) * (s.filter && s.filter !== 'none' ? filterOpacity(s.filter) : 1);
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

/**
 * Whether the field is what a person clicking its centre would reach: the browser's hit test there
 * finds the field (or something inside it, or its own label), not a box laid over it. Only once the
 * centre is on screen (callers scroll the field into view before they write into it); null before.
 */
export function isOnTop(el: Element): boolean | null {
  const win = el.ownerDocument.defaultView;
  if (!win) return false;
  const r = el.getBoundingClientRect();
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  if (x < 0 || y < 0 || x > win.innerWidth || y > win.innerHeight) return null;
  // Inside the window, a browser always hits something (at least the root): no answer means no layout to ask.
  const hit = el.ownerDocument.elementFromPoint(x, y);
  if (!hit) return null;
  if (hit === el || el.contains(hit)) return true;
  const label = hit.closest('label');
  return !!label && (label.contains(el) || (!!el.id && label.htmlFor === el.id));
}
