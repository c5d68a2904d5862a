import { browser, type ContentScriptContext } from '#imports';
import { t } from '../i18n/i18n';
import type { Request } from '../protocol/messages';
import { shadowHost } from './shadow-host';
import { guardLauncher, isGenuineClick } from './launcher-guard';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

type Corner = readonly [vertical: 'top' | 'bottom', horizontal: 'left' | 'right'];
const CORNERS: readonly Corner[] = [
  ['bottom', 'right'],
  ['bottom', 'left'],
  ['top', 'right'],
  ['top', 'left'],
];
const MARGIN = 16;

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The first corner of the viewport where a launcher of this size covers none of `avoid` (the step's
 * targets); the usual corner when every one would.
 */
export function chooseCorner(
  avoid: readonly Box[],
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Corner {
  const boxAt = ([v, h]: Corner): Box => {
    const left = h === 'left' ? MARGIN : viewport.width - MARGIN - size.width;
    const top = v === 'top' ? MARGIN : viewport.height - MARGIN - size.height;
    return { left, top, right: left + size.width, bottom: top + size.height };
  };
  return CORNERS.find((c) => !avoid.some((b) => overlaps(boxAt(c), b))) ?? CORNERS[0]!;
}

const BUTTON_CSS =
  'font:14px/1.3 system-ui,sans-serif;padding:8px 12px;border-radius:8px;border:0;background:#1f3a5f;color:#fff;cursor:pointer;box-shadow:0 2px 10px rgba(0,0,0,.25);';

/**
 * The one control of ours in a vendor page besides the Generate Secret hold: a small button in a
 * corner, "Open the Together setup guide", shown while the guide is unfinished and its side panel
 * closed. It acts only on a person's (trusted) click, never covers the step's target or its callout
 * (our own overlay boxes, read from the page), and can be hidden for the page. Its shadow root is
 * open (assistive technology and tests find it by role and name) but guarded (launcher-guard.ts):
 * nothing added to it stays, its styles are put back, and only a click on the button as drawn counts.
 * - Chrome, Edge: the click asks the background, which opens the side panel in the same turn.
 * - Firefox opens its sidebar only from a user input handler of a full extension page (the toolbar
 *   button, its shortcut): not from a content script, not from the background on a message, and not
 *   from a page of ours framed into a web page (which gets no `sidebarAction`). So there the button
 *   says exactly which toolbar button and shortcut open the guide.
 */
export function createLauncher(ctx: ContentScriptContext) {
  let host: HTMLElement | null = null;
  let dismissed = false;
  let wanted = false;

  function build(): HTMLElement {
    const made = shadowHost('launcher', 'position:fixed;z-index:2147483647;display:flex;gap:4px;align-items:center;', 'open');
    const box = made.body;
    box.style.cssText = 'display:flex;gap:4px;align-items:center;';
    const open = document.createElement('button');
    open.type = 'button';
    open.textContent = t('launcher_open');
    open.style.cssText = BUTTON_CSS;
    const how = document.createElement('p');
    how.setAttribute('role', 'status');
    how.style.cssText =
      'margin:0;max-width:280px;font:13px/1.35 system-ui,sans-serif;background:#fff;color:#1d2733;padding:6px 8px;border-radius:6px;box-shadow:0 2px 8px rgba(0,0,0,.2);';
    how.hidden = true;
    const explain = () => ((how.hidden = false), (how.textContent = t('launcher_toolbar')));
    open.addEventListener('click', (e) => {
      if (!e.isTrusted || !isGenuineClick(made.host, open, e.clientX, e.clientY)) return;
      if (import.meta.env.FIREFOX) return void explain();
      // In the click's turn: the background opens the side panel at once (or says why it could not).
      void browser.runtime
        .sendMessage({ type: 'page/open-panel' } satisfies Request)
        .then((reply: { ok?: boolean } | undefined) => void (reply?.ok === true || explain()), explain);
    });
    box.append(open, how);
    const hide = document.createElement('button');
    hide.type = 'button';
    hide.textContent = '×';
    hide.setAttribute('aria-label', t('launcher_dismiss'));
    hide.style.cssText = BUTTON_CSS + 'padding:8px 10px;';
    hide.addEventListener('click', (e) => {
      if (!e.isTrusted) return;
      dismissed = true;
      update();
    });
    box.append(hide);
    document.documentElement.append(made.host);
    const unguard = guardLauncher(made.host, new Map([box, open, how, hide].map((el) => [el, el.style.cssText])));
    ctx.onInvalidated(() => (unguard(), made.host.remove()));
    return made.host;
  }

  function update() {
    const show = wanted && !dismissed;
    watchOverlay(show);
    if (!show) return void host?.style.setProperty('display', 'none');
    host ??= build();
    host.style.setProperty('display', 'flex');
    const r = host.getBoundingClientRect();
    // The step's outline and callout, as our overlay drew them (utils/in-page/overlay.ts).
    const avoid = [...document.querySelectorAll('[data-tsa-highlight],[data-tsa-callout]')]
      .map((el) => el.getBoundingClientRect())
      .filter((b) => b.width > 0);
    const [v, h] = chooseCorner(avoid, { width: r.width, height: r.height }, { width: innerWidth, height: innerHeight });
    for (const side of ['top', 'bottom', 'left', 'right']) host.style.setProperty(side, side === v || side === h ? `${MARGIN}px` : 'auto');
  }
  // Once the overlay has followed the step (it draws on the next frame), and when the window changes.
  let pending = 0;
  const later = () => void (pending ||= ctx.requestAnimationFrame(() => ctx.requestAnimationFrame(() => ((pending = 0), update()))));
  ctx.addEventListener(window, 'resize', later, { passive: true });
  // While shown, follow our own overlay's boxes as they move: their hosts are direct children of
  // <html> and move by their style attribute; nothing of the vendor's page is watched.
  const follow = new MutationObserver(later);
  ctx.onInvalidated(() => follow.disconnect());
  function watchOverlay(on: boolean) {
    follow.disconnect();
    if (!on) return;
    follow.observe(document.documentElement, { childList: true });
    for (const el of document.querySelectorAll('[data-tsa-highlight],[data-tsa-callout]'))
      follow.observe(el, { attributes: true, attributeFilter: ['style'] });
  }

  return {
    /** Whether the background wants it shown (guide unfinished, side panel closed for this tab). */
    show(on: boolean) {
      wanted = on;
      update();
      if (on) later();
    },
    /** The admin's language changed: say it again in the new one. */
    relabel() {
      host?.remove();
      host = null;
      update();
    },
  };
}
