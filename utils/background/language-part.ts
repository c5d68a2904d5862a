import { setMessages, type LanguageChoice } from '../i18n/i18n';
import { createLocaleLoader } from '../i18n/locales';
import type { ReadSettings, SendToTopFrame } from './deps';

export interface LanguageDeps {
  settings: ReadSettings;
  fetchLocale?: Parameters<typeof createLocaleLoader>[0];
  /** The tabs whose content scripts are told a new language (vendor pages and Together's). */
  tabsToTell(): Promise<number[]>;
  sendToTopFrame: SendToTopFrame;
}

/**
 * The language chosen in Options (or by policy): the background's own text (errors, checks, panel
 * state) uses it, and hands it to content scripts and pages, which cannot read settings.
 */
export function createLanguagePart({ settings, fetchLocale, tabsToTell, sendToTopFrame }: LanguageDeps) {
  const loadLocale = createLocaleLoader(fetchLocale);
  const apply = async (): Promise<LanguageChoice> => {
    const choice = await loadLocale((await settings()).values.language);
    setMessages(choice);
    return choice;
  };
  let language = apply();
  return {
    /** The language in force, once its messages are loaded. */
    currentLanguage: () => language,
    /** After a change (Options or policy): content scripts are told; open panels see the state's language and reload. */
    async changeLanguage() {
      language = apply();
      const choice = await language;
      await Promise.all(
        (await tabsToTell()).map((tab) => sendToTopFrame(tab, { type: 'to-page/language', choice }).catch(() => undefined)),
      );
    },
  };
}
