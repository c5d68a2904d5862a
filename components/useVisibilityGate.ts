import { useEffect, useRef, useState } from 'preact/hooks';

/** How long the view must have been visibly unobstructed before a click acts. */
export const VISIBLE_FOR_MS = 500;

type V2Entry = IntersectionObserverEntry & { isVisible?: boolean };

/**
 * Clickjacking guard for our framed views: a hostile page can make our frame transparent, filter
 * it, or lay a `pointer-events:none` layer over it and bait a click. IntersectionObserver v2
 * (`trackVisibility`) reports whether the view is actually visible and unobstructed; actions go
 * through only when it has been so, continuously, for VISIBLE_FOR_MS. `pageSaysOk` is the content
 * script's verdict on the frame from outside (utils/page/panel-guard.ts: moved, restyled, covered),
 * the whole gate where the browser has no IOv2 (Firefox). See docs/security.md.
 * `visible` mirrors readiness for the view to show (and for tests to wait on); it is not secret.
 */
export function useVisibilityGate(root: () => Element | null, pageSaysOk = true): { ready: () => boolean; visible: boolean } {
  const visibleSince = useRef<number | null>(null);
  const [visible, setVisible] = useState(!supportsV2());

  useEffect(() => {
    const target = root();
    if (!target || !supportsV2()) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Time visibility from each entry's own timestamp (when the browser saw it), not from when the
    // callback ran: on a busy machine callbacks arrive late, and an honest click would be refused.
    const take = (entries: IntersectionObserverEntry[]) => {
      const e = entries[entries.length - 1] as V2Entry | undefined;
      if (!e) return;
      clearTimeout(timer);
      if (e.isVisible) {
        visibleSince.current ??= e.time;
        timer = setTimeout(() => setVisible(true), Math.max(0, VISIBLE_FOR_MS - (performance.now() - visibleSince.current)));
      } else {
        visibleSince.current = null;
        setVisible(false);
      }
    };
    const observer = new IntersectionObserver(take, { trackVisibility: true, delay: 100 } as IntersectionObserverInit);
    observer.observe(target);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, []);

  const pageOk = useRef(pageSaysOk);
  pageOk.current = pageSaysOk;
  return {
    ready: () => {
      if (!pageOk.current) return false;
      if (!supportsV2()) return true;
      return visibleSince.current !== null && performance.now() - visibleSince.current >= VISIBLE_FOR_MS;
    },
    visible: visible && pageSaysOk,
  };
}

function supportsV2(): boolean {
  return 'IntersectionObserver' in globalThis && 'trackVisibility' in IntersectionObserver.prototype;
}
