import { ProtocolError } from '../../contracts/envelope';
import { t } from '../../i18n/i18n';
import type { Handlers } from '../../protocol/router';
import type { SidePanel } from '../side-panel';

/** What the panel handler needs. */
export interface PanelHandlerDeps {
  sidePanel: Pick<SidePanel, 'openFor'>;
}

/** The launcher in a vendor page opens the guide's side panel for its tab. */
export function panelHandlers({ sidePanel }: PanelHandlerDeps): Pick<Handlers, 'page/open-panel'> {
  return {
    // Not async, and nothing awaited: the admin's click counts only in this turn (router.ts).
    'page/open-panel'(_msg, from) {
      if (from.kind !== 'content-script') return null;
      if (!sidePanel.openFor(from.tabId)) throw new ProtocolError('forbidden', t('launcher_toolbar'));
      return null;
    },
  };
}
