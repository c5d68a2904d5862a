import type { SystemBasics } from '../contracts/system';
import type { ValueName } from '../contracts/values';
import { ukgProBasics } from './ukg-pro/basics';
import { vantagepointBasics } from './vantagepoint/basics';

/**
 * The one list of HR systems, by their light parts (site, Together's form). The id union and the
 * protocol's enum come from it; utils/systems/registry.ts must list the same systems whole.
 */
export const SYSTEM_BASICS = {
  'ukg-pro': ukgProBasics,
  vantagepoint: vantagepointBasics,
} as const satisfies Record<string, SystemBasics>;

export type SystemId = keyof typeof SYSTEM_BASICS;

export const SYSTEM_IDS = Object.keys(SYSTEM_BASICS) as [SystemId, ...SystemId[]];

export const isSystemId = (x: unknown): x is SystemId => typeof x === 'string' && Object.hasOwn(SYSTEM_BASICS, x);

/** The values each system relays to Together, in its form's order. */
export const systemValues = (id: SystemId) => Object.keys(SYSTEM_BASICS[id].together.fields) as ValueName[];

/** How Together names a system (its provider choice, and what we tell the admin). */
export const togetherName = (id: SystemId) => SYSTEM_BASICS[id].together.name;
