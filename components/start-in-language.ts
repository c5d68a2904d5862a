import { request } from '@/utils/protocol/client';
import { currentLanguage, t, setMessages } from '@/utils/i18n/i18n';

/**
 * Our pages (side panel, options) start in the language chosen in Options: the background has
 * its messages. Without an answer they still start, in the browser's language.
 */
export async function startInLanguage(render: () => unknown) {
  const reply = await request({ type: 'language/get' });
  setMessages(reply.ok ? reply.data : null);
  document.documentElement.lang = currentLanguage();
  document.title = t('ext_name');
  render();
}
