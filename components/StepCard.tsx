import type { PanelState } from '@/utils/protocol/messages';

interface Props {
  state: PanelState;
  busy: string | null;
  onCapture: (name: PanelState['captures'][number]['name']) => void;
}

/** The current step, or the written steps when the page is not recognised. */
export function StepCard({ state, busy, onCapture }: Props) {
  const step = state.stepIndex === null ? null : state.steps[state.stepIndex];
  if (!step) {
    return (
      <section class="card" aria-labelledby="step-heading">
        <h2 id="step-heading">This page was not recognised</h2>
        <p>Follow the written steps below, then come back to this panel.</p>
        <ol class="written-steps">
          {state.steps.map((s) => (
            <li key={s.id}>
              <strong>{s.title}.</strong> {s.instruction}
            </li>
          ))}
        </ol>
      </section>
    );
  }
  return (
    <section class="card" aria-labelledby="step-heading">
      <h2 id="step-heading">
        Step {state.stepIndex! + 1} of {state.steps.length}: {step.title}
      </h2>
      <p>{step.instruction}</p>
      {state.captures.length > 0 && (
        <div class="actions">
          {state.captures.map((c) => (
            <button key={c.name} type="button" disabled={busy !== null} onClick={() => onCapture(c.name)}>
              {busy === `capture:${c.name}` ? `Capturing ${c.label}…` : `Capture ${c.label}`}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
