/**
 * Runs once before each e2e project: fails fast, with a message saying what to do, when the
 * browser or the built extension is missing, instead of every test file timing out on its own.
 */
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { assertExtensionBuilt, findChromium, PROJECT_ROOT } from '../../support/browser';
import { findFirefox } from '../../support/firefox/launch';

export default function setup(project: TestProject): void {
  if (project.config.env?.DOSSIER_BROWSER === 'firefox') {
    findFirefox();
    assertExtensionBuilt(path.join(PROJECT_ROOT, '.output', 'firefox-mv3'));
  } else {
    findChromium();
    assertExtensionBuilt(path.join(PROJECT_ROOT, '.output', 'chrome-mv3'));
  }
}
