import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  manifest: {
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
  },
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
