import { t } from '../../i18n/i18n';
import { error, ok, type CheckResult } from '../../contracts/check';

export type Right = 'add' | 'delete' | 'view' | 'edit';
export const RIGHTS: readonly Right[] = ['add', 'delete', 'view', 'edit'];

/** One row of UKG's Web Services grid as read from the page (column order does not matter here). */
export interface ScopeRow {
  service: string;
  rights: Record<Right, boolean>;
}

/** The web services Together reads, View only. */
export const REQUIRED_SERVICES = ['Personnel Integration', 'Employee Person Details', 'Company Configuration Integration'] as const;

const squash = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** Service names match ignoring case, spacing and small misspellings ("Personal Integration"). */
export function sameService(a: string, b: string): boolean {
  const x = squash(a);
  const y = squash(b);
  return x === y || (Math.min(x.length, y.length) >= 10 && editDistance(x, y) <= 2);
}

export interface ScopeChange {
  service: string;
  right: Right;
  to: boolean;
}

export interface ScopeReport {
  /** One result per problem, or a single ok. */
  results: CheckResult[];
  /** The box clicks that make the grid exactly what Together needs. */
  changes: ScopeChange[];
}

const label = (r: Right) => r[0]!.toUpperCase() + r.slice(1);

/**
 * Exactly View on the three required services, nothing else: missing ones, other services and
 * Add/Edit/Delete rights are each named, and `changes` says how to get there.
 */
export function checkScopes(rows: readonly ScopeRow[]): ScopeReport {
  const results: CheckResult[] = [];
  const changes: ScopeChange[] = [];
  for (const required of REQUIRED_SERVICES) {
    const row = rows.find((r) => sameService(r.service, required));
    if (!row) results.push(error(t('check_scopes_missing_service', required)));
    else if (!row.rights.view) {
      results.push(error(t('check_scopes_tick_view', required)));
      changes.push({ service: row.service, right: 'view', to: true });
    }
  }
  for (const row of rows) {
    const required = REQUIRED_SERVICES.some((s) => sameService(row.service, s));
    const extra = RIGHTS.filter((r) => row.rights[r] && (!required || r !== 'view'));
    if (extra.length === 0) continue;
    results.push(error(t('check_scopes_extra', extra.map(label).join(', '), row.service)));
    for (const right of extra) changes.push({ service: row.service, right, to: false });
  }
  if (results.length === 0) results.push(ok(t('check_scopes_ok')));
  return { results, changes };
}
