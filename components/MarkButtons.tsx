import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n/i18n';
import type { StepMark } from '@/utils/contracts/guide';
import { Confirm } from './Confirm';

interface Props {
  stepIndex: number;
  /** The vendor shows this step's value only once (a generated password): Skip asks first. */
  shownOnce: boolean;
  busy: boolean;
  onMark: (stepIndex: number, mark: StepMark) => void;
}

/** "Mark this step done" and "Skip this step"; skipping a value shown only once asks first. */
export function MarkButtons({ stepIndex, shownOnce, busy, onMark }: Props) {
  const [asking, setAsking] = useState(false);
  if (asking)
    return (
      <Confirm
        id="skip-confirm"
        question={t('skip_once_confirm')}
        confirm={t('skip_anyway')}
        cancel={t('cancel')}
        busy={busy}
        onConfirm={() => (setAsking(false), onMark(stepIndex, 'skipped'))}
        onCancel={() => setAsking(false)}
      />
    );
  return (
    <div class="actions">
      <button type="button" class="link" disabled={busy} onClick={() => onMark(stepIndex, 'done')}>
        {t('mark_done')}
      </button>
      <button type="button" class="link" disabled={busy} onClick={() => (shownOnce ? setAsking(true) : onMark(stepIndex, 'skipped'))}>
        {t('mark_skip')}
      </button>
    </div>
  );
}
