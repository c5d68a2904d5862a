/** The guide's side panel page (WXT's `sidepanel` entrypoint). Never web-accessible: no page can frame, fetch or open it. */
export const SIDE_PANEL_PAGE = 'sidepanel.html';

/** The side panel's address for one tab: the page reads its tab from it. */
export const sidePanelPath = (tabId: number): `${typeof SIDE_PANEL_PAGE}?tab=${number}` => `${SIDE_PANEL_PAGE}?tab=${tabId}`;

/** The tab a side panel page guides, from its address; null for the browser's default panel. */
export function panelTab(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  return raw !== null && /^\d{1,10}$/.test(raw) ? Number(raw) : null;
}
