import { createIframeUi, type ContentScriptContext } from '#imports';
import { PANEL_PAGE } from '../sites/registry';

const WIDTH = 360;
const COLLAPSED = { width: 230, height: 52 };

/**
 * The guide panel: an extension page framed into the site, so the page's scripts can neither read
 * what it shows nor see keystrokes typed into it. Docked at the right; while expanded the page is
 * narrowed by the panel's width so the vendor's controls stay uncovered.
 */
export function mountPanelFrame(ctx: ContentScriptContext) {
  const html = document.documentElement;
  const originalMargin = html.style.getPropertyValue('margin-right');
  const originalPriority = html.style.getPropertyPriority('margin-right');

  const ui = createIframeUi(ctx, {
    page: `/${PANEL_PAGE}`,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(wrapper, iframe) {
      wrapper.style.cssText = 'all:initial;position:fixed;top:0;right:0;z-index:2147483647;display:block;';
      iframe.title = 'Together Setup Assistant';
      iframe.setAttribute('allow', 'clipboard-write');
      iframe.style.cssText = 'border:0;display:block;background:transparent;color-scheme:normal;';
      layout(wrapper, iframe, false);
    },
    onRemove: () => restoreMargin(),
  });

  function restoreMargin() {
    html.style.setProperty('margin-right', originalMargin, originalPriority);
  }

  function layout(wrapper: HTMLElement, iframe: HTMLIFrameElement, collapsed: boolean) {
    if (collapsed) {
      Object.assign(iframe.style, { width: `${COLLAPSED.width}px`, height: `${COLLAPSED.height}px` });
      wrapper.style.boxShadow = '';
      restoreMargin();
    } else {
      Object.assign(iframe.style, { width: `${WIDTH}px`, height: '100vh' });
      wrapper.style.boxShadow = '-2px 0 12px rgba(0,0,0,.18)';
      html.style.setProperty('margin-right', `${WIDTH}px`, 'important');
    }
  }

  ui.mount();
  return {
    setCollapsed(collapsed: boolean) {
      layout(ui.wrapper, ui.iframe, collapsed);
    },
  };
}
