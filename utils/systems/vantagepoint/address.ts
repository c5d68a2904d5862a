import { t } from '../../i18n/i18n';
import { error, ok, warn, type CheckResult } from '../../contracts/check';

const PRIVATE_SUFFIX = /\.(?:local|lan|corp|internal|localdomain|home\.arpa)$/i;

function isPrivateIPv4(host: string): boolean {
  const m = host.match(/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || a === 0;
}

function isPrivateIPv6(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === '::1' || /^f[cd][0-9a-f]{2}:/.test(h) || /^fe80:/.test(h);
}

/**
 * Connect reaches Vantagepoint from Deltek's cloud, so the app needs a public address. Private IP
 * literals, localhost, single-label names and internal suffixes cannot be reached from outside.
 */
export function checkPublicAddress(hostname: string): CheckResult {
  const host = hostname.toLowerCase();
  const why = t('check_address_why');
  if (host === 'localhost' || host.endsWith('.localhost')) return warn(`${t('check_address_localhost', host)} ${why}`);
  if (isPrivateIPv4(host) || isPrivateIPv6(host)) return warn(`${t('check_address_private', host)} ${why}`);
  if (!host.includes('.') && !host.includes(':')) return warn(`${t('check_address_single_label', host)} ${why}`);
  if (PRIVATE_SUFFIX.test(host)) return warn(`${t('check_address_internal', host)} ${why}`);
  return ok(t('check_address_ok', host));
}

/** A Vantagepoint address: `https://<host>/<Tenant>/app/…` (or `/api`). Normalised to `https://<host>/<Tenant>/app/`. */
export function checkVantagepointUrl(raw: string): CheckResult & { url: string | null } {
  const v = raw.trim();
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    return { ...error(t('check_vp_url_empty')), url: null };
  }
  const m = u.pathname.match(/^\/([^/]+)\/(?:app|api)(?:\/|$)/i);
  if (u.protocol !== 'https:') return { ...error(t('check_vp_url_https')), url: null };
  if (!m) return { ...error(t('check_vp_url_path')), url: null };
  const url = `https://${u.host}/${m[1]}/app/`;
  const address = checkPublicAddress(u.hostname);
  return address.level === 'ok' ? { ...ok(t('check_vp_url_ok', url)), url } : { ...address, url };
}

/** Vantagepoint's major.minor version as shown on the page (Help > About, footer), if any. */
export function readVersion(text: string): number | null {
  // No \b before "vantagepoint": textContent glues neighbouring elements' words together.
  const m = text.match(/vantagepoint\s+(?:version\s+)?v?(\d+)\.(\d+)/i) ?? text.match(/version\s+(\d+)\.(\d+)/i);
  return m ? Number(`${m[1]}.${m[2]}`) : null;
}

/** What Connect says about Windows authentication, by version (facts §3.5); both notes when unknown. */
export function windowsAuthNote(version: number | null): CheckResult {
  const old = t('check_windows_auth_old');
  const v55 = t('check_windows_auth_55');
  const newer = t('check_windows_auth_new');
  if (version === null) return warn(`${t('check_windows_auth_unknown')} ${old} ${newer}`);
  if (version < 5) return error(old);
  if (version < 6) return warn(v55);
  return ok(newer);
}
