import { t } from '../../i18n/i18n';
import { error, ok, warn, type CheckResult } from '../../contracts/check';

export const SUGGESTED_USERNAME = 'TogetherIntegration';

export function checkUsername(v: string): CheckResult {
  if (!v.trim()) return error(t('check_username_empty', SUGGESTED_USERNAME));
  if (v !== v.trim()) return error(t('check_username_spaces'));
  // A user name is one line of visible characters (it is written into the setup record, too).
  if (/[\p{Cc}\u2028\u2029]/u.test(v) || v.length > 100) return error(t('check_username_invalid'));
  // Another name works, but the guide suggested this one: say so, in amber ("Together Integration").
  if (v !== SUGGESTED_USERNAME) return warn(t('check_username_differs', SUGGESTED_USERNAME));
  return ok(t('check_username_ok'));
}

/** The password is kept exactly, character for character: generated ones contain symbols such as ! ( ) * # @ ^. */
export function checkPassword(v: string, generated: boolean): CheckResult {
  if (generated) return ok(t('check_password_generated'));
  if (!v) return error(t('check_password_empty'));
  return ok(t('check_password_ok'));
}
