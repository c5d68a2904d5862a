import { browser } from 'wxt/browser';
import { t } from '../i18n/i18n';
import { errorEnvelope, type Envelope } from '../contracts/envelope';
import type { Reply, Request } from './messages';

/**
 * Sends a request to the background; a failure to deliver becomes an error envelope, never a
 * throw. The reply's type comes from the protocol (messages.ts `ReplyMap`).
 */
export async function request<M extends Request>(message: M): Promise<Envelope<Reply<M['type']>>> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Envelope<Reply<M['type']>> | undefined;
    return reply ?? errorEnvelope('internal', t('error_no_answer'));
  } catch {
    return errorEnvelope('internal', t('error_restarted'));
  }
}
