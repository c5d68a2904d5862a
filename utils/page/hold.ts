import type { ContentScriptContext } from '#imports';
import { controlAt } from '../dom/accessible-name';
import type { HeldAction, PageDef } from '../contracts/page';
import { askToConfirm } from '../in-page/confirm';

/** Events a held control must not receive before the admin confirms (widgets act on any of them). */
const HELD_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;

export interface HeldClicks {
  /** Watches a document's window; `current` says which held action (if any) the page shows now. */
  watch(doc: Document, current: () => HeldAction | null): void;
}

/**
 * Stops a person's click on a held control (Vantagepoint's Generate Secret while a secret exists)
 * on the window in the capture phase, so nothing of the page's runs, until the admin confirms in our
 * own in-page dialog; then replays it. Script-made clicks are the page's business and pass.
 */
export function holdClicks(ctx: ContentScriptContext, pages: readonly PageDef[]): HeldClicks {
  let replaying = false;
  let asking = false;

  function hold(doc: Document, e: Event, current: () => HeldAction | null) {
    if (!e.isTrusted || replaying) return;
    const target = controlAt(e.target);
    if (!target || !pages.some((p) => p.hold?.matches(target))) return;
    const held = current();
    if (!held || !held.matches(target) || !held.shouldHold(doc)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    if (e.type !== 'click' || asking) return;
    asking = true;
    void askToConfirm(ctx, held).then((yes) => {
      asking = false;
      if (yes && target.isConnected) replay(target);
    });
  }

  /** The confirmed click, replayed with the events the vendor's widgets may listen to. */
  function replay(target: Element) {
    replaying = true;
    try {
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) {
        const E = type.startsWith('pointer') ? PointerEvent : MouseEvent;
        target.dispatchEvent(new E(type, { bubbles: true, cancelable: true, composed: true }));
      }
      (target as HTMLElement).click();
    } finally {
      replaying = false;
    }
  }

  return {
    watch(doc, current) {
      const win = doc.defaultView;
      if (win) for (const type of HELD_EVENTS) ctx.addEventListener(win, type, (e) => hold(doc, e, current), { capture: true });
    },
  };
}
