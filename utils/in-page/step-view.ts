import type { ContentScriptContext } from '#imports';
import { frameOffset } from '../dom/documents';
import { placeCallout } from './callout-place';
import { createOverlay } from './overlay';

/** Scrolls an element into the middle of the window if it is outside it. */
function revealIfOff(el: Element) {
  const r = el.getBoundingClientRect();
  const off = frameOffset(el);
  if (off.y + r.bottom < 0 || off.y + r.top > window.innerHeight || off.x + r.right < 0 || off.x + r.left > window.innerWidth)
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
}

/**
 * The step on the vendor's page, read-only: outlines around the elements it is about, and the step
 * in words beside the first, scrolled into view once when the step starts.
 */
export function createStepView(ctx: ContentScriptContext) {
  const highlight = createOverlay(ctx, 'highlight');
  const callout = createOverlay(ctx, 'callout', placeCallout);
  let scrolledFor: string | null = null;
  return {
    /** Outlines the targets at once (they may just have been re-inserted). */
    outline(targets: Element[]) {
      highlight.highlight(targets, { now: true });
    },
    /** `step` names the step, so each is scrolled to once. */
    show(targets: Element[], text: string | null, pin: string | null, step: string | null) {
      this.outline(targets);
      const first = targets[0] ?? null;
      callout.callout(first, text, pin);
      if (!first || step === scrolledFor) return;
      scrolledFor = step;
      revealIfOff(first);
    },
  };
}
