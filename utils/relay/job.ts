import type { ValueName } from '../contracts/values';
import type { MessageKey } from '../i18n/i18n';
import type { AskTopFrame, TogetherPageState } from '../protocol/messages';
import { isSystemId, type SystemId } from '../systems/catalog';
import { WAITING_FOR } from '../together/waiting';

/**
 * How long a Send may wait for Together (booting, the admin signing in, the form) before it ends
 * with a message; and how long a filled form may wait for Together's Save to be seen. Never a
 * silent forever: an alarm (it survives the worker) ends the job.
 */
export const WAIT_LIMIT_MS = 20 * 60_000;
export const SAVE_LIMIT_MS = 30 * 60_000;
/** How long the panel keeps saying how a job ended (the finished summary, a closed tab…). */
export const SHOW_ENDED_MS = 30 * 60_000;

export type Phase = TogetherPageState | 'opening' | 'left' | 'filled' | 'saved' | 'closed' | 'expired' | 'failed' | 'timed-out';

/** Phases that need the admin (or are final): the click's answer need not wait any longer. */
export const SETTLED: ReadonlySet<Phase> = new Set([
  'login',
  'open-form',
  'left',
  'filled',
  'saved',
  'closed',
  'expired',
  'failed',
  'timed-out',
]);

/** Phases after which nothing more is filled: the page is no longer armed. */
export const FILL_OVER: ReadonlySet<Phase> = new Set(['filled', 'saved', 'closed', 'expired', 'failed', 'timed-out']);

/** Phases after which the job is over altogether ('filled' still waits for Together's Save). */
export const OVER: ReadonlySet<Phase> = new Set(['saved', 'closed', 'expired', 'failed', 'timed-out']);

/** Why a value of the guide was not put into Together's form. */
export type LeftWhy = 'not-captured' | 'no-field' | 'ambiguous';

/**
 * A Send, as it is kept in `storage.session` (nothing secret: names, hosts, phases), so a worker
 * stopped while the admin signs in to Together takes it up again when it wakes.
 */
export interface Job {
  system: SystemId;
  tabId: number;
  phase: Phase;
  message: string;
  /** A code for the error the job ended with (the click's answer throws it). */
  errorCode?: string;
  /** Seen Together's sign-in: once the admin is back on any Together page, bring the tab to the form. */
  sawLogin: boolean;
  /** The click was answered while the job still waited: the panel's relay line shows how it ends. */
  answered: boolean;
  /** The page has reported (so it is armed). */
  heard: boolean;
  /**
   * The tab's address as last seen: the same integrations address again (tabs.onUpdated
   * "complete") is no navigation, and must not undo a sign-in the page itself reported.
   */
  url?: string;
  startedAt: number;
  changedAt: number;
  /** After the fill: what went into Together's form, and what was left empty and why. */
  filled?: ValueName[];
  left?: { name: ValueName; why: LeftWhy }[];
  /** Together answered its Save with an error (the values stay kept). */
  saveError?: string;
  /** After Together's Save: which values, captured on which host, when. */
  summary?: { name: ValueName; host: string | null }[];
  savedAt?: number;
}

/** What the panel's relay line says in each phase that waits (the same words as the notice on Together's page). */
export const WAITING: Partial<Record<Phase, MessageKey>> = {
  ...WAITING_FOR,
  opening: WAITING_FOR.booting,
  form: WAITING_FOR.choosing,
  left: 'relay_wait_left',
};

/** A browser tab, as much of it as the relay reads. */
export interface TabInfo {
  id: number;
  url?: string;
  status?: string;
  windowId?: number;
}

/** One stored item (WXT's storage.defineItem, `session:`); a fake in tests. */
export interface JobStore {
  getValue(): Promise<unknown>;
  setValue(value: unknown): Promise<void>;
  removeValue(): Promise<void>;
}

/** Browser operations the relay needs; the background passes thin wrappers over browser.tabs. */
export interface RelayDeps {
  /** Open Together settings tabs (any section). */
  findTogetherTabs(): Promise<TabInfo[]>;
  /** Opens a tab in the background (not in front: the guide is bound to it first). */
  openTab(url: string): Promise<TabInfo>;
  /** Activate the tab and its window; navigate it when `url` is given. */
  focusTab(tab: TabInfo, url?: string): Promise<void>;
  getTab(tabId: number): Promise<TabInfo | null>;
  /** A message to the tab's top frame only, and its content script's answer (rejected on time-out). */
  askTopFrame: AskTopFrame;
  sleep(ms: number): Promise<void>;
  /** Where the job is kept across worker restarts (storage.session). */
  store: JobStore;
  /** Wakes the relay at `when` (an alarm: it survives the worker), or never (null). */
  wakeAt(when: number | null): void;
  /** The guide follows the admin to Together's tab: its side panel (sidebar) bound to that tab. */
  bindPanel(tabId: number): void;
  now?: () => number;
}

/** What the relay asks of the background: the guide's values now, and what to do once Together saved them. */
export interface RelayHooks {
  values(system: SystemId): Promise<Partial<Record<ValueName, string>>>;
  /** Together's Save succeeded (seen on its page, or the admin says so): the summary kept, the values forgotten. */
  saved(system: SystemId, filled: ValueName[]): Promise<{ name: ValueName; host: string | null }[]>;
  /** The job's visible state changed: push it to the panels. */
  changed(): void;
}

/** A stored job as it was kept; anything malformed is dropped, never trusted. */
export function readJob(stored: unknown): Job | null {
  const j = stored as Partial<Job> | null;
  if (!j || typeof j !== 'object' || !isSystemId(j.system) || typeof j.tabId !== 'number' || typeof j.phase !== 'string') return null;
  if (typeof j.startedAt !== 'number' || typeof j.changedAt !== 'number' || typeof j.message !== 'string') return null;
  return j as Job;
}
