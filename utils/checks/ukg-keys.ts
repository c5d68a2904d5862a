import { error, ok, warn, type CheckResult } from './types';

const WHERE_CUSTOMER_KEY = 'Copy it from the top of Service Account Administration or Web Services.';

/** Customer API key: 5 letters or digits (all known samples are upper case). */
export function checkCustomerApiKey(raw: string): CheckResult {
  const v = raw.trim();
  if (!v) return error(`The Customer API key is empty. ${WHERE_CUSTOMER_KEY}`);
  if (!/^[A-Za-z0-9]{5}$/.test(v))
    return error(`A Customer API key is 5 letters or digits; this is ${v.length} characters. ${WHERE_CUSTOMER_KEY}`);
  if (/[a-z]/.test(v)) return warn('Customer API keys are usually upper case. Check it was copied exactly.');
  return ok('Customer API key looks right.');
}

/** User API key: 12 letters or digits, one per service account. */
export function checkUserApiKey(raw: string): CheckResult {
  const v = raw.trim();
  if (!v) return error('The User API key is empty. Copy it from the service account’s row on Service Account Administration.');
  if (!/^[A-Za-z0-9]{12}$/.test(v))
    return error(`A User API key is 12 letters or digits; this is ${v.length} characters.`);
  return ok('User API key looks right.');
}
