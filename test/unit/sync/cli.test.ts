/**
 * `npm run dataset -- …`: output and exit codes, 0 done, 1 problems in the data, 2 a wrong
 * command line. The commands run in-process through main() (a child process per case costs
 * seconds on a busy machine); the exit codes are checked once through tsx as a maintainer runs it.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../lib/cli/dataset';
import { parseDatasetText } from '../../../lib/sync/jsonl';
import { ManifestSchema } from '../../../lib/sync/manifest';

const TSX = join('node_modules', '.bin', 'tsx');
const tmp = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs a command in-process; output as the console would show it (one line per call). */
async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') });
  return { code, out, err };
}

/** Runs the script through tsx, as `npm run dataset` does. */
function spawnDataset(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const child = execFile(TSX, [join('lib', 'cli', 'dataset.ts'), ...args], { encoding: 'utf8' }, (_error, out, err) =>
      done({ code: child.exitCode, out, err }),
    );
  });
}

const SEED = 'seeds/dossier-seed.json';
/** Generous: the machine running the tests may be busy, and tsx compiles on start. */
const TIMEOUT = { timeout: 120_000 };
const OK = { code: 0 };


describe('npm run dataset (the script, through tsx)', () => {
  it('exits 0 when done, 1 for invalid data, 2 for a wrong command line', TIMEOUT, async () => {
    const [ok, invalid, usage] = await Promise.all([
      spawnDataset('validate', SEED),
      spawnDataset('validate', 'test/fixtures/datasets/invalid.json'),
      spawnDataset('validate'),
    ]);
    expect(ok).toMatchObject({ code: 0, out: `${SEED}: valid JSON dataset dossier-seed 1.0.0 — 45 entities, 81 claims, 5 sources\n` });
    expect(invalid).toMatchObject({ code: 1, out: '' });
    expect(invalid.err).toContain('test/fixtures/datasets/invalid.json: $.entities[1].id: must be a kebab-case slug');
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('Usage: npm run dataset -- <command>');
  });
});

describe('npm run dataset commands', { timeout: 60_000 }, () => {
  it('validate lists every error with its path', async () => {
    const bad = await run('validate', 'test/fixtures/datasets/invalid.json');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('test/fixtures/datasets/invalid.json: $.entities[1].id: must be a kebab-case slug');
    expect(bad.err).toContain('test/fixtures/datasets/invalid.json: $.sources[0].url: must be an https:// URL');
    expect(bad.err).toMatch(/: 5 errors\n$/);
  });

  it('convert + validate + manifest: a JSON Lines file, its errors by line, and its manifest next to it', async () => {
    const jsonl = join(tmp, 'seed.jsonl');
    expect(await run('convert', SEED, '--jsonl', '--out', jsonl)).toMatchObject({ ...OK, out: `wrote ${jsonl}\n` });
    expect((await run('validate', jsonl)).out).toContain('valid JSON Lines dataset');
    const back = join(tmp, 'seed-again.json');
    expect((await run('convert', jsonl, '--json', '--out', back)).code).toBe(0);
    expect(readFileSync(back, 'utf8')).toBe(readFileSync(SEED, 'utf8'));

    const made = await run('manifest', jsonl);
    expect(made.code).toBe(0);
    const manifest = ManifestSchema.parse(JSON.parse(readFileSync(join(tmp, 'seed.manifest.json'), 'utf8')));
    const bytes = readFileSync(jsonl);
    expect(manifest).toMatchObject({ id: 'dossier-seed', url: 'seed.jsonl', format: 'jsonl', size: bytes.byteLength, entityCount: 45 });
    expect(manifest.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(made.out).toContain(`sha256 ${manifest.sha256}`);

    const out = join(tmp, 'elsewhere.json');
    expect((await run('manifest', jsonl, '--url', 'https://data.example.org/v1/seed.jsonl', '--out', out)).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).url).toBe('https://data.example.org/v1/seed.jsonl');
    expect((await run('manifest', jsonl, '--url', 'file:///etc/seed.jsonl', '--out', join(tmp, 'no.json'))).code).toBe(1);
    expect(existsSync(join(tmp, 'no.json'))).toBe(false);

    const broken = join(tmp, 'broken.jsonl');
    writeFileSync(broken, readFileSync(jsonl, 'utf8').slice(0, -30));
    const result = await run('validate', broken);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/broken\.jsonl: line \d+: \$: truncated/);
    expect((await run('manifest', broken)).code).toBe(1);
    expect(existsSync(join(tmp, 'broken.manifest.json'))).toBe(false);
  });

  it('diff prints counts and ids', async () => {
    const next = JSON.parse(readFileSync(SEED, 'utf8'));
    next.version = '1.0.1';
    next.entities.push({ id: 'new-person', type: 'person', name: 'New Person', aliases: [], roles: [], related: [] });
    const file = join(tmp, 'next.json');
    writeFileSync(file, JSON.stringify(next));
    const result = await run('diff', SEED, file);
    expect(result.code).toBe(0);
    expect(result.out).toContain('dossier-seed 1.0.0 → dossier-seed 1.0.1');
    expect(result.out).toContain('entities: 1 added, 0 changed, 0 removed\n  + new-person\n');
    expect(result.out).toContain('claims: 0 added, 0 changed, 0 removed');
    expect((await run('diff', SEED, 'test/fixtures/datasets/invalid.json')).code).toBe(1);
  });

  it('scan reports mentions per entity on a page or a folder, as text or JSON', async () => {
    const pages = join(tmp, 'pages');
    mkdirSync(join(pages, 'nested'), { recursive: true });
    const page = join(pages, 'nested', 'article.html');
    copyFileSync('test/fixtures/pages/demo-article.html', page);
    writeFileSync(join(pages, 'notes.txt'), 'NATO');
    const text = await run('scan', pages);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^1 page, 16 mentions of 10 entities\n/);
    expect(text.out).toContain('Dmytro Kuleba (dmytro-kuleba, person)');
    const json = await run('scan', page, '--json', '--dataset', SEED);
    expect(JSON.parse(json.out).entities[0]).toMatchObject({ entityId: 'kyiv', count: 3 });
    expect((await run('scan', join(tmp, 'nothing-here'))).code).toBe(2);
    mkdirSync(join(tmp, 'empty'));
    expect(await run('scan', join(tmp, 'empty'))).toMatchObject({ code: 1, err: expect.stringContaining('no .html pages found') });
  });

  it('import-ftm writes a valid dataset and says what it skipped', async () => {
    const ftm = join(tmp, 'people.ftm.jsonl');
    copyFileSync('test/fixtures/ftm/entities.ftm.jsonl', ftm);
    const result = await run('import-ftm', ftm, '--id', 'ftm-example', '--name', 'FtM example', '--jsonl');
    expect(result.code).toBe(0);
    expect(result.out).toContain(`wrote ${join(tmp, 'ftm-example.jsonl')}`);
    expect(result.out).toContain('ftm-example: 6 entities, 0 claims, 0 sources');
    expect(result.out).toContain('schema Ownership is not imported');
    const parsed = parseDatasetText(readFileSync(join(tmp, 'ftm-example.jsonl'), 'utf8'), 'auto');
    expect(parsed.ok && parsed.value.entities.length).toBe(6);
    expect((await run('import-ftm', 'test/fixtures/ftm/broken.ftm.jsonl', '--id', 'x', '--name', 'X', '--out', join(tmp, 'x.json'))).code).toBe(1);
    expect(existsSync(join(tmp, 'x.json'))).toBe(false);
  });

  it('prints the usage and exits 2 on a wrong command line', async () => {
    const wrong = [[], ['publish'], ['validate'], ['validate', SEED, 'extra'], ['manifest', SEED, '--url'], ['import-ftm', SEED, '--id', 'x'], ['convert', SEED], ['convert', SEED, '--json'], ['diff', SEED, '--color'], ['manifest', SEED, '--out', SEED], ['scan', 'test/fixtures/pages', '--dataset', 'missing.json']];
    for (const args of wrong) {
      const result = await run(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err, args.join(' ')).toContain('Usage: npm run dataset -- <command>');
    }
    expect(await run('--help')).toMatchObject({ code: 0, out: expect.stringContaining('import-ftm FILE --id ID --name NAME') });
  });
});
