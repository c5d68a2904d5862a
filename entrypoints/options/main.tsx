import { render } from 'preact';
import { HandOffOpen } from '@/components/HandOffOpen';
import { OnPremHosts } from '@/components/OnPremHosts';
import { SettingsForm } from '@/components/SettingsForm';
import { SetupRecords } from '@/components/SetupRecords';
import { t } from '@/utils/i18n/i18n';
import { startInLanguage } from '@/components/start-in-language';
import { onPremSystems } from '@/utils/systems/registry';
import '../sidepanel/style.css';

/** On-premises addresses, a section for each system that has them. */
const onPrem = onPremSystems();

void startInLanguage(() =>
  render(
    <main class="panel">
      <h1>{t('ext_name')}</h1>
      <SettingsForm />
      {onPrem.map((s) => (
        <OnPremHosts key={s.id} system={s.id} onPrem={s.onPrem} />
      ))}
      <HandOffOpen />
      <SetupRecords />
      <p>
        <a href="/privacy.html" target="_blank" rel="noopener">
          {t('privacy_link')}
        </a>
      </p>
    </main>,
    document.getElementById('app')!,
  ),
);
