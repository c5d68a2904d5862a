/** Whether a person could see the element: rendered, not hidden by CSS, not transparent. */
export function isShown(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  if (check) return check.call(el, { checkOpacity: true, checkVisibilityCSS: true });
  for (let e: Element | null = el; e; e = e.parentElement) {
    const s = e.ownerDocument.defaultView?.getComputedStyle(e);
    if ((e as HTMLElement).hidden || s?.display === 'none' || s?.visibility === 'hidden') return false;
  }
  return true;
}
