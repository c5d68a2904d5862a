import { t } from '@/utils/i18n/i18n';
import type { PanelState } from '@/utils/guides/panel-view';
import type { StepMark } from '@/utils/contracts/guide';
import type { ValueName } from '@/utils/contracts/values';
import { CheckLine } from './CheckLine';
import { FindPage } from './FindPage';
import { MarkButtons } from './MarkButtons';

interface Props {
  state: PanelState;
  tabId: number;
  busy: string | null;
  onCapture: (name: ValueName) => void;
  onCaptureAll: (names: ValueName[]) => void;
  onFix: (fix: string) => void;
  onMark: (stepIndex: number, mark: StepMark) => void;
}

/** The step for the admin's page: where they are, what to do, what can be captured, the form's checks. */
export function StepCard({ state, tabId, busy, onCapture, onCaptureAll, onFix, onMark }: Props) {
  const step = state.steps[state.stepIndex]!;
  return (
    <section class="card" aria-labelledby="step-heading">
      {state.place === 'unrecognised' && (
        <p class="unrecognised" role="status">
          {t('page_unrecognised')}
        </p>
      )}
      <h2 id="step-heading">{t('step_heading', state.stepIndex + 1, state.steps.length, step.title)}</h2>
      <p>{state.instruction}</p>
      {state.find && <FindPage find={state.find} tabId={tabId} />}
      {state.openBefore.length > 0 && (
        <ul class="still-open">
          {state.openBefore.map((s) => (
            <li key={s.number}>{t('step_still_open', s.number, s.title)}</li>
          ))}
        </ul>
      )}
      {state.captures.some((c) => c.replaces) && (
        <p class="replace" role="status">
          {state.captures
            .filter((c) => c.replaces)
            .map((c) => t('replace_kept', c.label))
            .join(' ')}
        </p>
      )}
      {state.captures.length > 0 && (
        <div class="actions">
          {state.captures.map((c, i) => (
            // The step's own action is the main button until Send is (values complete, or the send step).
            <button
              key={c.name}
              type="button"
              class={i === 0 && !state.sendIsNext ? 'primary' : undefined}
              disabled={busy !== null}
              onClick={() => onCapture(c.name)}
            >
              {busy === `capture:${c.name}` ? t('capturing_value', c.label) : t('capture_value', c.label)}
            </button>
          ))}
          {state.captures.length > 1 && (
            <button type="button" disabled={busy !== null} onClick={() => onCaptureAll(state.captures.map((c) => c.name))}>
              {busy === 'capture:all' ? t('capturing') : t('capture_all')}
            </button>
          )}
        </div>
      )}
      {state.checks.length > 0 && (
        <ul class="checks" aria-label={t('checks_label')}>
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
            <button key={fix.id} type="button" disabled={busy !== null} onClick={() => onFix(fix.id)}>
              {fix.label}
            </button>
          ))}
        </div>
      )}
      {state.markable && <MarkButtons stepIndex={state.stepIndex} shownOnce={step.shownOnce} busy={busy !== null} onMark={onMark} />}
    </section>
  );
}
