import type { CheckField, CheckResult } from '../contracts/check';
import type { GuideEvent } from '../contracts/guide';

/** Steps finished by checks passing: every required field checked and ok; optional ones, if shown, not in error. */
const CHECK_EVENTS: { event: GuideEvent; required: CheckField[]; optional?: CheckField[] }[] = [
  { event: 'account-details-ok', required: ['username', 'password', 'email'] },
  { event: 'role-ok', required: ['role-access'], optional: ['role-type'] },
  { event: 'user-ok', required: ['employee', 'employee-email'], optional: ['windows-auth'] },
];

export function eventsFromChecks(checks: readonly (CheckResult & { field: string })[]): GuideEvent[] {
  return CHECK_EVENTS.filter(({ required, optional = [] }) => {
    const relevant = checks.filter((c) => (required as string[]).includes(c.field) || (optional as string[]).includes(c.field));
    return (
      required.every((f) => relevant.some((c) => c.field === f)) &&
      relevant.every((c) => ((required as string[]).includes(c.field) ? c.level === 'ok' : c.level !== 'error'))
    );
  }).map(({ event }) => event);
}
