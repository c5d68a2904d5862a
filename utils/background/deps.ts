import type { ValueName } from '../contracts/values';
import type { Evidence } from '../guides/steps';
import type { ToContent } from '../protocol/messages';
import type { SenderClass } from '../protocol/sender';
import type { EffectiveSettings } from '../settings/settings';
import type { SiteId } from '../systems/sites';

/**
 * The operations the background's parts share, each declared once: handlers and helpers name the
 * ones they need in their own dependency interfaces, and tests hand them fakes.
 */

/** Pushes fresh state to the open side panels and tells tabs what to show (one tab, or every tab with a system's page). */
export type Refresh = (tabId?: number) => Promise<void>;
/** Records what was seen on a site's pages in its guide's progress (the default guide's for none). */
export type RecordEvidence = (site: SiteId | null, change: Evidence) => Promise<void>;
/** Keeps values that pass their checks (for the lifetime in force) and records them; returns the refusals' reasons. */
export type KeepValues = (
  site: SiteId | null,
  values: Partial<Record<ValueName, string>>,
  origin?: string | null,
  byHand?: boolean,
) => Promise<string[]>;
/** The tab a request is about: a content script's own, or the one the side panel names. */
export type TabOf = (from: SenderClass, msg: { tabId?: number }) => number | null;
/** A message to a tab's top-frame content script: its answer, or a rejection (a `timeout` after a while). */
export type SendToTopFrame = (tabId: number, message: ToContent) => Promise<unknown>;
export type { AskTopFrame } from '../protocol/messages';
/** The settings in force (policy over the admin's choices over defaults). */
export type ReadSettings = () => Promise<EffectiveSettings>;
