import type { HrSystem } from '../../contracts/system';
import { ukgProBasics } from './basics';
import { ukgProBehaviour } from './behaviour';
import { ukgProChecks } from './checks';
import { testConnection } from './connection-test';
import { ukgProGuide } from './guide';
import { REQUIRED_SERVICES } from './scopes';

const hostOf = (u: string | undefined) => {
  try {
    return u ? new URL(u).host : null;
  } catch {
    return null;
  }
};

/** UKG Pro (UltiPro): a service account, its keys and the web-services root URL. */
export const ukgPro: HrSystem<'ukg-pro'> = {
  ...ukgProBasics,
  behaviour: ukgProBehaviour,
  guide: ukgProGuide,
  checks: ukgProChecks,
  recordFacts: (progress, values) => ({
    account: values.username ?? progress.accountName,
    facts: progress.events.includes('rights-ok') ? [{ label: 'record_rights', text: REQUIRED_SERVICES.join(', ') }] : [],
    host: hostOf(values.rootUrl),
  }),
  connectionTest: { needs: ['rootUrl', 'username', 'password', 'customerApiKey'], run: (values) => testConnection(values) },
};
