// The floors of the shipped code, ground first: the one list ESLint enforces (eslint.config.js,
// rule `floors/downward`), scripts/import-structure.mjs prints and checks, and docs/architecture.md
// describes. A folder imports only from lower floors (or within itself); type-only imports too.
import { dirname, join, relative, resolve } from 'node:path';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const FLOORS = [
  ['utils/i18n', 'utils/crypto', 'utils/outline'],
  ['utils/dom'],
  ['utils/contracts'],
  ['utils/checks'],
  ['utils/systems/*'],
  ['utils/together'],
  ['utils/systems'],
  ['utils/settings'],
  ['utils/guides'],
  ['utils/protocol'],
  ['utils/vault', 'utils/relay', 'utils/handoff', 'utils/in-page'],
  ['utils/background', 'utils/page', 'utils/together-page'],
  ['components'],
  ['entrypoints'],
];

/** A source file that can ship: TypeScript, not a test beside the code (`*.test.ts`, never imported by shipped code). */
export const isShippedSource = (name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name);

/** The folder a file counts under: utils/<topic> (utils/systems/<id>), components, entrypoints; null outside them. */
export function folderOf(file) {
  const parts = relative(ROOT, file).split('/');
  if (!['utils', 'components', 'entrypoints'].includes(parts[0])) return null;
  if (parts[0] !== 'utils') return parts[0];
  if (parts.length === 2) return 'utils';
  if (parts[1] === 'systems' && parts.length > 3) return `utils/systems/${parts[2]}`;
  return `utils/${parts[1]}`;
}

export const floorOf = (folder) =>
  FLOORS.findIndex((f) => f.includes(folder) || (folder.startsWith('utils/systems/') && f.includes('utils/systems/*')));

/** Whether `from` may import `to`: within one folder, or down to a lower floor. */
export const goesDown = (from, to) => from === to || (floorOf(from) >= 0 && floorOf(to) >= 0 && floorOf(to) < floorOf(from));

const EXT = ['.ts', '.tsx', '/index.ts', '/index.tsx', ''];
/** The file an import specifier names (relative or `@/`), or null for a package. */
export function resolveImport(from, spec) {
  let base;
  if (spec.startsWith('@/')) base = join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else return null;
  for (const ext of EXT) {
    try {
      if (statSync(base + ext).isFile()) return base + ext;
    } catch {
      // not with this extension: try the next
    }
  }
  return null;
}
