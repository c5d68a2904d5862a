import { useState } from 'preact/hooks';
import { browser } from '#imports';
import { t } from '@/utils/i18n/i18n';

interface Props {
  find: { term: string; href: string | null };
  /** The tab the guide is beside: a direct link opens there, where the guide already is. */
  tabId: number;
}

/**
 * Another way to the step's page than its menu path: its direct address on the admin's host (only
 * where that is public), and its name copied for the vendor's menu search. The result shows here.
 */
export function FindPage({ find, tabId }: Props) {
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const copy = () =>
    navigator.clipboard.writeText(find.term).then(
      () => setSaid({ ok: true, text: t('search_term_copied', find.term) }),
      () => setSaid({ ok: false, text: t('search_term_not_copied', find.term) }),
    );
  const open = () => void browser.tabs.update(tabId, { url: find.href! }).catch(() => setSaid({ ok: false, text: t('page_not_opened') }));
  return (
    <div class="find">
      {find.href && (
        <button type="button" onClick={open}>
          {t('open_page', find.term)}
        </button>
      )}
      <button type="button" onClick={() => void copy()}>
        {t('copy_search_term')}
      </button>
      {said && (
        <p class={said.ok ? 'find-said' : 'alert'} role={said.ok ? 'status' : 'alert'}>
          {said.text}
        </p>
      )}
    </div>
  );
}
