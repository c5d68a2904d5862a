import type { ValueCheck } from '../../contracts/system';
import type { ValueName } from '../../contracts/values';
import { checkPassword, checkUsername } from './account';
import { checkCustomerApiKey, checkUserApiKey } from './keys';
import { checkRootUrl } from './root-url';

/** UKG Pro's values: keys by their public format, the root URL only on a web-services host. */
export const ukgProChecks: Partial<Record<ValueName, ValueCheck>> = {
  customerApiKey: { check: checkCustomerApiKey },
  userApiKey: { check: checkUserApiKey },
  rootUrl: {
    check: (v) => {
      const { level, message } = checkRootUrl(v);
      return { level, message };
    },
    normalize: (raw) => checkRootUrl(raw).url ?? raw.trim(),
  },
  username: { check: checkUsername },
  // Kept exactly as typed: generated passwords contain symbols and may end in spaces.
  password: { check: (v) => checkPassword(v, false), normalize: (raw) => raw },
};
