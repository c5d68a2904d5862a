import { browser } from 'wxt/browser';
import type { SystemId } from '../systems/catalog';
import { onPremSystems, SYSTEMS } from '../systems/registry';
import { onPremOriginsItem } from './storage-items';

export const scriptId = (system: SystemId, origin: string) => `${system}:${origin}`;
/** Only the system's app path on that origin, like the cloud match pattern. */
export const onPremMatch = (system: SystemId, origin: string) => SYSTEMS[system].onPrem?.match(origin) ?? `${origin}/nothing/`;
const permissionPattern = (origin: string) => `${origin}/*`;

/**
 * On-premises and vanity hosts, added by the admin at run time for a system that has them
 * (utils/systems/<id>/basics.ts `onPrem`), each system its own list: the browser grants the origin
 * (an optional host permission requested from our options page), then the system's content
 * scripts are registered for it. Removing the address revokes both. The lists are re-checked at
 * start-up against what the browser still grants.
 */
export function createOnPremHosts() {
  async function stored(system: SystemId): Promise<string[]> {
    const v = await onPremOriginsItem(system).getValue();
    return Array.isArray(v) ? v.filter((o): o is string => typeof o === 'string') : [];
  }
  const save = (system: SystemId, origins: string[]) => onPremOriginsItem(system).setValue(origins);
  const granted = (origin: string) => browser.permissions.contains({ origins: [permissionPattern(origin)] });

  async function registered(): Promise<Set<string>> {
    const scripts = await browser.scripting.getRegisteredContentScripts();
    return new Set(scripts.map((s) => s.id));
  }

  async function register(system: SystemId, origin: string) {
    if ((await registered()).has(scriptId(system, origin))) return;
    await browser.scripting.registerContentScripts([
      {
        id: scriptId(system, origin),
        matches: [onPremMatch(system, origin)],
        js: [...(SYSTEMS[system].onPrem?.scripts ?? [])],
        runAt: 'document_idle',
        allFrames: false,
      },
    ]);
  }

  async function unregister(system: SystemId, origin: string) {
    const id = scriptId(system, origin);
    if ((await registered()).has(id)) await browser.scripting.unregisterContentScripts({ ids: [id] });
  }

  /** One system's list brought in line with the browser's grants. */
  async function syncOne(system: SystemId): Promise<string[]> {
    const list = await stored(system);
    const stillGranted: string[] = [];
    for (const origin of list) {
      if (await granted(origin)) {
        await register(system, origin);
        stillGranted.push(origin);
      } else await unregister(system, origin);
    }
    if (stillGranted.length !== list.length) await save(system, stillGranted);
    return stillGranted;
  }

  return {
    list: stored,
    async add(system: SystemId, origin: string): Promise<string[]> {
      if (!SYSTEMS[system].onPrem || !(await granted(origin))) throw new Error('not granted');
      await register(system, origin);
      const list = await stored(system);
      if (!list.includes(origin)) await save(system, [...list, origin]);
      return stored(system);
    },
    async remove(system: SystemId, origin: string): Promise<string[]> {
      await unregister(system, origin);
      await browser.permissions.remove({ origins: [permissionPattern(origin)] }).catch(() => false);
      await save(
        system,
        (await stored(system)).filter((o) => o !== origin),
      );
      return stored(system);
    },
    /** Brings registrations in line with the lists and the browser's grants (start-up, permission changes): every system's origins. */
    async sync(): Promise<string[]> {
      const all: string[] = [];
      for (const s of onPremSystems()) all.push(...(await syncOne(s.id)));
      return all;
    },
  };
}

export type OnPremHosts = ReturnType<typeof createOnPremHosts>;
