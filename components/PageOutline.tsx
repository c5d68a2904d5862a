import { t } from '@/utils/i18n/i18n';

interface Props {
  busy: boolean;
  /** Open when the page was not recognised at all; a summary line on the site's other pages. */
  open: boolean;
  /** The outline last taken, shown so the admin sees exactly what they would send. */
  outline: string | null;
  onCopy: () => void;
}

/** "This page was not recognised": one click copies a redacted outline to send to Together support. */
export function PageOutline({ busy, open, outline, onCopy }: Props) {
  return (
    <details class="card" open={open || outline !== null}>
      <summary id="outline-toggle">{t('outline_heading')}</summary>
      <p>{t('outline_intro')}</p>
      <div class="actions">
        <button type="button" disabled={busy} onClick={onCopy}>
          {t('outline_copy')}
        </button>
      </div>
      {outline !== null && <textarea class="outline" readOnly rows={8} aria-label={t('outline_label')} value={outline} />}
    </details>
  );
}
