import { t } from '@/utils/i18n/i18n';

interface Props {
  busy: boolean;
  onTogether: () => void;
}

/** Where the guide ends: what is left to do (Together's own Save), and the way to the setup record. */
export function FinalCard({ busy, onTogether }: Props) {
  return (
    <section class="card final" aria-labelledby="final-heading">
      <h2 id="final-heading">{t('final_heading')}</h2>
      <p role="status">{t('final_text')}</p>
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={onTogether}>
          {t('final_go_together')}
        </button>
        <a class="button" href="/options.html#records" target="_blank" rel="noopener">
          {t('final_open_record')}
        </a>
      </div>
    </section>
  );
}
