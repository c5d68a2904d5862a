import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ContentScriptContext } from './script-context';

describe('the content script’s own context (in place of WXT’s in the build)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('hands out listeners and timers that stop when the context ends', async () => {
    const ctx = new ContentScriptContext('test-a');
    const heard: string[] = [];
    ctx.addEventListener(window, 'hashchange', () => heard.push('hash'));
    ctx.setTimeout(() => heard.push('timeout'), 5);
    window.dispatchEvent(new Event('hashchange'));
    expect(heard).toEqual(['hash']);
    const ended = vi.fn();
    ctx.onInvalidated(ended);
    ctx.abort();
    window.dispatchEvent(new Event('hashchange'));
    await new Promise((r) => setTimeout(r, 20));
    expect(heard).toEqual(['hash']);
    expect(ended).toHaveBeenCalledOnce();
    expect(ctx.isValid).toBe(false);
  });

  it('ends when the extension is updated or removed (the browser takes the orphaned script’s runtime id)', () => {
    const ctx = new ContentScriptContext('test-b');
    const heard: string[] = [];
    ctx.addEventListener(document, 'click', () => heard.push('click'));
    expect(ctx.isValid).toBe(true);
    vi.spyOn(browser.runtime, 'id', 'get').mockReturnValue(undefined as never);
    document.dispatchEvent(new Event('click'));
    expect(heard).toEqual([]);
    expect(ctx.isValid).toBe(false);
  });

  it('ends when a newer copy of the same script starts in the page, and only then', () => {
    const older = new ContentScriptContext('test-c');
    const other = new ContentScriptContext('test-d');
    expect(older.isValid).toBe(true);
    const newer = new ContentScriptContext('test-c');
    expect(older.isValid).toBe(false);
    expect(newer.isValid).toBe(true);
    expect(other.isValid).toBe(true);
  });
});
