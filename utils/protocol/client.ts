import { browser } from 'wxt/browser';
import { errorEnvelope, type Envelope } from './envelope';
import type { Request } from './messages';

/** Sends a request to the background; a failure to deliver becomes an error envelope, never a throw. */
export async function request<T = unknown>(message: Request): Promise<Envelope<T>> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Envelope<T> | undefined;
    return reply ?? errorEnvelope('internal', 'The extension did not answer. Reload the page and try again.');
  } catch {
    return errorEnvelope('internal', 'The extension was updated or restarted. Reload the page and try again.');
  }
}
