import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
/** Together's fixture pages (Together is no HR system: its pages are the suite's own). */
export const TOGETHER_FIXTURES = join(ROOT, 'test/fixtures/together');

/**
 * A folder of fixture pages and how the server routes to it (its `routes.json`): the host names it
 * answers for (`*.` any subdomain), paths to files, and path patterns (a single-page app's routes).
 */
interface FixtureSite {
  dir: string;
  hosts: string[];
  routes: Record<string, string>;
  patterns: [RegExp, string][];
}

/**
 * Every fixture folder: each HR system's own (`utils/systems/<id>/fixtures/`, the example
 * system's `test/example-system/fixtures/`) and Together's. A new system's folder routes itself.
 */
const FIXTURE_SITES: FixtureSite[] = [
  ...readdirSync(join(ROOT, 'utils/systems')).map((id) => join(ROOT, 'utils/systems', id, 'fixtures')),
  join(ROOT, 'test/example-system/fixtures'),
  TOGETHER_FIXTURES,
]
  .filter((dir) => existsSync(join(dir, 'routes.json')))
  .map((dir) => {
    const file = JSON.parse(readFileSync(join(dir, 'routes.json'), 'utf8')) as {
      hosts: string[];
      routes?: Record<string, string>;
      patterns?: Record<string, string>;
    };
    return {
      dir,
      hosts: file.hosts,
      routes: file.routes ?? {},
      patterns: Object.entries(file.patterns ?? {}).map(([re, name]): [RegExp, string] => [new RegExp(re, 'i'), name]),
    };
  });

const hostMatches = (pattern: string, host: string) => (pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern);
/**
 * The loopback address this test worker serves on: one of its own per Vitest worker (all of
 * 127.0.0.0/8 is loopback), so e2e files run side by side, each with port 443 (Firefox maps
 * host names to an address only) and a browser pointed at its own server.
 */
export const FIXTURE_ADDRESS = `127.0.0.${10 + Number(process.env.VITEST_POOL_ID ?? '1')}`;
/** An on-premises Vantagepoint the admin adds at run time (its fixtures' routes.json answers for it). */
export const ONPREM_HOST = 'vantagepoint.acme-engineering.example';

/** Host names the browsers map onto the loopback server: the real ones the manifest matches. */
export const MAPPED_HOSTS = FIXTURE_SITES.flatMap((site) => site.hosts);

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
 * Serves the fixture folders (FIXTURE_SITES) over HTTPS on a loopback address (FIXTURE_ADDRESS):
 * by the Host header to a folder, then by its routes.json (a path in lower case, or a pattern) to a
 * file. A query parameter `fixture=<file>` picks a variant explicitly.
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
  const site = FIXTURE_SITES.find((f) => f.hosts.some((h) => hostMatches(h, url.hostname)));
  if (!site) return null;
  const explicit = url.searchParams.get('fixture');
  if (explicit && /^[\w.-]+\.html$/.test(explicit)) return join(site.dir, explicit);
  const path = url.pathname.toLowerCase();
  const name = site.routes[path] ?? site.patterns.find(([re]) => re.test(path))?.[1];
  return name ? join(site.dir, name) : null;
}
