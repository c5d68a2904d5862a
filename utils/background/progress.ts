import { createStore, get, set, del, type UseStore } from 'idb-keyval';
import type { SetupRecord } from '../guides/setup-record';
import { EMPTY_PROGRESS, type Progress } from '../contracts/guide';
import type { SystemId } from '../systems/catalog';

/**
 * Guide progress in IndexedDB of the extension's own origin (idb-keyval; background only, never in
 * a content script, where it would open the vendor site's database). Non-secret by construction:
 * page ids, value names, events and the service account's user name.
 */
export function createProgressStore(store: UseStore = createStore('together-setup-assistant', 'progress')) {
  const key = (guide: SystemId) => `progress:${guide}`;
  // Updates read, change and write: run them one at a time so none overwrites another.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    async get(guide: SystemId): Promise<Progress> {
      const p = await get<Progress>(key(guide), store);
      return p ? { ...EMPTY_PROGRESS, ...p } : EMPTY_PROGRESS;
    },
    update(guide: SystemId, change: (p: Progress) => Progress): Promise<Progress> {
      const run = queue.then(async () => {
        const next = change(await this.get(guide));
        await set(key(guide), next, store);
        return next;
      });
      queue = run.catch(() => undefined);
      return run;
    },
    reset: (guide: SystemId) => del(key(guide), store),
    /** Setup records (non-secret), newest last; kept until the admin clears them. */
    async records(): Promise<SetupRecord[]> {
      return (await get<SetupRecord[]>('setup-records', store)) ?? [];
    },
    async addRecord(record: SetupRecord): Promise<void> {
      await set('setup-records', [...(await this.records()), record].slice(-50), store);
    },
  };
}

export type ProgressStore = ReturnType<typeof createProgressStore>;
