import type { SiteDef } from './types';

/**
 * Deltek Vantagepoint cloud. Test URLs:
 *   https://acme.deltekfirst.com/Acme/app/#!Employees/view/0/0/00001/hybrid
 * Maconomy (`*-iaccess`) and file-drop/API hosts (`*-api`) share the domain and are excluded.
 */
const EXCLUDED_HOST = /-(?:iaccess|api)\./i;

export const vantagepointSite: SiteDef = {
  id: 'vantagepoint',
  role: 'source',
  matches: ['https://*.deltekfirst.com/*/app/*'],
  isSiteUrl(url) {
    return (
      url.protocol === 'https:' &&
      /\.deltekfirst\.com$/i.test(url.hostname) &&
      !EXCLUDED_HOST.test(url.hostname) &&
      /^\/[^/]+\/app(?:\/|$)/i.test(url.pathname)
    );
  },
  examples: {
    match: [
      'https://acme.deltekfirst.com/Acme/app/#!Employees/view/0/0/00001/hybrid',
      'https://vp.deltekfirst.com/AcmeEngineering/app/',
    ],
    noMatch: [
      'http://acme.deltekfirst.com/Acme/app/',
      'https://me12345-iaccess.deltekfirst.com/maconomy-api/',
      'https://acme-api.deltekfirst.com/filedrop/upload',
      'https://acme.deltekfirst.com/Acme/api/token',
      'https://acme.deltekfirst.com.evil.test/Acme/app/',
    ],
  },
};
