import { checkEmail } from '../../checks/email';
import { t } from '../../i18n/i18n';
import { error, ok } from '../../contracts/check';
import { readVersion, windowsAuthNote } from './address';
import { findControlByName } from '../../dom/accessible-name';
import { findControlByLabel, findControlsByLabel } from '../../dom/labels';
import { bodyText, hasHeading, normalizeText } from '../../dom/text';
import { isPlainlyVisible, isShown } from '../../dom/visible';
import type { FieldCheck, PageDef, WatchedForm } from '../../contracts/page';
import type { VantagepointWords } from './behaviour';
import {
  apiAuthorizationForm,
  generateSecretHold,
  readAppUrl,
  readClientId,
  readClientSecret,
  readDatabase,
  GENERATE_SECRET,
  fieldValue,
} from './api-authorization';

type Form = WatchedForm<VantagepointWords>;
type Check = FieldCheck<VantagepointWords['field']>;

/** What a step of this system's guide may highlight (each page's `anchors`). */
export type VantagepointAnchor = 'generate' | 'clientId' | 'connectNode' | 'employee' | 'configureConnect';

export type VantagepointPageId = 'api-authorization' | 'roles' | 'users' | 'connect-administration' | 'vantagepoint-other';

const button = (doc: Document, name: RegExp) => findControlByName(doc, name, isShown);

/** Tab names of the form on screen ("Overview", "Settings", "Provisioning", …). */
const tabNames = (doc: Document) => [...doc.querySelectorAll('[role="tab"], .tab, .nav-tabs li')].map((t) => normalizeText(t.textContent));

// ---- Roles (Overview tab)

/** The navigation-menu tree's checkbox for Utilities > Integrations > Connect Administration (7.0: "Connect"). */
function connectNode(doc: Document): HTMLInputElement | null {
  for (const box of doc.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const label = normalizeText(box.closest('label')?.textContent ?? box.getAttribute('aria-label'));
    if (!/^(connect administration|connect)$/.test(label)) continue;
    const path = [] as string[];
    for (let li = box.closest('li')?.parentElement?.closest('li'); li; li = li.parentElement?.closest('li') ?? null) {
      path.unshift(normalizeText(li.querySelector(':scope > label, :scope > span, :scope > div')?.textContent ?? ''));
    }
    if (path.some((p) => p.startsWith('integrations')) && path.some((p) => p.startsWith('utilities'))) return box;
  }
  return null;
}

const fullAccess = (doc: Document) => findCheckbox(doc, /full access to all menu items/);

function findCheckbox(doc: Document, label: RegExp): HTMLInputElement | null {
  for (const box of doc.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
    if (label.test(normalizeText(box.closest('label')?.textContent ?? box.getAttribute('aria-label')))) return box;
  return null;
}

function roleType(doc: Document): HTMLSelectElement | null {
  for (const sel of doc.querySelectorAll<HTMLSelectElement>('select')) {
    const label = normalizeText(
      sel.id ? doc.querySelector(`label[for="${CSS.escape(sel.id)}"]`)?.textContent : sel.closest('label')?.textContent,
    );
    if (/type of role/.test(label)) return sel;
  }
  return null;
}

const rolesForm: Form = {
  check(doc) {
    const checks: Check[] = [];
    const node = connectNode(doc);
    const granted = fullAccess(doc)?.checked || node?.checked;
    checks.push({
      field: 'role-access',
      element: node,
      result: granted
        ? ok(t('vp_check_role_ok'))
        : error(
            t(
              'vp_check_role_tick',
              node && normalizeText(node.closest('label')?.textContent) === 'connect' ? 'Connect' : 'Connect Administration',
            ),
          ),
    });
    const type = roleType(doc);
    if (type) {
      const admin = /administrator/.test(normalizeText(type.selectedOptions[0]?.textContent));
      checks.push({
        field: 'role-type',
        element: type,
        result: admin ? ok(t('vp_check_role_type_ok')) : error(t('vp_check_role_type_fix')),
      });
    }
    return checks;
  },
};

// ---- Users

const usersForm: Form = {
  check(doc) {
    const checks: Check[] = [];
    const employee = fieldValue(doc, /^employee\b/, /^employee\s*:?\s*(.*)$/);
    checks.push({
      field: 'employee',
      element: findControlByLabel(doc, /^employee\b/) ?? employee?.element ?? null,
      // Never the page's own text in our verdict: a page-supplied name could pose as instructions.
      result: employee ? ok(t('vp_check_employee_ok')) : error(t('vp_check_employee_missing')),
    });
    const email = fieldValue(doc, /\be-?mail\b/, /^e-?mail(?: address)?\s*:?\s*(\S*)$/);
    const emailCheck = checkEmail(email?.value ?? '');
    checks.push({
      field: 'employee-email',
      element: email?.element ?? null,
      result: emailCheck.level === 'ok' ? ok(t('vp_check_employee_email_ok')) : error(t('vp_check_employee_email_missing')),
    });
    const windows = findCheckbox(doc, /windows authentication/);
    if (windows?.checked) checks.push({ field: 'windows-auth', element: windows, result: windowsAuthNote(readVersion(bodyText(doc))) });
    return checks;
  },
};

// ---- Connect Administration (≤6.5) / Connect (7.0)

const configureConnect = (doc: Document) => button(doc, /^configure connect$/);

/** A Connect setting to fill: the first field with that label that a person plainly sees (never a hidden look-alike). */
const fillField = (doc: Document, label: RegExp) => findControlsByLabel(doc, label).find(isPlainlyVisible) ?? null;

/** Most specific first. Routes are hashbang SPA routes whose names are not public: detection is by what is on screen. */
export const PAGES: readonly PageDef<VantagepointPageId, VantagepointAnchor, VantagepointWords>[] = [
  {
    id: 'api-authorization',
    detect: (doc) =>
      hasHeading(doc, /api authorization/) &&
      (!!readClientId(doc) || !!button(doc, GENERATE_SECRET) || /client id|consumer key/.test(bodyText(doc))),
    captures: { clientId: readClientId, clientSecret: readClientSecret, database: readDatabase, vantagepointUrl: readAppUrl },
    anchors: { generate: (doc) => button(doc, GENERATE_SECRET), clientId: (doc) => readClientId(doc)?.element ?? null },
    form: apiAuthorizationForm,
    hold: generateSecretHold,
  },
  {
    id: 'roles',
    detect: (doc) => hasHeading(doc, /^roles?\b/) && (tabNames(doc).includes('overview') || !!fullAccess(doc)),
    anchors: { connectNode },
    form: rolesForm,
  },
  {
    id: 'users',
    detect: (doc) => hasHeading(doc, /^users?\b/) && (!!button(doc, /^\+?\s*new user$/) || /find user/.test(bodyText(doc))),
    anchors: { employee: (doc) => findControlByLabel(doc, /^employee\b/) },
    form: usersForm,
  },
  {
    id: 'connect-administration',
    detect: (doc) => (hasHeading(doc, /^connect administration$/) || hasHeading(doc, /^connect$/)) && !!configureConnect(doc),
    anchors: { configureConnect },
    fill: {
      clientId: (doc) => fillField(doc, /\b(client id|consumer key)\b/),
      clientSecret: (doc) => fillField(doc, /\b(client )?secret\b/),
      vantagepointUrl: (doc) => fillField(doc, /\bvantagepoint tenant\b|\bvantagepoint url\b/),
    },
  },
  { id: 'vantagepoint-other', detect: (doc) => doc.defaultView?.top === doc.defaultView },
];
