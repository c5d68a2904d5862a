import { z } from 'zod/mini';
import { SYSTEM_IDS, type SystemId } from '../systems/catalog';
import { CHECK_FIELD_NAMES, FIX_NAMES, SAVE_EVENT_NAMES } from '../systems/registry';
import type { LanguageChoice } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/locales';
import { VALUE_NAMES, type ValueName } from '../contracts/values';
import type { ServiceTestResult } from '../contracts/connection';
import type { SetupRecord } from '../guides/setup-record';
import type { PanelState } from '../guides/panel-view';
import { SHOW_ON_PAGES, type EffectiveSettings } from '../settings/settings';

/**
 * Messages the background accepts. Every one is a strict object (unknown keys are rejected) and
 * small: strings and lists have caps so a forged message cannot make the worker hold megabytes.
 * Who may send each one is in utils/protocol/policy.ts.
 */
const valueName = z.enum(VALUE_NAMES as [ValueName, ...ValueName[]]);
const pageId = z.string().check(z.maxLength(64), z.regex(/^[a-z0-9-]+$/));
const text = (max: number) => z.string().check(z.maxLength(max));
/** The tab the side panel acts on (its own URL's `?tab=`: the panel has no tab of its own). */
const tabId = z.optional(z.number().check(z.int(), z.nonnegative()));
const systemId = z.enum(SYSTEM_IDS);
/** An https origin the admin adds for an on-premises Vantagepoint. */
const origin = z.string().check(z.maxLength(253), z.regex(/^https:\/\/[a-z0-9.-]+(?::\d{1,5})?$/));
const level = z.enum(['ok', 'warn', 'error', 'neutral']);
/** Names the systems declare (each one's `behaviour.ts`): a name no system declared is refused. */
const oneOf = (names: readonly string[]) => z.enum(names as [string, ...string[]]);
/** What Together's page shows while a fill waits for it. */
export const TOGETHER_PAGE_STATES = ['booting', 'login', 'choosing', 'open-form', 'form'] as const;
export type TogetherPageState = (typeof TOGETHER_PAGE_STATES)[number];

export const requestSchemas = {
  /**
   * A source page's content script reports, in one message (so no report can overtake another),
   * which page it shows, which values it can capture or fill, and its as-typed check results
   * (messages only, never the values).
   */
  'page/detected': z.strictObject({
    type: z.literal('page/detected'),
    pageId: z.nullable(pageId),
    available: z.array(valueName).check(z.maxLength(VALUE_NAMES.length)),
    /** Values this page has fields for (e.g. Connect Administration's settings). */
    fillable: z.array(valueName).check(z.maxLength(VALUE_NAMES.length)),
    checks: z.array(z.strictObject({ field: oneOf(CHECK_FIELD_NAMES), level, message: text(300) })).check(z.maxLength(20)),
    fixes: z.array(oneOf(FIX_NAMES)).check(z.maxLength(FIX_NAMES.length)),
    /**
     * A short SHA-256 fingerprint of each value the page shows (utils/crypto/sha256.ts), never the
     * value: the guide does not offer a value already kept again unless the page now shows another.
     */
    fingerprints: z.optional(z.partialRecord(valueName, z.string().check(z.regex(/^[0-9a-f]{16}$/)))),
  }),
  /**
   * The admin clicked the vendor's Save on a watched form (UKG's Add/Change Service Account): what
   * the form held (e.g. the user name and a typed password) and the events its system's Save proves.
   */
  'page/form-saved': z.strictObject({
    type: z.literal('page/form-saved'),
    values: z.partialRecord(valueName, text(1024)),
    events: z.array(oneOf(SAVE_EVENT_NAMES)).check(z.maxLength(SAVE_EVENT_NAMES.length)),
  }),
  /** "Use the account saved on <host>?": the admin's answer to a Save that would replace kept values. */
  'form/use-saved': z.strictObject({ type: z.literal('form/use-saved'), system: systemId, use: z.boolean() }),
  /** SHA-256 (hex) of a decoy the page shows (its system's `decoys`: e.g. the web user's own key), to warn if it is captured as the value. */
  'page/decoy': z.strictObject({ type: z.literal('page/decoy'), value: valueName, sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)) }),
  /** The guide asks to take a value from the page of its tab. */
  'capture/request': z.strictObject({ type: z.literal('capture/request'), value: valueName, tabId }),
  /** The panel asks the page to make one thing right: exactly the rights Together needs, or the suggested user name. */
  'form/fix': z.strictObject({ type: z.literal('form/fix'), fix: oneOf(FIX_NAMES), tabId }),
  /** Fill the page's own fields (Connect Administration's settings) with values captured on the same site. */
  'form/fill': z.strictObject({ type: z.literal('form/fill'), tabId }),
  /** Show one captured value in the side panel, on the admin's click. */
  'vault/reveal': z.strictObject({ type: z.literal('vault/reveal'), value: valueName }),
  /** Values typed or pasted into our own form (fallback when a page is not recognised). */
  'vault/put': z.strictObject({
    type: z.literal('vault/put'),
    values: z.partialRecord(valueName, text(1024)),
    tabId,
  }),
  /** Open Together and fill the captured values. */
  'relay/send': z.strictObject({ type: z.literal('relay/send'), system: z.optional(systemId) }),
  /** Try the captured credentials against the UKG web services they belong to. */
  'connection/test': z.strictObject({ type: z.literal('connection/test') }),
  /** A redacted outline of a page the guide did not recognise, for the admin to send us. */
  'outline/request': z.strictObject({ type: z.literal('outline/request'), tabId }),
  /** The side panel copied a key to the clipboard: empty it in 60 s. */
  'clipboard/copied': z.strictObject({ type: z.literal('clipboard/copied') }),
  /** Forget every captured value now. */
  'vault/clear': z.strictObject({ type: z.literal('vault/clear') }),
  /** The settings in force, and which ones the organisation locked. */
  'settings/get': z.strictObject({ type: z.literal('settings/get') }),
  /** The admin's own choices (the organisation's locked ones are refused). */
  'settings/set': z.strictObject({
    type: z.literal('settings/set'),
    ttlMinutes: z.optional(z.number().check(z.int(), z.gte(1), z.lte(10))),
    capturePasswords: z.optional(z.boolean()),
    language: z.optional(z.enum(LANGUAGES)),
    showOnPages: z.optional(z.enum(SHOW_ON_PAGES)),
    firstGuide: z.optional(systemId),
  }),
  /** The messages of the language chosen in Options (null: the browser's, through browser.i18n). */
  'language/get': z.strictObject({ type: z.literal('language/get') }),
  /** Setup records for the change ticket (non-secret). */
  'records/list': z.strictObject({ type: z.literal('records/list') }),
  /** The admin's word on a step: done, skipped, open again (go back to it), or null to take it back (undo). */
  'step/mark': z.strictObject({
    type: z.literal('step/mark'),
    system: systemId,
    step: z.string().check(z.maxLength(64), z.regex(/^[a-z0-9-]+$/)),
    mark: z.nullable(z.enum(['done', 'skipped', 'open'])),
  }),
  /** "Not now": the guide rests (no launcher or overlay on vendor pages) until the admin resumes it. */
  'guide/rest': z.strictObject({ type: z.literal('guide/rest'), system: systemId, resting: z.boolean() }),
  /** "Keep 10 more minutes": the captured values live one more lifetime (within the policy's cap). */
  'vault/extend': z.strictObject({ type: z.literal('vault/extend') }),
  /** Bring Together's settings tab to the front (or open it), from the finished guide. */
  'relay/focus-together': z.strictObject({ type: z.literal('relay/focus-together') }),
  /** Forget the guide's progress (start over). */
  'progress/reset': z.strictObject({ type: z.literal('progress/reset') }),
  /** A system's on-premises addresses: list, add (after the browser granted the origin), remove. */
  'hosts/list': z.strictObject({ type: z.literal('hosts/list'), system: systemId }),
  'hosts/add': z.strictObject({ type: z.literal('hosts/add'), system: systemId, origin }),
  'hosts/remove': z.strictObject({ type: z.literal('hosts/remove'), system: systemId, origin }),
  /** Together's page says what it shows while a fill waits: still booting, sign-in, provider choice, the form. */
  'together/status': z.strictObject({ type: z.literal('together/status'), state: z.enum(TOGETHER_PAGE_STATES) }),
  /**
   * After a fill, Together's page saw the admin's Save and Together's answer: saved (the values are
   * forgotten, the guide finishes) or an error (shown in the panel, the values kept).
   */
  'together/saved': z.strictObject({ type: z.literal('together/saved'), outcome: z.enum(['saved', 'error']), message: text(200) }),
  /** "I saved it in Together": the admin's word where Together's answer could not be recognised. */
  'relay/confirm-saved': z.strictObject({ type: z.literal('relay/confirm-saved'), system: systemId }),
  /** A Together page that just loaded asks whether a fill waits for it (answer: the provider, or null). */
  'together/hello': z.strictObject({ type: z.literal('together/hello') }),
  /** "Hand off to a colleague": the admin's Seal asks for this guide's values and where each was captured. */
  'handoff/values': z.strictObject({ type: z.literal('handoff/values'), system: systemId }),
  /** "Open a hand-off": the values of an envelope opened in our page, kept as typed ones for its provider. */
  'handoff/keep': z.strictObject({ type: z.literal('handoff/keep'), system: systemId, values: z.partialRecord(valueName, text(1024)) }),
  /**
   * The admin clicked the launcher in a vendor page (a trusted click): open the guide in the
   * browser's side panel for that tab. Handled in the same turn as the click (utils/background/side-panel.ts).
   */
  'page/open-panel': z.strictObject({ type: z.literal('page/open-panel') }),
} as const;

export type RequestType = keyof typeof requestSchemas;

/** Requests that act on the admin's click (a user gesture lasts one synchronous turn): routed at once. */
export const GESTURE_TYPES: readonly RequestType[] = ['page/open-panel'];
export type Request<T extends RequestType = RequestType> = z.infer<(typeof requestSchemas)[T]>;

/**
 * What the background answers to each request (the envelope's `data`): declared once, so
 * `request()` and the handlers are typed from it. Every request type must be here.
 */
interface ReplyMap {
  'page/detected': null;
  'page/form-saved': null;
  'form/use-saved': null;
  'page/decoy': null;
  'capture/request': null;
  'form/fix': null;
  'form/fill': { filled: ValueName[] };
  'vault/reveal': { value: string };
  'vault/put': null;
  'relay/send': { filled: ValueName[]; waiting: string | null };
  'connection/test': ServiceTestResult[];
  'outline/request': { outline: string };
  'clipboard/copied': null;
  'vault/clear': null;
  'settings/get': EffectiveSettings;
  'settings/set': EffectiveSettings;
  'language/get': LanguageChoice;
  'records/list': SetupRecord[];
  'progress/reset': null;
  'step/mark': null;
  'guide/rest': null;
  'vault/extend': { extended: boolean };
  'relay/focus-together': null;
  'hosts/list': string[];
  'hosts/add': string[];
  'hosts/remove': string[];
  'together/status': null;
  'together/hello': SystemId | null;
  'together/saved': null;
  'relay/confirm-saved': null;
  'page/open-panel': null;
  'handoff/values': { values: Partial<Record<ValueName, { value: string; host: string | null }>>; maxHours: number };
  'handoff/keep': { name: ValueName; masked: string; secret: boolean }[];
}
export type Reply<T extends RequestType> = { [K in RequestType]: ReplyMap[K] }[T];

export function isRequestType(t: unknown): t is RequestType {
  return typeof t === 'string' && Object.hasOwn(requestSchemas, t);
}

/** Parses an untrusted message; null when it is not exactly one of ours. Never throws. */
export function parseRequest(message: unknown): Request | null {
  if (typeof message !== 'object' || message === null) return null;
  const type = (message as { type?: unknown }).type;
  if (!isRequestType(type)) return null;
  const parsed = requestSchemas[type].safeParse(message);
  return parsed.success ? parsed.data : null;
}

// ---- Background → content script: ./to-content.ts (the content scripts check those by hand).
export type { AskTopFrame, ContentReplies, FillReport, PageReadResult, ToContent } from './to-content';

// ---- Background → side panel (over its port): the state is built in utils/guides/panel-state.ts.

/** State pushes. */
export type ToPanel = { type: 'state'; state: PanelState };
/** The side panel tells the background which tab it guides (the first message on its port). */
export type FromPanel = { type: 'watch'; tabId: number };
