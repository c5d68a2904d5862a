/**
 * The one way we put something of ours into a page: a host element (randomly named unless `tag` is
 * given, marked `data-tsa-<kind>`) whose styles are reset, and a shadow root with one box in it.
 * Page styles cannot reach inside; `closed` keeps page scripts out too.
 */
export function shadowHost(
  kind: string,
  css: string,
  mode: ShadowRootMode = 'closed',
  tag = `tsa-${Math.random().toString(36).slice(2, 10)}`,
) {
  const host = document.createElement(tag);
  host.setAttribute(`data-tsa-${kind}`, '');
  host.style.cssText = `all:initial;${css}`;
  const body = document.createElement('div');
  host.attachShadow({ mode }).append(body);
  return { host, body };
}
