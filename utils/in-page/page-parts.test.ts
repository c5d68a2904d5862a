import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { backgroundMessages, scriptContext } from '@/test/support/content-script';
import { chosenLanguage } from './language';
import { shadowHost } from './shadow-host';
import { listenToBackground } from './listen';
import { createNotice } from './notice';
import { askToConfirm } from './confirm';
import { createDocumentWatch } from '../page/document-watch';

/** A real context of ours (what the build puts in place of WXT's), typed as the modules take it. */
const context = () => scriptContext();
const ours = (host: Element) => host.shadowRoot ?? null;

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  document.documentElement.querySelectorAll('[data-tsa-notice], [data-tsa-confirm]').forEach((h) => h.remove());
});

describe('chosenLanguage', () => {
  it('the language chosen in Options, or null (browser.i18n speaks) when none is or nobody answers', async () => {
    const choice = { language: 'fr', messages: { ext_name: 'Assistant' } };
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValueOnce({ ok: true, data: choice } as never);
    expect(await chosenLanguage()).toEqual(choice);
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValueOnce({ ok: true, data: null } as never);
    expect(await chosenLanguage()).toBeNull();
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValueOnce(new Error('Extension context invalidated.'));
    expect(await chosenLanguage()).toBeNull();
  });
});

describe('shadowHost', () => {
  it('a marked host with reset styles and a closed root no page script can open', () => {
    const { host, body } = shadowHost('callout', 'position:fixed;');
    expect(host.hasAttribute('data-tsa-callout')).toBe(true);
    expect(host.tagName.toLowerCase()).toMatch(/^tsa-[a-z0-9]+$/);
    expect(host.style.cssText).toContain('position: fixed');
    expect(ours(host)).toBeNull();
    expect(body.parentNode).not.toBeNull();
    expect(shadowHost('confirm', '', 'open', 'tsa-fixed').host.shadowRoot).not.toBeNull();
  });
});

describe('listenToBackground', () => {
  it('answers our own extension’s messages with the handler’s result, while the script is valid; nobody else’s', () => {
    const { ask } = backgroundMessages();
    const ctx = context();
    listenToBackground(ctx, { 'to-page/fill': () => ({ filled: ['username'] }) });
    expect(ask({ type: 'to-page/fill', values: { username: 'x' } })).toEqual({ filled: ['username'] });
    expect(ask({ type: 'to-page/fill', values: {} }, 'another-extension')).toBeUndefined();
    expect(ask({ type: 'to-page/outline' })).toBeUndefined();
    expect(ask(null)).toBeUndefined();
    ctx.abort();
    expect(ask({ type: 'to-page/fill', values: {} })).toBeUndefined();
  });
});

describe('createNotice', () => {
  beforeEach(() => vi.useFakeTimers());
  const shown = () => [...document.querySelectorAll('[data-tsa-notice]')];

  it('one notice at a time, gone after its time, on click, or when the script ends', () => {
    const ctx = context();
    const notice = createNotice(ctx);
    notice.show('3 values filled');
    notice.show('Sign in to Together', 1_000);
    expect(shown()).toHaveLength(1);
    vi.advanceTimersByTime(1_001);
    expect(shown()).toHaveLength(0);
    notice.show('again');
    notice.hide();
    expect(shown()).toHaveLength(0);
    notice.show('until the end');
    ctx.abort();
    expect(shown()).toHaveLength(0);
  });
});

describe('askToConfirm', () => {
  const text = { message: 'vp_hold_message', confirm: 'vp_hold_confirm', cancel: 'vp_hold_cancel' } as const;
  const dialog = () => document.querySelector('[data-tsa-confirm]')!.shadowRoot!.querySelector('dialog')!;
  beforeEach(() => {
    // happy-dom has no modal dialogs: the browser's own showModal/close, as far as this code needs them.
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
  });

  it('a script’s click on confirm does not confirm; Cancel answers no, and the dialog goes', async () => {
    const answer = askToConfirm(context(), text);
    const [cancel, confirm] = [...dialog().querySelectorAll('button')];
    expect(dialog().getAttribute('role')).toBe('alertdialog');
    confirm!.click();
    expect(document.querySelector('[data-tsa-confirm]')).not.toBeNull();
    cancel!.click();
    expect(await answer).toBe(false);
    expect(document.querySelector('[data-tsa-confirm]')).toBeNull();
  });

  it('Escape (the dialog’s cancel) and the script’s end answer no', async () => {
    const escaped = askToConfirm(context(), text);
    dialog().dispatchEvent(new Event('cancel', { cancelable: true }));
    expect(await escaped).toBe(false);
    const ctx = context();
    const ended = askToConfirm(ctx, text);
    ctx.abort();
    expect(await ended).toBe(false);
  });
});

describe('createDocumentWatch', () => {
  // Its waits read performance.now(): that clock moves with the fake timers too.
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  const flush = () => vi.advanceTimersByTimeAsync(0);

  it('looks once the page has been quiet a moment after a change, and hears each change at once', async () => {
    const look = vi.fn();
    const mutated = vi.fn();
    const watch = createDocumentWatch(context(), { look, mutated });
    expect(watch.add(document)).toBe(true);
    expect(watch.add(document)).toBe(false);
    document.body.append(document.createElement('p'));
    await flush();
    expect(mutated).toHaveBeenCalledTimes(1);
    expect(look).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(look).toHaveBeenCalledTimes(1);
  });

  it('a page that never stops changing is still looked at within a second', async () => {
    const look = vi.fn();
    const watch = createDocumentWatch(context(), { look, mutated: vi.fn() });
    watch.add(document);
    // A change every 120 ms (each would push a plain wait back): the look comes ~1.1 s after the first.
    for (let i = 0; i < 10; i++) {
      document.body.append(document.createElement('span'));
      await vi.advanceTimersByTimeAsync(120);
    }
    expect(look).toHaveBeenCalledTimes(1);
  });

  it('stops listening in a storm of changes, then looks once it has calmed down', async () => {
    const look = vi.fn();
    const mutated = vi.fn();
    const watch = createDocumentWatch(context(), { look, mutated });
    watch.add(document);
    for (let i = 0; i < 30; i++) {
      document.body.append(document.createElement('i'));
      await flush();
    }
    expect(mutated.mock.calls.length).toBeLessThanOrEqual(10);
    await vi.advanceTimersByTimeAsync(2_100);
    expect(look).toHaveBeenCalled();
  });

  afterEach(() => document.body.replaceChildren());
});
