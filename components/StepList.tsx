import { t } from '@/utils/i18n/i18n';
import type { StepStatus } from '@/utils/guides/steps';

const STATUS = { done: 'step_done', skipped: 'step_skipped', current: 'step_current', 'to-do': 'step_to_do' } as const;

interface Props {
  summary: string;
  /** Each step; `text` is its written instructions (the guide without the page), when shown. */
  steps: { id: string; title: string; done: boolean; status?: StepStatus; text?: string }[];
  stepIndex: number;
  open: boolean;
  /** Go back to a done or skipped step (absent: the list is read-only). */
  onReopen?: (index: number) => void;
  busy?: boolean;
}

/** A guide's steps as a checklist: done / skipped / current / to do, each done one can be gone back to. */
export function StepList({ summary, steps, stepIndex, open, onReopen, busy = false }: Props) {
  return (
    <details class="card" open={open}>
      <summary>{summary}</summary>
      <ol class="written-steps">
        {steps.map((s, i) => {
          const status = s.status === 'skipped' ? 'skipped' : s.done ? 'done' : i === stepIndex ? 'current' : 'to-do';
          return (
            <li key={s.id} class={status} aria-current={i === stepIndex ? 'step' : undefined}>
              <strong>{s.title}</strong> <span class="status">({t(STATUS[status])})</span>
              {s.text && <div>{s.text}</div>}
              {onReopen && (status === 'done' || status === 'skipped') && (
                <button type="button" class="link" disabled={busy} onClick={() => onReopen(i)}>
                  {t('reopen_step', i + 1)}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
