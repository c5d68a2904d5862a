import { t } from '../../i18n/i18n';
import { error, ok, type CheckResult } from '../../contracts/check';
import { SERVICE_HOST } from './hosts';

export { SERVICE_HOST } from './hosts';
const BARE_SERVICE_LABEL = /^(?:service|rental)(?:\d+|t)?$/i;
const LOGIN_HOST = /^(?:n|nw|e|ew|t)\d+\.ultipro\.(?:com|ca)$/;
const UKG_HOST = /\.(?:ultipro\.(?:com|ca)|ukgpro\.com)$/;

export interface RootUrlResult extends CheckResult {
  /** `https://<host>/` when the input could be read as a UKG address. */
  url: string | null;
}

const where = () => t('check_root_url_where');

/**
 * Admins paste a host, a sub-domain ("service4"), a base URL or any endpoint URL — Web Services may
 * print it as `http://Servicet.ultipro.com/…` (facts §6.1). All normalise to `https://<host>/`; the
 * host then decides: a UKG web-services host (ok), the login host (the common mistake), another UKG
 * host or not UKG at all (errors: never kept, never sent).
 */
export function checkRootUrl(raw: string): RootUrlResult {
  const v = raw.trim();
  if (!v) return { ...error(`${t('check_root_url_empty')} ${where()}`), url: null };
  let input = v;
  if (BARE_SERVICE_LABEL.test(input)) input = `${input.toLowerCase()}.ultipro.com`;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) input = `https://${input}`;
  let parsed: URL;
  try {
    parsed = new URL(input);
  } catch {
    return { ...error(`${t('check_root_url_not_address')} ${where()}`), url: null };
  }
  // UKG answers only over https; an http address copied from Web Services names the same host.
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { ...error(t('check_root_url_https')), url: null };
  if (parsed.username || parsed.password || (parsed.port && parsed.port !== '443' && parsed.port !== '80'))
    return { ...error(`${t('check_root_url_not_address')} ${where()}`), url: null };
  const host = parsed.hostname.toLowerCase();
  const url = `https://${host}/`;
  const path = parsed.pathname.toLowerCase();
  if (LOGIN_HOST.test(host) || /(?:^|\/)(?:login|default)\.aspx$/.test(path) || /^recruiting\d*\./.test(host))
    return { ...error(`${t('check_root_url_login')} ${where()}`), url: null };
  if (SERVICE_HOST.test(host)) return { ...ok(t('check_root_url_ok', url)), url };
  if (UKG_HOST.test(host)) return { ...error(t('check_root_url_unknown_host', host)), url: null };
  return { ...error(`${t('check_root_url_not_ukg')} ${where()}`), url: null };
}
