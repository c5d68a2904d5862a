import type { MessageKey } from '../i18n/i18n';
import type { SystemBehaviour } from './behaviour';
import type { CheckResult } from './check';
import type { ServiceTestResult } from './connection';
import type { Guide, Progress } from './guide';
import type { SiteDef } from './site';
import type { ValueName } from './values';

/**
 * How Together shows one HR system: the name it uses, how its provider choice names it, and the
 * labels of the form's fields. The fields' keys are the values this system relays, in form order.
 */
export interface TogetherForm {
  name: string;
  /** Matches the provider's name in Together's choice (buttons, cards, radios, options), normalised text. */
  option: RegExp;
  fields: Partial<Record<ValueName, RegExp>>;
}

/** A value's check, and the stored form of a value that passes it (normalised URL, trimmed key…). */
export interface ValueCheck {
  check(value: string): CheckResult;
  normalize?(raw: string): string;
}

/** What a change ticket says about a completed setup: never a value, only names, hosts and facts. */
export interface RecordFacts {
  account: string | null;
  host: string | null;
  /** Facts of the system's own (e.g. the rights the account was given): a message, in the reader's language, around a text. */
  facts: RecordFact[];
}

/** One line of a setup record a system adds: `label` is a message with one placeholder, `text` what fills it. */
export interface RecordFact {
  label: MessageKey;
  text: string;
}

/**
 * Hosts the admin adds at run time (on-premises installs): the browser grants the origin, then the
 * system's content scripts are registered there (utils/background/onprem-hosts.ts).
 */
export interface OnPremSupport {
  /** The system's app on any origin (path shape only). */
  isAppUrl(url: URL): boolean;
  /** The match pattern for one added origin. */
  match(origin: string): string;
  /** Built content scripts to register, as the manifest runs them on the cloud hosts. */
  scripts: readonly string[];
  /** An example address for the options page's field. */
  placeholder: string;
  /** Checks and normalises an address the admin types. */
  checkAddress(raw: string): CheckResult & { url: string | null };
  /** Its words in the options page: the section's heading and intro, the address field, an added address, the organisation's allowed list. */
  words: { heading: MessageKey; intro: MessageKey; addressLabel: MessageKey; added: MessageKey; notAllowed: MessageKey };
  /** An older policy key for this system's allowed addresses, still read (deployed policies keep working). */
  policyKey?: string;
}

/** The light parts of a system: what every content script and the manifest may carry. */
export interface SystemBasics<Id extends string = string> {
  id: Id;
  site: SiteDef;
  together: TogetherForm;
  onPrem?: Pick<OnPremSupport, 'isAppUrl' | 'match' | 'scripts' | 'policyKey'>;
}

/**
 * Everything one HR system is (utils/systems/<id>/index.ts), for the background and the extension's
 * pages. Generic code reaches a system only through this shape, found in utils/systems/registry.ts.
 * Its page definitions (`pages.ts`, exported as `PAGES`) are not part of it: only the system's own
 * content script carries them.
 */
export interface HrSystem<Id extends string = string> extends SystemBasics<Id> {
  /** What its pages report and do (check fields, events, fixes, secrets, frames): `behaviour.ts`. */
  behaviour: SystemBehaviour;
  guide: Guide & { id: Id };
  checks: Partial<Record<ValueName, ValueCheck>>;
  recordFacts(progress: Progress, values: Partial<Record<ValueName, string>>): RecordFacts;
  /** "Test connection", on the admin's click, against the system's own service host, once `needs` are captured. */
  connectionTest?: {
    needs: readonly ValueName[];
    run(values: Partial<Record<ValueName, string>>): Promise<ServiceTestResult[]>;
  };
  onPrem?: OnPremSupport;
}
