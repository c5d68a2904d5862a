import type { LanguageChoice } from '../i18n/i18n';
import type { ValueName } from '../contracts/values';
import type { OutlineLine } from '../dom/outline';
import type { SystemId } from '../systems/catalog';

// Background → content script (tabs.sendMessage). Only the extension can send these, so the
// content scripts check them with plain type guards instead of carrying zod.

export type ToContent =
  | { type: 'to-page/read'; value: ValueName }
  | {
      type: 'to-page/guide';
      anchor: string | null;
      accountName: string | null;
      /** The step in words, beside the highlighted target ("Step 2 of 8 · … — in the guide beside the page"). */
      callout: string | null;
      /** The step's number: the callout shrinks to a pin showing it where its words would cover the page. */
      pin: string | null;
      /** Show the launcher: the guide is unfinished and its side panel is closed for this tab. */
      launcher: boolean;
    }
  | { type: 'to-page/fix'; fix: string }
  | { type: 'to-page/fill'; values: Partial<Record<ValueName, string>> }
  | { type: 'to-page/language'; choice: LanguageChoice }
  | { type: 'to-page/outline' }
  | { type: 'to-together/fill'; system: SystemId; values: Partial<Record<ValueName, string>> }
  /** A fill waits for this Together page: open the provider's form if it can, report what it sees. */
  | { type: 'to-together/arm'; system: SystemId }
  | { type: 'to-together/disarm' };

export interface PageReadResult {
  value: string | null;
}

/**
 * What a content script answers to each background message, declared once: the content scripts'
 * handlers are typed by it (utils/in-page/listen.ts), and the background's asks (`askTopFrame`). The
 * answer comes from a page's renderer, so the background still checks what it uses.
 */
export interface ContentReplies {
  'to-page/read': PageReadResult;
  'to-page/guide': void;
  'to-page/fix': void;
  'to-page/fill': { filled: ValueName[] };
  'to-page/language': void;
  'to-page/outline': { lines: OutlineLine[] };
  'to-together/fill': FillReport;
  'to-together/arm': void;
  'to-together/disarm': void;
}

/** A question to a tab's top-frame content script: its answer as declared above, or null when nobody is there. */
export type AskTopFrame = <M extends ToContent>(tabId: number, message: M) => Promise<ContentReplies[M['type']] | null>;

/** What the Together page reports after a fill request. */
export interface FillReport {
  state: 'filled' | 'login' | 'no-form' | 'wrong-page';
  filled: ValueName[];
  missing: ValueName[];
  /** Of the missing: values for which two fields passed every rule (neither was written into). */
  ambiguous?: ValueName[];
}
