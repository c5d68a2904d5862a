import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const manifest = (dir: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, `../../.output/${dir}/manifest.json`), 'utf8'));

/** The reviewed surface of the built manifest: any widening fails here and must be reviewed. */
const REVIEWED = {
  // scripting: registering the Vantagepoint script on an on-premises origin the admin granted.
  // clipboardWrite: emptying the clipboard 60 s after the admin copied a key from the side panel;
  // Chrome does that from an offscreen document (its service worker has none).
  // sidePanel (Chrome): the guide's place beside the page; Firefox declares its sidebar instead.
  permissions: {
    'chrome-mv3': ['storage', 'alarms', 'scripting', 'clipboardWrite', 'offscreen', 'sidePanel'],
    'firefox-mv3': ['storage', 'alarms', 'scripting', 'clipboardWrite'],
  } as Record<string, string[]>,
  host_permissions: ['https://my.togetherplatform.com/*'],
  // Requested one origin at a time from the options page; nothing is granted at install.
  optional_host_permissions: ['https://*/*'],
  content_scripts: [
    { matches: ['https://my.togetherplatform.com/settings*'], all_frames: false, js: ['content-scripts/together.js'] },
    { matches: ['https://*.ultipro.ca/*', 'https://*.ultipro.com/*'], all_frames: false, js: ['content-scripts/ukg-pro.js'] },
    { matches: ['https://*.deltekfirst.com/*/app/*'], all_frames: false, js: ['content-scripts/vantagepoint.js'] },
  ],
};

for (const dir of ['chrome-mv3', 'firefox-mv3']) {
  describe(`built manifest (${dir})`, () => {
    const m = manifest(dir);
    it('asks for exactly the reviewed permissions and hosts', () => {
      expect(m.manifest_version).toBe(3);
      expect(m.permissions).toEqual(REVIEWED.permissions[dir]);
      expect(m.host_permissions).toEqual(REVIEWED.host_permissions);
      expect(m.optional_host_permissions).toEqual(REVIEWED.optional_host_permissions);
      expect(m.externally_connectable).toBeUndefined();
      expect(m.content_security_policy).toBeUndefined();
    });
    it('runs content scripts only where reviewed, never in sub-frames', () => {
      expect(m.content_scripts.map(({ matches, all_frames, js }: Record<string, unknown>) => ({ matches, all_frames, js }))).toEqual(
        REVIEWED.content_scripts,
      );
    });
    it('names and describes itself in the browser’s language, from _locales', () => {
      expect([m.name, m.description, m.default_locale]).toEqual(['__MSG_ext_name__', '__MSG_ext_description__', 'en']);
      const locale = (l: string) =>
        JSON.parse(readFileSync(resolve(import.meta.dirname, `../../.output/${dir}/_locales/${l}/messages.json`), 'utf8'));
      expect(locale('en').ext_name.message).toBe('Together Setup Assistant');
      // The Chrome Web Store refuses a description over 132 characters, in any language.
      for (const l of ['en', 'es', 'fr']) expect(locale(l).ext_description.message.length, l).toBeLessThanOrEqual(132);
    });
    it('keeps the guide in the browser’s side panel, which no page can frame, fetch or open', () => {
      // No page of ours is web-accessible: no page can frame, fetch or open one.
      expect(m.web_accessible_resources).toBeUndefined();
      if (dir === 'chrome-mv3') expect(m.side_panel).toEqual({ default_path: 'sidepanel.html' });
      else
        expect(m.sidebar_action).toMatchObject({
          default_panel: 'sidepanel.html',
          default_title: '__MSG_ext_name__',
          open_at_install: false,
        });
      expect(m.action).toEqual({ default_title: '__MSG_ext_name__' }); // no popup: the toolbar button opens the guide
      expect(Object.keys(m.commands)).toEqual([dir === 'chrome-mv3' ? '_execute_action' : '_execute_sidebar_action']);
    });
    it('says which browsers it needs: Chrome and Edge 116 (sidePanel.open), Firefox 140 on the desktop only', () => {
      if (dir === 'chrome-mv3') expect(m.minimum_chrome_version).toBe('116');
      else {
        expect(m.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
        expect(m.browser_specific_settings.gecko_android).toBeUndefined();
      }
    });
    it('mentions <all_urls> nowhere', () => {
      expect(JSON.stringify(m)).not.toContain('<all_urls>');
    });
  });
}
