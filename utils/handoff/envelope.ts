import { armor, Decrypter, Encrypter } from 'age-encryption';
import { z } from 'zod/mini';
import { VALUE_NAMES, type ValueName } from '../contracts/values';
import { isSystemId, systemValues, type SystemId } from '../systems/catalog';

/**
 * A hand-off envelope (issue 28): one provider's values, sealed with age (age-encryption.org, the
 * `age-encryption` package: a passphrase recipient, scrypt, ASCII armor) for a colleague to open in
 * their own copy of the extension. No cryptography of our own: this file only says what goes inside
 * and which refusal a failure is.
 */
export const ENVELOPE_FORMAT = 'together-setup-hand-off';
export const ENVELOPE_VERSION = 1;
/** scrypt's work factor (2^16): about half a second here. The passphrase, not scrypt, carries the strength (≥ 77 bits). */
export const WORK_FACTOR = 16;
/** Longest an envelope may live: a day (the admin may shorten it, policy may cap it lower). */
export const MAX_EXPIRY_HOURS = 24;
/** What one envelope may hold at most, armored (a few values of ≤ 1,024 characters each). */
export const MAX_ENVELOPE_CHARS = 20_000;

export interface EnvelopeValue {
  value: string;
  /** The host the value was captured on; null when the admin typed it into the guide's own form. */
  host: string | null;
}

export interface EnvelopeContents {
  provider: SystemId;
  sealedAt: number;
  expiresAt: number;
  /** Who sealed it, as they wrote it (optional). */
  sealedBy: string | null;
  values: Partial<Record<ValueName, EnvelopeValue>>;
}

const iso = z.string().check(z.maxLength(40), z.iso.datetime());
const host = z.nullable(z.string().check(z.maxLength(253), z.regex(/^[a-z0-9.-]+(?::\d{1,5})?$/)));
/** What is inside, read strictly: anything else (more keys, more values, another shape) is a damaged envelope. */
const inside = z.strictObject({
  format: z.literal(ENVELOPE_FORMAT),
  version: z.number(),
  provider: z.string().check(z.maxLength(64)),
  sealedAt: iso,
  expiresAt: iso,
  sealedBy: z.optional(z.string().check(z.maxLength(80))),
  values: z.partialRecord(
    z.enum(VALUE_NAMES as [ValueName, ...ValueName[]]),
    z.strictObject({ value: z.string().check(z.minLength(1), z.maxLength(1024)), host }),
  ),
});

/** Seals one provider's values; the armored text. Only that provider's values go in (the rest are dropped). */
export async function sealEnvelope(contents: EnvelopeContents, passphrase: string, workFactor = WORK_FACTOR): Promise<string> {
  const own = systemValues(contents.provider);
  const values = Object.fromEntries(Object.entries(contents.values).filter(([name]) => own.includes(name as ValueName)));
  if (Object.keys(values).length === 0) throw new Error('nothing to seal');
  const plaintext = JSON.stringify({
    format: ENVELOPE_FORMAT,
    version: ENVELOPE_VERSION,
    provider: contents.provider,
    sealedAt: new Date(contents.sealedAt).toISOString(),
    expiresAt: new Date(contents.expiresAt).toISOString(),
    ...(contents.sealedBy ? { sealedBy: contents.sealedBy } : {}),
    values,
  });
  const e = new Encrypter();
  e.setPassphrase(passphrase);
  e.setScryptWorkFactor(workFactor);
  return armor.encode(await e.encrypt(plaintext));
}

/** Why an envelope was refused: each one its own message (utils/background/handlers/handoff.ts). */
export type Refusal = 'not-envelope' | 'passphrase' | 'damaged' | 'version' | 'expired' | 'provider';

export type Opened = { ok: true; contents: EnvelopeContents } | { ok: false; refusal: Refusal };

/** The armored text as bytes, or null when it is not an age envelope (or is cut or altered in its armor). */
function unarmor(text: string): Uint8Array | null {
  if (text.length > MAX_ENVELOPE_CHARS) return null;
  try {
    return armor.decode(text);
  } catch {
    return null;
  }
}

/**
 * Opens an envelope, or says why not. age authenticates the whole file: a wrong passphrase and an
 * altered wrapped key both fail the key's unwrapping ("passphrase"), any other change fails the
 * header's MAC or a payload chunk ("damaged"). Expiry is checked here, against the sealed time: it
 * is enforced by the extension that opens it, not by cryptography (docs/security.md).
 */
export async function openEnvelope(text: string, passphrase: string, now: number): Promise<Opened> {
  const bytes = unarmor(text);
  if (!bytes) return { ok: false, refusal: 'not-envelope' };
  let plaintext: string;
  try {
    const d = new Decrypter();
    d.addPassphrase(passphrase);
    plaintext = await d.decrypt(bytes, 'text');
  } catch (e) {
    // typage's words for "this passphrase unwrapped no file key" (wrong passphrase, or that stanza altered).
    return { ok: false, refusal: /no identity matched/i.test(String((e as Error)?.message)) ? 'passphrase' : 'damaged' };
  }
  return readContents(plaintext, now);
}

/** The decrypted text, checked: format, version, provider, times, values of that provider only. */
export function readContents(plaintext: string, now: number): Opened {
  let json: unknown;
  try {
    json = JSON.parse(plaintext);
  } catch {
    return { ok: false, refusal: 'damaged' };
  }
  const version = (json as { version?: unknown })?.version;
  if ((json as { format?: unknown })?.format === ENVELOPE_FORMAT && version !== ENVELOPE_VERSION) return { ok: false, refusal: 'version' };
  const parsed = inside.safeParse(json);
  if (!parsed.success) return { ok: false, refusal: 'damaged' };
  const c = parsed.data;
  if (!isSystemId(c.provider)) return { ok: false, refusal: 'provider' };
  const own = systemValues(c.provider);
  if (Object.keys(c.values).some((n) => !own.includes(n as ValueName)) || Object.keys(c.values).length === 0)
    return { ok: false, refusal: 'damaged' };
  const sealedAt = Date.parse(c.sealedAt);
  const expiresAt = Date.parse(c.expiresAt);
  if (!(expiresAt > sealedAt) || expiresAt - sealedAt > MAX_EXPIRY_HOURS * 3_600_000) return { ok: false, refusal: 'damaged' };
  if (now >= expiresAt) return { ok: false, refusal: 'expired' };
  return { ok: true, contents: { provider: c.provider, sealedAt, expiresAt, sealedBy: c.sealedBy ?? null, values: c.values } };
}
