import { useState } from 'preact/hooks';
import { plural, t } from '@/utils/i18n/i18n';
import { request } from '@/utils/protocol/client';
import { errorEnvelope, type Envelope } from '@/utils/contracts/envelope';
import type { ServiceTestResult } from '@/utils/contracts/connection';
import type { StepMark } from '@/utils/contracts/guide';
import type { ValueName } from '@/utils/contracts/values';
import type { PanelState } from '@/utils/guides/panel-view';
import type { NoticeText } from './Notice';

/** Runs a request on the admin's click: `key` names what is busy; the reply's error, or `success`'s words, become the notice. */
export type Run = <T>(key: string, action: () => Promise<Envelope<T>>, success?: (data: T) => string | null) => Promise<void>;

/** The tab the side panel acts on, as requests name it (none for the browser's default panel). */
type OnTab = { tabId?: number };

/** Writes the clipboard on the admin's click; false when the browser refuses. */
const toClipboard = (text: string) =>
  navigator.clipboard.writeText(text).then(
    () => true,
    () => false,
  );

/** One request at a time: which one is busy, and what the last one said. */
export function useRequests() {
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeText>(null);
  const run: Run = async (key, action, success) => {
    setBusy(key);
    setNotice(null);
    const reply = await action();
    setBusy(null);
    if (!reply.ok) return setNotice({ kind: 'alert', text: reply.error.message, from: key });
    const text = success?.(reply.data);
    if (text) setNotice({ kind: 'status', text, from: key });
  };
  return { busy, notice, setNotice, run };
}

/**
 * What the admin does with captured values: take them from the page, paste them, reveal or copy
 * one (the background empties the clipboard 60 s later), keep them longer, clear them.
 */
export function valueActions(run: Run, setNotice: (n: NoticeText) => void, onTab: OnTab, keepMinutes: number) {
  return {
    capture: (value: ValueName) => run(`capture:${value}`, () => request({ type: 'capture/request', value, ...onTab })),
    captureAll: (values: ValueName[]) =>
      run('capture:all', async () => {
        for (const value of values) {
          const reply = await request({ type: 'capture/request', value, ...onTab });
          if (!reply.ok) return reply;
        }
        return { ok: true as const, data: null };
      }),
    keep: (values: Partial<Record<ValueName, string>>) =>
      run(
        'keep',
        () => request({ type: 'vault/put', values, ...onTab }),
        () => t('paste_kept'),
      ),
    keepLonger: () =>
      run(
        'keep-longer',
        () => request({ type: 'vault/extend' }),
        (data) => (data.extended ? plural(keepMinutes, 'kept_more_one', 'kept_more_other') : t('expiry_cap')),
      ),
    clear: () =>
      run(
        'clear',
        () => request({ type: 'vault/clear' }),
        () => t('cleared'),
      ),
    copy: (value: ValueName, label: string) =>
      run(
        'copy',
        async () => {
          const reply = await request({ type: 'vault/reveal', value });
          if (!reply.ok) return reply;
          if (!(await toClipboard(reply.data.value))) return errorEnvelope('internal', t('copy_failed'));
          return request({ type: 'clipboard/copied' });
        },
        () => t('copied', label),
      ),
    reveal: async (value: ValueName) => {
      const reply = await request({ type: 'vault/reveal', value });
      if (reply.ok) return reply.data.value;
      setNotice({ kind: 'alert', text: reply.error.message });
      return null;
    },
  };
}

/**
 * What the admin does with the guide: fix the vendor's form, fill the page, send to Together and
 * test the connection, mark a step (and undo it), rest, outline an unrecognised page, start over.
 */
export function useGuideActions(state: PanelState | null, run: Run, onTab: OnTab) {
  const [tests, setTests] = useState<ServiceTestResult[] | null>(null);
  const [outline, setOutline] = useState<string | null>(null);
  /** The admin's last word on a step, until they take it back or say another. */
  const [marked, setMarked] = useState<{ step: string; number: number; mark: StepMark } | null>(null);
  const guide = () => state!.guideId;
  const actions = {
    fix: (what: string) => run(`fix:${what}`, () => request({ type: 'form/fix', fix: what, ...onTab })),
    fillPage: () =>
      run(
        'fill-page',
        () => request({ type: 'form/fill', ...onTab }),
        (data) => plural(data.filled.length, 'fill_done_one', 'fill_done_other'),
      ),
    // Answered once Together is filled, or with what the fill now waits for (it stays armed; the
    // state's `relay` line follows it to the end).
    sendToTogether: () =>
      run(
        'send',
        () => request({ type: 'relay/send', system: guide() }),
        (data) => (data.waiting ? null : plural(data.filled.length, 'sent_one', 'sent_other')),
      ),
    test: () =>
      run(
        'test',
        () => request({ type: 'connection/test' }),
        (results) => {
          setTests(results);
          return results.every((r) => r.outcome === 'works') ? t('test_all_work') : null;
        },
      ),
    mark: (index: number, what: StepMark) => {
      const step = state!.steps[index]!.id;
      setMarked({ step, number: index + 1, mark: what });
      return run('mark', () => request({ type: 'step/mark', system: guide(), step, mark: what }));
    },
    undo: () => {
      const last = marked!;
      setMarked(null);
      return run('mark', () => request({ type: 'step/mark', system: guide(), step: last.step, mark: null }));
    },
    rest: (resting: boolean) => run('rest', () => request({ type: 'guide/rest', system: guide(), resting })),
    toTogether: () => run('together', () => request({ type: 'relay/focus-together' })),
    confirmSaved: () => run('saved', () => request({ type: 'relay/confirm-saved', system: guide() })),
    useSaved: (use: boolean) => run('use-saved', () => request({ type: 'form/use-saved', system: guide(), use })),
    reset: () =>
      run(
        'reset',
        () => request({ type: 'progress/reset' }),
        () => t('progress_cleared'),
      ),
    copyOutline: () =>
      run(
        'outline',
        async () => {
          const reply = await request({ type: 'outline/request', ...onTab });
          if (!reply.ok) return reply;
          setOutline(reply.data.outline);
          return { ok: true as const, data: await toClipboard(reply.data.outline) };
        },
        (copied) => (copied ? t('outline_copied') : t('outline_not_copied')),
      ),
  };
  return { tests, outline, marked, actions };
}
