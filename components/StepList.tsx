import { t } from '@/utils/i18n/i18n';

const STATUS = { done: 'step_done', current: 'step_current', 'to-do': 'step_to_do' } as const;

interface Props {
  summary: string;
  /** Each step; `text` is its written instructions (the guide without the page), when shown. */
  steps: { id: string; title: string; done: boolean; text?: string }[];
  stepIndex: number;
  open: boolean;
}

/** A guide's steps as a checklist: done / current / to do. */
export function StepList({ summary, steps, stepIndex, open }: Props) {
  return (
    <details class="card" open={open}>
      <summary>{summary}</summary>
      <ol class="written-steps">
        {steps.map((s, i) => {
          const status = s.done ? 'done' : i === stepIndex ? 'current' : 'to-do';
          return (
            <li key={s.id} class={status} aria-current={i === stepIndex ? 'step' : undefined}>
              <strong>{s.title}</strong> <span class="status">({t(STATUS[status])})</span>
              {s.text && <div>{s.text}</div>}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
