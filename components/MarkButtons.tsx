import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n/i18n';
import type { StepMark } from '@/utils/contracts/guide';

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
      <div class="confirm" role="group" aria-labelledby="skip-confirm">
        <p id="skip-confirm">{t('skip_once_confirm')}</p>
        <div class="actions">
          <button type="button" disabled={busy} onClick={() => (setAsking(false), onMark(stepIndex, 'skipped'))}>
            {t('skip_anyway')}
          </button>
          <button type="button" onClick={() => setAsking(false)} autoFocus>
            {t('cancel')}
          </button>
        </div>
      </div>
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
