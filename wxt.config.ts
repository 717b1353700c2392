import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  // Manifest V3 for Firefox too (WXT's default there is MV2): one manifest shape and one `action`
  // API for both browsers; README.md, "Firefox", says why.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings, read by content scripts as well; unlimitedStorage: the dataset lives in
    // IndexedDB and may be large, and without it the browser may evict it under storage pressure.
    // Host access comes from the content script's matches. activeTab (no install warning): when
    // the user opens the toolbar popup, it may read that tab's URL, to say why a browser page or
    // the web store shows nothing.
    // alarms: automatic checks of dataset subscriptions (daily by default).
    // contextMenus: "Save snippet" on a text selection.
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'alarms', 'contextMenus'],
    // Dataset subscriptions: the background may fetch a manifest and its data file only from the
    // origin the user subscribed to, asked for at subscribe time with permissions.request. http is
    // offered for this machine only (a local test or staging server); lib/sync/fetch.ts refuses
    // plain http elsewhere.
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    commands: {
      'next-highlight': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_cmdNextHighlight__',
      },
      'save-snippet': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_snip_command__',
      },
    },
    // The toolbar button's icon; WXT fills `icons` itself from public/icon/ (`npm run icons`).
    action: {
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' },
    },
    // Firefox only (Chrome warns about keys it does not know). The id keeps stored data and
    // updates tied to one add-on on addons.mozilla.org and must never change once published. 140
    // is the first Firefox that reads data_collection_permissions (127 and older refuse it,
    // 128–139 ignore it); Dossier collects and transmits nothing, which AMO requires new add-ons
    // to declare.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: '{135619d7-bf04-4646-838d-ebcab12188dd}',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  // `npm run zip` (README.md, "Packaging"). Firefox Add-ons reviewers rebuild the add-on from the
  // sources archive, so it holds what `npm ci && npm run build:firefox` needs and nothing else:
  // every other file (tests, screenshots, benchmark results) is left out.
  zip: {
    excludeSources: ['**'],
    includeSources: [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'README.md',
      'entrypoints/**',
      'components/**',
      'lib/**',
      'public/**',
      'seeds/**',
    ],
  },
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
