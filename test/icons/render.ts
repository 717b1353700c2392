/**
 * Renders test/icons/dossier.svg to the PNG icons the browsers and stores ask for, in Debian's
 * Chromium through playwright-core (no image library needed): `npm run icons`.
 *
 * Writes public/icon/{16,32,48,96,128}.png, which WXT puts in the manifest's `icons` (and
 * wxt.config.ts in `action.default_icon`). 128.png follows the Chrome Web Store's rule for its
 * store icon (96 × 96 artwork inside 16 px of transparent padding), so the same file is uploaded
 * as the store icon; the smaller sizes use the whole square, as toolbars show them tiny.
 *
 * `npm run icons -- --preview FILE.png` also writes a sheet of every size on a light and a dark
 * toolbar colour, to check them by eye.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { findChromium, PROJECT_ROOT } from '../support/browser';

const SOURCE = path.join(PROJECT_ROOT, 'test', 'icons', 'dossier.svg');
const OUT_DIR = path.join(PROJECT_ROOT, 'public', 'icon');
/** Size in pixels → transparent padding on each side (Chrome Web Store: 16 px at 128). */
const SIZES: ReadonlyArray<readonly [size: number, padding: number]> = [
  [16, 0],
  [32, 0],
  [48, 0],
  [96, 0],
  [128, 16],
];
/** Firefox's and Chrome's light and dark toolbar colours, for the preview sheet. */
const TOOLBARS = ['#f9f9fb', '#2b2a33', '#ffffff', '#202124'];

function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

async function renderPng(page: Page, src: string, size: number, padding: number): Promise<Buffer> {
  await page.setViewportSize({ width: size, height: size });
  const art = size - 2 * padding;
  await page.setContent(
    `<!doctype html><html><body style="margin:0;background:transparent">` +
      `<img id="icon" src="${src}" width="${art}" height="${art}" style="display:block;margin:${padding}px">` +
      `</body></html>`,
  );
  await page.locator('#icon').evaluate((img: HTMLImageElement) => img.decode());
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

async function renderPreview(page: Page, file: string): Promise<void> {
  const cells = TOOLBARS.map(
    (colour) =>
      `<div style="background:${colour};padding:12px;display:flex;gap:12px;align-items:end">` +
      SIZES.map(([size]) => {
        const png = readFileSync(path.join(OUT_DIR, `${size}.png`)).toString('base64');
        return `<img src="data:image/png;base64,${png}" width="${size}" height="${size}">`;
      }).join('') +
      `<img src="data:image/png;base64,${readFileSync(path.join(OUT_DIR, '16.png')).toString('base64')}" ` +
      `width="64" height="64" style="image-rendering:pixelated" title="16 px, enlarged">` +
      `</div>`,
  ).join('');
  await page.setViewportSize({ width: 480, height: 160 * TOOLBARS.length });
  await page.setContent(`<!doctype html><html><body style="margin:0">${cells}</body></html>`);
  await page.screenshot({ path: file, fullPage: true });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const previewAt = args.indexOf('--preview');
  const preview = previewAt >= 0 ? args[previewAt + 1] : undefined;
  if (previewAt >= 0 && !preview) throw new Error('--preview needs a file name, e.g. --preview /tmp/icons.png');

  const src = svgDataUrl(readFileSync(SOURCE, 'utf8'));
  mkdirSync(OUT_DIR, { recursive: true });
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const [size, padding] of SIZES) {
      const file = path.join(OUT_DIR, `${size}.png`);
      writeFileSync(file, await renderPng(page, src, size, padding));
      console.log(`wrote ${path.relative(PROJECT_ROOT, file)}`);
    }
    if (preview) {
      await renderPreview(page, path.resolve(preview));
      console.log(`wrote ${preview}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
