import { isValueName } from '../contracts/values';
import { isLanguage, type Language } from '../i18n/locales';
import { isSystemId, SYSTEM_BASICS, type SystemId } from '../systems/catalog';

/** What an admin (or their IT team, through browser policy) can choose. Nothing here is secret. */
export interface Settings {
  /** How long captured values are kept: 10 minutes at most, shorter on request. */
  ttlMinutes: number;
  /** Off: passwords are never taken from pages or the paste-in form. */
  capturePasswords: boolean;
  /** The on-premises origins that may be added, by system; a system not listed: any the admin chooses. */
  onPremOrigins: Partial<Record<SystemId, string[]>>;
  /** The interface language; `auto` follows the browser's. */
  language: Language;
  /** The most minutes values may be kept in all, however often the admin keeps them longer (10–60). */
  maxHoldMinutes: number;
  /** Whether the launcher and the step's outline appear on vendor pages while a guide is unfinished, or never (toolbar only). */
  showOnPages: ShowOnPages;
  /** The system the admin connects, chosen on the welcome page: its guide is where the toolbar starts. */
  firstGuide: SystemId | null;
  /** Whether "Hand off to a colleague" may seal values, and envelopes may be opened (docs/security.md). */
  handOff: boolean;
  /** The longest a hand-off envelope may live, in hours (1–24; the admin chooses up to this). */
  handOffMaxHours: number;
}

export const SHOW_ON_PAGES = ['unfinished', 'never'] as const;
export type ShowOnPages = (typeof SHOW_ON_PAGES)[number];

export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Settings = {
  ttlMinutes: 10,
  capturePasswords: true,
  onPremOrigins: {},
  language: 'auto',
  maxHoldMinutes: 60,
  showOnPages: 'unfinished',
  firstGuide: null,
  handOff: true,
  handOffMaxHours: 24,
};
export const LIFETIMES = [10, 5, 2, 1] as const;

export interface EffectiveSettings {
  values: Settings;
  /** Keys the organisation set through managed storage: shown, not changeable. */
  locked: SettingKey[];
}

const ORIGIN = /^https:\/\/[a-z0-9.-]+(?::\d{1,5})?$/;

const origins = (list: unknown) => (Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string' && ORIGIN.test(x)) : null);

/**
 * Allowed on-premises origins by system: `onPremOrigins: { <system id>: [...] }`, and each system's
 * older key (`policyKey`, e.g. `vantagepointOrigins`), which deployed policies still use. Null when none is set.
 */
function readOnPremOrigins(o: Record<string, unknown>): Partial<Record<SystemId, string[]>> | null {
  const out: Partial<Record<SystemId, string[]>> = {};
  const byId = o.onPremOrigins && typeof o.onPremOrigins === 'object' ? (o.onPremOrigins as Record<string, unknown>) : {};
  for (const basics of Object.values(SYSTEM_BASICS)) {
    if (!('onPrem' in basics)) continue;
    const list = origins(byId[basics.id]) ?? (basics.onPrem.policyKey ? origins(o[basics.onPrem.policyKey]) : null);
    if (list) out[basics.id] = list;
  }
  return Object.keys(out).length ? out : null;
}

function read(raw: unknown): Partial<Settings> {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const out: Partial<Settings> = {};
  if (typeof o.ttlMinutes === 'number' && Number.isInteger(o.ttlMinutes) && o.ttlMinutes >= 1) out.ttlMinutes = Math.min(o.ttlMinutes, 10);
  if (typeof o.capturePasswords === 'boolean') out.capturePasswords = o.capturePasswords;
  const onPrem = readOnPremOrigins(o);
  if (onPrem) out.onPremOrigins = onPrem;
  if (isLanguage(o.language)) out.language = o.language;
  if (typeof o.maxHoldMinutes === 'number' && Number.isInteger(o.maxHoldMinutes) && o.maxHoldMinutes >= 10)
    out.maxHoldMinutes = Math.min(o.maxHoldMinutes, 60);
  if (SHOW_ON_PAGES.includes(o.showOnPages as ShowOnPages)) out.showOnPages = o.showOnPages as ShowOnPages;
  if (isSystemId(o.firstGuide)) out.firstGuide = o.firstGuide;
  if (typeof o.handOff === 'boolean') out.handOff = o.handOff;
  if (typeof o.handOffMaxHours === 'number' && Number.isInteger(o.handOffMaxHours) && o.handOffMaxHours >= 1)
    out.handOffMaxHours = Math.min(o.handOffMaxHours, 24);
  return out;
}

/**
 * The settings in force: the organisation's (managed storage) over the admin's (local storage) over
 * the defaults. Malformed values are ignored, and the lifetime can only ever be shorter than 10 minutes.
 */
export function effectiveSettings(local: unknown, managed: unknown): EffectiveSettings {
  const m = read(managed);
  return { values: { ...DEFAULT_SETTINGS, ...read(local), ...m }, locked: Object.keys(m) as SettingKey[] };
}

/** How long captured values live, as the vault takes it. */
export const lifetimeOf = (s: Settings) => ({ ttlMs: s.ttlMinutes * 60_000, maxHoldMs: s.maxHoldMinutes * 60_000 });

/** Values a setting keeps out of the vault. */
export const excludedValues = (s: Settings) => (s.capturePasswords ? [] : ['password'].filter(isValueName));
