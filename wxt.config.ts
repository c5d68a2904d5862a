import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { TOGETHER_ORIGIN } from './utils/together/site';

// See docs/architecture.md. Auto-imports are off: every module says where its names come from.
export default defineConfig({
  imports: false,
  // MV3 in both browsers keeps one code path (storage.session, action, host_permissions).
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // webextension-polyfill (what @wxt-dev/webextension-polyfill does, scoped): the background and
    // extension pages get it; content scripts use the browsers' native promise API, which both
    // Chrome MV3 and Firefox provide, and stay ~3 KB gzipped smaller.
    'vite:build:extendConfig'(entrypoints, config) {
      if (entrypoints.some((e) => e.type === 'content-script')) return;
      const alias = { find: /^wxt\/browser$/, replacement: '@wxt-dev/webextension-polyfill/browser' };
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
    ...(browser !== 'firefox' ? { storage: { managed_schema: 'managed_schema.json' } } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'setup-assistant@togetherplatform.com', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            // data_collection_permissions needs 142 on Android (desktop: 140, the current ESR line).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
