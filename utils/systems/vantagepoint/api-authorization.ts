import { t } from '../../i18n/i18n';
import { error, ok } from '../../contracts/check';
import { accessibleName, findControlByName } from '../../dom/accessible-name';
import { findControlByLabel, findControlsByLabel, readLabelledValue, type LabelledValue } from '../../dom/labels';
import { normalizeText } from '../../dom/text';
import { isShown } from '../../dom/visible';
import type { HeldAction, WatchedForm } from '../../contracts/page';
import type { VantagepointWords } from './behaviour';

type Form = WatchedForm<VantagepointWords>;

/**
 * Vantagepoint's API Authorization page (Utilities > Integrations): which listed record is Connect's,
 * its Client ID (7.0: Consumer Key) and secret, and the hold on Generate Secret while one exists.
 */
const button = (doc: Document, name: RegExp) => findControlByName(doc, name, isShown);

/** A form field's value, by label, whether it is an input or shown as text (within `root`: one record). */
export function fieldValue(doc: Document, label: RegExp, textLabel: RegExp, root: Element | null = doc.body): LabelledValue | null {
  if (!root) return null;
  const input = findControlByLabel(root, label);
  if (input) return input.value.trim() ? { value: input.value.trim(), element: input } : null;
  return readLabelledValue(doc, textLabel, root);
}

// ---- API Authorization

const AUTHORIZATION_NAME = /\bauthorization name\b/;
const CLIENT_ID = /\b(client id|consumer key)\b/;
const SECRET = /\b(client )?secret\b/;

/** Elements whose own text (not their children's) matches: labels shown as plain text, cells, headings. */
function elementsWithText(root: Element, pattern: RegExp): Element[] {
  const found = new Set<Element>();
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (n.parentElement && pattern.test(normalizeText(n.textContent))) found.add(n.parentElement);
  return [...found];
}

/**
 * Where each record shows its key, in any dress: a labelled field, or the label as text beside the
 * value ("Consumer Key", "Consumer Key: …"; never a sentence of help text that mentions it).
 */
function keyPlaces(root: Element): Element[] {
  const places = [...findControlsByLabel(root, CLIENT_ID), ...elementsWithText(root, /^(client id|consumer key)\s*:?\s*\S*$/)].map(
    (el) => el.closest('label') ?? el,
  );
  return [...new Set(places)].filter((el, _i, all) => !all.some((other) => other !== el && other.contains(el)));
}

/** Whether a record names Connect: its Authorization Name (a field, or text beside its label) or its heading. */
function namesConnect(doc: Document, record: Element): boolean {
  const names = [
    ...findControlsByLabel(record, AUTHORIZATION_NAME).map((input) => input.value),
    readLabelledValue(doc, /^authorization name\s*:?\s*(.*)$/, record)?.value ?? '',
    ...[...record.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"], legend, caption, summary')].map((h) => h.textContent ?? ''),
  ];
  return names.some((n) => /\bconnect\b/i.test(n));
}

/**
 * Whose keys to take. Vantagepoint 5.0+ lists API authorizations as records ("Authorization Name",
 * "Consumer Key", "Secret"), the name as a field or as plain text; Connect's own is the one named
 * Connect (facts §6.2). With one record, or the older single form, the page. Several records and not
 * exactly one of them Connect's: none (never another integration's secret), and the page says why.
 */
export function connectRecord(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const places = keyPlaces(body);
  if (places.length <= 1) return body;
  // Each record: the widest box around its key that holds no other record's key.
  const records = places.map((place) => {
    let record: Element = place;
    while (record.parentElement && record.parentElement !== body && !places.some((p) => p !== place && record.parentElement!.contains(p)))
      record = record.parentElement;
    return record;
  });
  const connect = records.filter((r) => namesConnect(doc, r));
  return connect.length === 1 ? connect[0]! : null;
}

export const readClientId = (doc: Document) => fieldValue(doc, CLIENT_ID, /^(?:client id|consumer key)\s*:?\s*(\S*)$/, connectRecord(doc));
export const readClientSecret = (doc: Document) => fieldValue(doc, SECRET, /^(?:client )?secret\s*:?\s*(\S*)$/, connectRecord(doc));
export const readDatabase = (doc: Document) => fieldValue(doc, /\bdatabase( name)?\b/, /^database(?: name)?\s*:?\s*(.*)$/);
export const GENERATE_SECRET = /^(re)?generate( new)? secret$/;

export function readAppUrl(doc: Document): LabelledValue | null {
  const loc = doc.defaultView?.location;
  const m = loc?.pathname.match(/^\/([^/]+)\/app(?:\/|$)/i);
  return loc && m ? { value: `${loc.origin}/${m[1]}/app/`, element: doc.body } : null;
}

export const apiAuthorizationForm: Form = {
  check(doc) {
    const haveId = !!readClientId(doc);
    const haveSecret = !!readClientSecret(doc);
    const result = !connectRecord(doc)
      ? error(t('vp_check_records_ambiguous'))
      : haveId && haveSecret
        ? ok(t('vp_check_credentials_ok'))
        : error(t('vp_check_credentials_missing'));
    return [{ field: 'api-credentials', element: button(doc, GENERATE_SECRET), result }];
  },
};

/**
 * "Generate Secret" replaces the secret every existing integration uses: hold it while one exists
 * (or while several records are listed and we cannot tell Connect's).
 */
export const generateSecretHold: HeldAction = {
  matches: (el) => GENERATE_SECRET.test(accessibleName(el)),
  shouldHold: (doc) => !!readClientSecret(doc) || !connectRecord(doc),
  message: 'vp_hold_message',
  confirm: 'vp_hold_confirm',
  cancel: 'vp_hold_cancel',
};
