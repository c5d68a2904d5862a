import { t } from '@/utils/i18n/i18n';
import type { PanelState } from '@/utils/protocol/messages';

const STATUS = { done: 'step_done', current: 'step_current', 'to-do': 'step_to_do' } as const;

/** Every step with done / current / to do, and its written instructions: the guide without the page. */
export function StepList({ state, open }: { state: PanelState; open: boolean }) {
  return (
    <details class="card" open={open}>
      <summary>{t('all_steps')}</summary>
      <ol class="written-steps">
        {state.steps.map((s, i) => {
          const status = s.done ? 'done' : i === state.stepIndex ? 'current' : 'to-do';
          return (
            <li key={s.id} class={status} aria-current={i === state.stepIndex ? 'step' : undefined}>
              <strong>{s.title}</strong> <span class="status">({t(STATUS[status])})</span>
              <div>{[s.where, s.instruction].filter(Boolean).join(' ')}</div>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
