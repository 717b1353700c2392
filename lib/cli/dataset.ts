/**
 * `npm run dataset -- <command>`: the maintainer's tool for publishing a dataset. Only argument
 * parsing, files and printing live here; the work is in lib/sync. Exit codes: 0 done, 1 the data
 * has problems (listed), 2 the command line was wrong (usage printed).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { diffVersions } from '../sync/dataset-diff';
import { readDataFile } from '../sync/files';
import { ftmToDataset } from '../sync/ftm';
import { formatDatasetAs } from '../sync/jsonl';
import { createManifest, defaultManifestPath, fileName, formatManifest } from '../sync/publish';
import { formatCounts, formatDiff, formatErrors, formatScan, formatSkipped } from '../sync/report';
import { listPages, scanPages } from '../sync/scan-files';

const USAGE = `Usage: npm run dataset -- <command> [arguments]

  validate FILE                      check a dataset file (JSON or JSON Lines); every error with its path
  manifest FILE [--url URL] [--out PATH]
                                     write FILE's manifest (hash, size, entity count); by default next
                                     to FILE as NAME.manifest.json, with URL = FILE's name
  diff OLD NEW                       entities, claims and sources added, changed and removed
  scan PAGE.html|FOLDER [--dataset FILE] [--json]
                                     mentions per entity on saved pages, as the extension would
                                     highlight them (default dataset: seeds/dossier-seed.json)
  import-ftm FILE --id ID --name NAME [--version X.Y.Z] [--out PATH] [--jsonl]
                                     convert FollowTheMoney entity JSON lines into a dataset
                                     (default output: ID.json or ID.jsonl next to FILE)
  convert FILE --json|--jsonl [--out PATH]
                                     rewrite a dataset in the other encoding, in canonical order`;

class UsageError extends Error {}

/** Where output goes: the console, or a test's buffers. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const CONSOLE: Io = { out: (t) => console.log(t), err: (t) => console.error(t) };

interface Spec {
  positional: number;
  values?: string[];
  flags?: string[];
  required?: string[];
}

const SPECS: Record<string, Spec> = {
  validate: { positional: 1 },
  manifest: { positional: 1, values: ['--url', '--out'] },
  diff: { positional: 2 },
  scan: { positional: 1, values: ['--dataset'], flags: ['--json'] },
  'import-ftm': { positional: 1, values: ['--id', '--name', '--version', '--out'], flags: ['--jsonl'], required: ['--id', '--name'] },
  convert: { positional: 1, values: ['--out'], flags: ['--json', '--jsonl'] },
};

interface Args {
  files: string[];
  values: Map<string, string>;
  flags: Set<string>;
}

function parse(command: string, argv: string[]): Args {
  const spec = SPECS[command];
  if (!spec) throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  const args: Args = { files: [], values: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (spec.values?.includes(arg)) {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      args.values.set(arg, value);
    } else if (spec.flags?.includes(arg)) args.flags.add(arg);
    else if (arg.startsWith('--')) throw new UsageError(`${command}: unknown option ${arg}`);
    else args.files.push(arg);
  }
  if (args.files.length !== spec.positional)
    throw new UsageError(`${command} takes ${spec.positional === 1 ? 'one file' : `${spec.positional} files`}, got ${args.files.length}`);
  for (const name of spec.required ?? []) if (!args.values.has(name)) throw new UsageError(`${command} needs ${name}`);
  for (const file of args.files) if (!existsSync(file)) throw new UsageError(`no such file or folder: ${file}`);
  return args;
}

/** Reads and validates a dataset file; prints its errors and returns null when it is not valid. */
function load(io: Io, file: string) {
  const data = readDataFile(file);
  if (!data.result.ok) {
    io.err(formatErrors(file, data.result.errors));
    return null;
  }
  return { ...data, dataset: data.result.value };
}

function write(io: Io, path: string, text: string): void {
  writeFileSync(path, text);
  io.out(`wrote ${path}`);
}

async function run(io: Io, command: string, args: Args): Promise<number> {
  const [file = '', other = ''] = args.files;
  switch (command) {
    case 'validate': {
      const data = load(io, file);
      if (!data) return 1;
      io.out(`${file}: valid ${data.format === 'jsonl' ? 'JSON Lines' : 'JSON'} dataset ${data.dataset.id} ${data.dataset.version} — ${formatCounts(data.dataset)}`);
      return 0;
    }
    case 'manifest': {
      const data = load(io, file);
      if (!data) return 1;
      const url = args.values.get('--url') ?? fileName(file);
      const manifest = await createManifest({ dataset: data.dataset, bytes: data.bytes, format: data.format, url });
      if (!manifest.ok) {
        io.err(formatErrors('manifest', manifest.errors));
        return 1;
      }
      const out = args.values.get('--out') ?? defaultManifestPath(file);
      if (resolve(out) === resolve(file)) throw new UsageError('the manifest would overwrite the data file: give another --out PATH');
      write(io, out, formatManifest(manifest.value));
      io.out(`${manifest.value.id} ${manifest.value.version}: ${manifest.value.entityCount} entities, ${manifest.value.size} bytes, sha256 ${manifest.value.sha256}`);
      return 0;
    }
    case 'diff': {
      const before = load(io, file);
      const after = load(io, other);
      if (!before || !after) return 1;
      io.out(formatDiff(before.dataset, after.dataset, diffVersions(before.dataset, after.dataset)));
      return 0;
    }
    case 'scan': {
      const datasetFile = args.values.get('--dataset') ?? 'seeds/dossier-seed.json';
      if (!existsSync(datasetFile)) throw new UsageError(`no such dataset file: ${datasetFile}`);
      const data = load(io, datasetFile);
      if (!data) return 1;
      const pages = listPages(file);
      if (!pages.length) {
        io.err(`${file}: no .html pages found`);
        return 1;
      }
      const { report } = scanPages(pages, data.dataset.entities);
      io.out(args.flags.has('--json') ? JSON.stringify(report, null, 2) : formatScan(report));
      return 0;
    }
    case 'import-ftm': {
      const format = args.flags.has('--jsonl') ? 'jsonl' : 'json';
      const id = args.values.get('--id')!;
      const result = ftmToDataset(readFileSync(file, 'utf8'), { id, name: args.values.get('--name')!, version: args.values.get('--version') });
      if (!result.ok) {
        io.err(formatErrors(file, result.errors));
        return 1;
      }
      const out = args.values.get('--out') ?? join(dirname(file), `${id}.${format}`);
      if (resolve(out) === resolve(file)) throw new UsageError('the output would overwrite the FtM file: give --out PATH');
      write(io, out, formatDatasetAs(result.value, format));
      io.out(`${result.value.id}: ${formatCounts(result.value)}`);
      io.out(formatSkipped(result.skipped));
      return 0;
    }
    case 'convert': {
      const json = args.flags.has('--json');
      if (json === args.flags.has('--jsonl')) throw new UsageError('convert needs one of --json or --jsonl');
      const format = json ? 'json' : 'jsonl';
      const data = load(io, file);
      if (!data) return 1;
      const out = args.values.get('--out') ?? file.replace(/\.(jsonl|json)$/i, '') + `.${format}`;
      if (resolve(out) === resolve(file)) throw new UsageError(`${file} is already named .${format}: give --out PATH`);
      write(io, out, formatDatasetAs(data.dataset, format));
      return 0;
    }
  }
  return 2;
}

export async function main(argv: string[], io: Io = CONSOLE): Promise<number> {
  const [command = '', ...rest] = argv;
  if (command === 'help' || command === '--help' || command === '-h') {
    io.out(USAGE);
    return 0;
  }
  try {
    return await run(io, command, parse(command, rest));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`error: ${error.message}\n\n${USAGE}`);
    return 2;
  }
}

// Run only as the script itself: tests import main().
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) process.exitCode = await main(process.argv.slice(2));
