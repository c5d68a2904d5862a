/**
 * The outcome of checking one value. `ok` is announced as a status, `warn` and `error` as an alert;
 * `neutral` is a form field's check before the admin has touched the field (what it needs, not yet a fault).
 */
export interface CheckResult {
  level: 'ok' | 'warn' | 'error' | 'neutral';
  message: string;
}

// The message is already in the admin's language: checks run in content scripts and the
// background alike, and both translate with the same messages (utils/i18n).
export const ok = (message: string): CheckResult => ({ level: 'ok', message });
export const warn = (message: string): CheckResult => ({ level: 'warn', message });
export const error = (message: string): CheckResult => ({ level: 'error', message });
