import { t } from '../../i18n/i18n';
import { checkRootUrl, SERVICE_HOST } from './root-url';
import { ProtocolError } from '../../contracts/envelope';
import type { ServiceTestResult } from '../../contracts/connection';
import type { ValueName } from '../../contracts/values';

/** One small GET per web service Together needs (facts §1.4, §5.3). */
export const SERVICE_PROBES = [
  { service: 'Employee Person Details', path: 'personnel/v1/person-details?per_Page=1' },
  { service: 'Personnel Integration', path: 'personnel/v1/employee-employment-details?per_Page=1' },
  { service: 'Company Configuration Integration', path: 'configuration/v1/company-details' },
] as const;

function basic(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return `Basic ${btoa(bin)}`;
}

/**
 * "Test connection": Basic auth plus the US-Customer-Api-Key header against the root URL, on the
 * admin's click only. No cookies, no redirects (a redirect could carry the header elsewhere), 10 s
 * per call. It does not prove the User API key, which only the SOAP login checks.
 */
export async function testConnection(
  values: Partial<Record<ValueName, string>>,
  fetchFn: typeof fetch = fetch,
): Promise<ServiceTestResult[]> {
  const { rootUrl, username, password, customerApiKey } = values;
  if (!rootUrl || !username || !password || !customerApiKey) throw new ProtocolError('no-value', t('test_needs_values'));
  const root = checkRootUrl(rootUrl);
  if (!root.url || root.level === 'error') throw new ProtocolError('no-value', root.message);
  const host = new URL(root.url).hostname;
  // Checked again here, right before credentials leave: only ever a UKG web-services host.
  if (root.level !== 'ok' || !SERVICE_HOST.test(host)) throw new ProtocolError('no-value', t('test_host_not_ukg', host));

  const headers = { Authorization: basic(username, password), 'US-Customer-Api-Key': customerApiKey, Accept: 'application/json' };
  return Promise.all(
    SERVICE_PROBES.map(async ({ service, path }): Promise<ServiceTestResult> => {
      try {
        const res = await fetchFn(`${root.url}${path}`, {
          headers,
          credentials: 'omit',
          redirect: 'error',
          cache: 'no-store',
          signal: AbortSignal.timeout(10_000),
        });
        if (res.ok) return { service, outcome: 'works', message: t('test_works', service) };
        if (res.status === 401) return { service, outcome: 'not-authorised', message: t('test_not_authorised', service) };
        if (res.status === 403) return { service, outcome: 'missing-scope', message: t('test_missing_scope', service) };
        return { service, outcome: 'unexpected', message: t('test_unexpected', service, res.status) };
      } catch {
        return { service, outcome: 'unreachable', message: t('test_unreachable', service, host) };
      }
    }),
  );
}
