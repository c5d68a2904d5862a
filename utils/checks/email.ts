import { t } from '../i18n/i18n';
import { error, ok, type CheckResult } from '../contracts/check';

/** An e-mail address field on a vendor form (any system's). */
export function checkEmail(v: string): CheckResult {
  if (!v.trim()) return error(t('check_email_empty'));
  if (!/^[^\s@]+@[^\s@]+\.[^\s@.]+$/.test(v.trim())) return error(t('check_email_invalid'));
  return ok(t('check_email_ok'));
}
