import type { SystemBasics } from '../../contracts/system';
import { isVantagepointAppPath, vantagepointSite } from './site';
import { vantagepointTogether } from './together';

/**
 * Vantagepoint's light parts. On-premises installs run its one content script (the guide, its
 * Generate Secret hold, the page outline and the side panel's launcher), as the manifest runs it on the cloud hosts.
 */
export const vantagepointBasics = {
  id: 'vantagepoint',
  site: vantagepointSite,
  together: vantagepointTogether,
  onPrem: {
    isAppUrl: isVantagepointAppPath,
    match: (origin: string) => `${origin}/*/app/*`,
    scripts: ['content-scripts/vantagepoint.js'],
    // Its addresses were the only on-premises ones before every system could have some.
    policyKey: 'vantagepointOrigins',
  },
} as const satisfies SystemBasics<'vantagepoint'>;
