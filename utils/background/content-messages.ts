import { browser } from 'wxt/browser';
import { ProtocolError } from '../contracts/envelope';
import { t } from '../i18n/i18n';
import type { ContentReplies, ToContent } from '../protocol/messages';
import type { AskTopFrame, SendToTopFrame } from './deps';

/**
 * How long a content script may take to answer. A page busy in its own script (a hostile one can
 * loop for as long as it likes) blocks our content script there too: the ask fails visibly instead
 * of holding up the guide.
 */
export const CONTENT_ANSWER_MS = 2_000;

/** The promise, or a `timeout` ProtocolError after `ms`. */
function within<T>(promise: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new ProtocolError('timeout', message())), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Messages to the top frame of a tab (never its sub-frames, where vendor pages may frame anything). */
export function createContentMessages(): { sendToTopFrame: SendToTopFrame; askTopFrame: AskTopFrame } {
  const sendToTopFrame: SendToTopFrame = (tabId, message) =>
    within(browser.tabs.sendMessage(tabId, message, { frameId: 0 }), CONTENT_ANSWER_MS, () => t('page_no_answer'));
  const askTopFrame = async <M extends ToContent>(tabId: number, message: M): Promise<ContentReplies[M['type']] | null> =>
    ((await sendToTopFrame(tabId, message).catch((e: unknown) => {
      if (e instanceof ProtocolError) throw e;
      return null;
    })) ?? null) as ContentReplies[M['type']] | null;
  return { sendToTopFrame, askTopFrame };
}
