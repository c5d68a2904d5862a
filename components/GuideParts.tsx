import { t } from '@/utils/i18n/i18n';
import type { StepMark } from '@/utils/contracts/guide';
import type { PanelState } from '@/utils/guides/panel-view';
import { systemValues } from '@/utils/systems/catalog';
import type { RelayView } from '@/utils/guides/panel-view';
import { CapturedValues } from './CapturedValues';
import { SendButton } from './SendButton';
import type { valueActions } from './use-guide-actions';
import { StepList } from './StepList';

/** The parts of the guide's view (GuideView.tsx) that are only shown, each from what it is given. */

/** "Step 3 marked done. Undo": the admin's last word on a step, which they can take back. */
export function MarkedNote({ marked, busy, onUndo }: { marked: { number: number; mark: StepMark }; busy: boolean; onUndo: () => void }) {
  return (
    <p class="marked" role="status">
      {t(marked.mark === 'done' ? 'marked_done' : marked.mark === 'skipped' ? 'marked_skipped' : 'marked_open', marked.number)}{' '}
      <button type="button" class="link" disabled={busy} onClick={onUndo}>
        {t('undo')}
      </button>
    </p>
  );
}

/** Send, Test connection and Clear, for the values held. */
export function ValueButtons({
  state,
  busy,
  onSend,
  onTest,
  onClear,
}: {
  state: PanelState;
  busy: string | null;
  onSend(): void;
  onTest(): void;
  onClear(): void;
}) {
  const empty = state.captured.length === 0;
  return (
    <div class="actions">
      <SendButton state={state} busy={busy} onSend={onSend} />
      {state.canTestConnection && (
        <button type="button" disabled={busy !== null} onClick={onTest}>
          {busy === 'test' ? t('testing') : t('test')}
        </button>
      )}
      <button type="button" disabled={busy !== null || empty} onClick={onClear}>
        {t('clear')}
      </button>
    </div>
  );
}

/** Every step of this guide (any can be gone back to), then the other guides' as checklists. */
export function StepLists({ state, busy, onReopen }: { state: PanelState; busy: boolean; onReopen(index: number): void }) {
  const started = state.otherGuides.filter((g) => g.steps.some((s) => s.done));
  const untouched = state.otherGuides.filter((g) => !started.includes(g));
  return (
    <>
      <StepList
        summary={t('all_steps')}
        steps={state.steps.map((s) => ({ ...s, text: [s.directions, s.instruction].filter(Boolean).join(' ') }))}
        stepIndex={state.stepIndex}
        open={state.place === 'unrecognised'}
        onReopen={onReopen}
        busy={busy}
      />
      {started.map((g) => (
        <StepList
          key={g.guideId}
          summary={t('other_guide', g.title, g.steps.filter((s) => s.done).length, g.steps.length)}
          steps={g.steps}
          stepIndex={g.stepIndex}
          open={false}
        />
      ))}
      {/* A guide the admin has not started stays out of the way, behind one line. */}
      {untouched.length > 0 && (
        <details class="card">
          <summary>{t('other_systems', untouched.length)}</summary>
          {untouched.map((g) => (
            <StepList
              key={g.guideId}
              summary={t('other_guide', g.title, 0, g.steps.length)}
              steps={g.steps}
              stepIndex={g.stepIndex}
              open={false}
            />
          ))}
        </details>
      )}
    </>
  );
}

/** "Not now" (while the guide is unfinished and not resting) and "Start over". */
export function GuideFooter({ canRest, busy, onRest, onReset }: { canRest: boolean; busy: boolean; onRest(): void; onReset(): void }) {
  return (
    <div class="actions">
      {canRest && (
        <button type="button" class="link" disabled={busy} onClick={onRest}>
          {t('not_now')}
        </button>
      )}
      <button type="button" class="link" disabled={busy} onClick={onReset}>
        {t('start_over')}
      </button>
    </div>
  );
}

/** The default (no-tab) panel: no guide, no values, no buttons; only how to open the guide for a page. */
export function NoTabView() {
  return (
    <main class="panel">
      <h1>{t('ext_name')}</h1>
      <section class="card" aria-labelledby="no-tab-heading">
        <h2 id="no-tab-heading">{t('no_tab_heading')}</h2>
        <p>{t('no_tab_text')}</p>
      </section>
    </main>
  );
}

/** The guide's title, and the host of the tab it guides (browser-reported: a look-alike page shows its own). */
export function Title({ state }: { state: PanelState | null }) {
  return (
    <>
      <h1>{state?.guideTitle ?? t('ext_name')}</h1>
      {state?.host && <p class="host">{t('panel_host', state.host)}</p>}
      {state?.hostMoved && (
        <p class="unrecognised" role="status">
          {t('host_moved', state.hostMoved.from, state.hostMoved.to)}
        </p>
      )}
    </>
  );
}

/** The guide put to rest ("not now"): it says so, and takes it back. */
export function RestingNote({ busy, onResume }: { busy: boolean; onResume: () => void }) {
  return (
    <div class="unrecognised" role="status">
      <p>{t('resting_note')}</p>
      <button type="button" disabled={busy} onClick={onResume}>
        {t('resume')}
      </button>
    </div>
  );
}

/** How many values the guide collects, and how many the settings leave in. */
const valueCounts = (state: PanelState) => {
  const all = systemValues(state.guideId);
  return { total: all.length, wanted: all.filter((v) => !state.excluded.includes(v)).length };
};

/** The values held, with their checks, their time left and "Keep N more minutes". */
export function HeldValues({
  state,
  now,
  busy,
  values,
}: {
  state: PanelState;
  now: number;
  busy: boolean;
  values: ReturnType<typeof valueActions>;
}) {
  return (
    <CapturedValues
      captured={state.captured}
      {...valueCounts(state)}
      expiresAt={state.expiresAt}
      expiredAt={state.expiredAt}
      now={now}
      reveal={values.reveal}
      copy={values.copy}
      keepLonger={{
        minutes: state.keepMinutes,
        possible: state.holdEndsAt !== null && state.expiresAt !== null && state.holdEndsAt > state.expiresAt,
        busy,
        onKeep: values.keepLonger,
      }}
    />
  );
}

/** What a Send waits for, before the fill (after it, the hand-over card says it). */
export function RelayLine({ relay }: { relay: RelayView }) {
  return (
    <p class={relay.waiting ? 'relay waiting' : 'relay'} role="status" aria-live="polite">
      {relay.message}
    </p>
  );
}
