import type { CheckResult } from '../contracts/check';
import type { ValueName } from '../contracts/values';
import type { SystemId } from '../systems/catalog';
import type { StepStatus } from './steps';

/** What the side panel shows, as the background sends it over its port. */

/**
 * "Send to Together": while it waits for Together, after the fill while Together's Save is awaited
 * (what went in, what was left empty and why), and how it ended (the finished summary).
 */
export interface RelayView {
  /** Still waiting for Together's form: nothing is filled yet. */
  waiting: boolean;
  message: string;
  /** Together saved the values: the guide is finished and the values forgotten. */
  done: boolean;
  /** Together's form is filled and waits for the admin's Save there. */
  awaitingSave: boolean;
  /** The Together tab the job is bound to, and when the job began (a new Send to the same tab is a new job). */
  tabId: number;
  /** That tab's side panel is open already (the guide need not open it again). */
  tabHasPanel?: boolean;
  startedAt: number;
  /** Labels of the values put into Together's form. */
  filled: string[];
  /** The guide's values left empty, each with why ("Password: not captured"). */
  left: string[];
  /** Values Together's form could not take (no field, two fields): said as an alert. */
  warning: string | null;
  /** What Together answered its Save with, when it was an error (the values stay kept). */
  saveError: string | null;
  /** After Together's Save: each value and the host it was captured on. */
  summary: string[];
  savedAt: number | null;
}

/** How many of the guide's values are held: Send asks first when some are missing. */
export interface Sendable {
  have: number;
  of: number;
  /** Labels of the guide's values not held (nor kept out by the settings). */
  missing: string[];
}

export interface CapturedView extends CheckResult {
  name: ValueName;
  label: string;
  /** Masked for secrets. */
  shown: string;
  secret: boolean;
}

export interface GuideChecklist {
  guideId: SystemId;
  title: string;
  steps: { id: string; title: string; done: boolean }[];
  stepIndex: number;
}

export interface PanelState {
  /** The account name the guide suggests (the one-click fix on the vendor's form names it). */
  suggestedAccountName: string | null;
  /** The tab's page is none of the steps' pages, but our script runs there and can outline it for support. */
  canOutline: boolean;
  /** The language the state's text is in: a panel showing another one reloads (the admin changed it). */
  language: string;
  guideId: SystemId;
  guideTitle: string;
  /** `shownOnce`: the vendor shows its value only once (Skip asks first). */
  steps: {
    id: string;
    title: string;
    instruction: string;
    directions: string | null;
    done: boolean;
    status: StepStatus;
    shownOnce: boolean;
  }[];
  /** Index into steps of the step shown: the one for the admin's page. */
  stepIndex: number;
  /** Unfinished steps before the one shown ("Step 2 is not done yet — …"). */
  openBefore: { number: number; title: string }[];
  /** Every step done or skipped: the guide shows its final card. */
  finished: boolean;
  /** The admin said "not now": nothing of the guide shows on vendor pages until they resume. */
  resting: boolean;
  /** The shown step can be marked done or skipped by the admin. */
  markable: boolean;
  /** The other guides' progress, as checklists (an admin may set up both). */
  otherGuides: GuideChecklist[];
  /** Whether the admin's page is the step's page, the page leading to it, another page, or unrecognised. */
  place: 'on-page' | 'via' | 'elsewhere' | 'unrecognised';
  /** What to do now, in words, for where the admin is. */
  instruction: string;
  /** Values the current page can give now; `replaces`: one is kept, and the page shows another. */
  captures: { name: ValueName; label: string; replaces: boolean }[];
  /** As-typed check results of the page's form. */
  checks: (CheckResult & { field: string })[];
  /** One-click corrections the page's form offers ("Tick the 3 rights for me", "Use TogetherIntegration"). */
  /** One-action corrections the page's form offers, each with its button's label. */
  fixes: { id: string; label: string }[];
  captured: CapturedView[];
  /** Epoch ms when the captured values expire; null when nothing is held. */
  expiresAt: number | null;
  /** Epoch ms past which they cannot be kept longer (the policy's cap); null when nothing is held. */
  holdEndsAt: number | null;
  /** Minutes "Keep longer" adds. */
  keepMinutes: number;
  /** Epoch ms when captured values last ran out of time, while none is held; else null. */
  expiredAt: number | null;
  /** Whether the captured values are enough to try the connection. */
  canTestConnection: boolean;
  /** Captured values this page has fields for ("Fill Connect settings"). */
  pageFillable: ValueName[];
  /** Settings that change what the guide does (e.g. password capture off). */
  notes: string[];
  /** Values the settings keep out (the paste-in form hides them). */
  excluded: ValueName[];
  /** A "Send to Together" that waits for Together or the admin ("Sign in to Together"), or for Together's Save. */
  relay: RelayView | null;
  /** The guide's values held against the ones Together's form takes. */
  sendable: Sendable;
  /** Send is the step's own action: the values are complete, or the admin is on the send step. */
  sendIsNext: boolean;
  /** Away from the step's page: the vendor's name for it (to search for) and a direct link where its path is public. */
  find: { term: string; href: string | null } | null;
  /** The host of the tab this panel guides (browser-reported), shown by the title: a look-alike page shows its own. */
  host: string | null;
  /** This panel is bound to Together's tab by a Send: it shows the hand-over, not a vendor step. */
  onTogether: boolean;
  /** A vendor Save on this host would replace kept values: "Use the account saved on <host>?" */
  savedOn: string | null;
  /** The tab's page moved to another host than the one the held values were captured on. */
  hostMoved: { from: string; to: string } | null;
}
