import type { MessageKey } from '../i18n/i18n';
import type { ValueName } from './values';

/**
 * Things that happen in a guide and finish a step (recorded, never secret): each system declares its
 * own (`behaviour.ts`: its checks, its Save, its page fill); `relayed` is every guide's.
 */
export type GuideEvent = string;

/** When a step counts as done: any of these pages seen, all these values captured, or the event happened. */
export type DoneWhen<PageId extends string = string, Event extends string = GuideEvent> =
  { visited: PageId[] } | { captured: ValueName[] } | { event: Event };

/** The page of the last step, on Together rather than on the system's own site. */
export type TogetherStepPage = 'together';

/**
 * Guides are data: their text is message keys, translated where the panel state is built. A
 * system's guide names its own page ids and anchor names (typed), never bare strings.
 */
export interface GuideStep<PageId extends string = string, Anchor extends string = string, Event extends string = GuideEvent> {
  id: string;
  title: MessageKey;
  /** What to do on the step's page. Also shown, with `directions`, when the page is not recognised. */
  instruction: MessageKey;
  /** How to get to the step's page (menu path and search route), shown when the admin is elsewhere. */
  directions?: MessageKey;
  /**
   * Another way to the step's page than its menu path: the vendor's own name for the page (to paste
   * into the vendor's menu search) and, only where it is public, its path on the admin's own host.
   */
  find?: { term: string; path?: string };
  /** The page this step happens on (a page id of the guide's site). */
  page: PageId | TogetherStepPage;
  /** Anchor (of that page) to highlight while this step is current. */
  highlight?: Anchor;
  /** A page that leads to this step's page, with what to do there (e.g. click Add on the list). */
  via?: { page: PageId; highlight?: Anchor; instruction: MessageKey };
  done: DoneWhen<PageId, Event>;
  /** Later pages that prove this step was done (Connect Administration opens only with the role's right). */
  provedBy?: PageId[];
  /** Its value is shown by the vendor only once (a generated password): Skip asks first. */
  shownOnce?: true;
}

export interface Guide<PageId extends string = string, Anchor extends string = string, Event extends string = GuideEvent> {
  /** The HR system's id (one guide per system). */
  id: string;
  /** Panel heading. */
  title: MessageKey;
  /** The site the guide's pages are on (the system's own). */
  site: string;
  /** The account name the guide suggests on the vendor's form (offered as a one-click fix). */
  suggestedAccountName?: string;
  steps: GuideStep<PageId, Anchor, Event>[];
}

/**
 * What the admin said about a step the extension may not see: done, skipped, or open again (a
 * step gone back to, which stays open until it is done again).
 */
export type StepMark = 'done' | 'skipped' | 'open';

/** Non-secret record of how far the admin got; kept across reloads, tabs and browser restarts. */
export interface Progress {
  visited: string[];
  captured: ValueName[];
  events: GuideEvent[];
  /** The service account being set up (a user name, not a secret). */
  accountName: string | null;
  /**
   * The origin the account name was seen on (null: typed into our own form). Only a page of that
   * origin is ever told the name: a page elsewhere must not learn it (attack R4-2).
   */
  accountOrigin: string | null;
  /** The admin's own word on steps, by step id. */
  marks: Record<string, StepMark>;
  /** The admin said "not now": no launcher or overlay on vendor pages until they resume. */
  resting: boolean;
}

export const EMPTY_PROGRESS: Progress = {
  visited: [],
  captured: [],
  events: [],
  accountName: null,
  accountOrigin: null,
  marks: {},
  resting: false,
};
