import { browser } from 'wxt/browser';

/**
 * The life of one content script: what WXT's ContentScriptContext gives (the build puts this in its
 * place for content scripts: wxt.config.ts), in a third of its size, with nothing running while the
 * page is quiet (no location polling: route changes come from `hashchange`, `popstate` and the
 * Navigation API where there is one: utils/page/source-page.ts). WXT's `block()` is left out: no
 * script of ours keeps its `main` pending.
 *
 * It ends (every listener, timer and frame callback it handed out stops) when the extension is
 * updated, reloaded or removed — the browser then takes `runtime.id` from the orphaned script, which
 * every callback checks first — or when a newer copy of the same script starts in this page (an
 * update that injects again).
 */
export class ContentScriptContext {
  readonly #abort = new AbortController();
  readonly #started: string;

  constructor(name: string, _options?: unknown) {
    const id = Math.random().toString(36).slice(2);
    this.#started = `${browser.runtime?.id}:${name}:started`;
    // A newer copy of this script says it started; this one stops. (The event name holds the
    // extension's id: a page would have to know it to end us, and could only end what it can see.)
    document.dispatchEvent(new CustomEvent(this.#started, { detail: id }));
    const newer = (e: Event) => (e as CustomEvent).detail !== id && this.#abort.abort();
    document.addEventListener(this.#started, newer);
    this.onInvalidated(() => document.removeEventListener(this.#started, newer));
  }

  get signal(): AbortSignal {
    return this.#abort.signal;
  }

  get isInvalid(): boolean {
    if (!this.#abort.signal.aborted && browser.runtime?.id == null) this.#abort.abort();
    return this.#abort.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  abort(reason?: unknown) {
    this.#abort.abort(reason);
  }

  onInvalidated(cb: () => void): () => void {
    this.#abort.signal.addEventListener('abort', cb);
    return () => this.#abort.signal.removeEventListener('abort', cb);
  }

  #guard<A extends unknown[]>(fn: (...args: A) => void) {
    return (...args: A) => {
      if (this.isValid) fn(...args);
    };
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(this.#guard(handler), timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(this.#guard(handler), timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame(this.#guard(callback));
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  addEventListener(target: EventTarget, type: string, handler: (event: never) => void, options?: AddEventListenerOptions) {
    target.addEventListener(type, this.#guard(handler as (event: Event) => void), { ...options, signal: this.#abort.signal });
  }
}
