import type OWN from './messages/en.json';

/** This system's own messages (`messages/<lang>.json`, joined to the generic ones at build time) are message keys. */
type Own = typeof OWN;
declare module '../../i18n/i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds the keys
  interface SystemMessages extends Own {}
}
