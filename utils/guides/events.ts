import type { SystemBehaviour } from '../contracts/behaviour';
import type { CheckResult } from '../contracts/check';
import type { GuideEvent } from '../contracts/guide';

/**
 * The steps a page's checks finish, as its system declares them (`checkEvents`): every required
 * field checked and ok; optional ones, if shown, not in error.
 */
export function eventsFromChecks(
  behaviour: Pick<SystemBehaviour, 'checkEvents'>,
  checks: readonly (CheckResult & { field: string })[],
): GuideEvent[] {
  return behaviour.checkEvents
    .filter(({ required, optional = [] }) => {
      const relevant = checks.filter((c) => required.includes(c.field) || optional.includes(c.field));
      return (
        required.every((f) => relevant.some((c) => c.field === f)) &&
        relevant.every((c) => (required.includes(c.field) ? c.level === 'ok' : c.level !== 'error'))
      );
    })
    .map(({ event }) => event);
}
