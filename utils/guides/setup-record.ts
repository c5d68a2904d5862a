import type { Progress } from '../contracts/guide';
import type { RecordFact, RecordFacts } from '../contracts/system';
import { currentLanguage, t } from '../i18n/i18n';
import { isValueName, valueLabel, type ValueName } from '../contracts/values';
import { isSystemId, togetherName, type SystemId } from '../systems/catalog';
import { SYSTEMS } from '../systems/registry';

/**
 * What a change ticket needs after a relay: never a value, only names, hosts and facts (the
 * system says which: the account created, the services given View only, the host the values
 * belong to).
 */
export interface SetupRecord extends RecordFacts {
  guide: SystemId;
  /** ISO time of the fill. */
  at: string;
  /** Which values were filled into Together (value names, never values). */
  filled: string[];
}

export function setupRecord(
  guide: SystemId,
  at: Date,
  progress: Progress,
  values: Partial<Record<ValueName, string>>,
  filled: ValueName[],
): SetupRecord {
  return { guide, at: at.toISOString(), ...SYSTEMS[guide].recordFacts(progress, values), filled: [...filled] };
}

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

/** A record's time as the admin reads dates: their local date and time, in their language (the JSON export keeps ISO). */
export function localTime(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime())
    ? iso
    : new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'long', timeStyle: 'short' }).format(at);
}

/**
 * A record's own facts. Records kept before systems declared their facts carry `viewOnly` (the
 * services given View only): read as the fact the system now declares for it.
 */
function factsOf(r: SetupRecord & { viewOnly?: unknown }): RecordFact[] {
  if (Array.isArray(r.facts)) return r.facts.filter((f) => typeof f?.label === 'string' && typeof f.text === 'string');
  return Array.isArray(r.viewOnly) ? [{ label: 'record_rights', text: r.viewOnly.filter((x) => typeof x === 'string').join(', ') }] : [];
}

/** The records as a Markdown section for a change ticket, in the admin's language. */
export function recordsToMarkdown(records: readonly SetupRecord[]): string {
  const lines = [`# ${t('record_title')}`, ''];
  for (const r of records) {
    lines.push(
      `## ${isSystemId(r.guide) ? togetherName(r.guide) : markdownText(r.guide)} → Together — ${markdownText(localTime(r.at))}`,
      '',
    );
    if (r.account) lines.push(`- ${t('record_account', markdownText(r.account))}`);
    for (const f of factsOf(r)) lines.push(`- ${t(f.label, markdownText(f.text))}`);
    if (r.host) lines.push(`- ${t('record_host', markdownText(r.host))}`);
    const filled = r.filled.map((n) => (isValueName(n) ? valueLabel(n) : markdownText(n)));
    lines.push(`- ${t('record_filled', filled.join(', ') || t('record_nothing'))}`, '');
  }
  return lines.join('\n');
}
