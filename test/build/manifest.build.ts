import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const manifest = (dir: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, `../../.output/${dir}/manifest.json`), 'utf8'));

/** The reviewed surface of the built manifest: any widening fails here and must be reviewed. */
const REVIEWED = {
  // scripting: registering the Vantagepoint script on an on-premises origin the admin granted.
  permissions: ['storage', 'alarms', 'scripting'],
  host_permissions: ['https://my.togetherplatform.com/*'],
  // Requested one origin at a time from the options page; nothing is granted at install.
  optional_host_permissions: ['https://*/*'],
  content_scripts: [
    { matches: ['https://my.togetherplatform.com/settings*'], all_frames: false, js: ['content-scripts/together.js'] },
    { matches: ['https://*.ultipro.ca/*', 'https://*.ultipro.com/*'], all_frames: false, js: ['content-scripts/ukg-pro.js'] },
    { matches: ['https://*.deltekfirst.com/*/app/*'], all_frames: false, js: ['content-scripts/vantagepoint.js'] },
  ],
  web_accessible_resources: [
    { resources: ['guide-panel.html'], matches: ['https://*.ultipro.com/*', 'https://*.ultipro.ca/*', 'https://*.deltekfirst.com/*'] },
  ],
};

for (const dir of ['chrome-mv3', 'firefox-mv3']) {
  describe(`built manifest (${dir})`, () => {
    const m = manifest(dir);
    it('asks for exactly the reviewed permissions and hosts', () => {
      expect(m.manifest_version).toBe(3);
      expect(m.permissions).toEqual(REVIEWED.permissions);
      expect(m.host_permissions).toEqual(REVIEWED.host_permissions);
      expect(m.optional_host_permissions).toEqual(REVIEWED.optional_host_permissions);
      expect(m.externally_connectable).toBeUndefined();
      expect(m.content_security_policy).toBeUndefined();
    });
    it('runs content scripts only where reviewed, never in sub-frames', () => {
      expect(m.content_scripts.map(({ matches, all_frames, js }: Record<string, unknown>) => ({ matches, all_frames, js }))).toEqual(REVIEWED.content_scripts);
    });
    it('exposes only the panel page, only to the source sites', () => {
      expect(m.web_accessible_resources).toEqual(REVIEWED.web_accessible_resources);
    });
    it('mentions <all_urls> nowhere', () => {
      expect(JSON.stringify(m)).not.toContain('<all_urls>');
    });
  });
}
