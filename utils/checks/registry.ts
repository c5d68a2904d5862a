import type { ValueName } from '../values';
import type { CheckResult } from './types';
import { checkRootUrl } from './root-url';
import { checkPassword, checkUsername } from './ukg-account';
import { checkCustomerApiKey, checkUserApiKey } from './ukg-keys';

const CHECKS: Partial<Record<ValueName, (v: string) => CheckResult>> = {
  customerApiKey: checkCustomerApiKey,
  userApiKey: checkUserApiKey,
  rootUrl: (v) => {
    const { level, message } = checkRootUrl(v);
    return { level, message };
  },
  username: checkUsername,
  password: (v) => checkPassword(v, false),
};

/** Checks a value by name; values without a rule just need to be present. */
export function checkValue(name: ValueName, value: string): CheckResult {
  const check = CHECKS[name];
  if (check) return check(value);
  return value.length > 0 ? { level: 'ok', message: 'Present.' } : { level: 'error', message: 'Empty.' };
}
