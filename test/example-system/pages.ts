import { error, ok } from '@/utils/contracts/check';
import type { PageDef, WatchedForm } from '@/utils/contracts/page';
import { accessibleName, findControlByName } from '@/utils/dom/accessible-name';
import { findControlByLabel, readLabelledValue } from '@/utils/dom/labels';
import { setInputValue } from '@/utils/dom/set-input-value';
import { hasHeading } from '@/utils/dom/text';
import type { AcmeWords } from './behaviour';

export type AcmePageId = 'api-clients' | 'acme-other';
export type AcmeAnchor = 'newClient' | 'clientId';

const SUGGESTED_NAME = 'Together';
const clientName = (doc: Document) => findControlByLabel(doc, /^client name$/);
const readClientId = (doc: Document) => readLabelledValue(doc, /^client id$/);

/** The client form: its name is checked as typed (and fixed in one click); Save proves the client exists. */
const clientForm: WatchedForm<AcmeWords> = {
  check(doc) {
    const field = clientName(doc);
    if (!field) return [];
    return [{ field: 'client-name', element: field, result: field.value.trim() ? ok('named') : error('unnamed') }];
  },
  fixes: (checks) => (checks.some((c) => c.field === 'client-name' && c.result.level !== 'ok') ? ['client-name'] : []),
  fix(doc) {
    const field = clientName(doc);
    if (field) setInputValue(field, SUGGESTED_NAME);
  },
  isSubmit: (el) => /^save$/.test(accessibleName(el)),
  read(doc) {
    const clientId = readClientId(doc)?.value;
    return clientId ? { values: { clientId }, events: ['client-saved'] } : null;
  },
};

/** Most specific first, ending with the site's catch-all page. */
export const PAGES: readonly PageDef<AcmePageId, AcmeAnchor, AcmeWords>[] = [
  {
    id: 'api-clients',
    detect: (doc) => hasHeading(doc, /^api clients$/),
    captures: {
      clientId: readClientId,
      clientSecret: (doc) => readLabelledValue(doc, /^client secret$/),
    },
    anchors: {
      newClient: (doc) => findControlByName(doc, /^new client$/),
      clientId: (doc) => readClientId(doc)?.element ?? null,
    },
    form: clientForm,
  },
  { id: 'acme-other', detect: () => true },
];
