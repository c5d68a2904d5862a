import type { SystemBasics } from '../../contracts/system';
import { isVantagepointAppPath, vantagepointSite } from './site';
import { vantagepointTogether } from './together';

/**
 * Vantagepoint's light parts. On-premises installs run the guide's script, its Generate Secret hold
 * and the page-outline script, as the manifest runs them on the cloud hosts.
 */
export const vantagepointBasics = {
  id: 'vantagepoint',
  site: vantagepointSite,
  together: vantagepointTogether,
  onPrem: {
    isAppUrl: isVantagepointAppPath,
    match: (origin: string) => `${origin}/*/app/*`,
    scripts: ['content-scripts/vantagepoint.js', 'content-scripts/vantagepoint-hold.js', 'content-scripts/page-outline.js'],
  },
} as const satisfies SystemBasics<'vantagepoint'>;
