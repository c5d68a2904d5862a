import { useState } from 'preact/hooks';
import { GuideView } from '@/components/GuideView';
import { t } from '@/utils/i18n/i18n';
import { request } from '@/utils/protocol/client';

/** The guide panel framed into a vendor page, collapsible to a small tab. */
export function App() {
  const [collapsed, setCollapsed] = useState(false);
  const toggle = () => {
    const next = !collapsed;
    setCollapsed(next);
    void request({ type: 'panel/layout', collapsed: next });
  };

  if (collapsed) {
    return (
      <button type="button" class="expand" aria-expanded="false" onClick={toggle}>
        {t('panel_expand')} ◂
      </button>
    );
  }
  return (
    <GuideView
      inPage
      header={(title) => (
        <header>
          <h1>{title}</h1>
          <button type="button" class="collapse" aria-expanded="true" aria-label={t('panel_collapse')} onClick={toggle}>
            ▸
          </button>
        </header>
      )}
    />
  );
}
