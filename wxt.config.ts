import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  manifest: {
    name: 'Dossier',
    description: 'Highlights known people, companies and institutions in news articles, with sourced context from a local dataset.',
    // storage: settings shared between pages; unlimitedStorage: large datasets in IndexedDB.
    permissions: ['storage', 'unlimitedStorage'],
  },
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
