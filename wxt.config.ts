import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { EXAMPLE_CONTENT_SCRIPT, EXAMPLE_MESSAGES, withExampleSystem } from './test/example-system/build';
import { joinedMessages, systemMessageDirs } from './scripts/locales';
import { privacyPage } from './scripts/privacy-page';
import { TOGETHER_ORIGIN } from './utils/together/site';

/**
 * `npm run build:example` (EXAMPLE_SYSTEM=1): the test-only example system joins the lists of
 * systems and gets its content script, in a build of its own (.output-example/), never shipped.
 */
const EXAMPLE = process.env.EXAMPLE_SYSTEM === '1';

// See docs/architecture.md. Auto-imports are off: every module says where its names come from.
export default defineConfig({
  imports: false,
  // MV3 in both browsers keeps one code path (storage.session, action, host_permissions).
  manifestVersion: 3,
  ...(EXAMPLE ? { outDir: '.output-example' } : {}),
  vite: () => ({
    plugins: [preact(), ...(EXAMPLE ? [withExampleSystem()] : [])],
    // Terser (three compress passes, ES2020 output, top-level names mangled) writes smaller code than
    // the default minifier: gzipped, UKG's page 13,551 → 13,332 B, Together's 8,092 → 7,493 B (issue 27).
    build: {
      // SOURCEMAP=1 for scripts/bundle-composition.mjs (what each module adds to a page).
      sourcemap: process.env.SOURCEMAP === '1',
      minify: 'terser',
      terserOptions: { ecma: 2020, compress: { passes: 3, ecma: 2020 }, mangle: { toplevel: true }, format: { ecma: 2020 } },
    },
  }),
  hooks: {
    'entrypoints:found'(_wxt, infos) {
      if (EXAMPLE) infos.push(EXAMPLE_CONTENT_SCRIPT);
    },
    // Firefox's sidebar title in the browser's language: WXT copies the panel page's <title> as text.
    'build:manifestGenerated'(_wxt, manifest) {
      const sidebar = (manifest as { sidebar_action?: { default_title?: string } }).sidebar_action;
      if (sidebar) sidebar.default_title = '__MSG_ext_name__';
    },
    // The privacy policy ships with the extension (linked from the welcome and options pages),
    // rendered from the one source the repository and the store listings use.
    // Each language's messages: the generic ones and each system's own (its folder's messages/),
    // joined into the one file per language the browsers read.
    'build:publicAssets'(_wxt, files) {
      files.push({ contents: privacyPage(resolve(import.meta.dirname, 'PRIVACY.md')), relativeDest: 'privacy.html' });
      const dirs = systemMessageDirs(EXAMPLE ? [EXAMPLE_MESSAGES] : []);
      files.forEach(({ relativeDest }, i) => {
        const language = /^_locales\/([^/]+)\/messages\.json$/.exec(relativeDest)?.[1];
        if (language) files[i] = { contents: JSON.stringify(joinedMessages(language, dirs)), relativeDest };
      });
    },
    // webextension-polyfill (what @wxt-dev/webextension-polyfill does, scoped): the background and
    // extension pages get it; content scripts use the browsers' native promise API, which both
    // Chrome MV3 and Firefox provide, and stay ~3 KB gzipped smaller. Content scripts get our own
    // small context in place of WXT's instead (utils/in-page/script-context.ts: ~1 KB gzipped less).
    'vite:build:extendConfig'(entrypoints, config) {
      const contentScripts = entrypoints.some((e) => e.type === 'content-script');
      // Terser's three passes pay where bytes are loaded often: every vendor page, each start of the
      // worker. Our HTML pages keep esbuild's minifier: it is many times faster on their bundle with
      // the hand-off's crypto (a lazy chunk), which halves the build's time.
      if (entrypoints.some((e) => e.type !== 'content-script' && e.type !== 'background'))
        config.build = { ...config.build, minify: 'esbuild' };
      const alias = contentScripts
        ? { find: /^wxt\/utils\/content-script-context$/, replacement: resolve(import.meta.dirname, 'utils/in-page/script-context.ts') }
        : { find: /^wxt\/browser$/, replacement: '@wxt-dev/webextension-polyfill/browser' };
      config.resolve ??= {};
      const existing = config.resolve.alias;
      config.resolve.alias = Array.isArray(existing)
        ? [alias, ...existing]
        : [alias, ...Object.entries(existing ?? {}).map(([find, replacement]) => ({ find, replacement }))];
    },
  },
  manifest: ({ browser }) => ({
    // Store listing text in the browser's language (public/_locales).
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    // Where the listing, the support page and the privacy policy live (docs/store/<lang>.md, "Addresses").
    homepage_url: 'https://www.togetherplatform.com/setup-assistant',
    default_locale: 'en',
    // storage: session vault and settings; alarms: expiry sweep of captured values (SW may sleep);
    // scripting: the Vantagepoint script on on-premises hosts the admin adds; clipboardWrite: empty
    // the clipboard 60 s after the admin copies a key (Chrome does it from an offscreen document).
    permissions: ['storage', 'alarms', 'scripting', 'clipboardWrite', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // Together only: to find an open settings tab and to fill it. Vendor pages are reached
    // through content_scripts matches, nothing else.
    host_permissions: [`${TOGETHER_ORIGIN}/*`],
    // Asked for one origin at a time, on the admin's click in the options page, never at install.
    optional_host_permissions: ['https://*/*'],
    // No web_accessible_resources: the guide lives in the browser's side panel (entrypoints/sidepanel),
    // and no page can frame, fetch or open any page of ours.
    // The toolbar button opens the guide (utils/background/side-panel.ts); so does the shortcut.
    action: { default_title: '__MSG_ext_name__' },
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+G' },
        description: '__MSG_command_open__',
      },
    },
    // Chrome and Edge read an organisation's preset settings through this schema; Firefox through
    // policies.json ("3rdparty" → "Extensions").
    // Chrome and Edge 116: sidePanel.open (the launcher), which came last of what the code uses
    // (side panel 114, offscreen 109, storage.session 102).
    ...(browser !== 'firefox' ? { storage: { managed_schema: 'managed_schema.json' }, minimum_chrome_version: '116' } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Desktop only: a phone is not where an admin sets up web services (no gecko_android).
            // Data collection as Mozilla defines it (data sent off the device): the keys and password,
            // which go only where the admin's click sends them (Together's form, Test connection).
            gecko: {
              id: 'setup-assistant@togetherplatform.com',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['authenticationInfo'] },
            },
          },
        }
      : {}),
  }),
});
