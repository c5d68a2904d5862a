import { t } from '@/utils/i18n/i18n';
import type { StepMark } from '@/utils/contracts/guide';
import type { PanelState } from '@/utils/guides/panel-view';
import { systemValues } from '@/utils/systems/catalog';
import { CapturedValues } from './CapturedValues';
import { ConnectionResults } from './ConnectionResults';
import { FinalCard } from './FinalCard';
import { HandoverCard } from './HandoverCard';
import { HandOffOpen } from './HandOffOpen';
import { HandOffSeal } from './HandOffSeal';
import { SendButton } from './SendButton';
import { SavedAccountOffer } from './SavedAccountOffer';
import { Notice } from './Notice';
import { PageOutline } from './PageOutline';
import { PasteForm } from './PasteForm';
import { StepCard } from './StepCard';
import { StepList } from './StepList';
import { useGuideActions, useRequests, valueActions } from './use-guide-actions';
import { usePanelState } from './use-panel-state';
import { useFollowSend } from './use-follow-send';
import { useAtTogether } from './use-at-together';

/** How many values the guide collects, and how many the settings leave in. */
const valueCounts = (state: PanelState) => {
  const all = systemValues(state.guideId);
  return { total: all.length, wanted: all.filter((v) => !state.excluded.includes(v)).length };
};

/** Actions whose outcome shows beside the value buttons (the rest: at the foot of the panel). */
const nearValues = (from: string) => ['send', 'test', 'clear', 'copy', 'keep-longer', 'saved', 'capture', 'fix'].some((k) => from === k || from.startsWith(`${k}:`));

/** "Step 3 marked done. Undo": the admin's last word on a step, which they can take back. */
function MarkedNote({ marked, busy, onUndo }: { marked: { number: number; mark: StepMark }; busy: boolean; onUndo: () => void }) {
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
function ValueButtons({ state, busy, onSend, onTest, onClear }: { state: PanelState; busy: string | null; onSend(): void; onTest(): void; onClear(): void }) {
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
function StepLists({ state, busy, onReopen }: { state: PanelState; busy: boolean; onReopen(index: number): void }) {
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
        <StepList key={g.guideId} summary={t('other_guide', g.title, g.steps.filter((s) => s.done).length, g.steps.length)} steps={g.steps} stepIndex={g.stepIndex} open={false} />
      ))}
      {/* A guide the admin has not started stays out of the way, behind one line. */}
      {untouched.length > 0 && (
        <details class="card">
          <summary>{t('other_systems', untouched.length)}</summary>
          {untouched.map((g) => (
            <StepList key={g.guideId} summary={t('other_guide', g.title, 0, g.steps.length)} steps={g.steps} stepIndex={g.stepIndex} open={false} />
          ))}
        </details>
      )}
    </>
  );
}

/** "Not now" (while the guide is unfinished and not resting) and "Start over". */
function GuideFooter({ canRest, busy, onRest, onReset }: { canRest: boolean; busy: boolean; onRest(): void; onReset(): void }) {
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

/**
 * The guide as the side panel shows it, for the tab it was opened for (`tabId`; null: the
 * browser's default panel, which has no page to act on). It never holds a secret except one the
 * admin asked to reveal, for 30 s; everything else comes masked from the background. No page can
 * reach it: it is not framed into any page, and not web-accessible.
 */
export function GuideView({ tabId }: { tabId: number | null }) {
  // The browser's default panel guides no tab: it says how to open the guide, and holds nothing.
  return tabId === null ? <NoTabView /> : <TabGuide tabId={tabId} />;
}

/** The default (no-tab) panel: no guide, no values, no buttons; only how to open the guide for a page. */
function NoTabView() {
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
function Title({ state }: { state: PanelState | null }) {
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
function RestingNote({ busy, onResume }: { busy: boolean; onResume: () => void }) {
  return (
    <div class="unrecognised" role="status">
      <p>{t('resting_note')}</p>
      <button type="button" disabled={busy} onClick={onResume}>
        {t('resume')}
      </button>
    </div>
  );
}

function TabGuide({ tabId }: { tabId: number }) {
  const [state, now] = usePanelState(tabId);
  const onTab = { tabId };
  const { busy, notice, setNotice, run } = useRequests();
  const values = valueActions(run, setNotice, onTab, state?.keepMinutes ?? 0);
  const { tests, outline, marked, actions } = useGuideActions(state, run, onTab);
  const followSend = useFollowSend(state, tabId);
  const atTogether = useAtTogether(tabId);
  const idle = busy === null;
  /** After the fill: the hand-over (what went in, Together's Save, its answer); on Together's tab it is the whole card. */
  const handover = state?.relay && (state.relay.awaitingSave || state.relay.done) ? state.relay : null;
  return (
    <main class="panel">
      <Title state={state} />
      {!state ? (
        <p role="status">{t('panel_loading')}</p>
      ) : (
        <>
          {state.notes.map((n) => (
            <p key={n} class="unrecognised" role="status">
              {n}
            </p>
          ))}
          {state.resting && <RestingNote busy={!idle} onResume={() => actions.rest(false)} />}
          {handover && <HandoverCard relay={handover} busy={!idle} onSaved={actions.confirmSaved} />}
          {state.onTogether ? null : state.finished ? (
            <FinalCard busy={!idle} onTogether={actions.toTogether} />
          ) : (
            <StepCard state={state} tabId={tabId} busy={busy} onCapture={values.capture} onCaptureAll={values.captureAll} onFix={actions.fix} onMark={actions.mark} />
          )}
          {state.savedOn && <SavedAccountOffer host={state.savedOn} busy={!idle} onAnswer={actions.useSaved} />}
          {marked && <MarkedNote marked={marked} busy={!idle} onUndo={actions.undo} />}
          {state.canOutline && <PageOutline busy={!idle} open={state.place === 'unrecognised'} outline={outline} onCopy={actions.copyOutline} />}
          {state.pageFillable.length > 0 && (
            <div class="actions">
              <button type="button" disabled={!idle} onClick={actions.fillPage}>
                {t('fill_connect')}
              </button>
            </div>
          )}
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
              busy: !idle,
              onKeep: values.keepLonger,
            }}
          />
          {state.relay && !handover && (
            <p class={state.relay.waiting ? 'relay waiting' : 'relay'} role="status" aria-live="polite">
              {state.relay.message}
            </p>
          )}
          {/* A finished guide with nothing left to send has no Send: its card says what is left. */}
          {!(state.finished && state.captured.length === 0) && <ValueButtons state={state} busy={busy} onSend={() => {
                followSend();
                void actions.sendToTogether();
              }} onTest={actions.test} onClear={values.clear} />}
          <Notice notice={notice} shows={nearValues} />
          {tests && <ConnectionResults results={tests} />}
          {/* Someone else signs in to Together: seal what was captured for them (issue 28). */}
          {state.captured.length !== 0 && !atTogether && <HandOffSeal guide={state.guideId} />}
          {/* At Together, the colleague's side: open what was sealed for them. */}
          {atTogether && <HandOffOpen folded />}
          <PasteForm busy={!idle} onKeep={values.keep} excluded={state.excluded} fields={systemValues(state.guideId)} />
          <StepLists state={state} busy={!idle} onReopen={(i) => void actions.mark(i, 'open')} />
          <GuideFooter canRest={!state.resting && !state.finished} busy={!idle} onRest={() => actions.rest(true)} onReset={actions.reset} />
        </>
      )}
      <Notice notice={notice} shows={(from) => !nearValues(from)} />
    </main>
  );
}
