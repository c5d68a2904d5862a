import type { SiteExamples, SystemExamples } from '@/utils/contracts/site';
import type { SiteId } from '@/utils/systems/sites';
import { togetherExamples } from '@/utils/together/examples';

/** Each system folder's test data (`examples.ts`), by the folder's name (the system's id). */
const modules = import.meta.glob<{ EXAMPLES: SystemExamples }>('/utils/systems/*/examples.ts', { eager: true });
export const SYSTEM_EXAMPLES: Record<string, SystemExamples> = Object.fromEntries(
  Object.entries(modules).map(([path, m]) => [path.split('/').at(-2)!, m.EXAMPLES]),
);

/** Every site's example URLs, Together's included. */
export const SITE_EXAMPLES = {
  ...Object.fromEntries(Object.entries(SYSTEM_EXAMPLES).map(([id, e]) => [id, e.urls])),
  together: togetherExamples,
} as Record<SiteId, SiteExamples>;
