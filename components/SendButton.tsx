import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n/i18n';
import type { PanelState } from '@/utils/guides/panel-view';
import { Confirm } from './Confirm';

interface Props {
  state: PanelState;
  busy: string | null;
  onSend(): void;
}

/**
 * "Send to Together": the main (dark) button once the guide's values are complete or the admin is
 * on the send step, a plain one before. With some values missing it asks first, in the panel, and
 * Cancel keeps everything as it was.
 */
export function SendButton({ state, busy, onSend }: Props) {
  const [asking, setAsking] = useState(false);
  const { have, of, missing } = state.sendable;
  const disabled = busy !== null || state.captured.length === 0;
  if (asking)
    return (
      <Confirm
        id="send-confirm"
        question={t('send_confirm', have, of, missing.join(', '))}
        confirm={t('send_confirm_yes')}
        cancel={t('cancel')}
        busy={disabled}
        onConfirm={() => (setAsking(false), onSend())}
        onCancel={() => setAsking(false)}
      />
    );
  return (
    <button
      type="button"
      class={state.sendIsNext ? 'primary' : undefined}
      disabled={disabled}
      onClick={() => (have < of ? setAsking(true) : onSend())}
    >
      {busy === 'send' ? t('sending') : t('send')}
    </button>
  );
}
