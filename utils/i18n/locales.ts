import { browser } from 'wxt/browser';
import { flattenMessages, type LanguageChoice, type Messages } from './i18n';

/** Languages with a complete public/_locales/<code>/messages.json. */
export const LANGUAGES = ['auto', 'en', 'es', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
export const isLanguage = (x: unknown): x is Language => (LANGUAGES as readonly unknown[]).includes(x);

/**
 * The chosen language's messages, read from the extension's own _locales (extension contexts
 * only: content scripts cannot fetch them and get them from the background).
 */
export function createLocaleLoader(fetchLocale = fetchPackaged) {
  const cache = new Map<string, Promise<Messages>>();
  return async (language: Language): Promise<LanguageChoice> => {
    if (language === 'auto') return null;
    if (!cache.has(language)) cache.set(language, fetchLocale(language).then(flattenMessages));
    try {
      return { language, messages: await cache.get(language)! };
    } catch {
      cache.delete(language);
      return null; // the browser's language, rather than no text at all
    }
  };
}

async function fetchPackaged(language: string) {
  const res = await fetch(browser.runtime.getURL(`/_locales/${language}/messages.json` as '/'));
  if (!res.ok) throw new Error(`No messages for ${language}`);
  return res.json();
}
