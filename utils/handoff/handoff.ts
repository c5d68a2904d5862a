import type { ValueName } from '../contracts/values';
import type { MessageKey } from '../i18n/i18n';
import type { SystemId } from '../systems/catalog';
import { MAX_EXPIRY_HOURS, openEnvelope, sealEnvelope, WORK_FACTOR, type EnvelopeValue, type Opened, type Refusal } from './envelope';
import { generatePassphrase } from './passphrase';

/**
 * What our pages do with an envelope (the side panel seals, the welcome page, options and the guide
 * at Together open). Loaded only when the admin seals or opens one (a dynamic import from
 * components/HandOff*.tsx): age and the word list stay out of every page's first load and out of the
 * background, which only hands over the guide's values and keeps opened ones.
 */

/** A sealed envelope, as the guide shows it once. */
export interface Sealed {
  /** The armored age text: what is downloaded as `fileName` or copied. */
  envelope: string;
  fileName: string;
  /** Shown once, never stored. */
  passphrase: string;
  expiresAt: number;
  names: ValueName[];
}

export interface SealRequest {
  provider: SystemId;
  values: Partial<Record<ValueName, EnvelopeValue>>;
  /** What the admin chose, and the most the organisation allows. */
  hours: number;
  maxHours: number;
  sealedBy: string;
  now: number;
  workFactor?: number;
}

/** Seals the guide's values with a new passphrase, for the hours chosen within policy. */
export async function sealHandOff(r: SealRequest): Promise<Sealed> {
  const sealedAt = r.now;
  const expiresAt = sealedAt + Math.min(r.hours, r.maxHours, MAX_EXPIRY_HOURS) * 3_600_000;
  const passphrase = generatePassphrase();
  const sealedBy = r.sealedBy.trim() || null;
  const envelope = await sealEnvelope(
    { provider: r.provider, sealedAt, expiresAt, sealedBy, values: r.values },
    passphrase,
    r.workFactor ?? WORK_FACTOR,
  );
  const day = new Date(sealedAt).toISOString().slice(0, 10);
  return {
    envelope,
    passphrase,
    expiresAt,
    names: Object.keys(r.values) as ValueName[],
    fileName: `together-hand-off-${r.provider}-${day}.age`,
  };
}

/** A typed passphrase as it was generated: words in lower case joined by hyphens, whatever separated them (read out on a call). */
export const normalisePassphrase = (typed: string) =>
  typed
    .trim()
    .toLowerCase()
    .split(/[\s,;_.-]+/)
    .filter(Boolean)
    .join('-');

/** Opens what the admin chose or pasted with the passphrase they typed. */
export const openHandOff = (text: string, typed: string, now: number): Promise<Opened> =>
  openEnvelope(text, normalisePassphrase(typed), now);

/** What an opened envelope holds, as our page shows it before anything is used (values masked). */
export interface OpenedView {
  provider: SystemId;
  sealedAt: number;
  expiresAt: number;
  sealedBy: string | null;
  values: { name: ValueName; masked: string; secret: boolean; host: string | null }[];
}

/** Each refusal's own message. */
export const REFUSAL_MESSAGES: Record<Refusal, MessageKey> = {
  'not-envelope': 'handoff_refused_not_envelope',
  passphrase: 'handoff_refused_passphrase',
  damaged: 'handoff_refused_damaged',
  version: 'handoff_refused_version',
  expired: 'handoff_refused_expired',
  provider: 'handoff_refused_provider',
};
