import { render } from 'preact';
import { OnPremHosts } from '@/components/OnPremHosts';
import { SettingsForm } from '@/components/SettingsForm';
import { SetupRecords } from '@/components/SetupRecords';
import '../guide-panel/style.css';

render(
  <main class="panel">
    <h1>Together Setup Assistant</h1>
    <SettingsForm />
    <OnPremHosts />
    <SetupRecords />
  </main>,
  document.getElementById('app')!,
);
