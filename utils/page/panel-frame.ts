import { browser, type ContentScriptContext } from '#imports';
import { t } from '../i18n/i18n';
import { PANEL_PAGE } from '../contracts/panel-page';
import type { Request } from '../protocol/messages';
import { guardPanel } from './panel-guard';
import { chooseSide, type PanelSide } from './panel-placement';
import { shadowHost } from './shadow-host';

const WIDTH = 360;
const COLLAPSED = { width: 230, height: 52 };

/**
 * The guide panel: an extension page framed into the site, so the page's scripts can neither read
 * what it shows nor see keystrokes typed into it. Docked at the right; while expanded the page is
 * narrowed by the panel's width so the vendor's controls stay uncovered.
 * What WXT's createIframeUi does, without its anchoring and auto-mount machinery (≈2.6 KB gzipped
 * in every content script that uses it).
 */
export function mountPanelFrame(ctx: ContentScriptContext) {
  const html = document.documentElement;
  const original = (['left', 'right'] as const).map((side) => [side, html.style.getPropertyValue(`margin-${side}`), html.style.getPropertyPriority(`margin-${side}`)] as const);

  // The frame lives in a closed shadow root: page scripts cannot reach it to restyle or move it, nor
  // read its src (the extension's id, per install in Firefox). The host element stays in the page.
  const { host, body: wrapper } = shadowHost('panel', 'position:fixed;top:0;right:0;z-index:2147483647;display:block;', 'closed', 'tsa-panel');
  const iframe = document.createElement('iframe');
  iframe.src = browser.runtime.getURL(`/${PANEL_PAGE}`);
  iframe.title = t('ext_name');
  // '*': with use_dynamic_url the frame's origin is not the src's, and 'src' would not cover it.
  iframe.setAttribute('allow', 'clipboard-write *');
  iframe.style.cssText = 'border:0;display:block;background:transparent;color-scheme:normal;';
  wrapper.append(iframe);

  let side: PanelSide = 'right';
  const restoreMargin = () => original.forEach(([s, value, priority]) => html.style.setProperty(`margin-${s}`, value, priority));
  function layout(collapsed: boolean) {
    if (collapsed) {
      Object.assign(iframe.style, { width: `${COLLAPSED.width}px`, height: `${COLLAPSED.height}px` });
      wrapper.style.boxShadow = '';
      restoreMargin();
    } else {
      Object.assign(iframe.style, { width: `${WIDTH}px`, height: '100vh' });
      wrapper.style.boxShadow = '-2px 0 12px rgba(0,0,0,.18)';
      html.style.setProperty(`margin-${side}`, `${WIDTH}px`, 'important');
    }
  }
  let collapsed = false;

  /** Docks the panel on the other side when something the step needs is under it (panel-placement.ts). */
  function placeAway(blockers: Parameters<typeof chooseSide>[0]) {
    const next = chooseSide(blockers, side, window.innerWidth, collapsed ? COLLAPSED.width : WIDTH);
    if (next === side) return;
    restoreMargin();
    side = next;
    host.style.setProperty(side, '0');
    host.style.setProperty(side === 'right' ? 'left' : 'right', 'auto');
    layout(collapsed);
  }

  layout(false);
  (document.body ?? html).append(host);
  // The clickjacking gate's page-side half: the panel hears (through the background, which the
  // page cannot forge) whether it has been in place and uncovered long enough for a click to count.
  const guard = guardPanel(ctx, host, (ok) => void browser.runtime.sendMessage({ type: 'panel/gate', ok } satisfies Request).catch(() => undefined));
  ctx.onInvalidated(() => {
    host.remove();
    restoreMargin();
  });
  return {
    setCollapsed(c: boolean) {
      collapsed = c;
      layout(c);
    },
    placeAway,
    verify: guard.verify,
  };
}
