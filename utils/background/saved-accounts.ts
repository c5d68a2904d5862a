import type { ValueName } from '../contracts/values';
import type { SystemId } from '../systems/catalog';
import type { SiteId } from '../systems/sites';

/** A vendor Save whose values differ from the ones kept: offered to the admin, never kept on its own. */
export interface SavedAccount {
  site: SiteId;
  /** The page origin the Save was on (its host is what the panel names). */
  origin: string;
  values: Partial<Record<ValueName, string>>;
  events: string[];
}

/**
 * Saves that would replace kept values (attack R4-1: a page may fake one), one per guide, held in
 * the worker's memory only (a password may be among them) until the admin says "use it" or "keep
 * mine" in the panel. A worker restart forgets them: the admin saves again.
 */
export function createSavedAccounts() {
  const offers = new Map<SystemId, SavedAccount>();
  return {
    offer: (guide: SystemId, saved: SavedAccount) => void offers.set(guide, saved),
    /** The offer, taken away (used or declined). */
    take(guide: SystemId): SavedAccount | null {
      const saved = offers.get(guide) ?? null;
      offers.delete(guide);
      return saved;
    },
    /** The host of the Save on offer for the guide, if any. */
    hostOf: (guide: SystemId): string | null => {
      const saved = offers.get(guide);
      return saved ? new URL(saved.origin).host : null;
    },
  };
}

export type SavedAccounts = ReturnType<typeof createSavedAccounts>;
