/** The guide panel, an extension page framed into source sites only (its own module: content scripts import it without every site). */
export const PANEL_PAGE = 'guide-panel.html';
