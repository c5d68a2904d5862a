import { guideForSite } from '../../guides/registry';
import type { Handlers } from '../../protocol/router';
import { behaviourOf } from '../../systems/registry';
import type { Vault } from '../../vault/vault';
import type { KeepValues, RecordEvidence, Refresh } from '../deps';
import type { SavedAccounts, SavedAccount } from '../saved-accounts';

/** What the Save handlers need. */
export interface SaveDeps {
  vault: Pick<Vault, 'all'>;
  savedAccounts: SavedAccounts;
  keepValues: KeepValues;
  recordEvidence: RecordEvidence;
  refresh: Refresh;
}

/**
 * The vendor's Save on a watched form (UKG's Add/Change Service Account): what it proves and the
 * account it holds. A Save never replaces values already kept (attack R4-1: a page may fake one):
 * the panel asks "Use the account saved on <host>?" and only the admin's yes keeps it — with the
 * events it proves, which are bound to it.
 */
export function saveHandlers(deps: SaveDeps): Pick<Handlers, 'page/form-saved' | 'form/use-saved'> {
  const { vault, savedAccounts, keepValues, recordEvidence, refresh } = deps;
  const keep = async (saved: SavedAccount) => {
    await recordEvidence(saved.site, { events: saved.events });
    await keepValues(saved.site, saved.values, saved.origin);
  };
  return {
    async 'page/form-saved'(msg, from) {
      const behaviour = from.kind === 'content-script' ? behaviourOf(from.site) : null;
      const guide = from.kind === 'content-script' ? guideForSite(from.site) : null;
      if (from.kind !== 'content-script' || !behaviour || !guide) return null;
      // Only what the sender's own system declares: its Save's events, its values.
      const saved: SavedAccount = {
        site: from.site,
        origin: from.url.origin,
        events: msg.events.filter((e) => behaviour.saveEvents.includes(e)),
        values: Object.fromEntries(Object.entries(msg.values).filter(([name]) => Object.hasOwn(behaviour.values, name))),
      };
      const kept = await vault.all();
      const replaces = Object.entries(saved.values).some(([name, value]) => {
        const old = kept[name as keyof typeof kept];
        return old !== undefined && old.trim() !== value.trim();
      });
      if (replaces) savedAccounts.offer(guide.id, saved);
      else await keep(saved);
      await refresh(from.tabId);
      return null;
    },
    async 'form/use-saved'(msg) {
      const saved = savedAccounts.take(msg.system);
      if (saved && msg.use) await keep(saved);
      await refresh();
      return null;
    },
  };
}
