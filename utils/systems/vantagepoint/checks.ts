import type { ValueCheck } from '../../contracts/system';
import type { ValueName } from '../../contracts/values';
import { checkVantagepointUrl } from './address';

/** Vantagepoint's values: the address is checked and normalised; Client ID, secret and database are opaque. */
export const vantagepointChecks: Partial<Record<ValueName, ValueCheck>> = {
  vantagepointUrl: {
    check: (v) => {
      const { level, message } = checkVantagepointUrl(v);
      return { level, message };
    },
    normalize: (raw) => checkVantagepointUrl(raw).url ?? raw.trim(),
  },
};
