import { error, ok, warn, type CheckResult } from './types';

/** service, service2–5, servicet, rental2–5 on ultipro.com / ultipro.ca (facts §1.6). */
const SERVICE_HOST = /^(?:service|rental)(?:\d+|t)?\.ultipro\.(?:com|ca)$/;
const BARE_SERVICE_LABEL = /^(?:service|rental)(?:\d+|t)?$/i;
const LOGIN_HOST = /^(?:n|nw|e|ew|t)\d+\.ultipro\.(?:com|ca)$/;
const UKG_HOST = /\.(?:ultipro\.(?:com|ca)|ukgpro\.com)$/;

export interface RootUrlResult extends CheckResult {
  /** `https://<host>/` when the input could be read as a UKG address. */
  url: string | null;
}

const WHERE = 'Find the web-services address on Web Services (for example https://service4.ultipro.com/).';

/**
 * Admins paste a host, a sub-domain ("service4"), a base URL or any endpoint URL. All normalise to
 * `https://<host>/`; the host then decides: a known service host, another UKG host (warning), the
 * login host (the common mistake), or not UKG at all.
 */
export function checkRootUrl(raw: string): RootUrlResult {
  const v = raw.trim();
  if (!v) return { ...error(`The root URL is empty. ${WHERE}`), url: null };
  let input = v;
  if (BARE_SERVICE_LABEL.test(input)) input = `${input.toLowerCase()}.ultipro.com`;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) input = `https://${input}`;
  let parsed: URL;
  try {
    parsed = new URL(input);
  } catch {
    return { ...error(`This is not a web address. ${WHERE}`), url: null };
  }
  if (parsed.protocol !== 'https:') return { ...error('Use https:// — UKG web services only answer over HTTPS.'), url: null };
  const host = parsed.hostname.toLowerCase();
  const url = `https://${host}/`;
  const path = parsed.pathname.toLowerCase();
  if (LOGIN_HOST.test(host) || /(?:^|\/)(?:login|default)\.aspx$/.test(path) || /^recruiting\d*\./.test(host))
    return { ...error(`This is your login address, not the web-services address. ${WHERE}`), url: null };
  if (SERVICE_HOST.test(host)) return { ...ok(`Root URL: ${url}`), url };
  if (UKG_HOST.test(host)) return { ...warn(`${host} is not a known UKG web-services host. Check it against Web Services.`), url };
  return { ...error(`This is not a UKG address. ${WHERE}`), url: null };
}
