import { valueLabel } from '../contracts/values';
import type { RelayView } from '../guides/panel-view';
import { t, type MessageKey } from '../i18n/i18n';
import { OVER, SHOW_ENDED_MS, type Job, type LeftWhy } from './job';
import { whyLeft, type JobContext } from './together-tab';

const WHY: Record<LeftWhy, MessageKey> = {
  'not-captured': 'left_not_captured',
  'no-field': 'left_no_field',
  ambiguous: 'left_ambiguous',
};

/** Phases whose end the click's answer already said (unless the click was answered while it waited). */
const SAID_BY_ANSWER: ReadonlySet<string> = new Set(['closed', 'expired', 'failed']);

/**
 * After the fill: the job waits for Together's own Save, which only the admin presses. Together's
 * page reports the admin's click on Save and Together's answer (`together/saved`); on success the
 * values are forgotten and the guide finishes with a summary, on an error they stay kept and the
 * panel says what Together said. Where no answer can be recognised, the admin's word counts.
 */
export function handover(ctx: JobContext) {
  const now = () => (ctx.deps.now ?? Date.now)();
  return {
    /** The tab moved after the fill: its address is kept (a reload before Save leaves the values kept). */
    navigated(j: Job, rawUrl: string) {
      j.url = rawUrl;
      ctx.persist();
    },

    async saveSeen(j: Job, outcome: 'saved' | 'error', message: string) {
      if (!ctx.isCurrent(j) || j.phase !== 'filled') return;
      if (outcome === 'error') {
        j.saveError = message || t('relay_save_error_unknown');
        return ctx.setPhase(j, 'filled', t('relay_save_error', j.saveError));
      }
      delete j.saveError;
      // Busy while the values are forgotten: their removal is no expiry of a job that waits.
      ctx.filling(true);
      try {
        j.summary = await ctx.hooks.saved(j.system, j.filled ?? []);
      } finally {
        ctx.filling(false);
      }
      j.savedAt = now();
      ctx.setPhase(j, 'saved', t('relay_saved'));
    },

    /** The job as the panel shows it; null once it ended long ago (or its end was the click's answer). */
    view(j: Job, at: number): RelayView | null {
      if (OVER.has(j.phase) && at - j.changedAt > SHOW_ENDED_MS) return null;
      if (SAID_BY_ANSWER.has(j.phase) && !j.answered) return null;
      return {
        waiting: !OVER.has(j.phase) && j.phase !== 'filled',
        message: j.message,
        done: j.phase === 'saved',
        awaitingSave: j.phase === 'filled',
        tabId: j.tabId,
        startedAt: j.startedAt,
        filled: (j.filled ?? []).map(valueLabel),
        left: (j.left ?? []).map((l) => t('left_value', valueLabel(l.name), t(WHY[l.why]))),
        warning: j.phase === 'filled' ? whyLeft(j.left ?? []) || null : null,
        saveError: j.phase === 'filled' ? (j.saveError ?? null) : null,
        summary: (j.summary ?? []).map((s) =>
          s.host ? t('summary_value_host', valueLabel(s.name), s.host) : t('summary_value_typed', valueLabel(s.name)),
        ),
        savedAt: j.savedAt ?? null,
      };
    },
  };
}
