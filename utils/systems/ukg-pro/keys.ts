import { t } from '../../i18n/i18n';
import { error, ok, warn, type CheckResult } from '../../contracts/check';

/** Customer API key: 5 letters or digits (all known samples are upper case). */
export function checkCustomerApiKey(raw: string): CheckResult {
  const v = raw.trim();
  if (!v) return error(t('check_customer_key_empty'));
  if (!/^[A-Za-z0-9]{5}$/.test(v)) return error(t('check_customer_key_length', v.length));
  if (/[a-z]/.test(v)) return warn(t('check_customer_key_case'));
  return ok(t('check_customer_key_ok'));
}

/** User API key: 12 letters or digits, one per service account. */
export function checkUserApiKey(raw: string): CheckResult {
  const v = raw.trim();
  if (!v) return error(t('check_user_key_empty'));
  if (!/^[A-Za-z0-9]{12}$/.test(v)) return error(t('check_user_key_length', v.length));
  return ok(t('check_user_key_ok'));
}
