import { t } from '../i18n/i18n';
import { errorEnvelope, okEnvelope, ProtocolError, type Envelope } from '../contracts/envelope';
import { GESTURE_TYPES, parseRequest, type Reply, type Request, type RequestType } from './messages';
import { isAllowed } from './policy';
import { classifySender, type SenderClass, type SenderLike, type Self } from './sender';

export type Handler<T extends RequestType> = (msg: Request<T>, sender: SenderClass) => Promise<Reply<T>> | Reply<T>;
export type Handlers = { [T in RequestType]: Handler<T> };

/**
 * The background's one runtime.onMessage listener. Order matters: shape first (a forged message
 * never reaches a handler), then sender, then the handler; every outcome is an envelope.
 * Uses sendResponse + `return true` rather than returning a promise, which behaves the same under
 * webextension-polyfill, Chrome, Firefox and WXT's fake browser.
 * A request that acts on a user gesture (GESTURE_TYPES) is routed in the turn it arrives, with what
 * `selfNow` knows at once: the gesture lasts one synchronous turn, and its handler acts before any await.
 */
export function createRouter(handlers: Handlers, self: () => Self | Promise<Self>, selfNow: () => Self = () => self() as Self) {
  return (message: unknown, sender: SenderLike, sendResponse: (r: Envelope) => void): true => {
    const type = (message as { type?: unknown } | null)?.type;
    const me = GESTURE_TYPES.some((t) => t === type) ? selfNow() : self();
    // route() runs synchronously up to the handler's first await.
    void (me instanceof Promise ? me.then((m) => route(handlers, m, message, sender)) : route(handlers, me, message, sender)).then(
      sendResponse,
    );
    return true;
  };
}

export async function route(handlers: Handlers, self: Self, message: unknown, sender: SenderLike): Promise<Envelope> {
  const request = parseRequest(message);
  if (!request) return errorEnvelope('bad-message', t('error_bad_message'));
  const from = classifySender(sender, self);
  if (!isAllowed(request.type, from)) return errorEnvelope('forbidden', t('error_forbidden_sender'));
  try {
    const handler = handlers[request.type] as (m: Request, s: SenderClass) => unknown;
    return okEnvelope((await handler(request, from)) ?? null);
  } catch (e) {
    if (e instanceof ProtocolError) return errorEnvelope(e.code, e.message);
    return errorEnvelope('internal', t('error_internal'));
  }
}
