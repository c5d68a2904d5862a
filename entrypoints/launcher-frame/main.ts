import { browser } from '#imports';
import { t } from '@/utils/i18n/i18n';

/**
 * Firefox's launcher: the one page of ours framed into vendor pages, holding one button. Only an
 * extension document's click may open the sidebar (a content script's may not); the background has
 * already given the tab its own panel page. It sends no message: a framed page of ours is refused
 * by every background handler (utils/protocol/policy.ts), so baiting a click here can only open the guide.
 */
const button = document.getElementById('open') as HTMLButtonElement;
button.textContent = t('launcher_open');
button.addEventListener('click', (e) => {
  if (!e.isTrusted) return;
  // In the click's own turn: Firefox accepts sidebarAction.open() only from a user input handler.
  void (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
});
