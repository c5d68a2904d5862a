import type { PageDef } from '@/utils/contracts/page';
import { findControlByName } from '@/utils/dom/accessible-name';
import { readLabelledValue } from '@/utils/dom/labels';
import { hasHeading } from '@/utils/dom/text';

export type AcmePageId = 'api-clients' | 'acme-other';
export type AcmeAnchor = 'newClient' | 'clientId';

/** Most specific first, ending with the site's catch-all page. */
export const PAGES: readonly PageDef<AcmePageId, AcmeAnchor>[] = [
  {
    id: 'api-clients',
    detect: (doc) => hasHeading(doc, /^api clients$/),
    captures: {
      clientId: (doc) => readLabelledValue(doc, /^client id$/),
      clientSecret: (doc) => readLabelledValue(doc, /^client secret$/),
    },
    anchors: {
      newClient: (doc) => findControlByName(doc, /^new client$/),
      clientId: (doc) => readLabelledValue(doc, /^client id$/)?.element ?? null,
    },
  },
  { id: 'acme-other', detect: () => true },
];
