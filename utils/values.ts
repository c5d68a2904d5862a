/** Every value a guide can capture and relay, with the name the interface shows. */
export const VALUE_LABELS = {
  userApiKey: 'User API key',
  customerApiKey: 'Customer API key',
  rootUrl: 'Root URL',
  username: 'Username',
  password: 'Password',
  clientId: 'Client ID',
  clientSecret: 'Client secret',
  database: 'Database',
  vantagepointUrl: 'Vantagepoint URL',
} as const;

export type ValueName = keyof typeof VALUE_LABELS;

/** The values each guide relays to Together. */
export const GUIDE_VALUES = {
  'ukg-pro': ['userApiKey', 'customerApiKey', 'rootUrl', 'username', 'password'],
  vantagepoint: ['clientId', 'clientSecret', 'database', 'vantagepointUrl'],
} as const satisfies Record<string, readonly ValueName[]>;
export const VALUE_NAMES = Object.keys(VALUE_LABELS) as ValueName[];

/** Values that are shown masked until the admin asks to reveal them. */
const SECRET_VALUES: ReadonlySet<ValueName> = new Set(['userApiKey', 'customerApiKey', 'password', 'clientSecret']);

export function isSecretValue(name: ValueName): boolean {
  return SECRET_VALUES.has(name);
}

export function isValueName(x: unknown): x is ValueName {
  return typeof x === 'string' && Object.hasOwn(VALUE_LABELS, x);
}

/** What the panel may show of a value: never the secret itself. */
export function maskValue(name: ValueName, value: string): string {
  if (!isSecretValue(name)) return value;
  return '•'.repeat(Math.min(value.length, 12));
}
