import type { Guide } from '../contracts/guide';
import type { SystemId } from '../systems/catalog';
import { systemForSite, systemList } from '../systems/registry';

/** A guide of a registered system. */
export type KnownGuide = Guide & { id: SystemId };

/** Every system's guide, by the system's id. */
export const GUIDES = Object.fromEntries(systemList().map((s) => [s.id, s.guide])) as { [Id in SystemId]: Guide & { id: Id } };

/** Guides in the registry's order; the first is where a side panel with no tab starts. */
export const guideList = (): KnownGuide[] => systemList().map((s) => s.guide);

export function guideForSite(site: string): KnownGuide | null {
  return systemForSite(site)?.guide ?? null;
}
