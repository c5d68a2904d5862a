import { browser } from 'wxt/browser';
import type { LanguageChoice } from '../i18n/i18n';

/**
 * The language chosen in Options, for a content script (which cannot read settings or fetch
 * _locales): null when none is chosen or the background does not answer — browser.i18n then speaks.
 */
export async function chosenLanguage(): Promise<LanguageChoice> {
  const reply = (await browser.runtime.sendMessage({ type: 'language/get' }).catch(() => null)) as { data?: LanguageChoice } | null;
  return reply?.data ?? null;
}
