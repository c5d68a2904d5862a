import { useEffect, useState } from 'preact/hooks';
import { recordsToMarkdown, type SetupRecord } from '@/utils/guides/setup-record';
import { t } from '@/utils/i18n/i18n';
import { request } from '@/utils/protocol/client';

/** A download made in our own page: the record never leaves the browser unless the admin saves it. */
function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** What was set up, for the change ticket: account, rights, host, when — never a key or password. */
export function SetupRecords() {
  const [records, setRecords] = useState<SetupRecord[] | null>(null);
  useEffect(() => {
    void request({ type: 'records/list' }).then((r) => setRecords(r.ok ? r.data : []));
  }, []);

  return (
    <section class="card" id="records" aria-labelledby="records-heading">
      <h2 id="records-heading">{t('records_heading')}</h2>
      {records === null ? (
        <p role="status">{t('loading')}</p>
      ) : records.length === 0 ? (
        <p class="empty">{t('records_empty')}</p>
      ) : (
        <>
          <pre class="record">{recordsToMarkdown(records)}</pre>
          <div class="actions">
            <button type="button" onClick={() => download('together-setup-record.md', 'text/markdown', recordsToMarkdown(records))}>
              {t('records_export_markdown')}
            </button>
            <button
              type="button"
              onClick={() => download('together-setup-record.json', 'application/json', JSON.stringify(records, null, 2))}
            >
              {t('records_export_json')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
