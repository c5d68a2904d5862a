import { browser } from 'wxt/browser';
import type EN from '../../public/_locales/en/messages.json';

/**
 * Each system's own messages (its folder's `messages/en.json`, joined to the generic ones at build
 * time): each system adds their keys to this interface from its folder (`messages.ts`).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface SystemMessages {}

/**
 * A message of public/_locales/en/messages.json or of a system's own messages (the other locales
 * are tested to have the same keys).
 */
export type MessageKey = keyof typeof EN | keyof SystemMessages;
/** A locale's messages with placeholders resolved to `$1`…`$9`, ready for substitution. */
export type Messages = Record<string, string>;
type Substitution = string | number;

/**
 * The admin can pick a language in Options, but `browser.i18n` always follows the browser's own.
 * When they do, the background hands every context the chosen locale's messages and `t` reads
 * those; otherwise it is plain `browser.i18n.getMessage`.
 */
export type LanguageChoice = { language: string; messages: Messages } | null;
let chosen: LanguageChoice = null;

export function setMessages(choice: LanguageChoice) {
  chosen = choice;
}

export function t(key: MessageKey, ...subs: Substitution[]): string {
  const strings = subs.map(String);
  const own = chosen?.messages[key];
  if (own !== undefined) return formatMessage(own, strings);
  // WXT types getMessage for its own i18n module's keys; ours are checked by MessageKey.
  return (browser.i18n.getMessage as (name: string, subs: string[]) => string)(key, strings) || key;
}

/** The language the messages are in (`en`, `es`, `fr`), for `lang` attributes and plural rules. */
export function currentLanguage(): string {
  return chosen?.language ?? t('language_code');
}

/** `one` or `other` form by the language's plural rules (French counts 0 as one). */
export function plural(n: number, one: MessageKey, other: MessageKey, ...subs: Substitution[]): string {
  return t(new Intl.PluralRules(currentLanguage()).select(n) === 'one' ? one : other, n, ...subs);
}

/** `$1`…`$9` as browser.i18n does; `$$` is a dollar sign. */
export function formatMessage(message: string, subs: string[]): string {
  return message.replace(/\$(\d|\$)/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

interface LocaleFile {
  [key: string]: { message: string; placeholders?: Record<string, { content: string }> };
}

/** A messages.json as `t` reads it: `$NAME$` placeholders replaced by their content. */
export function flattenMessages(file: LocaleFile): Messages {
  const out: Messages = {};
  for (const [key, { message, placeholders = {} }] of Object.entries(file)) {
    const byName = Object.fromEntries(Object.entries(placeholders).map(([name, p]) => [name.toLowerCase(), p.content]));
    out[key] = message.replace(/\$([a-z0-9_@]+)\$/gi, (_, name: string) => byName[name.toLowerCase()] ?? '');
  }
  return out;
}

/** A date and time as the admin's language writes it ("Dec 8, 2026, 9:29 PM"). */
export const formatDateTime = (at: number) =>
  new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(at);
