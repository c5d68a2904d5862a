import type { MessageKey } from '../i18n/i18n';
import type { SiteId } from './site';
import type { ValueName } from './values';

export type GuideId = 'ukg-pro' | 'vantagepoint';

/** Things that happen in a guide and finish a step (recorded, never secret). */
export type GuideEvent = 'account-details-ok' | 'account-saved' | 'rights-ok' | 'role-ok' | 'user-ok' | 'connect-filled' | 'relayed';

/** When a step counts as done: any of these pages seen, all these values captured, or the event happened. */
export type DoneWhen = { visited: string[] } | { captured: ValueName[] } | { event: GuideEvent };

/** Guides are data: their text is message keys, translated where the panel state is built. */
export interface GuideStep {
  id: string;
  title: MessageKey;
  /** What to do on the step's page. Also shown, with `where`, when the page is not recognised. */
  instruction: MessageKey;
  /** How to get to the step's page (menu path and search route), shown when the admin is elsewhere. */
  where?: MessageKey;
  /** The page this step happens on (a page id of the guide's site). */
  page: string;
  /** Anchor (of that page) to highlight while this step is current. */
  highlight?: string;
  /** A page that leads to this step's page, with what to do there (e.g. click Add on the list). */
  via?: { page: string; highlight?: string; instruction: MessageKey };
  done: DoneWhen;
}

export interface Guide {
  id: GuideId;
  /** Panel heading. */
  title: MessageKey;
  site: SiteId;
  steps: GuideStep[];
}

/** Non-secret record of how far the admin got; kept across reloads, tabs and browser restarts. */
export interface Progress {
  visited: string[];
  captured: ValueName[];
  events: GuideEvent[];
  /** The service account being set up (a user name, not a secret). */
  accountName: string | null;
}

export const EMPTY_PROGRESS: Progress = { visited: [], captured: [], events: [], accountName: null };
