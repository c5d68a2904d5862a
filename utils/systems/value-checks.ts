import { t } from '../i18n/i18n';
import { valueLabel, type ValueName } from '../contracts/values';
import type { CheckResult } from '../contracts/check';
import type { ValueCheck } from '../contracts/system';
import { systemList } from './registry';

/**
 * Every system's value checks, by value name. A value name means one thing everywhere, so at most
 * one system checks it (the registry test holds them to that).
 */
const CHECKS: Partial<Record<ValueName, ValueCheck>> = Object.assign({}, ...systemList().map((s) => s.checks));

/** Checks a value by name; opaque values (Client ID, secret, database: format not public) just need to be present. */
export function checkValue(name: ValueName, value: string): CheckResult {
  const check = CHECKS[name];
  if (check) return check.check(value);
  return value.trim().length > 0
    ? { level: 'ok', message: t('check_value_captured', valueLabel(name)) }
    : { level: 'error', message: t('check_value_empty', valueLabel(name)) };
}

/** The stored form of a value: as the system normalises it (URLs, passwords exactly as typed), otherwise trimmed. */
export function normalizeValue(name: ValueName, raw: string): string {
  const normalize = CHECKS[name]?.normalize;
  return normalize ? normalize(raw) : raw.trim();
}

/** No captured value is longer (keys are 5–12 characters, URLs and passwords far below it). */
export const MAX_VALUE_LENGTH = 1024;

/**
 * What may be kept: the normalised value when its check passes or only warns (the admin sees the
 * warning and may go on); null with the reason when it fails. Nothing a page supplies is trusted
 * more than this.
 */
export function acceptValue(name: ValueName, raw: string): { value: string; result: CheckResult } | { value: null; result: CheckResult } {
  if (raw.length > MAX_VALUE_LENGTH)
    return { value: null, result: { level: 'error', message: t('check_value_too_long', valueLabel(name), MAX_VALUE_LENGTH) } };
  const value = normalizeValue(name, raw);
  const result = checkValue(name, value);
  return result.level === 'error' ? { value: null, result } : { value, result };
}
