import { readLabelledValue } from '../dom/labels';
import { bodyText, hasHeading } from '../dom/text';
import type { PageDef } from './pages';

export type UkgPageId = 'service-accounts' | 'ukg-other';

const CUSTOMER_API_KEY_LABEL = /^customer api key\s*:?\s*(\S*)$/;

const readCustomerApiKey = (doc: Document) => readLabelledValue(doc, CUSTOMER_API_KEY_LABEL);

/** Most specific first: detectPage returns the first match. */
export const UKG_PAGES: readonly PageDef<UkgPageId>[] = [
  {
    // List page: its title, and the Customer API key at the top. "Add/Change Service Account"
    // shares words with it, so the title must be the administration one.
    id: 'service-accounts',
    detect: (doc) =>
      hasHeading(doc, /service account administration/) &&
      !hasHeading(doc, /add\s*\/\s*change service account/) &&
      bodyText(doc).includes('customer api key'),
    captures: { customerApiKey: readCustomerApiKey },
    anchors: { customerApiKey: (doc) => readCustomerApiKey(doc)?.element ?? null },
  },
  {
    // Any other page of the admin UI: the guide points the way to Service Account Administration.
    id: 'ukg-other',
    detect: (doc) => doc.defaultView?.top === doc.defaultView,
  },
];
