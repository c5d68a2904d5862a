import { isSecretIn } from '../../contracts/behaviour';
import { ProtocolError } from '../../contracts/envelope';
import { maskValue, type ValueName } from '../../contracts/values';
import { openEnvelope, sealEnvelope, WORK_FACTOR, type EnvelopeValue } from '../../handoff/envelope';
import { generatePassphrase } from '../../handoff/passphrase';
import { t, type MessageKey } from '../../i18n/i18n';
import type { Handlers } from '../../protocol/router';
import { systemValues, togetherName, type SystemId } from '../../systems/catalog';
import { SYSTEMS } from '../../systems/registry';
import type { Vault } from '../../vault/vault';
import type { KeepValues, ReadSettings, Refresh } from '../deps';

/** What the hand-off handlers need. */
export interface HandOffDeps {
  vault: Pick<Vault, 'all' | 'origins'>;
  keepValues: KeepValues;
  settings: ReadSettings;
  refresh: Refresh;
  /** scrypt's work factor (tests use a small one); the clock. */
  handOff?: { workFactor?: number; now?: () => number };
}

const REFUSALS: Record<string, MessageKey> = {
  'not-envelope': 'handoff_refused_not_envelope',
  passphrase: 'handoff_refused_passphrase',
  damaged: 'handoff_refused_damaged',
  version: 'handoff_refused_version',
  expired: 'handoff_refused_expired',
  provider: 'handoff_refused_provider',
};

/** A typed passphrase as it was generated: words in lower case joined by hyphens, whatever separated them. */
export const normalisePassphrase = (typed: string) =>
  typed
    .trim()
    .toLowerCase()
    .split(/[\s,;_.-]+/)
    .filter(Boolean)
    .join('-');

const hostOf = (origin: string | null | undefined) => (origin ? new URL(origin).host : null);

/** The envelope's file name: the provider and the day, nothing secret. */
const fileName = (guide: SystemId, at: number) => `together-hand-off-${guide}-${new Date(at).toISOString().slice(0, 10)}.age`;

/**
 * "Hand off to a colleague" (issue 28): seal one guide's values into an age envelope, and open one.
 * Both only on the admin's action in our own pages (policy: extension pages), both off when the
 * organisation says so. Nothing is sent anywhere; the passphrase is returned once and never stored;
 * opened values go into the vault as typed ones do (no origin: never written into a vendor page).
 */
export function handOffHandlers(deps: HandOffDeps): Pick<Handlers, 'handoff/seal' | 'handoff/open'> {
  const now = deps.handOff?.now ?? Date.now;
  const allowed = async () => {
    const s = (await deps.settings()).values;
    if (!s.handOff) throw new ProtocolError('forbidden', t('handoff_off'));
    return s;
  };
  return {
    async 'handoff/seal'(msg) {
      const s = await allowed();
      const [values, origins] = await Promise.all([deps.vault.all(), deps.vault.origins()]);
      const sealed: Partial<Record<ValueName, EnvelopeValue>> = {};
      for (const name of systemValues(msg.guide)) {
        const value = values[name];
        if (value !== undefined) sealed[name] = { value, host: hostOf(origins[name]) };
      }
      const names = Object.keys(sealed) as ValueName[];
      if (!names.length) throw new ProtocolError('no-value', t('handoff_nothing'));
      const sealedAt = now();
      const expiresAt = sealedAt + Math.min(msg.expiresInHours, s.handOffMaxHours) * 3_600_000;
      const passphrase = generatePassphrase();
      const sealedBy = msg.sealedBy?.trim() || null;
      const envelope = await sealEnvelope({ provider: msg.guide, sealedAt, expiresAt, sealedBy, values: sealed }, passphrase, deps.handOff?.workFactor ?? WORK_FACTOR);
      return { envelope, passphrase, expiresAt, names, fileName: fileName(msg.guide, sealedAt) };
    },
    async 'handoff/open'(msg) {
      await allowed();
      const opened = await openEnvelope(msg.envelope, normalisePassphrase(msg.passphrase), now());
      if (!opened.ok) throw new ProtocolError(`handoff-${opened.refusal}`, t(REFUSALS[opened.refusal]!));
      const { provider, values } = opened.contents;
      const plain = Object.fromEntries(Object.entries(values).map(([n, v]) => [n, v.value]));
      const refused = await deps.keepValues(provider, plain, null, true);
      await deps.refresh();
      if (refused.length) throw new ProtocolError('invalid-value', refused.join(' '));
      const behaviour = SYSTEMS[provider].behaviour;
      return {
        ...opened.contents,
        providerName: togetherName(provider),
        values: (Object.entries(values) as [ValueName, EnvelopeValue][]).map(([name, v]) => {
          const secret = isSecretIn(behaviour, name);
          return { name, host: v.host, secret, masked: maskValue(v.value, secret) };
        }),
      };
    },
  };
}
