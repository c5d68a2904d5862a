import { t } from '@/utils/i18n/i18n';

interface Props {
  host: string;
  busy: boolean;
  onAnswer(use: boolean): void;
}

/** A vendor Save that would replace the kept account (a page may fake one): only the admin's yes keeps it. */
export function SavedAccountOffer({ host, busy, onAnswer }: Props) {
  return (
    <div class="replace" role="group" aria-labelledby="saved-offer">
      <p id="saved-offer">{t('saved_offer', host)}</p>
      <div class="actions">
        <button type="button" disabled={busy} onClick={() => onAnswer(true)}>
          {t('saved_use')}
        </button>
        <button type="button" disabled={busy} onClick={() => onAnswer(false)}>
          {t('saved_keep_mine')}
        </button>
      </div>
    </div>
  );
}
