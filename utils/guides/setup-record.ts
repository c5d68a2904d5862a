import type { Progress } from '../contracts/guide';
import { REQUIRED_SERVICES } from '../systems/ukg-pro/scopes';
import { t } from '../i18n/i18n';
import { isValueName, valueLabel, type ValueName } from '../contracts/values';
import type { GuideId } from '../contracts/guide';

/** What a change ticket needs after a relay: never a value, only names, hosts and facts. */
export interface SetupRecord {
  guide: GuideId;
  /** ISO time of the fill. */
  at: string;
  /** The service account (UKG) — a user name, not a secret. */
  account: string | null;
  /** Services given View (and nothing else), as checked on Add/Change Service Account, if they were. */
  viewOnly: string[] | null;
  /** The UKG web-services host or the Vantagepoint address the values belong to. */
  host: string | null;
  /** Which values were filled into Together (value names, never values). */
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
    viewOnly: guide === 'ukg-pro' && progress.events.includes('rights-ok') ? [...REQUIRED_SERVICES] : null,
    host: hostOf(guide === 'ukg-pro' ? values.rootUrl : values.vantagepointUrl),
    filled: [...filled],
  };
}

const GUIDE_NAMES: Record<GuideId, string> = { 'ukg-pro': 'UKG Pro → Together', vantagepoint: 'Deltek Vantagepoint → Together' };

/**
 * Page-supplied text (the account name came from a vendor form) as one line of literal Markdown:
 * line breaks and control characters become spaces, and every character that could start inline
 * Markdown or HTML (emphasis, code, links, tags, tables, entities) is escaped, so a crafted name cannot add headings, links or instructions to the record.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .slice(0, 200)
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
}

/** The records as a Markdown section for a change ticket, in the admin's language. */
export function recordsToMarkdown(records: readonly SetupRecord[]): string {
  const lines = [`# ${t('record_title')}`, ''];
  for (const r of records) {
    lines.push(`## ${GUIDE_NAMES[r.guide]} — ${markdownText(r.at)}`, '');
    if (r.account) lines.push(`- ${t('record_account', markdownText(r.account))}`);
    if (r.viewOnly) lines.push(`- ${t('record_rights', r.viewOnly.map(markdownText).join(', '))}`);
    if (r.host) lines.push(`- ${t('record_host', markdownText(r.host))}`);
    const filled = r.filled.map((n) => (isValueName(n) ? valueLabel(n) : markdownText(n)));
    lines.push(`- ${t('record_filled', filled.join(', ') || t('record_nothing'))}`, '');
  }
  return lines.join('\n');
}
