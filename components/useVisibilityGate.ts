import { useEffect, useRef, useState } from 'preact/hooks';

/** How long the view must have been visibly unobstructed before a click acts. */
export const VISIBLE_FOR_MS = 500;

type V2Entry = IntersectionObserverEntry & { isVisible?: boolean };

/**
 * Clickjacking guard for our framed views: a hostile page can make our frame transparent, filter
 * it, or lay a `pointer-events:none` layer over it and bait a click. IntersectionObserver v2
 * (`trackVisibility`) reports whether the view is actually visible and unobstructed; actions go
 * through only when it has been so, continuously, for VISIBLE_FOR_MS. Where the browser has no
 * IOv2 (Firefox), `ready()` is always true: see docs/security.md.
 * `visible` mirrors readiness for the view to show (and for tests to wait on); it is not secret.
 */
export function useVisibilityGate(root: () => Element | null): { ready: () => boolean; visible: boolean } {
  const visibleSince = useRef<number | null>(null);
  const [visible, setVisible] = useState(!supportsV2());

  useEffect(() => {
    const target = root();
    if (!target || !supportsV2()) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        const e = entries[entries.length - 1] as V2Entry;
        clearTimeout(timer);
        if (e.isVisible) {
          visibleSince.current ??= performance.now();
          timer = setTimeout(() => setVisible(true), VISIBLE_FOR_MS);
        } else {
          visibleSince.current = null;
          setVisible(false);
        }
      },
      { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    observer.observe(target);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, []);

  return {
    ready: () => !supportsV2() || (visibleSince.current !== null && performance.now() - visibleSince.current >= VISIBLE_FOR_MS),
    visible,
  };
}

function supportsV2(): boolean {
  return 'IntersectionObserver' in globalThis && 'trackVisibility' in IntersectionObserver.prototype;
}
