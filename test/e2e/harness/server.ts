import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
/**
 * The loopback address this test worker serves on: one of its own per Vitest worker (all of
 * 127.0.0.0/8 is loopback), so two e2e files run side by side, each with port 443 (Firefox maps
 * host names to an address only) and a browser pointed at its own server.
 */
export const FIXTURE_ADDRESS = `127.0.0.${10 + Number(process.env.VITEST_POOL_ID ?? '1')}`;
export const ONPREM_HOST = 'vantagepoint.acme-engineering.example';

/** Host names the browsers map onto the loopback server: the real ones the manifest matches. */
export const MAPPED_HOSTS = [
  '*.ultipro.com',
  '*.ultipro.ca',
  '*.deltekfirst.com',
  'my.togetherplatform.com',
  '*.togetherplatform.com.evil.test',
  // An on-premises Vantagepoint the admin adds at run time.
  ONPREM_HOST,
];

/** A throw-away self-signed certificate; browsers are told to ignore certificate errors. */
function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'tsa-cert-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=fixtures.test',
      '-addext',
      `subjectAltName=${MAPPED_HOSTS.map((h) => `DNS:${h}`).join(',')}`,
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | void;

export interface FixtureServer {
  port: number;
  /** Requests seen, newest last: `https://host/path?query`. */
  log: string[];
  /** Every request in full (method, URL, headers, body), for "no secret on the network" checks. */
  requests: string[];
  /** Extra handlers a test adds (tried before the fixture routes). */
  use(handler: Handler): () => void;
  close(): Promise<void>;
}

/**
 * Serves test/fixtures over HTTPS on a loopback address (FIXTURE_ADDRESS). Routes by Host header:
 *   *.ultipro.com|ca  → fixtures/ukg/<route>, where routes.json maps a path (lower case) to a file
 *   my.togetherplatform.com → fixtures/together/<route>
 *   *.acmehr.example → fixtures/example/<route> (the test-only example system)
 * A query parameter `fixture=<file>` picks a variant explicitly.
 */
export async function startFixtureServer(port = 443, on = FIXTURE_ADDRESS): Promise<FixtureServer> {
  const handlers: Handler[] = [];
  const log: string[] = [];
  const requests: string[] = [];
  const server: Server = createServer(makeCertificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(`https://${host}${req.url ?? '/'}`);
    log.push(url.href);
    const record = `${req.method} ${url.href} ${JSON.stringify(req.headers)}`;
    requests.push(record);
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      if (body) requests.push(`${record} body=${body}`);
    });
    for (const h of handlers) if (h(req, res, url)) return;
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = fixtureFor(url);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    sendFile(res, file);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, on, () => ok());
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    log,
    requests,
    use(h) {
      handlers.unshift(h);
      return () => handlers.splice(handlers.indexOf(h), 1);
    },
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

export function sendFile(res: ServerResponse, file: string): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(readFileSync(file));
}

function fixtureFor(url: URL): string | null {
  const site = /\.ultipro\.(com|ca)$/.test(url.hostname)
    ? 'ukg'
    : /(^|\.)togetherplatform\.com(\.evil\.test)?$/.test(url.hostname)
      ? 'together'
      : /\.deltekfirst\.com$/.test(url.hostname) || url.hostname === ONPREM_HOST
        ? 'vantagepoint'
        : /\.acmehr\.example$/.test(url.hostname)
          ? 'example'
          : null;
  if (!site) return null;
  const explicit = url.searchParams.get('fixture');
  if (explicit && /^[\w.-]+\.html$/.test(explicit)) return join(FIXTURES, site, explicit);
  // Vantagepoint is one single-page app under /<Tenant>/app/.
  if (site === 'vantagepoint' && /^\/[^/]+\/app\/?$/i.test(url.pathname)) return join(FIXTURES, site, 'app.html');
  const routes = JSON.parse(readFileSync(join(FIXTURES, site, 'routes.json'), 'utf8')) as Record<string, string>;
  const name = routes[url.pathname.toLowerCase()];
  return name ? join(FIXTURES, site, name) : null;
}
