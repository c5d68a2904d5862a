import { join } from 'node:path';
import { sendFile, TOGETHER_FIXTURES, type FixtureServer } from './server';

export type ServiceBehaviour = 200 | 401 | 403 | 'down';

/**
 * A loopback stand-in for a UKG web-services host: answers the three probes of Test connection with
 * the behaviour each test sets, and records the headers it was sent.
 */
export function ukgApiStandIn(server: FixtureServer, host: string, behaviour: Record<string, ServiceBehaviour>) {
  const seen: { path: string; authorization?: string; customerKey?: string; cookie?: string }[] = [];
  const remove = server.use((req, res, url) => {
    if (url.hostname !== host || !/^\/(personnel|configuration)\/v1\//.test(url.pathname)) return false;
    seen.push({
      path: url.pathname,
      authorization: req.headers.authorization,
      customerKey: req.headers['us-customer-api-key'] as string | undefined,
      cookie: req.headers.cookie,
    });
    const b = behaviour[url.pathname] ?? 200;
    if (b === 'down') {
      req.socket.destroy();
      return true;
    }
    res.writeHead(b, { 'content-type': 'application/json' }).end(b === 200 ? '[]' : '{"message":"denied"}');
    return true;
  });
  return { seen, remove };
}

/** Serves `file` (from fixtures/together) for Together's /settings, e.g. the login wall. */
export function togetherSettingsServe(server: FixtureServer, file: string) {
  return server.use((_req, res, url) => {
    if (url.hostname !== 'my.togetherplatform.com' || url.pathname !== '/settings') return false;
    sendFile(res, join(TOGETHER_FIXTURES, file));
    return true;
  });
}
