import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CONTENT_SCRIPT, EXAMPLE_MESSAGES, JOINED_FILES } from './build';

const ROOT = resolve(import.meta.dirname, '../..');
const architecture = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');
const section = architecture.slice(
  architecture.indexOf('## Adding an HR system'),
  architecture.indexOf('`utils/systems/systems.test.ts` then checks'),
);

/** The files the list names outside a system's folder, `<id>` and `{en,es,fr}` spelled out. */
function listedFiles(): string[] {
  const items = [...section.matchAll(/^\d+\.(?: – \d+\.)? `([^`]+)`/gm)].map((m) => m[1]!);
  return items.flatMap((path) => {
    const braces = /\{([^}]+)\}/.exec(path);
    return braces ? braces[1]!.split(',').map((part) => path.replace(braces[0], part)) : [path];
  });
}

describe('adding an HR system (docs/architecture.md)', () => {
  it('touches at most 8 files outside its folder, each one that exists', () => {
    const files = listedFiles();
    expect(files.length).toBeGreaterThan(0);
    expect(files.length).toBeLessThanOrEqual(8);
    for (const f of files) expect(existsSync(join(ROOT, f.replace('<id>', 'ukg-pro'))), f).toBe(true);
  });

  it('the example system joins through exactly the listed files, and brings its messages and fixtures in its folder', () => {
    const files = listedFiles();
    for (const joined of JOINED_FILES) expect(files, joined).toContain(joined);
    expect(files).toContain(`entrypoints/<id>.content.ts`);
    expect(EXAMPLE_CONTENT_SCRIPT.name).toBe('acme-hr');
    for (const language of ['en', 'es', 'fr']) expect(existsSync(join(EXAMPLE_MESSAGES, `${language}.json`)), language).toBe(true);
    for (const f of ['pages.json', 'routes.json']) expect(existsSync(join(import.meta.dirname, 'fixtures', f)), f).toBe(true);
  });

  it('each shipped system keeps its messages and fixtures in its own folder', () => {
    const systems = readdirSync(join(ROOT, 'utils/systems')).filter((d) => statSync(join(ROOT, 'utils/systems', d)).isDirectory());
    expect(systems.length).toBeGreaterThan(1);
    for (const id of systems) {
      for (const language of ['en', 'es', 'fr'])
        expect(existsSync(join(ROOT, 'utils/systems', id, 'messages', `${language}.json`)), `${id} ${language}`).toBe(true);
      expect(existsSync(join(ROOT, 'utils/systems', id, 'fixtures', 'routes.json')), id).toBe(true);
    }
    expect(readdirSync(join(ROOT, 'test/fixtures'))).toEqual(['together']);
  });
});
