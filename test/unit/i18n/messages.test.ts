/** UI text exists in every language, and every key the code asks for is there. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const locales = readdirSync('public/_locales');
const messages = Object.fromEntries(
  locales.map((l) => [l, JSON.parse(readFileSync(join('public/_locales', l, 'messages.json'), 'utf8')) as Record<string, { message: string }>]),
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}

describe('locales', () => {
  it('are English and Ukrainian', () => {
    expect(locales.sort()).toEqual(['en', 'uk']);
  });

  it('have the same keys, each with a non-empty message', () => {
    const en = Object.keys(messages.en!).sort();
    expect(Object.keys(messages.uk!).sort()).toEqual(en);
    for (const l of locales) for (const [key, m] of Object.entries(messages[l]!)) expect(m.message.trim(), `${l}/${key}`).not.toBe('');
  });

  it('hold every key the code asks for with t()', () => {
    const used = new Set<string>();
    for (const file of [...sourceFiles('components'), ...sourceFiles('entrypoints'), ...sourceFiles('lib')])
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
    const missing = [...used].filter((k) => !(k in messages.en!));
    expect(missing).toEqual([]);
  });
});
