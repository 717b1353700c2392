/**
 * Saved pages on disk → scan.ts. Node only (file system, jsdom): used by the maintainer CLI, and
 * never imported by anything the extension bundles.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Entity } from '../dataset/schema';
import type { Matcher } from '../match/matcher';
import { matcherFor, scanDocument, summarizeScans, type PageScan, type ScanReport } from './scan';

const HTML = /\.html?$/i;

/** The page itself, or every .html/.htm file under the folder (recursively, sorted). */
export function listPages(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  const out: string[] = [];
  for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) out.push(...listPages(full));
    else if (HTML.test(entry.name)) out.push(full);
  }
  return out;
}

/** Parses a saved page as a browser would (no scripts run: what was saved is what is read). */
export function scanHtml(html: string, matcher: Matcher, page = ''): PageScan {
  const dom = new JSDOM(html);
  try {
    return scanDocument(dom.window.document, matcher, page);
  } finally {
    dom.window.close();
  }
}

export interface PagesScan {
  scans: PageScan[];
  report: ScanReport;
}

export function scanPages(paths: readonly string[], entities: readonly Entity[]): PagesScan {
  const matcher = matcherFor(entities);
  const scans = paths.map((path) => scanHtml(readFileSync(path, 'utf8'), matcher, path));
  return { scans, report: summarizeScans(scans, entities) };
}
