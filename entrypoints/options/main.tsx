import { render } from 'preact';
import { HandOffOpen } from '@/components/HandOffOpen';
import { OnPremHosts } from '@/components/OnPremHosts';
import { SettingsForm } from '@/components/SettingsForm';
import { SetupRecords } from '@/components/SetupRecords';
import { t } from '@/utils/i18n/i18n';
import { startInLanguage } from '@/components/start-in-language';
import { onPremSystem } from '@/utils/systems/registry';
import '../sidepanel/style.css';

/** On-premises addresses, for the system that has them. */
const onPrem = onPremSystem()?.onPrem;

void startInLanguage(() =>
  render(
    <main class="panel">
      <h1>{t('ext_name')}</h1>
      <SettingsForm />
      {onPrem && <OnPremHosts onPrem={onPrem} />}
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
