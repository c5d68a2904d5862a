import { COMMON_CHECK_FIELDS, type SystemBehaviour } from '../contracts/behaviour';
import type { HrSystem } from '../contracts/system';
import type { ValueName } from '../contracts/values';
import type { SystemId } from './catalog';
import { ukgPro } from './ukg-pro';
import { vantagepoint } from './vantagepoint';

/**
 * Every HR system whole (pages, guide, checks…): for the background and the extension's pages.
 * Content scripts import their own system's parts, or the light catalog, never this.
 * Total over SystemId: a system in the catalog without its definition here does not compile.
 */
export const SYSTEMS: { [Id in SystemId]: HrSystem<Id> } = {
  'ukg-pro': ukgPro,
  vantagepoint,
};

export const systemList = (): HrSystem<SystemId>[] => Object.values(SYSTEMS);

/** The system whose guide runs on a site (source sites are the systems' own). */
export function systemForSite(siteId: string): HrSystem<SystemId> | null {
  return systemList().find((s) => s.site.id === siteId) ?? null;
}

/** What a system's pages report and do; a site of no system (Together's) has no behaviour. */
export const behaviourOf = (siteId: string): SystemBehaviour | null => systemForSite(siteId)?.behaviour ?? null;

const everyName = (of: (b: SystemBehaviour) => readonly string[]) => [...new Set(systemList().flatMap((s) => of(s.behaviour)))];

/** Every check field some system's pages report (the protocol's list). */
export const CHECK_FIELD_NAMES = everyName((b) => [...COMMON_CHECK_FIELDS, ...b.checkFields]);
/** Every one-action fix some system's forms offer. */
export const FIX_NAMES = everyName((b) => Object.keys(b.fixes));
/** Every event some system's Save can prove. */
export const SAVE_EVENT_NAMES = everyName((b) => b.saveEvents);

/** The system whose "Test connection" the captured values allow, if any. */
export function connectionTestFor(values: Partial<Record<ValueName, string>>): HrSystem<SystemId> | null {
  return systemList().find((s) => s.connectionTest?.needs.every((n) => values[n])) ?? null;
}

export type OnPremSystem = HrSystem<SystemId> & { onPrem: NonNullable<HrSystem['onPrem']> };

/** The systems whose app the admin may add on their own hosts (each its own list, setting and options section). */
export const onPremSystems = (): OnPremSystem[] => systemList().filter((s): s is OnPremSystem => !!s.onPrem);
