import { currentLanguage, t } from '@/utils/i18n/i18n';
import type { RelayView } from '@/utils/guides/panel-view';

interface Props {
  relay: RelayView;
  busy: boolean;
  /** "I saved it in Together": the admin's word where Together's answer could not be recognised. */
  onSaved(): void;
}

/**
 * After "Send to Together": what went into Together's form and what was left empty and why, that
 * Together's own Save is the admin's click, and Together's answer — an error (values kept) or the
 * summary once it saved (which values, captured on which host, when). Shown on Together's tab, where
 * the admin ends, and beside the vendor page the Send came from.
 */
export function HandoverCard({ relay, busy, onSaved }: Props) {
  if (relay.done) {
    const at = relay.savedAt === null ? '' : new Intl.DateTimeFormat(currentLanguage(), { timeStyle: 'short' }).format(relay.savedAt);
    return (
      <section class="card final" aria-labelledby="handover-heading">
        <h2 id="handover-heading">{t('handover_saved_heading')}</h2>
        <p role="status">{relay.message}</p>
        {relay.summary.length > 0 && (
          <>
            <p>{t('handover_saved_at', at)}</p>
            <ul class="summary">
              {relay.summary.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
      </section>
    );
  }
  return (
    <section class="card handover" aria-labelledby="handover-heading">
      <h2 id="handover-heading">{t('handover_heading')}</h2>
      {relay.saveError ? (
        <p class="alert" role="alert">
          {relay.message}
        </p>
      ) : (
        <p role="status">{relay.message}</p>
      )}
      {relay.warning && (
        <p class="alert" role="alert">
          {relay.warning}
        </p>
      )}
      <p>{t('handover_filled')}</p>
      <ul class="summary">
        {relay.filled.map((label) => (
          <li key={label}>✓ {label}</li>
        ))}
      </ul>
      {relay.left.length > 0 && (
        <>
          <p>{t('handover_left')}</p>
          <ul class="summary left">
            {relay.left.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      <p>{t('handover_save_yours')}</p>
      <div class="actions">
        <button type="button" disabled={busy} onClick={onSaved}>
          {t('handover_saved_manually')}
        </button>
      </div>
    </section>
  );
}
