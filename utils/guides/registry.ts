import type { Guide, GuideStep, Progress } from '../contracts/guide';
import type { GuideId } from '../systems/catalog';
import { systemForSite, systemList } from '../systems/registry';

/** A guide of a registered system. */
export type KnownGuide = Guide & { id: GuideId };

/** Every system's guide, by the system's id. */
export const GUIDES = Object.fromEntries(systemList().map((s) => [s.id, s.guide])) as { [Id in GuideId]: Guide & { id: Id } };

/** Guides in the registry's order; the first is where a side panel with no tab starts. */
export const guideList = (): KnownGuide[] => systemList().map((s) => s.guide);

export function guideForSite(site: string): KnownGuide | null {
  return systemForSite(site)?.guide ?? null;
}

export function isStepDone(step: GuideStep, p: Progress): boolean {
  const d = step.done;
  if ('visited' in d) return d.visited.some((page) => p.visited.includes(page));
  if ('captured' in d) return d.captured.every((v) => p.captured.includes(v));
  return p.events.includes(d.event);
}

/**
 * Done flags for every step. A navigation step ("open this page") also counts as done once any
 * later step is done: the admin evidently got there, whichever way.
 */
export function doneSteps(guide: Guide, progress: Progress, pageId: string | null): boolean[] {
  const seen = withCurrentPage(progress, pageId);
  const done = guide.steps.map((s) => isStepDone(s, seen));
  for (let i = done.length - 2; i >= 0; i--) {
    if ('visited' in guide.steps[i]!.done && done.slice(i + 1).some(Boolean)) done[i] = true;
  }
  return done;
}

/** The page on screen counts as visited, even right after the progress was reset. */
export function withCurrentPage(progress: Progress, pageId: string | null): Progress {
  return pageId && !progress.visited.includes(pageId) ? { ...progress, visited: [...progress.visited, pageId] } : progress;
}

export interface CurrentStep {
  step: GuideStep;
  index: number;
  /** How the admin's page relates to the step: on its page, on the page leading to it, or elsewhere. */
  where: 'on-page' | 'via' | 'elsewhere';
}

/**
 * The step the admin is on: the first step not done yet, in guide order. When every step is done,
 * the last one. What the panel says then depends on whether the admin is on that step's page.
 */
export function currentStep(guide: Guide, pageId: string | null, progress: Progress): CurrentStep {
  let index = doneSteps(guide, progress, pageId).indexOf(false);
  if (index < 0) index = guide.steps.length - 1;
  const step = guide.steps[index]!;
  const where = step.page === pageId ? 'on-page' : step.via?.page === pageId ? 'via' : 'elsewhere';
  return { step, index, where };
}
