import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { createOnPremHosts, onPremMatch, scriptId } from '@/utils/background/onprem-hosts';

const ORIGIN = 'https://vp.acme-engineering.com';
const VP = 'vantagepoint';

/** The browser's grants and registered scripts, faked (the fake browser has neither). */
function fakePlatform(granted: boolean) {
  const scripts = new Map<string, unknown>();
  const grants = new Set(granted ? [`${ORIGIN}/*`] : []);
  vi.spyOn(browser.permissions, 'contains').mockImplementation((async (p: { origins: string[] }) =>
    p.origins.every((o) => grants.has(o))) as never);
  vi.spyOn(browser.permissions, 'remove').mockImplementation((async (p: { origins: string[] }) => {
    p.origins.forEach((o) => grants.delete(o));
    return true;
  }) as never);
  Object.assign(browser, {
    scripting: {
      getRegisteredContentScripts: async () => [...scripts.values()],
      registerContentScripts: async (list: { id: string }[]) => list.forEach((s) => scripts.set(s.id, s)),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => ids.forEach((id) => scripts.delete(id)),
    },
  });
  return { scripts, grants };
}

describe('on-premises Vantagepoint hosts', () => {
  beforeEach(() => fakeBrowser.reset());

  it('registers the Vantagepoint script for a granted origin, on its app path only, and remembers it', async () => {
    const { scripts } = fakePlatform(true);
    const hosts = createOnPremHosts();
    expect(await hosts.add(VP, ORIGIN)).toEqual([ORIGIN]);
    expect(scripts.get(scriptId(VP, ORIGIN))).toMatchObject({
      matches: [onPremMatch(VP, ORIGIN)],
      js: ['content-scripts/vantagepoint.js'],
      allFrames: false,
    });
    expect(onPremMatch(VP, ORIGIN)).toBe(`${ORIGIN}/*/app/*`);
    expect(await hosts.list(VP)).toEqual([ORIGIN]);
  });

  it('refuses an origin the browser has not granted', async () => {
    const { scripts } = fakePlatform(false);
    await expect(createOnPremHosts().add(VP, ORIGIN)).rejects.toThrow();
    expect(scripts.size).toBe(0);
  });

  it('removing revokes the permission and the script', async () => {
    const { scripts, grants } = fakePlatform(true);
    const hosts = createOnPremHosts();
    await hosts.add(VP, ORIGIN);
    expect(await hosts.remove(VP, ORIGIN)).toEqual([]);
    expect(scripts.size).toBe(0);
    expect(grants.size).toBe(0);
  });

  it('drops an origin whose permission the admin withdrew in the browser', async () => {
    const { scripts, grants } = fakePlatform(true);
    const hosts = createOnPremHosts();
    await hosts.add(VP, ORIGIN);
    grants.clear();
    expect(await hosts.sync()).toEqual([]);
    expect(scripts.size).toBe(0);
  });

  it('keeps each system’s list apart: a system without on-premises support adds nothing', async () => {
    const { scripts } = fakePlatform(true);
    const hosts = createOnPremHosts();
    await expect(hosts.add('ukg-pro', ORIGIN)).rejects.toThrow();
    expect(await hosts.list('ukg-pro')).toEqual([]);
    await hosts.add(VP, ORIGIN);
    expect(await hosts.list('ukg-pro')).toEqual([]);
    expect([...scripts.keys()]).toEqual([scriptId(VP, ORIGIN)]);
  });
});
