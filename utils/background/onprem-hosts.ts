import { browser } from 'wxt/browser';
import { onPremSystem } from '../systems/registry';
import { onPremOriginsItem } from './storage-items';

/** The system that runs on hosts the admin adds (utils/systems/<id>/basics.ts `onPrem`). */
const SYSTEM = onPremSystem();
/** Non-secret: the on-premises origins the admin added. */
const originsItem = onPremOriginsItem(SYSTEM?.id ?? 'none');

export const scriptId = (origin: string) => `${SYSTEM?.id}:${origin}`;
/** Only the system's app path on that origin, like the cloud match pattern. */
export const onPremMatch = (origin: string) => SYSTEM?.onPrem.match(origin) ?? `${origin}/nothing/`;
const permissionPattern = (origin: string) => `${origin}/*`;

/**
 * On-premises and vanity hosts, added by the admin at run time: the browser grants the origin (an
 * optional host permission requested from our options page), then the system's content scripts
 * are registered for it. Removing the address revokes both. The list is re-checked at start-up
 * against what the browser still grants.
 */
export function createOnPremHosts() {
  async function stored(): Promise<string[]> {
    const v = await originsItem.getValue();
    return Array.isArray(v) ? v.filter((o): o is string => typeof o === 'string') : [];
  }
  const save = (origins: string[]) => originsItem.setValue(origins);
  const granted = (origin: string) => browser.permissions.contains({ origins: [permissionPattern(origin)] });

  async function registered(): Promise<Set<string>> {
    const scripts = await browser.scripting.getRegisteredContentScripts();
    return new Set(scripts.map((s) => s.id));
  }

  async function register(origin: string) {
    if ((await registered()).has(scriptId(origin))) return;
    await browser.scripting.registerContentScripts([
      {
        id: scriptId(origin),
        matches: [onPremMatch(origin)],
        js: [...(SYSTEM?.onPrem.scripts ?? [])],
        runAt: 'document_idle',
        allFrames: false,
      },
    ]);
  }

  async function unregister(origin: string) {
    if ((await registered()).has(scriptId(origin))) await browser.scripting.unregisterContentScripts({ ids: [scriptId(origin)] });
  }

  return {
    list: stored,
    async add(origin: string): Promise<string[]> {
      if (!SYSTEM || !(await granted(origin))) throw new Error('not granted');
      await register(origin);
      const list = await stored();
      if (!list.includes(origin)) await save([...list, origin]);
      return stored();
    },
    async remove(origin: string): Promise<string[]> {
      await unregister(origin);
      await browser.permissions.remove({ origins: [permissionPattern(origin)] }).catch(() => false);
      await save((await stored()).filter((o) => o !== origin));
      return stored();
    },
    /** Brings registrations in line with the list and the browser's grants (start-up, permission changes). */
    async sync(): Promise<string[]> {
      const list = await stored();
      const stillGranted: string[] = [];
      for (const origin of list) {
        if (await granted(origin)) {
          await register(origin);
          stillGranted.push(origin);
        } else await unregister(origin);
      }
      if (stillGranted.length !== list.length) await save(stillGranted);
      return stillGranted;
    },
  };
}

export type OnPremHosts = ReturnType<typeof createOnPremHosts>;
