import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
  it('ships rendered in both builds: HTML from PRIVACY.md, UTF-8 declared, no raw Markdown', () => {
    for (const dir of ['chrome-mv3', 'firefox-mv3']) {
      const html = read(`.output/${dir}/privacy.html`);
      expect(html).toMatch(/^<!doctype html>/);
      expect(html).toContain('<meta charset="utf-8">');
      expect(html).toMatch(/<table>[\s\S]*<th>What<\/th>/);
      expect(html).toContain('<h2>Where values go</h2>');
      expect(html).not.toMatch(/\| --- \||\*\*|^#+ /m);
      expect(html).not.toContain('â€'); // mojibake of a UTF-8 dash read as Latin-1
      expect(existsSync(resolve(ROOT, `.output/${dir}/privacy.txt`))).toBe(false);
    }
  });

  it('says where values go, including Test connection, and that there are no analytics', () => {
    const policy = read('PRIVACY.md');
    expect(policy).toMatch(/Test connection/);
    expect(policy).toMatch(/no analytics/i);
    expect(policy).toMatch(/storage\.session/);
  });

  it('names every storage key and database the code keeps, and every place the code sends to', () => {
    const policy = read('PRIVACY.md');
    const code = sources('utils');
    const keys = new Set([...code.matchAll(/defineItem<[^(]*\(\s*[`'"]((?:local|session|sync):[a-z-]+)/g)].map((m) => m[1]!));
    expect(keys.size).toBeGreaterThanOrEqual(6);
    for (const key of keys) expect(policy, key).toContain(key);
    for (const [, db] of code.matchAll(/createStore\('([^']+)'/g)) expect(policy, db).toContain(`IndexedDB (\`${db}\``);
    // Requests: the extension's own files, and Test connection's sign-in on the UKG host the values belong to.
    const senders = sourceFiles('utils').filter((f) =>
      /\bfetch\(|=\s*fetch\b|XMLHttpRequest|sendBeacon|WebSocket\(/.test(readFileSync(f, 'utf8')),
    );
    expect(senders.map((f) => f.slice(ROOT.length + 1)).sort()).toEqual([
      'utils/i18n/locales.ts',
      'utils/systems/ukg-pro/connection-test.ts',
    ]);
    expect(read('utils/i18n/locales.ts')).toMatch(/fetch\(browser\.runtime\.getURL\(/);
    expect(policy).toMatch(/UKG's web-services host[\s\S]*Test connection/);
    // The clipboard: emptied a minute later whatever it holds (the code cannot read it), as the policy says.
    expect(policy).toMatch(/whatever it holds/);
  });
});

const LANGS = ['en', 'es', 'fr'];
/** The `code` spans of a listing's section line that starts with `label` (e.g. "Edge Add-ons"). */
const field = (listing: string, label: RegExp) =>
  [...(listing.split('\n').find((l) => label.test(l)) ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

describe('store listings agree with each other and with the manifest', () => {
  const listings = LANGS.map((lang) => read(`docs/store/${lang}.md`));

  it('give the manifest’s homepage, one support and one policy address, and the same categories, in every language', () => {
    const home = manifest('chrome-mv3').homepage_url as string;
    expect(home).toMatch(/^https:\/\//);
    expect(manifest('firefox-mv3').homepage_url).toBe(home);
    const urls = listings.map((l) =>
      [...l.matchAll(/`(https:\/\/[^`]+)`/g)].map((m) => m[1]).filter((u) => !u!.includes('*') && !u!.includes('deltekfirst')),
    );
    for (const u of urls) expect(u).toEqual(urls[0]);
    expect(urls[0]).toContain(home);
    expect(urls[0]!.length).toBe(3); // homepage, support, privacy policy
    for (const store of [/^- Chrome Web Store ?:/, /^- Edge Add-ons ?:/, /^- Firefox \(AMO\) ?:/]) {
      const categories = listings.map((l) => field(l, store));
      expect(categories[0]!.length, String(store)).toBe(1);
      for (const c of categories) expect(c).toEqual(categories[0]);
    }
  });

  it('disclose the same data as Firefox’s manifest declares, in every language', () => {
    const declared = manifest('firefox-mv3').browser_specific_settings.gecko.data_collection_permissions.required as string[];
    expect(declared).toEqual(['authenticationInfo']);
    for (const listing of listings) {
      expect(field(listing, /data_collection_permissions\.required/).concat(field(listing, /^ {2}`authenticationInfo`/))).toContain(
        'authenticationInfo',
      );
      expect(listing).toMatch(/Authentication information|información de autenticación|informations d’authentification/i);
    }
  });

  it('name assets that exist at the sizes each store asks for', () => {
    const size = (file: string) => {
      const png = readFileSync(resolve(ROOT, file));
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    for (const listing of listings) {
      expect(listing).toContain('docs/store/logo-300x300.png');
      expect(listing).toContain('docs/store/promo-440x280.png');
    }
    expect(size('public/icon/128.png')).toEqual([128, 128]);
    expect(size('docs/store/logo-300x300.png')).toEqual([300, 300]);
    expect(size('docs/store/promo-440x280.png')).toEqual([440, 280]);
    const shots = readdirSync(resolve(ROOT, 'docs/screenshots')).filter((f) => f.endsWith('.png'));
    expect(shots.length).toBeGreaterThanOrEqual(5);
    for (const shot of shots) expect(size(`docs/screenshots/${shot}`), shot).toEqual([1280, 800]);
  });
});

/** Every shipped source file under `dir` (tests left out). */
function sourceFiles(dir: string): string[] {
  return readdirSync(resolve(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.(test|property\.test)\.tsx?$/.test(e.name))
    .map((e) => resolve(e.parentPath, e.name));
}
const sources = (dir: string) =>
  sourceFiles(dir)
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
