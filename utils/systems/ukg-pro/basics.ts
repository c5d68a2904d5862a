import type { SystemBasics } from '../../contracts/system';
import { ukgProSite } from './site';
import { ukgProTogether } from './together';

/** UKG Pro's light parts: what the manifest, the sender policy and the Together page need. */
export const ukgProBasics = { id: 'ukg-pro', site: ukgProSite, together: ukgProTogether } as const satisfies SystemBasics<'ukg-pro'>;
