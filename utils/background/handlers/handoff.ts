import { isSecretIn } from '../../contracts/behaviour';
import { ProtocolError } from '../../contracts/envelope';
import { maskValue, type ValueName } from '../../contracts/values';
import { t } from '../../i18n/i18n';
import type { Handlers } from '../../protocol/router';
import { systemValues } from '../../systems/catalog';
import { SYSTEMS } from '../../systems/registry';
import type { Vault } from '../../vault/vault';
import type { KeepValues, ReadSettings, Refresh } from '../deps';

/** What the hand-off handlers need. */
export interface HandOffDeps {
  vault: Pick<Vault, 'all' | 'origins'>;
  keepValues: KeepValues;
  settings: ReadSettings;
  refresh: Refresh;
}

/**
 * The background's part in a hand-off (issue 28; the envelope is sealed and opened in our pages:
 * utils/handoff/handoff.ts). Both only for our own pages (policy), both off when the organisation
 * says so: `handoff/values` gives the admin's Seal the guide's values and where each was captured;
 * `handoff/keep` keeps an opened envelope's values as typed ones (no origin: never written into a
 * vendor page), under the lifetime captured values have.
 */
export function handOffHandlers(deps: HandOffDeps): Pick<Handlers, 'handoff/values' | 'handoff/keep'> {
  const allowed = async () => {
    const s = (await deps.settings()).values;
    if (!s.handOff) throw new ProtocolError('forbidden', t('handoff_off'));
    return s;
  };
  return {
    async 'handoff/values'(msg) {
      const s = await allowed();
      const [values, origins] = await Promise.all([deps.vault.all(), deps.vault.origins()]);
      const own: Partial<Record<ValueName, { value: string; host: string | null }>> = {};
      for (const name of systemValues(msg.system)) {
        const value = values[name];
        const origin = origins[name];
        if (value !== undefined) own[name] = { value, host: origin ? new URL(origin).host : null };
      }
      if (!Object.keys(own).length) throw new ProtocolError('no-value', t('handoff_nothing'));
      return { values: own, maxHours: s.handOffMaxHours };
    },
    async 'handoff/keep'(msg) {
      await allowed();
      const refused = await deps.keepValues(msg.system, msg.values, null, true);
      await deps.refresh();
      if (refused.length) throw new ProtocolError('invalid-value', refused.join(' '));
      const behaviour = SYSTEMS[msg.system].behaviour;
      return (Object.entries(msg.values) as [ValueName, string][]).map(([name, value]) => {
        const secret = isSecretIn(behaviour, name);
        return { name, secret, masked: maskValue(value, secret) };
      });
    },
  };
}
