import type { SystemBasics } from '@/utils/contracts/system';
import { acmeSite } from './site';
import { acmeTogether } from './together';

/** The example's light parts, as the catalog lists them (utils/systems/catalog.ts in the example build). */
export const acmeBasics = { id: 'acme-hr', site: acmeSite, together: acmeTogether } as const satisfies SystemBasics<'acme-hr'>;
