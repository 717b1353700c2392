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
    permissions: ['storage', 'unlimitedStorage', 'activeTab'],
    commands: {
      'next-highlight': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_cmdNextHighlight__',
      },
    },
  },
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
