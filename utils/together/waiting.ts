import type { MessageKey } from '../i18n/i18n';

/**
 * What a fill that waits for Together's page says, by what the page shows (the panel's relay
 * line and the notice on Together's page use the same words). The provider's name fills in.
 */
export const WAITING_FOR: Record<'booting' | 'login' | 'choosing' | 'open-form', MessageKey> = {
  booting: 'relay_wait_booting',
  login: 'relay_wait_login',
  choosing: 'relay_wait_choosing',
  'open-form': 'relay_wait_open_form',
};
