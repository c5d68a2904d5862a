/** Hex SHA-256 of a string (WebCrypto; available in the worker, extension pages and content scripts). */
export async function sha256Hex(s: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A short fingerprint of a value (16 hex digits of SHA-256): enough to tell whether the page shows
 * the value already kept, never enough to stand for it.
 */
export const fingerprint = async (value: string): Promise<string> => (await sha256Hex(value)).slice(0, 16);
