import type { Guide, GuideEvent, GuideStep, Progress, StepMark } from '../contracts/guide';
import type { ValueName } from '../contracts/values';

/** A step's state as the guide shows it. */
export type StepStatus = 'done' | 'skipped' | 'to-do';

/** What the extension saw of a step: its pages, values or event, or a later page that proves it. */
function observed(step: GuideStep, p: Progress): boolean {
  const d = step.done;
  if (step.provedBy?.some((page) => p.visited.includes(page))) return true;
  if ('visited' in d) return d.visited.some((page) => p.visited.includes(page));
  if ('captured' in d) return d.captured.every((v) => p.captured.includes(v));
  return p.events.includes(d.event);
}

/** The page on screen counts as visited, even right after the progress was reset. */
export function withCurrentPage(progress: Progress, pageId: string | null): Progress {
  return pageId && !progress.visited.includes(pageId) ? { ...progress, visited: [...progress.visited, pageId] } : progress;
}

/**
 * Every step's status. The admin's own word comes first (done, skipped, or open again); then what
 * was seen. A navigation step ("open this page") also counts as done once any later step is done:
 * the admin evidently got there, whichever way.
 */
export function stepStatuses(guide: Guide, progress: Progress, pageId: string | null): StepStatus[] {
  const seen = withCurrentPage(progress, pageId);
  const marks = progress.marks;
  const status = guide.steps.map((s): StepStatus => {
    const mark = marks[s.id];
    if (mark === 'skipped') return 'skipped';
    if (mark === 'done') return 'done';
    return mark !== 'open' && observed(s, seen) ? 'done' : 'to-do';
  });
  for (let i = status.length - 2; i >= 0; i--) {
    const s = guide.steps[i]!;
    if (status[i] === 'to-do' && marks[s.id] !== 'open' && 'visited' in s.done && status.slice(i + 1).includes('done')) status[i] = 'done';
  }
  return status;
}

/** Done flags (a skipped step counts as dealt with). */
export function doneSteps(guide: Guide, progress: Progress, pageId: string | null): boolean[] {
  return stepStatuses(guide, progress, pageId).map((s) => s !== 'to-do');
}

export const isFinished = (guide: Guide, progress: Progress): boolean => doneSteps(guide, progress, null).every(Boolean);

/** How the admin's page relates to the current step: on its page, on the page leading to it, or elsewhere. */
export type StepPlace = 'on-page' | 'via' | 'elsewhere';

export interface CurrentStep {
  step: GuideStep;
  index: number;
  /** How the admin's page relates to the step: on its page, on the page leading to it, or elsewhere. */
  place: StepPlace;
  /** Unfinished steps before this one (the admin went ahead: they are listed as still open). */
  openBefore: number[];
}

/**
 * The step for the page the admin is on: the first unfinished step that happens on this page (or
 * on the page leading to it); when this page's steps are all done or skipped, the next unfinished
 * one after them. On any other page, the first unfinished step in guide order. When every step is
 * done, the last one.
 */
export function currentStep(guide: Guide, pageId: string | null, progress: Progress): CurrentStep {
  const done = doneSteps(guide, progress, pageId);
  const here = (s: GuideStep) => pageId !== null && (s.page === pageId || s.via?.page === pageId);
  let index = guide.steps.findIndex((s, i) => !done[i] && here(s));
  // Every step of this page done or skipped: the next one of the flow after them, not an earlier one
  // (those stay listed as still open); on a page no step is on, the first unfinished.
  const lastHere = guide.steps.findLastIndex(here);
  if (index < 0 && lastHere >= 0) index = done.findIndex((d, i) => !d && i > lastHere);
  if (index < 0) index = done.indexOf(false);
  if (index < 0) index = guide.steps.length - 1;
  const step = guide.steps[index]!;
  const place = step.page === pageId ? 'on-page' : step.via?.page === pageId ? 'via' : 'elsewhere';
  const openBefore = done.slice(0, index).flatMap((d, i) => (d ? [] : [i]));
  return { step, index, place, openBefore };
}

/** Something that happened on a page: what `record` adds to a guide's progress. */
export interface Evidence {
  captured?: readonly ValueName[];
  events?: readonly GuideEvent[];
  visited?: string;
  accountName?: string;
  /** Where the account name was seen (null: typed in). */
  accountOrigin?: string | null;
}

const addAll = <T>(list: readonly T[], items: readonly T[]): T[] => [...new Set([...list, ...items])];

/**
 * Progress with new evidence added. A step the admin went back to ("open") is done again once
 * evidence for it comes in.
 */
export function withEvidence(guide: Guide, p: Progress, e: Evidence): Progress {
  const next: Progress = {
    ...p,
    visited: e.visited ? addAll(p.visited, [e.visited]) : p.visited,
    captured: addAll(p.captured, e.captured ?? []),
    events: addAll(p.events, e.events ?? []),
    accountName: e.accountName ?? p.accountName,
    accountOrigin: e.accountName ? (e.accountOrigin ?? null) : p.accountOrigin,
  };
  const proves = (s: GuideStep) => {
    const d = s.done;
    if (e.visited && s.provedBy?.includes(e.visited)) return true;
    if ('visited' in d) return e.visited !== undefined && d.visited.includes(e.visited);
    if ('captured' in d) return d.captured.some((v) => e.captured?.includes(v));
    return e.events?.includes(d.event) ?? false;
  };
  const reopened = guide.steps.filter((s) => p.marks[s.id] === 'open' && proves(s)).map((s) => s.id);
  if (reopened.length) next.marks = Object.fromEntries(Object.entries(p.marks).filter(([id]) => !reopened.includes(id)));
  return next;
}

/** The admin's word on one step (null: take it back). */
export function withMark(p: Progress, stepId: string, mark: StepMark | null): Progress {
  const { [stepId]: _, ...rest } = p.marks;
  return { ...p, marks: mark ? { ...rest, [stepId]: mark } : rest };
}

/**
 * Values entered by hand (the paste-in form) finish the guide as captures would: once they complete
 * the guide's set (values the settings exclude count as there), every step before the last value's
 * is taken as done, the vendor's own pages having shown the admin those values. Captured values
 * never do this: there the extension sees each step done (a Save with the right rights) or not.
 */
export function withHandEnteredSet(guide: Guide, p: Progress, excluded: readonly ValueName[]): Progress {
  const collected = guide.steps.flatMap((s) => ('captured' in s.done ? s.done.captured : []));
  if (!collected.length || !collected.every((v) => p.captured.includes(v) || excluded.includes(v))) return p;
  const last = guide.steps.findLastIndex((s) => 'captured' in s.done);
  const events = guide.steps.slice(0, last).flatMap((s) => ('event' in s.done ? [s.done.event] : []));
  return withEvidence(guide, p, { events });
}
