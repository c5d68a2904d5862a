import { browser } from 'wxt/browser';
import { t } from '../i18n/i18n';
import { errorEnvelope, type Envelope } from '../contracts/envelope';
import type { Request } from './messages';

/** Sends a request to the background; a failure to deliver becomes an error envelope, never a throw. */
export async function request<T = unknown>(message: Request): Promise<Envelope<T>> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Envelope<T> | undefined;
    return reply ?? errorEnvelope('internal', t('error_no_answer'));
  } catch {
    return errorEnvelope('internal', t('error_restarted'));
  }
}
