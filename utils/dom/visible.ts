/** Whether a person could see the element: not hidden by attribute or CSS, not transparent. */
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
