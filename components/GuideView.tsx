import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from '#imports';
import { PANEL_PORT } from '@/utils/background/ports';
import { request } from '@/utils/protocol/client';
import type { Envelope } from '@/utils/protocol/envelope';
import type { FromPopup, PanelState, ServiceTestResult, ToPanel } from '@/utils/protocol/messages';
import type { FormFix } from '@/utils/checks/types';
import type { ValueName } from '@/utils/values';
import { CapturedValues } from './CapturedValues';
import { ConnectionResults } from './ConnectionResults';
import { PasteForm } from './PasteForm';
import { StepCard } from './StepCard';
import { StepList } from './StepList';
import { useVisibilityGate } from './useVisibilityGate';

type Notice = { kind: 'status' | 'alert'; text: string } | null;

/** Receives the background's state for this panel (or popup) over a port. */
function usePanelState(tabId: number | null): [PanelState | null, number] {
  const [state, setState] = useState<PanelState | null>(null);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const port = browser.runtime.connect({ name: PANEL_PORT });
    port.onMessage.addListener((m: unknown) => {
      const msg = m as ToPanel;
      if (msg?.type !== 'state') return;
      setState(msg.state);
      setNow(Date.now());
    });
    if (tabId !== null) port.postMessage({ type: 'watch', tabId } satisfies FromPopup);
    const tick = setInterval(() => setNow(Date.now()), 15_000);
    return () => {
      clearInterval(tick);
      port.disconnect();
    };
  }, [tabId]);
  return [state, now];
}

/**
 * The guide as the panel and the popup show it. It never holds a secret except one the admin
 * asked to reveal, for 30 s; everything else comes masked from the background.
 */
interface Props {
  header?: (title: string) => preact.ComponentChildren;
  /** Framed into the vendor page (the panel), or the toolbar popup acting on `tabId`. */
  inPage: boolean;
  tabId?: number | null;
}

export function GuideView({ header, inPage, tabId = null }: Props) {
  const [state, now] = usePanelState(tabId);
  const onTab = tabId === null ? {} : { tabId };
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [tests, setTests] = useState<ServiceTestResult[] | null>(null);
  const main = useRef<HTMLElement>(null);
  const gate = useVisibilityGate(() => main.current);

  async function run<T>(key: string, action: () => Promise<Envelope<T>>, success?: (data: T) => string | null) {
    if (!gate.ready()) {
      setNotice({ kind: 'alert', text: 'This panel is covered or hidden by the page, so the click was ignored. Make sure the panel is fully visible, then click again.' });
      return;
    }
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
  const fix = (what: FormFix) => run(`fix:${what}`, () => request({ type: 'form/fix', fix: what, ...onTab }));
  const fillPage = () =>
    run('fill-page', () => request<{ filled: ValueName[] }>({ type: 'page-fill/request', ...onTab }), (data) => `Filled ${data.filled.length} settings field${data.filled.length === 1 ? '' : 's'} on this page. Review them, then save there.`);
  const keep = (values: Partial<Record<ValueName, string>>) =>
    run('keep', () => request({ type: 'vault/put', values }), () => 'Values kept. Their checks are shown under Captured values.');
  const send = () =>
    run('send', () => request<{ filled: ValueName[] }>({ type: 'relay/send', guide: state!.guideId }), (data) => {
      const n = data.filled.length;
      return `Sent to Together: ${n} value${n === 1 ? '' : 's'} filled. Review Together’s form and press its Save. Captured values were cleared.`;
    });
  const test = () =>
    run('test', () => request<ServiceTestResult[]>({ type: 'connection/test' }), (results) => {
      setTests(results);
      return results.every((r) => r.outcome === 'works') ? 'Connection works for all three services.' : null;
    });
  const clear = () => run('clear', () => request({ type: 'vault/clear' }), () => 'Captured keys cleared.');
  const reset = () => run('reset', () => request({ type: 'progress/reset' }), () => 'Progress cleared: the guide starts again.');
  const reveal = async (value: ValueName) => {
    const reply = await request<{ value: string }>({ type: 'vault/reveal', value });
    if (reply.ok) return reply.data.value;
    setNotice({ kind: 'alert', text: reply.error.message });
    return null;
  };

  const title = state?.guideTitle ?? 'Together Setup Assistant';
  const empty = !state || state.captured.length === 0;
  return (
    <main class="panel" ref={main} data-visible={gate.visible ? 'true' : 'false'}>
      {header ? header(title) : <h1>{title}</h1>}
      {!state ? (
        <p role="status">Looking at this page…</p>
      ) : (
        <>
          {state.notes.map((n) => (
            <p key={n} class="unrecognised" role="status">
              {n}
            </p>
          ))}
          <StepCard state={state} busy={busy} onCapture={capture} onCaptureAll={captureAll} onFix={fix} inPage={inPage} />
          {state.pageFillable.length > 0 && (
            <div class="actions">
              <button type="button" disabled={busy !== null} onClick={fillPage}>
                Fill Connect settings
              </button>
            </div>
          )}
          <CapturedValues captured={state.captured} expiresAt={state.expiresAt} now={now} reveal={reveal} />
          <div class="actions">
            <button type="button" class="primary" disabled={busy !== null || empty} onClick={send}>
              {busy === 'send' ? 'Sending to Together…' : 'Send to Together'}
            </button>
            {state.canTestConnection && (
              <button type="button" disabled={busy !== null} onClick={test}>
                {busy === 'test' ? 'Testing connection…' : 'Test connection'}
              </button>
            )}
            <button type="button" disabled={busy !== null || empty} onClick={clear}>
              Clear captured keys
            </button>
          </div>
          {tests && <ConnectionResults results={tests} />}
          <PasteForm busy={busy !== null} onKeep={keep} excluded={state.excluded} />
          <StepList state={state} open={state.place === 'unrecognised' || !inPage} />
          <button type="button" class="link" disabled={busy !== null} onClick={reset}>
            Start the guide over
          </button>
        </>
      )}
      <div class="notice" role={notice?.kind === 'alert' ? 'alert' : 'status'}>
        {notice?.text}
      </div>
    </main>
  );
}
