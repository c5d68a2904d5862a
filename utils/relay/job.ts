import type { ProtocolError } from '../contracts/envelope';
import type { ValueName } from '../contracts/values';
import type { MessageKey } from '../i18n/i18n';
import type { AskTopFrame, TogetherPageState } from '../protocol/messages';
import type { SystemId } from '../systems/catalog';
import { WAITING_FOR } from '../together/waiting';

/** How long the panel keeps saying how a job that waited ended. */
export const SHOW_ENDED_MS = 60_000;

export type Phase = TogetherPageState | 'opening' | 'left' | 'filled' | 'closed' | 'expired' | 'failed';

/** Phases that need the admin (or are final): the click's answer need not wait any longer. */
export const SETTLED: ReadonlySet<Phase> = new Set(['login', 'open-form', 'left', 'filled', 'closed', 'expired', 'failed']);

export interface Job {
  system: SystemId;
  tabId: number;
  phase: Phase;
  message: string;
  /** Seen Together's sign-in: once the admin is back on any Together page, bring the tab to the form. */
  sawLogin: boolean;
  filling: boolean;
  settled: Promise<void>;
  settle(): void;
  error?: ProtocolError;
  filled?: ValueName[];
  /** The click was answered while the job still waited: the panel's relay line shows how it ends. */
  answered: boolean;
  /** The page has reported (so it is armed). */
  heard: boolean;
  /**
   * The tab's address as last seen: the same integrations address again (tabs.onUpdated
   * "complete") is no navigation, and must not undo a sign-in the page itself reported.
   */
  url?: string;
  changedAt: number;
}

/** Phases after which the job is over. */
export const SETTLED_FINAL: ReadonlySet<Phase> = new Set(['filled', 'closed', 'expired', 'failed']);

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

/** Browser operations the relay needs; the background passes thin wrappers over browser.tabs. */
export interface RelayDeps {
  /** Open Together settings tabs (any section). */
  findTogetherTabs(): Promise<TabInfo[]>;
  openTab(url: string): Promise<TabInfo>;
  /** Activate the tab and its window; navigate it when `url` is given. */
  focusTab(tab: TabInfo, url?: string): Promise<void>;
  getTab(tabId: number): Promise<TabInfo | null>;
  /** A message to the tab's top frame only, and its content script's answer (rejected on time-out). */
  askTopFrame: AskTopFrame;
  sleep(ms: number): Promise<void>;
}

/** What the relay asks of the background: the guide's values now, and what to do after a complete fill. */
export interface RelayHooks {
  values(system: SystemId): Promise<Partial<Record<ValueName, string>>>;
  filled(system: SystemId, filled: ValueName[], values: Partial<Record<ValueName, string>>): Promise<void>;
  /** The job's visible state changed: push it to the panels. */
  changed(): void;
}
