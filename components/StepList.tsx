import type { PanelState } from '@/utils/protocol/messages';

/** Every step with done / current / to do, and its written instructions: the guide without the page. */
export function StepList({ state, open }: { state: PanelState; open: boolean }) {
  return (
    <details class="card" open={open}>
      <summary>All steps</summary>
      <ol class="written-steps">
        {state.steps.map((s, i) => {
          const status = s.done ? 'done' : i === state.stepIndex ? 'current' : 'to do';
          return (
            <li key={s.id} class={status.replace(' ', '-')} aria-current={i === state.stepIndex ? 'step' : undefined}>
              <strong>{s.title}</strong> <span class="status">({status})</span>
              <div>{[s.where, s.instruction].filter(Boolean).join(' ')}</div>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
