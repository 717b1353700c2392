import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  manifest: {
    name: 'Dossier',
    description: 'Highlights known people, companies and institutions in news articles, with sourced context from a local dataset.',
    // unlimitedStorage: the dataset lives in IndexedDB and may be large; without it the browser
    // may evict it under storage pressure. Host access comes from the content script's matches.
    permissions: ['unlimitedStorage'],
  },
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
