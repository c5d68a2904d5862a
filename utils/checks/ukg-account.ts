import { error, ok, type CheckResult } from './types';

export const SUGGESTED_USERNAME = 'TogetherIntegration';

export function checkUsername(v: string): CheckResult {
  if (!v.trim()) return error(`Enter a user name. ${SUGGESTED_USERNAME} is suggested.`);
  if (v !== v.trim()) return error('The user name has spaces at the start or end. Remove them.');
  return ok('User name looks right.');
}

/** The password is kept exactly as typed: generated ones contain symbols such as ! ( ) * # @ ^. */
export function checkPassword(v: string, generated: boolean): CheckResult {
  if (generated) return ok('UKG will generate the password when you save and show it once, in a pop-up. Capture it there.');
  if (!v) return error('Enter a password, or tick Generate New Password.');
  return ok('Password entered. It is kept exactly as typed.');
}

export function checkEmail(v: string): CheckResult {
  if (!v.trim()) return error('Enter an e-mail address. It does not need to receive mail.');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@.]+$/.test(v.trim())) return error('This is not a valid e-mail address.');
  return ok('E-mail address looks right.');
}
