import type { ContentScriptContext } from '#imports';
import { shadowHost } from './shadow-host';

/**
 * A short, non-secret notice in a closed shadow root at the top of the page ("Sign in to Together…",
 * "3 values filled"). role=status so screen readers hear it; a new text replaces the old one; it
 * goes after a while or on click.
 */
export function createNotice(ctx: ContentScriptContext) {
  let current: (() => void) | null = null;
  return {
    show(text: string, ms = 12_000) {
      current?.();
      current = showNotice(ctx, text, ms);
    },
    hide() {
      current?.();
      current = null;
    },
  };
}

function showNotice(ctx: ContentScriptContext, text: string, ms: number): () => void {
  const { host, body: box } = shadowHost('notice', '');
  box.setAttribute('role', 'status');
  box.textContent = text;
  box.style.cssText =
    'position:fixed;top:12px;left:50%;transform:translateX(-50%);z-index:2147483647;max-width:520px;' +
    'padding:10px 16px;border-radius:8px;background:#1f3a5f;color:#fff;font:14px/1.4 system-ui,sans-serif;' +
    'box-shadow:0 4px 16px rgba(0,0,0,.25);cursor:pointer;';
  document.documentElement.append(host);
  const remove = () => host.remove();
  box.addEventListener('click', remove);
  ctx.setTimeout(remove, ms);
  ctx.onInvalidated(remove);
  return remove;
}
