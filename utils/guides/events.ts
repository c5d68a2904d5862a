import type { CheckResult } from '../checks/types';
import type { GuideEvent } from './types';

const DETAIL_FIELDS = ['username', 'password', 'email'];

/** Events the as-typed checks of the Add/Change form imply: every account detail present and passing. */
export function eventsFromChecks(checks: readonly (CheckResult & { field: string })[]): GuideEvent[] {
  const details = checks.filter((c) => DETAIL_FIELDS.includes(c.field));
  const complete = DETAIL_FIELDS.every((f) => details.some((c) => c.field === f));
  return complete && details.every((c) => c.level === 'ok') ? ['account-details-ok'] : [];
}
