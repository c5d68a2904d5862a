import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const OUTPUT = resolve(import.meta.dirname, '../../.output');

export interface Size {
  name: string;
  kind: 'content script' | 'background' | 'extension page' | 'reference';
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
    out.push(size(page.replace('.html', ''), 'extension page', entries.flatMap((e) => closure(dir, e, seen))));
  }
  return out;
}

export const BUDGETS_GZ: Record<Size['kind'], number> = {
  // Target 7 KB (docs/performance.md): the guide scripts are still above it; this budget keeps them
  // from growing further. 9 → 10 KB in December for touched-field tracking, value fingerprints and
  // notes placed clear of their field's label (issue 18); 10 → 11 KB for the hand-over's defences
  // (attack R4-1: a vendor Save read by its visible face, hit-tested, its fields plainly visible; the
  // launcher's guard; Together's Save watched); 11 → 12 KB for the callout placed in the page's free
  // space, clear of every word and control (issue 26: utils/dom/occupied.ts, placeInFreeSpace,
  // about 1.2 KB). Issue 27 moves the budget to bytes per page and brings pages under 10 KB.
  'content script': 12 * 1024,
  background: 40 * 1024,
  'extension page': 60 * 1024,
  reference: Infinity,
};

