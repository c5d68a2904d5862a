import { vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { ContentScriptContext as WxtContext } from '#imports';
import { ContentScriptContext } from '@/utils/in-page/script-context';

/** A real context of ours (what the build puts in place of WXT's), typed as the page modules take it. */
export const scriptContext = (name = `test-${Math.random()}`) =>
  new ContentScriptContext(name) as unknown as WxtContext & { abort(): void };

/**
 * The content script's listener for the background's messages, caught as it is added; `ask` sends it
 * a message as our own extension would (or `from` another) and returns its answer (undefined: none).
 */
export function backgroundMessages() {
  let listener: ((m: unknown, s: { id?: string }, reply: (r: unknown) => void) => unknown) | undefined;
  vi.spyOn(browser.runtime.onMessage, 'addListener').mockImplementation(((l: typeof listener) => (listener = l)) as never);
  return {
    ask(message: unknown, from = browser.runtime.id): unknown {
      let answer: unknown;
      listener!(message, { id: from }, (r) => (answer = r));
      return answer;
    },
  };
}
