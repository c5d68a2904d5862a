import type { FormFix } from '@/utils/checks/types';
import { SUGGESTED_USERNAME } from '@/utils/checks/ukg-account';
import type { PanelState } from '@/utils/protocol/messages';
import type { ValueName } from '@/utils/values';
import { CheckLine } from './CheckLine';

interface Props {
  state: PanelState;
  busy: string | null;
  onCapture: (name: ValueName) => void;
  onCaptureAll: (names: ValueName[]) => void;
  onFix: (fix: FormFix) => void;
}

const FIX_LABELS: Record<FormFix, string> = { rights: 'Set exactly these rights', username: `Use ${SUGGESTED_USERNAME}` };

/** The current step: where the admin is, what to do, what can be captured, and the form's checks. */
export function StepCard({ state, busy, onCapture, onCaptureAll, onFix, inPage }: Props & { inPage: boolean }) {
  const step = state.steps[state.stepIndex]!;
  return (
    <section class="card" aria-labelledby="step-heading">
      {state.place === 'unrecognised' && inPage && (
        <p class="unrecognised" role="status">
          This page was not recognised. The written steps below still apply, and you can enter values by hand.
        </p>
      )}
      <h2 id="step-heading">
        Step {state.stepIndex + 1} of {state.steps.length}: {step.title}
      </h2>
      <p>{state.instruction}</p>
      {state.captures.length > 0 && (
        <div class="actions">
          {state.captures.map((c) => (
            <button key={c.name} type="button" disabled={busy !== null} onClick={() => onCapture(c.name)}>
              {busy === `capture:${c.name}` ? `Capturing ${c.label}…` : `Capture ${c.label}`}
            </button>
          ))}
          {state.captures.length > 1 && (
            <button type="button" disabled={busy !== null} onClick={() => onCaptureAll(state.captures.map((c) => c.name))}>
              {busy === 'capture:all' ? 'Capturing…' : 'Capture all'}
            </button>
          )}
        </div>
      )}
      {state.checks.length > 0 && (
        <ul class="checks" aria-label="Checks on this page">
          {state.checks.map((c, i) => (
            <li key={`${c.field}-${i}`}>
              <CheckLine level={c.level} message={c.message} />
            </li>
          ))}
        </ul>
      )}
      {state.fixes.length > 0 && (
        <div class="actions">
          {state.fixes.map((fix) => (
            <button key={fix} type="button" disabled={busy !== null} onClick={() => onFix(fix)}>
              {FIX_LABELS[fix]}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
