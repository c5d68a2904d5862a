import { serviceRoot } from './hosts';
import { checkScopes, REQUIRED_SERVICES, sameService } from './scopes';
import { checkEmail } from '../../checks/email';
import { checkPassword, checkUsername, SUGGESTED_USERNAME } from './account';
import { findControlByLabel, readLabelledValue, valueIn, type LabelledValue } from '../../dom/labels';
import { setInputValue } from '../../dom/set-input-value';
import { bodyText, hasHeading, normalizeText } from '../../dom/text';
import { findControlByName } from '../../dom/accessible-name';
import { findCell } from '../../dom/table';
import { findScopeTable, readScopeGrid } from './grid';
import { isOnTop, isPlainlyVisible, isShown } from '../../dom/visible';
import { hasShownHeading, visibleFace } from '../../dom/face';
import type { FieldCheck, PageContext, PageDef, WatchedForm } from '../../contracts/page';
import type { UkgProWords } from './behaviour';

/** What a step of this system's guide may highlight (each page's `anchors`). */
export type UkgAnchor = 'password' | 'username' | 'rights' | 'save' | 'customerApiKey' | 'addButton' | 'userApiKey' | 'rootUrl';

export type UkgPageId = 'password-popup' | 'add-service-account' | 'service-accounts' | 'web-services' | 'ukg-other';

const CUSTOMER_API_KEY_LABEL = /^customer api key\s*:?\s*(\S*)$/;
const WEB_USER_API_KEY_LABEL = /^user api key\s*:?\s*(\S*)$/;

const readCustomerApiKey = (doc: Document) => readLabelledValue(doc, CUSTOMER_API_KEY_LABEL);

// ---- Add/Change Service Account

const usernameField = (doc: Document) => findControlByLabel(doc, /\buser ?name\b/);
const passwordField = (doc: Document) =>
  doc.querySelector<HTMLInputElement>('input[type="password"]') ?? findControlByLabel(doc, /^(?!.*generate).*\bpassword\b/);
const emailField = (doc: Document) => findControlByLabel(doc, /\be-?mail\b/);
function generateBox(doc: Document): HTMLInputElement | null {
  for (const box of doc.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const label = normalizeText(
      box.closest('label')?.textContent ?? (box.id ? doc.querySelector(`label[for="${CSS.escape(box.id)}"]`)?.textContent : ''),
    );
    if (/generate (a )?new password/.test(label)) return box;
  }
  return null;
}
/** UltiPro's Save: a button, or an image input whose caption label says "save" (facts §6.1). */
const SAVE = /^save$/;
const saveButton = (doc: Document) => findControlByName(doc, SAVE);
/** Add/Change Service Account's own heading, as shown (attack R4-1: not the document title, not hidden markup). */
const ADD_CHANGE = /add\s*\/\s*change service account/;
/**
 * The form's Save, as a person sees it (attack R4-1): the control's own face says Save (never an
 * aria-label or title alone), on a page that visibly is Add/Change Service Account.
 */
const isSave = (el: Element) => SAVE.test(visibleFace(el)) && hasShownHeading(el.ownerDocument, ADD_CHANGE);
/**
 * A field the Save takes from: one a person can see, on top (not a hidden look-alike). A document
 * with no window (parsed, never shown) has no layout to ask: shown is all it can say.
 */
const plain = <T extends Element>(el: T | null): T | null =>
  el && isShown(el) && (!el.ownerDocument.defaultView || (isPlainlyVisible(el) && isOnTop(el) !== false)) ? el : null;

/** The View boxes of the three services Together needs: what the rights step highlights. */
const requiredViewBoxes = (doc: Document) =>
  (readScopeGrid(doc) ?? [])
    .filter((r) => REQUIRED_SERVICES.some((s) => sameService(r.service, s)))
    .flatMap((r) => (r.boxes.view ? [r.boxes.view] : []));
const checkScopesOf = (doc: Document) => {
  const grid = readScopeGrid(doc);
  return grid ? checkScopes(grid) : null;
};

const addAccountForm: WatchedForm<UkgProWords> = {
  check(doc) {
    const checks: FieldCheck<UkgProWords['field']>[] = [];
    const user = usernameField(doc);
    if (user) checks.push({ field: 'username', element: user, result: checkUsername(user.value) });
    const generated = generateBox(doc)?.checked ?? false;
    const pw = passwordField(doc);
    if (pw || generated)
      checks.push({ field: 'password', element: pw ?? generateBox(doc), result: checkPassword(pw?.value ?? '', generated) });
    const email = emailField(doc);
    if (email) checks.push({ field: 'email', element: email, result: checkEmail(email.value) });
    const scopes = checkScopesOf(doc);
    const table = findScopeTable(doc)?.element ?? null;
    for (const result of scopes?.results ?? []) checks.push({ field: 'scopes', element: table, result });
    return checks;
  },
  fixes: (checks) =>
    (['rights', 'username'] as const).filter((fix) =>
      checks.some((c) => c.field === (fix === 'rights' ? 'scopes' : 'username') && c.result.level !== 'ok'),
    ),
  fix(doc, fix) {
    if (fix === 'username') {
      const field = usernameField(doc);
      if (field) setInputValue(field, SUGGESTED_USERNAME);
      return;
    }
    const grid = readScopeGrid(doc);
    if (!grid) return;
    for (const change of checkScopes(grid).changes) {
      const box = grid.find((r) => r.service === change.service)?.boxes[change.right];
      // click(), not .checked: the vendor's own handlers (and its save) must see the change.
      if (box && box.checked !== change.to) box.click();
    }
  },
  submit: saveButton,
  isSubmit: isSave,
  read(doc) {
    const generated = generateBox(doc)?.checked ?? false;
    const password = generated ? undefined : plain(passwordField(doc))?.value;
    const username = plain(usernameField(doc))?.value.trim();
    if (!username) return null;
    const scopes = checkScopesOf(doc);
    const rightsOk = !!scopes && scopes.results.every((r) => r.level === 'ok');
    return {
      values: { username, ...(password ? { password } : {}) },
      events: ['account-saved', ...(rightsOk ? (['rights-ok'] as const) : [])],
    };
  },
};

// ---- Generated-password pop-up

function visibleDialog(doc: Document): Element | null {
  for (const el of doc.querySelectorAll('[role="dialog"], [role="alertdialog"], .ui-dialog, .modal, dialog[open]'))
    if (isShown(el) && /password/.test(normalizeText(el.textContent))) return el;
  return null;
}

/** The generated password in a pop-up: the single-token text or read-only value with the most character variety. */
function readDialogPassword(doc: Document): LabelledValue | null {
  const dialog = visibleDialog(doc);
  if (!dialog) return null;
  let best: LabelledValue | null = null;
  let bestScore = 1;
  const consider = (value: string, element: Element) => {
    const v = value.trim();
    if (!v || /\s/.test(v) || v.length < 6 || v.length > 128 || v.endsWith(':')) return;
    const score = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(v)).length;
    if (score > bestScore) {
      best = { value: v, element };
      bestScore = score;
    }
  };
  for (const input of dialog.querySelectorAll<HTMLInputElement>('input:not([type="hidden"]):not([type="checkbox"])'))
    consider(input.value, input);
  for (const el of dialog.querySelectorAll('span, strong, b, code, kbd, td, p, div, pre'))
    if (el.children.length === 0) consider(el.textContent ?? '', el);
  return best;
}

// ---- Web Services

/** An endpoint URL as Web Services prints it: http or https, any case (`http://Servicet.ultipro.com/services/…`). */
const ENDPOINT = /https?:\/\/[a-z0-9.-]+(?::\d+)?\/services\/[A-Za-z]+/i;

function readEndpoint(doc: Document): LabelledValue | null {
  for (const input of doc.querySelectorAll<HTMLInputElement>('input'))
    if (ENDPOINT.test(input.value)) return { value: input.value.match(ENDPOINT)![0], element: input };
  for (const el of doc.querySelectorAll('a, td, span, li, div, p, code')) {
    if (el.children.length > 0) continue;
    const m = (el.textContent ?? '').match(ENDPOINT);
    if (m) return { value: m[0], element: el };
  }
  return null;
}

/** The root URL follows from an endpoint on a UKG web-services host; any other host is not offered. */
function readRootUrl(doc: Document): LabelledValue | null {
  const endpoint = readEndpoint(doc);
  const root = endpoint && serviceRoot(endpoint.value);
  return endpoint && root ? { value: root, element: endpoint.element } : null;
}

// ---- Service Account Administration (list)

const accountName = (ctx: PageContext) => ctx.accountName ?? SUGGESTED_USERNAME;

/** The User API key in the row whose user name is the account just created (decoy rows differ by name). */
function readAccountUserKey(doc: Document, ctx: PageContext): LabelledValue | null {
  const cell = findCell(doc, /\buser ?name\b|^login( name)?$|^account name$/, accountName(ctx), /\buser api key\b/);
  return cell ? valueIn(cell) : null;
}

/** "+ add", "Add (+)", "Add", or the toolbar's image button captioned "add". */
const addButton = (doc: Document) => findControlByName(doc, /^(\+\s*)?add(\s*\(\+\))?$/);

/** Most specific first: detectPage returns the first match. */
export const PAGES: readonly PageDef<UkgPageId, UkgAnchor, UkgProWords>[] = [
  {
    // After saving with "Generate New Password", UKG shows the password once in a pop-up.
    id: 'password-popup',
    detect: (doc) => readDialogPassword(doc) !== null,
    captures: { password: readDialogPassword },
    anchors: { password: (doc) => readDialogPassword(doc)?.element ?? null },
  },
  {
    id: 'add-service-account',
    detect: (doc) => hasHeading(doc, /add\s*\/\s*change service account/) || (!!usernameField(doc) && !!generateBox(doc)),
    anchors: {
      username: usernameField,
      rights: requiredViewBoxes,
      save: saveButton,
    },
    form: addAccountForm,
  },
  {
    // List page: its title, and the Customer API key at the top.
    id: 'service-accounts',
    detect: (doc) => hasHeading(doc, /service account administration/) && bodyText(doc).includes('customer api key'),
    captures: { customerApiKey: readCustomerApiKey, userApiKey: readAccountUserKey },
    anchors: {
      customerApiKey: (doc) => readCustomerApiKey(doc)?.element ?? null,
      addButton,
      userApiKey: (doc, ctx) => readAccountUserKey(doc, ctx)?.element ?? null,
    },
  },
  {
    // Web Services: the Customer API key again, and endpoint URLs that give the root URL. Its
    // "User API key" is the signed-in web user's: never offered as the service account's.
    id: 'web-services',
    detect: (doc) => hasHeading(doc, /^web services$/) && readEndpoint(doc) !== null,
    captures: { customerApiKey: readCustomerApiKey, rootUrl: readRootUrl },
    anchors: { rootUrl: (doc) => readEndpoint(doc)?.element ?? null },
  },
  {
    // Any other page of the admin UI: the guide points the way.
    id: 'ukg-other',
    detect: (doc) => doc.defaultView?.top === doc.defaultView,
  },
];

/** The web user's own key on Web Services, read only to warn if it is captured as the service account's. */
export function readWebUserApiKey(doc: Document): string | null {
  return hasHeading(doc, /^web services$/) ? (readLabelledValue(doc, WEB_USER_API_KEY_LABEL)?.value ?? null) : null;
}
