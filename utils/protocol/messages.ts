import { z } from 'zod/mini';
import { VALUE_NAMES, type ValueName } from '../values';

/**
 * Messages the background accepts. Every one is a strict object (unknown keys are rejected) and
 * small: strings have length caps so a forged message cannot make the worker hold megabytes.
 * Who may send each one is in utils/protocol/policy.ts.
 */
const valueName = z.enum(VALUE_NAMES as [ValueName, ...ValueName[]]);
const pageId = z.string().check(z.maxLength(64), z.regex(/^[a-z0-9-]+$/));

export const requestSchemas = {
  /** A source page's content script reports which page it shows (null: none of the guide's). */
  'page/detected': z.strictObject({ type: z.literal('page/detected'), pageId: z.nullable(pageId) }),
  /** The panel asks to take a value from the page it is framed into. */
  'capture/request': z.strictObject({ type: z.literal('capture/request'), value: valueName }),
  /** The panel asks to open Together and fill the captured values. */
  'relay/send': z.strictObject({ type: z.literal('relay/send') }),
  /** Forget every captured value now. */
  'vault/clear': z.strictObject({ type: z.literal('vault/clear') }),
  /** The panel was collapsed or expanded; the content script resizes its frame. */
  'panel/layout': z.strictObject({ type: z.literal('panel/layout'), collapsed: z.boolean() }),
} as const;

export type RequestType = keyof typeof requestSchemas;
export type Request<T extends RequestType = RequestType> = z.infer<(typeof requestSchemas)[T]>;

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

// ---- Background → content script (tabs.sendMessage). Only the extension can send these, so the
// content scripts check them with plain type guards instead of carrying zod.

export type ToContent =
  | { type: 'page/read'; value: ValueName }
  | { type: 'page/highlight'; anchor: string | null }
  | { type: 'panel/layout'; collapsed: boolean }
  | { type: 'together/fill'; values: Partial<Record<ValueName, string>> };

export interface PageReadResult {
  value: string | null;
}

/** What the Together page reports after a fill request. */
export interface FillReport {
  state: 'filled' | 'login' | 'no-form' | 'wrong-page';
  filled: ValueName[];
  missing: ValueName[];
}

// ---- Background → panel (over the panel's port).

export interface CapturedView {
  name: ValueName;
  label: string;
  /** Masked for secrets. */
  shown: string;
  level: 'ok' | 'warn' | 'error';
  message: string;
}

export interface PanelState {
  guideId: string;
  guideTitle: string;
  steps: { id: string; title: string; instruction: string }[];
  /** Index into steps; null when the page is not recognised. */
  stepIndex: number | null;
  captures: { name: ValueName; label: string }[];
  captured: CapturedView[];
  /** Epoch ms when the captured values expire; null when nothing is held. */
  expiresAt: number | null;
}

export type ToPanel = { type: 'state'; state: PanelState };
