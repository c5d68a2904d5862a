import { browser } from 'wxt/browser';
import type { ValueName } from '../contracts/values';
import { setupRecord } from '../guides/setup-record';
import { createRelay, type RelayDeps } from '../relay/relay';
import { systemValues, type SystemId } from '../systems/catalog';
import type { Vault } from '../vault/vault';
import type { RecordEvidence, Refresh } from './deps';
import type { ProgressStore } from './progress';
import type { SidePanel } from './side-panel';
import { relayJobItem } from './storage-items';

/** Ends a Send that waited too long (for Together, or for its Save): an alarm survives the worker. */
export const RELAY_ALARM = 'relay-deadline';

export interface RelayPartDeps {
  vault: Pick<Vault, 'all' | 'origins' | 'remove'>;
  progress: Pick<ProgressStore, 'get' | 'addRecord'>;
  recordEvidence: RecordEvidence;
  sidePanel: Pick<SidePanel, 'bind'>;
  refresh: Refresh;
  /** Together's tabs and the question to a tab's page, as the background has them. */
  relayDeps: Pick<RelayDeps, 'findTogetherTabs' | 'openTab' | 'focusTab' | 'getTab' | 'sleep' | 'askTopFrame'>;
}

/**
 * "Send to Together" in the background: the relay job (utils/relay) kept in storage.session, woken
 * by an alarm, bound to Together's tab's side panel; and what happens once Together saved: the
 * change record, the values forgotten, the guide's last step done.
 */
export function createRelayPart({ vault, progress, recordEvidence, sidePanel, refresh, relayDeps }: RelayPartDeps) {
  /** The guide's captured values that Together's form takes. */
  async function guideValues(guideId: SystemId): Promise<Partial<Record<ValueName, string>>> {
    const all = await vault.all();
    return Object.fromEntries(systemValues(guideId).flatMap((n) => (all[n] === undefined ? [] : [[n, all[n]]])));
  }
  return createRelay(
    {
      ...relayDeps,
      store: relayJobItem,
      wakeAt: (when) =>
        void (when === null ? browser.alarms.clear(RELAY_ALARM) : browser.alarms.create(RELAY_ALARM, { when })).catch(() => undefined),
      bindPanel: (tabId) => sidePanel.bind(tabId),
    },
    {
      values: guideValues,
      async saved(guideId, filled) {
        const [values, origins] = [await guideValues(guideId), await vault.origins()];
        await progress.addRecord(setupRecord(guideId, new Date(), await progress.get(guideId), values, filled));
        await vault.remove(Object.keys(values) as ValueName[]);
        await recordEvidence(guideId, { events: ['relayed'] }); // a system's site has the system's id
        return filled.map((name) => ({ name, host: origins[name] ? new URL(origins[name]).host : null }));
      },
      changed: () => void refresh(),
    },
  );
}
