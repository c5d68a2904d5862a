import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { CapturedValues } from '@/components/CapturedValues';
import { StepCard } from '@/components/StepCard';
import { PANEL_PORT } from '@/utils/background/ports';
import { request } from '@/utils/protocol/client';
import type { PanelState, ToPanel } from '@/utils/protocol/messages';
import type { ValueName } from '@/utils/values';

type Notice = { kind: 'status' | 'alert'; text: string } | null;

/** The guide panel framed into a vendor page. It holds no secret: the background sends masked values only. */
export function App() {
  const [state, setState] = useState<PanelState | null>(null);
  const [collapsed, setCollapsed] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    const port = browser.runtime.connect({ name: PANEL_PORT });
    port.onMessage.addListener((m: unknown) => {
      const msg = m as ToPanel;
      if (msg?.type === 'state') {
        setState(msg.state);
        setNow(Date.now());
      }
    });
    const tick = setInterval(() => setNow(Date.now()), 15_000);
    return () => {
      clearInterval(tick);
      port.disconnect();
    };
  }, []);

  async function run(key: string, action: () => ReturnType<typeof request>, success: (data: unknown) => string | null) {
    setBusy(key);
    setNotice(null);
    const reply = await action();
    setBusy(null);
    if (reply.ok) {
      const text = success(reply.data);
      if (text) setNotice({ kind: 'status', text });
    } else setNotice({ kind: 'alert', text: reply.error.message });
  }

  const capture = (value: ValueName) =>
    run(`capture:${value}`, () => request({ type: 'capture/request', value }), () => null);
  const send = () =>
    run('send', () => request({ type: 'relay/send' }), (data) => {
      const n = (data as { filled?: unknown[] } | null)?.filled?.length ?? 0;
      return `Sent to Together: ${n} value${n === 1 ? '' : 's'} filled. Review Together’s form and press its Save. Captured values were cleared.`;
    });
  const clear = () => run('clear', () => request({ type: 'vault/clear' }), () => 'Captured keys cleared.');
  const toggle = () => {
    const next = !collapsed;
    setCollapsed(next);
    void request({ type: 'panel/layout', collapsed: next });
  };

  if (collapsed) {
    return (
      <button type="button" class="expand" aria-expanded="false" onClick={toggle}>
        Together guide ◂
      </button>
    );
  }

  return (
    <main class="panel">
      <header>
        <h1>{state?.guideTitle ?? 'Together Setup Assistant'}</h1>
        <button type="button" class="collapse" aria-expanded="true" aria-label="Collapse the guide" onClick={toggle}>
          ▸
        </button>
      </header>
      {!state ? (
        <p role="status">Looking at this page…</p>
      ) : (
        <>
          <StepCard state={state} busy={busy} onCapture={capture} />
          <CapturedValues captured={state.captured} expiresAt={state.expiresAt} now={now} />
          <div class="actions">
            <button type="button" class="primary" disabled={busy !== null || state.captured.length === 0} onClick={send}>
              {busy === 'send' ? 'Sending to Together…' : 'Send to Together'}
            </button>
            <button type="button" disabled={busy !== null || state.captured.length === 0} onClick={clear}>
              Clear captured keys
            </button>
          </div>
        </>
      )}
      <div class="notice" role={notice?.kind === 'alert' ? 'alert' : 'status'}>
        {notice?.text}
      </div>
    </main>
  );
}
