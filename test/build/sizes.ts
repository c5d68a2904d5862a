import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const OUTPUT = resolve(import.meta.dirname, '../../.output');

export interface Size {
  name: string;
  kind: 'content script' | 'page' | 'background' | 'extension page' | 'reference';
  /** Minified bytes (WXT's production build is minified). */
  min: number;
  /** Minified, then gzip -9. */
  gz: number;
}

export const gz = (code: string | Buffer) => gzipSync(code, { level: 9 }).length;

/** A script and every chunk it imports statically, as the browser loads them. */
function closure(dir: string, file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const imports = [...code.matchAll(/(?:import|from)\s*["'`](\.{1,2}\/[^"'`]+\.js|\/chunks\/[^"'`]+\.js)["'`]/g)].map((m) =>
    m[1]!.startsWith('/') ? join(dir, m[1]!) : resolve(dirname(file), m[1]!),
  );
  return [file, ...imports.flatMap((f) => closure(dir, f, seen))];
}

/** Sizes of each content script, the background, and each extension page (its scripts and their chunks). */
export function extensionSizes(target = 'chrome-mv3'): Size[] {
  const dir = join(OUTPUT, target);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const size = (name: string, kind: Size['kind'], files: string[]): Size => {
    const code = files.map((f) => readFileSync(f)).reduce((a, b) => Buffer.concat([a, Buffer.from('\n'), b]));
    return { name, kind, min: code.length, gz: gz(code) };
  };
  const out: Size[] = [];
  for (const cs of manifest.content_scripts as { js: string[] }[])
    for (const js of cs.js) out.push(size(js.replace('content-scripts/', ''), 'content script', [join(dir, js)]));
  out.push(size('background', 'background', [join(dir, manifest.background.service_worker ?? manifest.background.scripts[0])]));
  for (const page of ['sidepanel.html', 'options.html']) {
    const html = readFileSync(join(dir, page), 'utf8');
    const entries = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => join(dir, m[1]!));
    const seen = new Set<string>();
    out.push(
      size(
        page.replace('.html', ''),
        'extension page',
        entries.flatMap((e) => closure(dir, e, seen)),
      ),
    );
  }
  return out;
}

/** A page of each kind the content scripts run on, and what it may load in all (min+gzip). */
export const PAGES = [
  { name: 'UKG Pro page', url: 'https://ew42.ultipro.com/pages/VIEW/ServiceAccountAdmin.aspx', goal: 10 * 1024 },
  { name: 'Vantagepoint page', url: 'https://acme.deltekfirst.com/Acme/app/#!Settings/Security/Roles', goal: 10 * 1024 },
  { name: 'Together settings', url: 'https://my.togetherplatform.com/settings?section=integrations', goal: 7 * 1024 },
] as const;

/** Whether a manifest match pattern (scheme://host/path, `*` wildcards) covers a URL. */
export function matchesPattern(pattern: string, url: string): boolean {
  const [, scheme, host, path] = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern)!;
  const u = new URL(url);
  const glob = (g: string) => new RegExp(`^${g.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  const hostOk = host!.startsWith('*.') ? u.hostname === host!.slice(2) || u.hostname.endsWith(host!.slice(1)) : u.hostname === host;
  return (scheme === '*' ? /^https?:$/.test(u.protocol) : u.protocol === `${scheme}:`) && hostOk && glob(path!).test(u.pathname + u.search);
}

/**
 * What each page loads in all: every content script whose matches cover it, concatenated as one
 * payload (gzip sees them together, as the page does), min+gzip.
 */
export function pageSizes(target = 'chrome-mv3'): (Size & { goal: number; scripts: string[] })[] {
  const dir = join(OUTPUT, target);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  return PAGES.map(({ name, url, goal }) => {
    const scripts = (manifest.content_scripts as { matches: string[]; js: string[] }[])
      .filter((cs) => cs.matches.some((m) => matchesPattern(m, url)))
      .flatMap((cs) => cs.js);
    const code = Buffer.concat(scripts.map((js) => readFileSync(join(dir, js))));
    return { name, kind: 'page' as const, min: code.length, gz: gz(code), goal, scripts };
  });
}

export const BUDGETS_GZ: Record<Size['kind'], number> = {
  // Target 7 KB (docs/performance.md): the guide scripts are still above it; this budget keeps them
  // from growing further. 9 → 10 KB in December for touched-field tracking, value fingerprints and
  // notes placed clear of their field's label (issue 18); 10 → 11 KB for the hand-over's defences
  // (attack R4-1: a vendor Save read by its visible face, hit-tested, its fields plainly visible; the
  // launcher's guard; Together's Save watched); 11 → 12 KB for the callout placed in the page's free
  // space, clear of every word and control (issue 26: utils/dom/occupied.ts, placeInFreeSpace,
  // about 1.2 KB). Since issue 27 each system has one script (guide, launcher, outline, hold), and the
  // budget that counts is per page (below); a script's own row stays for information.
  'content script': 14 * 1024,
  // What a matched page loads in all. The goal is 10 KB (7 KB on Together's page): PAGES. Today's
  // pages are at 13.0 (UKG), 12.6 (Vantagepoint) and 7.3 KB (Together); this budget keeps them from
  // growing while the rest of the way is found (docs/performance.md).
  page: 14 * 1024,
  background: 40 * 1024,
  'extension page': 60 * 1024,
  reference: Infinity,
};
