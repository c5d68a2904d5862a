/** Every answer from the background: data, or an error with a stable code and a sentence for people. */
export type Envelope<T = unknown> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };

export type ErrorCode =
  | 'bad-message'
  | 'forbidden'
  | 'no-value'
  /** The value's check failed: it was not kept. */
  | 'invalid-value'
  | 'expired'
  | 'page-unavailable'
  | 'together-closed'
  | 'together-login'
  | 'together-no-form'
  | 'timeout'
  | 'internal';

export class ProtocolError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const okEnvelope = <T>(data: T): Envelope<T> => ({ ok: true, data });
export const errorEnvelope = (code: ErrorCode, message: string): Envelope<never> => ({ ok: false, error: { code, message } });
