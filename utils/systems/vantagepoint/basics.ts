import type { SystemBasics } from '../../contracts/system';
import { isVantagepointAppPath, vantagepointSite } from './site';
import { vantagepointTogether } from './together';

/**
 * Vantagepoint's light parts. On-premises installs run the guide's script, its Generate Secret hold,
 * the page-outline script and the side panel's launcher, as the manifest runs them on the cloud hosts.
 */
export const vantagepointBasics = {
  id: 'vantagepoint',
  site: vantagepointSite,
  together: vantagepointTogether,
  onPrem: {
    isAppUrl: isVantagepointAppPath,
    match: (origin: string) => `${origin}/*/app/*`,
    scripts: ['content-scripts/vantagepoint.js', 'content-scripts/vantagepoint-hold.js', 'content-scripts/page-outline.js', 'content-scripts/launcher.js'],
  },
} as const satisfies SystemBasics<'vantagepoint'>;
