import type { HrSystem } from '../../contracts/system';
import { checkVantagepointUrl } from './address';
import { vantagepointBasics } from './basics';
import { vantagepointBehaviour } from './behaviour';
import { vantagepointChecks } from './checks';
import { vantagepointGuide } from './guide';

/** Deltek Vantagepoint: a Connect API authorization (Client ID, secret, database) and the app's address. */
export const vantagepoint: HrSystem<'vantagepoint'> = {
  ...vantagepointBasics,
  behaviour: vantagepointBehaviour,
  guide: vantagepointGuide,
  checks: vantagepointChecks,
  recordFacts: (_progress, values) => {
    const url = values.vantagepointUrl ? checkVantagepointUrl(values.vantagepointUrl).url : null;
    return { account: null, host: url ? new URL(url).host : null, facts: [] };
  },
  onPrem: {
    ...vantagepointBasics.onPrem,
    checkAddress: checkVantagepointUrl,
    placeholder: 'https://vantagepoint.example.com/Acme/app/',
    words: {
      heading: 'hosts_heading',
      intro: 'hosts_intro',
      addressLabel: 'hosts_address_label',
      added: 'hosts_added',
      notAllowed: 'hosts_not_allowed',
    },
  },
};
