/** Plain-text reports of the maintainer CLI (`npm run dataset`), kept here so they are tested. */
import type { Dataset } from '../dataset/schema';
import type { ValidationError } from '../dataset/validate';
import type { IdChanges, VersionDiff } from './dataset-diff';
import type { SkippedLine } from './ftm';
import type { ScanReport } from './scan';

export function formatErrors(file: string, errors: readonly ValidationError[]): string {
  const lines = errors.map((e) => `${file}: ${e.path}: ${e.message}`);
  lines.push(`${file}: ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}`);
  return lines.join('\n');
}

export function formatCounts(dataset: Dataset): string {
  return `${dataset.entities.length} entities, ${dataset.claims.length} claims, ${dataset.sources.length} sources`;
}

function formatChanges(noun: string, changes: IdChanges): string[] {
  const { added, changed, removed } = changes;
  const lines = [`${noun}: ${added.length} added, ${changed.length} changed, ${removed.length} removed`];
  for (const id of added) lines.push(`  + ${id}`);
  for (const id of changed) lines.push(`  ~ ${id}`);
  for (const id of removed) lines.push(`  - ${id}`);
  return lines;
}

export function formatDiff(before: Dataset, after: Dataset, diff: VersionDiff): string {
  const lines = [`${before.id} ${before.version} → ${after.id} ${after.version}`];
  lines.push(diff.header.length ? `header fields changed: ${diff.header.join(', ')}` : 'header unchanged');
  lines.push(...formatChanges('entities', diff.entities), ...formatChanges('claims', diff.claims), ...formatChanges('sources', diff.sources));
  return lines.join('\n');
}

export function formatScan(report: ScanReport): string {
  const total = report.pages.reduce((n, p) => n + p.mentions, 0);
  const lines = [`${report.pages.length} ${report.pages.length === 1 ? 'page' : 'pages'}, ${total} mentions of ${report.entities.length} entities`];
  for (const page of report.pages) lines.push(`  ${page.page}: ${page.mentions} mentions`);
  lines.push('');
  for (const row of report.entities) {
    const where = report.pages.length > 1 ? ` on ${row.pages} ${row.pages === 1 ? 'page' : 'pages'}` : '';
    lines.push(`${String(row.count).padStart(5)}  ${row.name} (${row.entityId}, ${row.type})${where}`);
    for (const ex of row.examples) lines.push(`         ${report.pages.length > 1 ? `${ex.page}: ` : ''}${ex.context}`);
  }
  if (report.unmentioned) lines.push('', `${report.unmentioned} entities of the dataset are not mentioned on these pages`);
  return lines.join('\n');
}

export function formatSkipped(skipped: readonly SkippedLine[], limit = 20): string {
  if (!skipped.length) return 'no lines skipped';
  const reasons = new Map<string, number>();
  for (const s of skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  const lines = [`${skipped.length} ${skipped.length === 1 ? 'line' : 'lines'} skipped:`];
  for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1])) lines.push(`  ${String(n).padStart(6)}  ${reason}`);
  const shown = skipped.slice(0, limit).map((s) => `  line ${s.line}: ${s.reason}`);
  if (skipped.length > limit) shown.push(`  … and ${skipped.length - limit} more`);
  return [...lines, ...shown].join('\n');
}
