import type { PageReport } from '../guides/panel-state';
import type { SiteId } from '../systems/sites';
import type { StoredValue } from '../vault/vault';

export interface TabPage {
  site: SiteId;
  /** The page's origin, as the browser reported it with the content script's message. */
  origin: string;
  report: PageReport;
  /** The tab started loading another document, and its content script has not reported since. */
  left?: boolean;
  /** The origin the tab showed before it moved to this one (the panel says the tab moved). */
  previousOrigin?: string;
}

/**
 * Which page each tab shows, as last reported by its content script. Not secret; mirrored to
 * storage.session so a restarted service worker still knows (content scripts report only on change).
 */
export function createTabPages(item: StoredValue) {
  let map: Map<number, TabPage> | null = null;

  async function load(): Promise<Map<number, TabPage>> {
    if (map) return map;
    const stored = await item.getValue();
    const loaded = new Map<number, TabPage>(Array.isArray(stored) ? (stored as [number, TabPage][]) : []);
    map ??= loaded;
    return map;
  }
  const persist = async (m: Map<number, TabPage>) => item.setValue([...m]);

  return {
    async get(tabId: number): Promise<TabPage | null> {
      return (await load()).get(tabId) ?? null;
    },
    async set(tabId: number, page: TabPage): Promise<void> {
      const m = await load();
      const before = m.get(tabId);
      const previousOrigin = before && before.origin !== page.origin ? before.origin : before?.previousOrigin;
      m.set(tabId, previousOrigin ? { ...page, previousOrigin } : page);
      await persist(m);
    },
    async tabs(): Promise<number[]> {
      return [...(await load()).keys()];
    },
    /**
     * The tab is loading a new document: what the old one offered (captures, fields, checks) is gone,
     * while the step it showed stays until the new page reports (the side panel does not flicker).
     */
    async leaving(tabId: number): Promise<boolean> {
      const m = await load();
      const page = m.get(tabId);
      if (!page || page.left) return false;
      m.set(tabId, {
        ...page,
        left: true,
        report: { ...page.report, available: [], fillable: [], checks: [], fixes: [], fingerprints: {} },
      });
      await persist(m);
      return true;
    },
    /** The new document has loaded and no content script of ours reported from it (a host we skip): forget the page. */
    async dropIfLeft(tabId: number): Promise<boolean> {
      const m = await load();
      if (!m.get(tabId)?.left) return false;
      m.delete(tabId);
      await persist(m);
      return true;
    },
    async remove(tabId: number): Promise<void> {
      const m = await load();
      if (m.delete(tabId)) await persist(m);
    },
  };
}

export type TabPages = ReturnType<typeof createTabPages>;
