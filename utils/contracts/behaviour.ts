import type { MessageKey } from '../i18n/i18n';
import type { ValueName } from './values';

/** Checks passing that finish a step: every required field checked and ok; optional ones, if shown, not in error. */
export interface CheckEvent<Field extends string = string, Event extends string = string> {
  event: Event;
  required: readonly Field[];
  optional?: readonly Field[];
}

/** Fields every source page may report, whatever its system: a value the page shows masked. */
export const COMMON_CHECK_FIELDS = ['masked'] as const;

/** Events of every guide: Together's form filled with the guide's values. */
export const COMMON_EVENTS = ['relayed'] as const;
export type CommonEvent = (typeof COMMON_EVENTS)[number];

/**
 * What one system's pages report and do, declared in its folder (`behaviour.ts`) and read by generic
 * code through the system: the protocol's lists of check fields and fixes, the checks and Saves
 * that finish steps, the guide's fix buttons, masking, and how deep its pages sit in frames.
 * Data only; its content script carries just the `PageBehaviour` part.
 */
export interface SystemBehaviour<Field extends string = string, Event extends string = string, Fix extends string = string> {
  /** The fields its pages check as the admin types. */
  checkFields: readonly Field[];
  /**
   * Fields whose checks show in the guide only, not beside the field on the page (one check per
   * row of a table would crowd the table with notes).
   */
  guideOnlyChecks: readonly Field[];
  /** Steps its checks finish. */
  checkEvents: readonly CheckEvent<Field, Event>[];
  /** Events the vendor's Save of one of its watched forms may raise (the form's `read` says which happened). */
  saveEvents: readonly Event[];
  /** The event recorded when the admin's fill of one of its pages' fields succeeded. */
  fillEvent?: Event;
  /** One-action corrections its forms offer, each with its button's label ($1: the suggested account name). */
  fixes: Readonly<Record<Fix, MessageKey>>;
  /** Every value it captures, saves or relays, and whether it is secret (masked until revealed). */
  values: Readonly<Partial<Record<ValueName, { secret: boolean }>>>;
  /** How deep its pages load in same-origin frames (0: the top document only). */
  frameDepth: number;
  /**
   * Values its pages show that must not be mistaken for one of its own (UKG: the signed-in web
   * user's own key beside the account's), each with the warning shown when a captured value is one.
   * Its content script reports only a hash of each (`page/decoy`); its `PAGE` reads them.
   */
  decoys?: Readonly<Partial<Record<ValueName, MessageKey>>>;
  /** The value that names the account the guide follows (kept as the account's name, outlined in lists; UKG: the user name). */
  accountValue?: ValueName;
}

/** What a system's content script needs of its behaviour: where checks show, how deep frames go. */
export type PageBehaviour<Field extends string = string> = Pick<SystemBehaviour<Field>, 'guideOnlyChecks' | 'frameDepth'>;

/** A behaviour's own words, as types: its check fields, events and fixes (for its pages and guide). */
export interface BehaviourWords<Field extends string = string, Event extends string = string, Fix extends string = string> {
  field: Field;
  event: Event;
  fix: Fix;
}

/** The words a declared behaviour (`as const`) uses, for typing its pages and guide. */
export type WordsOf<B extends SystemBehaviour> = BehaviourWords<
  B['checkFields'][number] | (typeof COMMON_CHECK_FIELDS)[number],
  B['checkEvents'][number]['event'] | B['saveEvents'][number] | (B extends { fillEvent: infer E extends string } ? E : never) | CommonEvent,
  keyof B['fixes'] & string
>;

/** A value is secret unless its system says it is not: a value nobody declared is masked. */
export const isSecretIn = (behaviour: Pick<SystemBehaviour, 'values'>, name: ValueName): boolean => behaviour.values[name]?.secret ?? true;

/** What the vendor's Save of a watched form takes: values (checked before they are kept) and the events it proves. */
export interface SaveCapture<Event extends string = string> {
  values: Partial<Record<ValueName, string>>;
  events: Event[];
}
