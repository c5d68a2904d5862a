/**
 * UKG web-services hosts: service, service2–5, servicet, rental2–5 on ultipro.com / ultipro.ca
 * (facts §1.6) and the ukgpro.com service hosts (service101.ukgpro.com, §1.6). Nothing else is a
 * root URL: credentials are only ever sent to such a host (Test connection) or put in Together's
 * Root URL field, so an address a hostile page printed on another UKG host must not get through.
 * A module of its own so content scripts can use it without the checks' messages.
 */
export const SERVICE_HOST = /^(?:service|rental)(?:\d+|t)?\.(?:ultipro\.(?:com|ca)|ukgpro\.com)$/;

/** `https://<host>/` for an endpoint URL (http or https, any case) on a web-services host; else null. */
export function serviceRoot(endpoint: string): string | null {
  try {
    const url = new URL(endpoint);
    const host = url.hostname.toLowerCase();
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.port && SERVICE_HOST.test(host) ? `https://${host}/` : null;
  } catch {
    return null;
  }
}
