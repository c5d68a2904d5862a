import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');
const manifest = (dir: string) => JSON.parse(read(`.output/${dir}/manifest.json`));

/** The store listings (docs/store/<lang>.md) stay true to the build they describe. */
for (const lang of ['en', 'es', 'fr']) {
  describe(`store listing (${lang})`, () => {
    const listing = read(`docs/store/${lang}.md`);
    const description = JSON.parse(read(`public/_locales/${lang}/messages.json`)).ext_description.message as string;

    it('gives the manifest’s own short description, within the Chrome Web Store’s 132 characters', () => {
      expect(description.length).toBeLessThanOrEqual(132);
      expect(listing).toContain(`\n${description}\n`);
    });

    it('justifies every permission and host either build asks for', () => {
      const asked = ['chrome-mv3', 'firefox-mv3'].flatMap((dir) => {
        const m = manifest(dir);
        return [...m.permissions, ...m.host_permissions, ...m.optional_host_permissions];
      });
      for (const p of new Set(asked)) expect(listing, p).toMatch(new RegExp(`\\*\\*[^*\\n]*${p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));
    });

    it('has every section a store asks for, and reviewer notes that need no vendor account', () => {
      expect(listing.match(/^## /gm)?.length).toBeGreaterThanOrEqual(8);
      expect(listing).toContain('npm run demo');
      expect(listing).toMatch(/PRIVACY\.md/);
    });
  });
}

describe('privacy policy', () => {
  it('ships in both builds, from PRIVACY.md', () => {
    for (const dir of ['chrome-mv3', 'firefox-mv3']) {
      expect(existsSync(resolve(ROOT, `.output/${dir}/privacy.txt`))).toBe(true);
      expect(read(`.output/${dir}/privacy.txt`)).toBe(read('PRIVACY.md'));
    }
  });

  it('says where values go, including Test connection, and that there are no analytics', () => {
    const policy = read('PRIVACY.md');
    expect(policy).toMatch(/Test connection/);
    expect(policy).toMatch(/no analytics/i);
    expect(policy).toMatch(/storage\.session/);
  });
});
