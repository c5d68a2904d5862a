import type { HrSystem } from '@/utils/contracts/system';
import { acmeBehaviour } from './behaviour';
import { acmeGuide } from './guide';
import { acmeBasics } from './basics';

/**
 * A test-only HR system (never shipped), written as docs/architecture.md "Adding an HR system"
 * says: everything it is and does lives in this folder. utils/systems/systems.test.ts holds it to
 * the same rules as the real systems; the example build (build.ts) joins it to the real lists.
 */
export const acmeHr: HrSystem<'acme-hr'> = {
  ...acmeBasics,
  behaviour: acmeBehaviour,
  guide: acmeGuide,
  checks: {},
  recordFacts: (_progress, values) => ({
    account: values.clientId ?? null,
    host: null,
    facts: [{ label: 'record_host', text: 'tenant1.acmehr.example' }],
  }),
};
