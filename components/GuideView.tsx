import { useState } from 'preact/hooks';
import { plural, t } from '@/utils/i18n/i18n';
import { request } from '@/utils/protocol/client';
import { errorEnvelope, type Envelope } from '@/utils/contracts/envelope';
import type { ServiceTestResult } from '@/utils/contracts/connection';
import type { ValueName } from '@/utils/contracts/values';
import { systemValues } from '@/utils/systems/catalog';
import { CapturedValues } from './CapturedValues';
import { ConnectionResults } from './ConnectionResults';
import { PageOutline } from './PageOutline';
import { PasteForm } from './PasteForm';
import { StepCard } from './StepCard';
import { StepList } from './StepList';
import { FinalCard } from './FinalCard';
import type { StepMark } from '@/utils/contracts/guide';
import { Notice, type NoticeText } from './Notice';
import { usePanelState } from './use-panel-state';

/** Writes the clipboard on the admin's click; false when the browser refuses. */
const toClipboard = (text: string) => navigator.clipboard.writeText(text).then(
  () => true,
  () => false,
);

/**
 * The guide as the side panel shows it, for the tab it was opened for (`tabId`; null: the
 * browser's default panel, which has no page to act on). It never holds a secret except one the
 * admin asked to reveal, for 30 s; everything else comes masked from the background. No page can
 * reach it: it is not framed into any page, and not web-accessible.
 */
export function GuideView({ tabId }: { tabId: number | null }) {
  const [state, now] = usePanelState(tabId);
  const onTab = tabId === null ? {} : { tabId };
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeText>(null);
  const [tests, setTests] = useState<ServiceTestResult[] | null>(null);
  const [outline, setOutline] = useState<string | null>(null);
  /** The admin's last word on a step, until they take it back or say another. */
  const [marked, setMarked] = useState<{ step: string; number: number; mark: StepMark } | null>(null);

  async function run<T>(key: string, action: () => Promise<Envelope<T>>, success?: (data: T) => string | null) {
    setBusy(key);
    setNotice(null);
    const reply = await action();
    setBusy(null);
    if (!reply.ok) return setNotice({ kind: 'alert', text: reply.error.message });
    const text = success?.(reply.data);
    if (text) setNotice({ kind: 'status', text });
  }

  const capture = (value: ValueName) => run(`capture:${value}`, () => request({ type: 'capture/request', value, ...onTab }));
  const captureAll = (values: ValueName[]) =>
    run('capture:all', async () => {
      for (const value of values) {
        const reply = await request({ type: 'capture/request', value, ...onTab });
        if (!reply.ok) return reply;
      }
      return { ok: true as const, data: null };
    });
  const fix = (what: string) => run(`fix:${what}`, () => request({ type: 'form/fix', fix: what, ...onTab }));
  const fillPage = () =>
    run('fill-page', () => request({ type: 'page-fill/request', ...onTab }), (data) => plural(data.filled.length, 'fill_done_one', 'fill_done_other'));
  const keep = (values: Partial<Record<ValueName, string>>) =>
    run('keep', () => request({ type: 'vault/put', values, ...onTab }), () => t('paste_kept'));
  // Answered once Together is filled, or with what the fill now waits for (it stays armed; the
  // state's `relay` line follows it to the end).
  const send = () =>
    run('send', () => request({ type: 'relay/send', guide: state!.guideId }), (data) =>
      data.waiting ? null : plural(data.filled.length, 'sent_one', 'sent_other'),
    );
  const test = () =>
    run('test', () => request({ type: 'connection/test' }), (results) => {
      setTests(results);
      return results.every((r) => r.outcome === 'works') ? t('test_all_work') : null;
    });
  const mark = (index: number, what: StepMark) => {
    const step = state!.steps[index]!.id;
    setMarked({ step, number: index + 1, mark: what });
    return run('mark', () => request({ type: 'step/mark', guide: state!.guideId, step, mark: what }));
  };
  const undo = () => {
    const last = marked!;
    setMarked(null);
    return run('mark', () => request({ type: 'step/mark', guide: state!.guideId, step: last.step, mark: null }));
  };
  const rest = (resting: boolean) => run('rest', () => request({ type: 'guide/rest', guide: state!.guideId, resting }));
  const keepLonger = () =>
    run('keep-longer', () => request({ type: 'vault/extend' }), (data) => (data.extended ? plural(state!.keepMinutes, 'kept_more_one', 'kept_more_other') : t('expiry_cap')));
  const toTogether = () => run('together', () => request({ type: 'together/focus' }));
  const clear = () => run('clear', () => request({ type: 'vault/clear' }), () => t('cleared'));
  const reset = () => run('reset', () => request({ type: 'progress/reset' }), () => t('progress_cleared'));
  // Our own page may write the clipboard on the admin's click; the background empties it 60 s later.
  const copy = (value: ValueName, label: string) =>
    run(
      'copy',
      async () => {
        const reply = await request({ type: 'vault/reveal', value });
        if (!reply.ok) return reply;
        if (!(await toClipboard(reply.data.value))) return errorEnvelope('internal', t('copy_failed'));
        return request({ type: 'clipboard/copied' });
      },
      () => t('copied', label),
    );
  const copyOutline = () =>
    run(
      'outline',
      async () => {
        const reply = await request({ type: 'outline/request', ...onTab });
        if (!reply.ok) return reply;
        setOutline(reply.data.outline);
        return { ok: true as const, data: await toClipboard(reply.data.outline) };
      },
      (copied) => (copied ? t('outline_copied') : t('outline_not_copied')),
    );
  const reveal = async (value: ValueName) => {
    const reply = await request({ type: 'vault/reveal', value });
    if (reply.ok) return reply.data.value;
    setNotice({ kind: 'alert', text: reply.error.message });
    return null;
  };

  const title = state?.guideTitle ?? t('ext_name');
  const empty = !state || state.captured.length === 0;
  return (
    <main class="panel">
      <h1>{title}</h1>
      {!state ? (
        <p role="status">{t('panel_loading')}</p>
      ) : (
        <>
          {state.notes.map((n) => (
            <p key={n} class="unrecognised" role="status">
              {n}
            </p>
          ))}
          {state.resting && (
            <div class="unrecognised" role="status">
              <p>{t('resting_note')}</p>
              <button type="button" disabled={busy !== null} onClick={() => rest(false)}>
                {t('resume')}
              </button>
            </div>
          )}
          {state.finished ? (
            <FinalCard busy={busy !== null} onTogether={toTogether} />
          ) : (
            <StepCard state={state} busy={busy} onCapture={capture} onCaptureAll={captureAll} onFix={fix} onMark={mark} />
          )}
          {marked && (
            <p class="marked" role="status">
              {t(marked.mark === 'done' ? 'marked_done' : marked.mark === 'skipped' ? 'marked_skipped' : 'marked_open', marked.number)}{' '}
              <button type="button" class="link" disabled={busy !== null} onClick={undo}>
                {t('undo')}
              </button>
            </p>
          )}
          {state.canOutline && <PageOutline busy={busy !== null} open={state.place === 'unrecognised'} outline={outline} onCopy={copyOutline} />}
          {state.pageFillable.length > 0 && (
            <div class="actions">
              <button type="button" disabled={busy !== null} onClick={fillPage}>
                {t('fill_connect')}
              </button>
            </div>
          )}
          <CapturedValues
            captured={state.captured}
            expiresAt={state.expiresAt}
            expiredAt={state.expiredAt}
            now={now}
            reveal={reveal}
            copy={copy}
            keepLonger={{
              minutes: state.keepMinutes,
              possible: state.holdEndsAt !== null && state.expiresAt !== null && state.holdEndsAt > state.expiresAt,
              busy: busy !== null,
              onKeep: keepLonger,
            }}
          />
          {state.relay && (
            <p class={state.relay.waiting ? 'relay waiting' : 'relay'} role="status" aria-live="polite">
              {state.relay.message}
            </p>
          )}
          {/* A finished guide with nothing left to send has no Send: its card says what is left. */}
          {!(state.finished && empty) && (
            <div class="actions">
              <button type="button" class="primary" disabled={busy !== null || empty} onClick={send}>
                {busy === 'send' ? t('sending') : t('send')}
              </button>
              {state.canTestConnection && (
                <button type="button" disabled={busy !== null} onClick={test}>
                  {busy === 'test' ? t('testing') : t('test')}
                </button>
              )}
              <button type="button" disabled={busy !== null || empty} onClick={clear}>
                {t('clear')}
              </button>
            </div>
          )}
          {tests && <ConnectionResults results={tests} />}
          <PasteForm busy={busy !== null} onKeep={keep} excluded={state.excluded} fields={systemValues(state.guideId)} />
          <StepList
            summary={t('all_steps')}
            steps={state.steps.map((s) => ({ ...s, text: [s.where, s.instruction].filter(Boolean).join(' ') }))}
            stepIndex={state.stepIndex}
            open={state.place === 'unrecognised'}
            onReopen={(i) => void mark(i, 'open')}
            busy={busy !== null}
          />
          {state.otherGuides.map((g) => (
            <StepList
              key={g.guideId}
              summary={t('other_guide', g.title, g.steps.filter((s) => s.done).length, g.steps.length)}
              steps={g.steps}
              stepIndex={g.stepIndex}
              open={false}
            />
          ))}
          <div class="actions">
            {!state.resting && !state.finished && (
              <button type="button" class="link" disabled={busy !== null} onClick={() => rest(true)}>
                {t('not_now')}
              </button>
            )}
            <button type="button" class="link" disabled={busy !== null} onClick={reset}>
              {t('start_over')}
            </button>
          </div>
        </>
      )}
      <Notice notice={notice} />
    </main>
  );
}
