import type { Progress } from './types';
import { REQUIRED_SERVICES } from '../checks/scopes';
import { VALUE_LABELS, type ValueName } from '../values';
import type { GuideId } from './types';

/** What a change ticket needs after a relay: never a value, only names, hosts and facts. */
export interface SetupRecord {
  guide: GuideId;
  /** ISO time of the fill. */
  at: string;
  /** The service account (UKG) — a user name, not a secret. */
  account: string | null;
  /** Web-service rights as checked on Add/Change Service Account, if they were. */
  rights: string | null;
  /** The UKG web-services host or the Vantagepoint address the values belong to. */
  host: string | null;
  /** Which values were filled into Together (names only). */
  filled: string[];
}

export function setupRecord(guide: GuideId, at: Date, progress: Progress, values: Partial<Record<ValueName, string>>, filled: ValueName[]): SetupRecord {
  const hostOf = (u: string | undefined) => {
    try {
      return u ? new URL(u).host : null;
    } catch {
      return null;
    }
  };
  return {
    guide,
    at: at.toISOString(),
    account: guide === 'ukg-pro' ? (values.username ?? progress.accountName) : null,
    rights: guide === 'ukg-pro' && progress.events.includes('rights-ok') ? `View only, on ${REQUIRED_SERVICES.join(', ')}` : null,
    host: hostOf(guide === 'ukg-pro' ? values.rootUrl : values.vantagepointUrl),
    filled: filled.map((n) => VALUE_LABELS[n]),
  };
}

const GUIDE_NAMES: Record<GuideId, string> = { 'ukg-pro': 'UKG Pro → Together', vantagepoint: 'Deltek Vantagepoint → Together' };

/** The records as a Markdown section for a change ticket. */
export function recordsToMarkdown(records: readonly SetupRecord[]): string {
  const lines = ['# Together integration setup record', ''];
  for (const r of records) {
    lines.push(`## ${GUIDE_NAMES[r.guide]} — ${r.at}`, '');
    if (r.account) lines.push(`- Service account: ${r.account}`);
    if (r.rights) lines.push(`- Web-service rights: ${r.rights}`);
    if (r.host) lines.push(`- Host: ${r.host}`);
    lines.push(`- Filled into Together: ${r.filled.join(', ') || 'nothing'}`, '');
  }
  return lines.join('\n');
}
