/**
 * Words (and, for joined words such as "E-mail" or "Add/Change", their shorter parts) that HR and
 * admin pages show as their own interface (headings,
 * labels, buttons, menus, column headers), lower case. In a page outline every other word of that
 * length is redacted: it may be a key or a password of letters only (`QPLZWXMKRTVN`, `KXQWPL`), or a
 * password of joined words (`Harbor-Sunset-Bridge`). Regular plurals and -ed/-ing forms count as the word.
 * Missing a word costs a `[redacted]` in an outline, never a leak: add words as real outlines show them.
 * (Product names are left out on purpose: the outline's first line names the host.)
 */
export const UI_VOCABULARY: ReadonlySet<string> = new Set(
  `
  absence access account accounting accrual action active activity actual additional address adjust
  admin administration administrator advanced agency agreement allowance amount analysis analytics
  annual answer application approval approve approver archive assign assignment attach attachment
  attribute audit authentication authorization automatic available balance banner benefit billing
  birth branch browse budget builder business button cancel candidate capture caption career catalog
  category center certificate change channel choose classic client close closed column comment company
  compensation complete compliance condition configuration configure confirm connect connection
  consumer contact content continue contract contractor control copy country create credential
  currency current custom customer dashboard database deduction default delete department
  dependent deposit description detail development dialog direct directory disable display division
  document domain download earning effective eligibility employee employer employment enable endpoint
  enroll enrollment entity entry error event exempt expense expire export external family feature
  field filter finance financial first format forward frequency general generate global grade group
  hidden history holiday hourly identity import inactive include income information insurance
  integration internal invoice issue itemize job journal language layout leave legal license limit
  link location login logout lookup manage manager manual master member menu message method middle
  mobile module monthly multiple name navigation network notification number object office onboarding
  option order organization origin other overtime overview owner password payment payroll pending
  people period permission person personal personnel phone picture policy portal position preference
  preview primary print privacy private process product professional profile program project property
  provider provisioning public purchase quarter question queue rate reason record recruiting reference
  refresh region register regular related release remove report request require required reset
  resource response result retirement return review right role routing salary schedule scope search
  secret section security select selected send service session setting settings setup shift short
  signature source special standard start state statement status street structure submit subscription
  summary supervisor support system table target template tenant terminate termination theme time
  title token toolbar total tracking training transaction transfer type update upload usage user
  utilities utility vacation validate value vendor verify version view visible wage
  warning website weekly welcome window workday workflow worker workforce yearly together
 
  assistant integrations authorizations administrator administrators consumer database webservices
  service services sign signin signout single connector connectors credentials keys
  mail name date time user role type code file list page home help info edit view save open back next
  full part self work team plan card note tags test demo live read only auto main data sync base host
  port path site link menu task item unit rule mode text line level step flow form area zone city zip
  dept cost rate paid hire term exit pay tax bank send load post find sort more less
  `
    .split(/\s+/)
    .filter(Boolean),
);

/** Whether a word (any case) is one of the interface's own, as is or in a regular inflected form. */
export function isUiWord(word: string): boolean {
  const w = word.toLowerCase();
  if (UI_VOCABULARY.has(w)) return true;
  for (const [suffix, stems] of [
    ['ies', ['y']],
    ['es', ['', 'e']],
    ['s', ['']],
    ['ed', ['', 'e']],
    ['ing', ['', 'e']],
    ['ment', ['']],
  ] as const)
    if (w.endsWith(suffix)) for (const stem of stems) if (UI_VOCABULARY.has(w.slice(0, -suffix.length) + stem)) return true;
  return false;
}
