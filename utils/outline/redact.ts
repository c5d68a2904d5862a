import { isUiWord as inVocabulary } from './vocabulary';

/** Each line is capped, and so is the whole outline: it is pasted into a support message. */
const MAX_LINE = 100;

/** Five-letter words of the vendors' admin UIs: every other five-letter run may be a Customer API key. */
export const UI_WORDS: ReadonlySet<string> = new Set(
  'users roles email admin reset login title items field value other types group pages tools about close state phone start ended where after never cards grant token learn setup basic total notes names dates rules teams sites links alert error files'.split(
    ' ',
  ),
);
/** Punctuation a word may carry around it in running text. */
const EDGES = /^[("'[{¿¡]+|[)"'\]}:;,.!?]+$/g;

/** Whether one word could be a secret: a key, a password (with or without digits), an id. */
function couldBeSecret(word: string): boolean {
  const core = word.replace(EDGES, '');
  if (!core) return false;
  // Keys and passwords mixing letters and digits.
  if (/\d/.test(core) && /[A-Za-z]/.test(core) && core.length >= 4) return true;
  // Symbols inside a word (k(7Pq!xZr^, p@ss*word); "e-mail" and "Add/Change" are words.
  if (/[^A-Za-z0-9\u00c0-\u024f]/.test(core) && !/^[A-Za-z\u00c0-\u024f]+(?:[-/'’][A-Za-z\u00c0-\u024f]+)*$/.test(core)) return true;
  // Letters only, five of them: the shape of a Customer API key (about one in five has no digit).
  if (/^[A-Za-z]{5}$/.test(core) && !UI_WORDS.has(core.toLowerCase())) return true;
  // Case changing inside a long word: generated passwords and ids (kPqXzrTm, CorrectHorse).
  if (core.length >= 8 && /[a-z][A-Z]/.test(core)) return true;
  // Joined words (Harbor-Sunset-Bridge, Add/Change, E-mail): every part of four letters or more must
  // be a word of the interface; one word of six letters or more too (QPLZWXMKRTVN, KXQWPL).
  const parts = core.split(/[-/'’]/);
  const isUiWord = (part: string) => inVocabulary(part) || UI_WORDS.has(part.toLowerCase());
  return parts.some((part) => /^[A-Za-z\u00c0-\u024f]+$/.test(part) && part.length >= (parts.length > 1 ? 4 : 6) && !isUiWord(part));
}

/**
 * Text that might be a value even though it sits in a heading or label ("Customer API Key: B7K2Q"):
 * every word that could be a secret (see couldBeSecret), e-mail addresses and long numbers are replaced.
 */
export function redact(text: string): string {
  return text
    .split(/[\s\u00a0]+/)
    .filter(Boolean)
    .map((word) => (word.includes('@') ? '[e-mail]' : couldBeSecret(word) ? '[redacted]' : word.replace(/\d{3,}/g, '[number]')))
    .join(' ')
    .slice(0, MAX_LINE);
}

/** A URL path with every segment that is not a plain page or folder name replaced (tenants, ids, tokens). */
export function redactPath(pathname: string): string {
  return pathname
    .split('/')
    .map((seg) => {
      const name = decodeURIComponentSafe(seg);
      return !name || (/^[A-Za-z]+(?:\.(?:aspx?|html?))?$/.test(name) && !couldBeSecret(name.replace(/\.\w+$/, ''))) ? seg : '[redacted]';
    })
    .join('/');
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
