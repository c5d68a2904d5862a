import { t, type MessageKey } from '../i18n/i18n';

/** Every value a guide can capture and relay, with the message naming it in the interface. */
export const VALUE_LABELS = {
  userApiKey: 'value_user_api_key',
  customerApiKey: 'value_customer_api_key',
  rootUrl: 'value_root_url',
  username: 'value_username',
  password: 'value_password',
  clientId: 'value_client_id',
  clientSecret: 'value_client_secret',
  database: 'value_database',
  vantagepointUrl: 'value_vantagepoint_url',
} as const satisfies Record<string, MessageKey>;

export type ValueName = keyof typeof VALUE_LABELS;

export const VALUE_NAMES = /* @__PURE__ */ Object.keys(VALUE_LABELS) as ValueName[];

/** The name the interface shows for a value, in the admin's language. */
export const valueLabel = (name: ValueName): string => t(VALUE_LABELS[name]);

export function isValueName(x: unknown): x is ValueName {
  return typeof x === 'string' && Object.hasOwn(VALUE_LABELS, x);
}

/** What the panel may show of a value: never a secret itself (its system says which are: `behaviour.ts`). */
export function maskValue(value: string, secret: boolean): string {
  return secret ? '•'.repeat(Math.min(value.length, 12)) : value;
}
