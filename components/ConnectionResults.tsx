import { t } from '@/utils/i18n/i18n';
import type { ServiceTestResult } from '@/utils/contracts/connection';
import { CheckLine } from './CheckLine';

/** Test connection, one line per UKG web service. */
export function ConnectionResults({ results }: { results: ServiceTestResult[] }) {
  return (
    <ul class="checks" aria-label={t('test_results_label')}>
      {results.map((r) => (
        <li key={r.service}>
          <CheckLine level={r.outcome === 'works' ? 'ok' : 'error'} message={r.message} />
        </li>
      ))}
    </ul>
  );
}
