/**
 * Runs once before the e2e project: fails fast, with a message saying what to do, when Chromium or
 * the built extension is missing, instead of every test file timing out on its own.
 */
import { assertExtensionBuilt, findChromium } from '../../support/browser';

export default function setup(): void {
  findChromium();
  assertExtensionBuilt();
}
