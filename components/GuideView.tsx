import { t } from '@/utils/i18n/i18n';
import { systemValues } from '@/utils/systems/catalog';
import { ConnectionResults } from './ConnectionResults';
import { FinalCard } from './FinalCard';
import { HandoverCard } from './HandoverCard';
import { HandOffOpen } from './HandOffOpen';
import { HandOffSeal } from './HandOffSeal';
import { SavedAccountOffer } from './SavedAccountOffer';
import { Notice } from './Notice';
import { PageOutline } from './PageOutline';
import { PasteForm } from './PasteForm';
import { StepCard } from './StepCard';
import { GuideFooter, HeldValues, MarkedNote, NoTabView, RelayLine, RestingNote, StepLists, Title, ValueButtons } from './GuideParts';
import { useGuideActions, useRequests, valueActions } from './use-guide-actions';
import { usePanelState } from './use-panel-state';
import { useFollowSend } from './use-follow-send';
import { useAtTogether } from './use-at-together';

/** Actions whose outcome shows beside the value buttons (the rest: at the foot of the panel). */
const nearValues = (from: string) =>
  ['send', 'test', 'clear', 'copy', 'keep-longer', 'saved', 'capture', 'fix'].some((k) => from === k || from.startsWith(`${k}:`));

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
            <StepCard
              state={state}
              tabId={tabId}
              busy={busy}
              onCapture={values.capture}
              onCaptureAll={values.captureAll}
              onFix={actions.fix}
              onMark={actions.mark}
            />
          )}
          {state.savedOn && <SavedAccountOffer host={state.savedOn} busy={!idle} onAnswer={actions.useSaved} />}
          {marked && <MarkedNote marked={marked} busy={!idle} onUndo={actions.undo} />}
          {state.canOutline && (
            <PageOutline busy={!idle} open={state.place === 'unrecognised'} outline={outline} onCopy={actions.copyOutline} />
          )}
          {state.pageFillable.length > 0 && (
            <div class="actions">
              <button type="button" disabled={!idle} onClick={actions.fillPage}>
                {t('fill_connect')}
              </button>
            </div>
          )}
          <HeldValues state={state} now={now} busy={!idle} values={values} />
          {state.relay && !handover && <RelayLine relay={state.relay} />}
          {/* A finished guide with nothing left to send has no Send: its card says what is left. */}
          {!(state.finished && state.captured.length === 0) && (
            <ValueButtons
              state={state}
              busy={busy}
              onSend={() => {
                followSend();
                void actions.sendToTogether();
              }}
              onTest={actions.test}
              onClear={values.clear}
            />
          )}
          <Notice notice={notice} shows={nearValues} />
          {tests && <ConnectionResults results={tests} />}
          {/* At Together, the colleague's side: open what was sealed for them. */}
          {atTogether && <HandOffOpen folded />}
          <PasteForm busy={!idle} onKeep={values.keep} excluded={state.excluded} fields={systemValues(state.guideId)} />
          {/* Someone else signs in to Together: seal what was captured for them (issue 28). Below the
              paste-in form, so appearing with the first value moves nothing the admin is typing in. */}
          {state.captured.length !== 0 && !atTogether && <HandOffSeal guide={state.guideId} />}
          <StepLists state={state} busy={!idle} onReopen={(i) => void actions.mark(i, 'open')} />
          <GuideFooter canRest={!state.resting && !state.finished} busy={!idle} onRest={() => actions.rest(true)} onReset={actions.reset} />
        </>
      )}
      <Notice notice={notice} shows={(from) => !nearValues(from)} />
    </main>
  );
}
