/** Builds the page-side code (the code under test plus in-page measurements) with Vite. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { PROJECT_ROOT } from './paths';

/** Bundles `entry` as an IIFE assigning its exports to `window[name]`; returns the script. */
export async function bundle(entry: string, name: string): Promise<string> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-'));
  try {
    await build({
      configFile: false,
      root: PROJECT_ROOT,
      logLevel: 'warn',
      publicDir: false,
      build: {
        lib: { entry: path.join(PROJECT_ROOT, entry), formats: ['iife'], name, fileName: () => 'bundle.js' },
        write: true,
        outDir,
        emptyOutDir: true,
        // Readable stack traces in the page; minification would not change the timings much.
        minify: false,
        reportCompressedSize: false,
      },
    });
    return readFileSync(path.join(outDir, 'bundle.js'), 'utf8');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
