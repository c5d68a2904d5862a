import { browser, type ContentScriptContext } from '#imports';
import type { ContentReplies, ToContent } from '../protocol/messages';

type ContentType = ToContent['type'];
/** One handler per message type, answering exactly what `ContentReplies` declares for it. */
export type ContentHandlers = { [T in ContentType]?: (msg: Extract<ToContent, { type: T }>) => ContentReplies[T] };

/**
 * A content script's one listener for the background's messages: only from our own extension,
 * only while this script is valid, one handler per type; the handler's result is the answer.
 */
export function listenToBackground(ctx: ContentScriptContext, handlers: ContentHandlers) {
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
    if (sender.id !== browser.runtime.id || !ctx.isValid) return undefined;
    const msg = message as ToContent;
    const handler = handlers[msg?.type] as ((m: ToContent) => unknown) | undefined;
    if (!handler) return undefined;
    sendResponse(handler(msg) ?? null);
    return undefined;
  });
}
