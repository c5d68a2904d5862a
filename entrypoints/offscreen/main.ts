import { browser } from '#imports';
import { CLEAR_CLIPBOARD, emptyClipboard } from '@/utils/background/clipboard';

/** Chrome's offscreen document: empties the clipboard when the background asks, nothing else. */
browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
  if (sender.id !== browser.runtime.id || (message as { type?: string })?.type !== CLEAR_CLIPBOARD) return undefined;
  sendResponse(emptyClipboard(document));
  return undefined;
});
