import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acmeSite } from '../example-system/site';
import { BUDGETS_GZ, gz } from './sizes';

/**
 * `npm run build:example`: the example system (test/example-system/) joined to the lists of
 * systems, with nothing outside its folder edited. Adding it changes the manifest by its own
 * content script and its matches in the shared scripts, nothing else; shipped builds never carry it.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const manifestOf = (out: string) => JSON.parse(readFileSync(join(ROOT, out, 'chrome-mv3/manifest.json'), 'utf8'));
type ContentScript = { matches: string[]; js: string[] };

describe('the example build', () => {
  const example = manifestOf('.output-example');
  const shipped = manifestOf('.output');

  it('runs the example’s one content script (its guide, the launcher, the outline) on its site', () => {
    const scripts = example.content_scripts as ContentScript[];
    expect(scripts.find((c) => c.js.includes('content-scripts/acme-hr.js'))).toMatchObject({
      matches: acmeSite.matches,
      js: ['content-scripts/acme-hr.js'],
    });
    const script = readFileSync(join(ROOT, '.output-example/chrome-mv3/content-scripts/acme-hr.js'));
    expect(gz(script)).toBeLessThanOrEqual(BUDGETS_GZ['content script']);
  });

  it('changes nothing else in the manifest', () => {
    const without = (scripts: ContentScript[]) =>
      scripts
        .filter((c) => !c.js.includes('content-scripts/acme-hr.js'))
        .map((c) => ({ ...c, matches: c.matches.filter((m) => !acmeSite.matches.includes(m)) }));
    expect({ ...example, content_scripts: without(example.content_scripts) }).toEqual(shipped);
  });

  it('ships the example’s own messages in each language, joined to the generic ones', () => {
    for (const [language, title] of [
      ['en', 'Set up AcmeHR'],
      ['es', 'Configurar AcmeHR'],
      ['fr', 'Configurer AcmeHR'],
    ]) {
      const messages = JSON.parse(readFileSync(join(ROOT, `.output-example/chrome-mv3/_locales/${language}/messages.json`), 'utf8'));
      expect(messages.acme_guide_title.message).toBe(title);
      expect(Object.keys(messages)).toEqual(expect.arrayContaining(['ext_name', 'ukg_guide_title', 'vp_guide_title']));
    }
  });

  it('the background knows the example; no shipped build carries a trace of it', () => {
    expect(readFileSync(join(ROOT, '.output-example/chrome-mv3/background.js'), 'utf8')).toContain('acme-hr');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
    for (const target of ['chrome-mv3', 'firefox-mv3'])
      for (const file of files(join(ROOT, '.output', target)).filter((f) => /\.(js|json|html)$/.test(f)))
        expect(readFileSync(file, 'utf8'), file).not.toMatch(/acme-?hr/i);
  });
});
