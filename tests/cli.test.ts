// The command line as a user's shell sees it: the built binary is spawned and
// whatever it prints is parsed with a real parser for its format.
import { createHash, randomBytes } from 'node:crypto';
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, cpSync, existsSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleRecordSchema, EventRecordSchema } from '../src/records/schemas.js';
import { checkSchema, validate } from './helpers/json-schema.js';
import { BIN, ROOT, SEEDS, TempDir, cliEnv, parseNdjson, runCli, runShell, type CliResult } from './helpers/cli.js';

// SPEC section 3: the flat columns, in this order.
const CSV_HEADER = [
  'event_id', 'article_id', 'file', 'title', 'outlet', 'published', 'event_type', 'sub_event_type',
  'event_date', 'event_date_end', 'date_precision', 'date_text',
  'actor1', 'actor1_id', 'actor1_type', 'actor2', 'actor2_id', 'actor2_type', 'assoc_actor1', 'assoc_actor2',
  'location', 'admin1', 'country', 'country_code', 'latitude', 'longitude', 'geo_precision',
  'fatalities', 'fatalities_low', 'fatalities_high', 'sources', 'contested', 'evidence', 'confidence',
];

const seedFiles = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join('fixtures', 'seeds', f));
// A seed whose events include located and unlocated ones; one article keeps the suite fast.
const SAMPLE = [seedFiles[2]];
const SAMPLE_ID = SAMPLE[0].replace(/^.*\/(.*)\.txt$/, '$1');

let eventSchema: unknown;
let articleSchema: unknown;
let tmp: TempDir;
let short: string;
/** The sample through every format, run once: `${format} ${records}` -> result. */
const runs = new Map<string, CliResult>();

beforeAll(async () => {
  tmp = new TempDir();
  short = tmp.file('short.txt', 'Rebels shelled the town of Marea on Friday, killing three civilians.\n');
  const [events, articles] = await Promise.all([runCli(['schema', 'events']), runCli(['schema', 'articles'])]);
  expect(events.code).toBe(0);
  expect(articles.code).toBe(0);
  eventSchema = JSON.parse(events.stdout);
  articleSchema = JSON.parse(articles.stdout);
  const combos = [
    ['json', 'events'], ['json', 'articles'], ['ndjson', 'events'], ['ndjson', 'articles'], ['csv', 'events'], ['tsv', 'events'], ['geojson', 'events'],
  ];
  const results = await Promise.all(combos.map(([f, r]) => runCli(['--jobs', '1', '-f', f, '-r', r, ...SAMPLE])));
  combos.forEach(([f, r], i) => runs.set(`${f} ${r}`, results[i]));
}, 120_000);
afterAll(() => tmp.remove());

function expectClean(r: CliResult): void {
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(r.code, r.stderr).toBe(0);
}

describe('extract schema', () => {
  it.each(['events', 'articles'])('prints a well-formed JSON Schema (draft 2020-12) for %s', async (kind) => {
    const r = await runCli(['schema', kind]);
    expectClean(r);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(checkSchema(schema)).toEqual([]);
  });

  it('defaults to events', async () => {
    const r = await runCli(['schema']);
    expect(JSON.parse(r.stdout)).toEqual(eventSchema);
  });

  it('names the event fields of the contract as required', () => {
    const required = (eventSchema as { required: string[] }).required;
    for (const field of ['event_id', 'article', 'event_type', 'sub_event_type', 'date', 'actor1', 'actor2', 'assoc_actor1', 'assoc_actor2',
      'location', 'fatalities', 'sources', 'contested', 'evidence', 'confidence']) {
      expect(required).toContain(field);
    }
  });

  it('refuses an unknown record kind with a usage error', async () => {
    const r = await runCli(['schema', 'people']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/events or articles/);
  });
});

describe('formats', () => {
  it('json: one array whose records satisfy the events schema', async () => {
    const r = runs.get('json events')!;
    expectClean(r);
    const records = JSON.parse(r.stdout);
    expect(Array.isArray(records)).toBe(true);
    for (const rec of records) {
      expect(validate(eventSchema, rec)).toEqual([]);
      expect(EventRecordSchema.safeParse(rec).success).toBe(true);
    }
  });

  it('json --records articles: one record per article, each satisfying the articles schema', async () => {
    const r = runs.get('json articles')!;
    expectClean(r);
    const records = JSON.parse(r.stdout) as { id: string; file: string }[];
    expect(records.map((a) => a.file)).toEqual(SAMPLE);
    for (const rec of records) {
      expect(validate(articleSchema, rec)).toEqual([]);
      expect(ArticleRecordSchema.safeParse(rec).success).toBe(true);
    }
  });

  it('ndjson --records articles: every line parses on its own', async () => {
    const r = runs.get('ndjson articles')!;
    expectClean(r);
    const records = parseNdjson(r.stdout) as { id: string }[];
    expect(records.map((a) => a.id)).toEqual([SAMPLE_ID]);
    for (const rec of records) expect(validate(articleSchema, rec)).toEqual([]);
  });

  it('ndjson: every line is an event record', async () => {
    const r = runs.get('ndjson events')!;
    expectClean(r);
    for (const rec of parseNdjson(r.stdout)) expect(validate(eventSchema, rec)).toEqual([]);
  });

  it.each([
    ['csv', ','],
    ['tsv', '\t'],
  ])('%s: the exact header of the contract, then rows a CSV parser reads', async (format, delimiter) => {
    const r = runs.get(`${format} events`)!;
    expectClean(r);
    const rows = parseCsv(r.stdout, { delimiter, relax_column_count: false }) as string[][];
    expect(rows[0]).toEqual(CSV_HEADER);
    for (const row of rows.slice(1)) expect(row).toHaveLength(CSV_HEADER.length);
    expect(r.stdout.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('geojson: a FeatureCollection of Features whose points are [lon, lat]', async () => {
    const r = runs.get('geojson events')!;
    expectClean(r);
    const fc = JSON.parse(r.stdout);
    expect(fc.type).toBe('FeatureCollection');
    expect(Array.isArray(fc.features)).toBe(true);
    for (const f of fc.features) {
      expect(f.type).toBe('Feature');
      expect(validate(eventSchema, f.properties)).toEqual([]);
      const loc = f.properties.location;
      if (loc?.lat == null || loc?.lon == null) expect(f.geometry).toBeNull();
      else expect(f.geometry).toEqual({ type: 'Point', coordinates: [loc.lon, loc.lat] });
    }
  });

  it.each(['csv', 'tsv', 'geojson'])('--records articles --format %s is a usage error that says why', async (format) => {
    const r = await runCli(['--records', 'articles', '--format', format, short]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`${format}.*--records events`));
  });

  it('an unknown format is a usage error naming the formats', async () => {
    const r = await runCli(['-f', 'xml', short]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/json, ndjson, csv, tsv, geojson/);
  });
});

describe('standard input', () => {
  const article = 'Rebels shelled the town on Monday.\n';

  it('no argument reads standard input; the article id is "stdin"', async () => {
    const r = await runCli(['-r', 'articles'], { input: article });
    expectClean(r);
    const [rec] = JSON.parse(r.stdout);
    expect(rec.id).toBe('stdin');
  });

  it('"-" reads standard input among files, in the order given', async () => {
    const r = await runCli(['--jobs', '1', '-r', 'articles', '-f', 'ndjson', short, '-', short], { input: article });
    expectClean(r);
    expect((parseNdjson(r.stdout) as { id: string }[]).map((a) => a.id)).toEqual(['short', 'stdin', 'short']);
  });
});

describe('inputs', () => {
  it('a directory is recursed in sorted order; a quoted glob is expanded by the tool', async () => {
    const dir = join(tmp.path, 'corpus');
    tmp.file('corpus/b.txt', 'Second article.\n');
    tmp.file('corpus/a.txt', 'First article.\n');
    tmp.file('corpus/sub/c.txt', 'Third article.\n');
    const byDir = await runCli(['--jobs', '1', '-r', 'articles', '-f', 'ndjson', dir]);
    expectClean(byDir);
    expect((parseNdjson(byDir.stdout) as { id: string }[]).map((a) => a.id)).toEqual(['a', 'b', 'c']);
    const byGlob = await runCli(['--jobs', '1', '-r', 'articles', '-f', 'ndjson', `${dir}/*.txt`]);
    expectClean(byGlob);
    expect((parseNdjson(byGlob.stdout) as { id: string }[]).map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('a glob that matches nothing is named on stderr, exit 1', async () => {
    const r = await runCli(['--jobs', '1', join(tmp.path, 'nothing-here', '*.txt'), short]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nothing-here\/\*\.txt: no file matches/);
    expect(Array.isArray(JSON.parse(r.stdout))).toBe(true);
  });
});

/** The processes whose parent is `pid` (Linux: read from /proc). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        // pid (comm) state ppid ...: comm may hold spaces, the fields after its ')' do not
        return Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1].split(' ')[1]) === pid;
      } catch {
        return false; // ended meanwhile
      }
    })
    .map(Number);
}
function alive(pid: number): boolean {
  try {
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8')); // a zombie has ended
  } catch {
    return false;
  }
}

/** Resolves with the pid of the run `node bin/extract.js` started under the V8 flags, once it exists (0 if none in 20 s). */
function runOf(parent: number): Promise<number> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const poll = setInterval(() => {
      // once it runs Node with the flags (a child is a copy of its parent until then)
      const pid = childrenOf(parent).find((p) => {
        try {
          return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('--no-regexp-tier-up');
        } catch {
          return false;
        }
      });
      if (pid || Date.now() - t0 > 20_000) {
        clearInterval(poll);
        resolve(pid ?? 0);
      }
    }, 20);
  });
}

describe.runIf(process.platform === 'linux')('the V8 flags of the command line', () => {
  it('no V8 flag is set once V8 runs (--expose-gc aside): each is given to Node on its command line', () => {
    const setAtRunTime = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|cjs|mjs|js)$/.test(f))
      .flatMap((f) => [...readFileSync(join(ROOT, 'src', f), 'utf8').matchAll(/setFlagsFromString\(([^)]*)\)/g)].map((m) => `${f}: ${m[1]}`));
    // --no-regexp-tier-up, set once V8 runs, made it crash at start-up now and then; --expose-gc is no compiler flag
    expect(setAtRunTime).toEqual([join('cli', 'engine.ts') + ": '--expose-gc'"]);
  });

  it('started without its flags, the command runs itself with them, stdin and stdout shared', async () => {
    let run = 0;
    let cmdline = '';
    const r = await runCli(['-f', 'ndjson', '-'], {
      input: readFileSync(SAMPLE[0]),
      onSpawn: (child) => void runOf(child.pid!).then((pid) => ((run = pid), (cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8')))),
    });
    expect(r.code).toBe(0);
    expect(run).toBeGreaterThan(0);
    expect(cmdline.split('\0')).toEqual(expect.arrayContaining(['--no-regexp-tier-up', '--interrupt-budget=270336', '-f', 'ndjson', '-']));
    expect(parseNdjson(r.stdout).length).toBeGreaterThan(0);
  });

  it('killed outright (SIGKILL), the command leaves no run behind holding its output', async () => {
    // Standard input a FIFO this test holds open: the run waits on it for good, unless it stops.
    const fifo = tmp.join('stdin.fifo');
    execFileSync('mkfifo', [fifo]);
    const stdin = openSync(fifo, 'r+');
    const parent = spawn(process.execPath, [BIN, '-'], { cwd: ROOT, env: cliEnv(), stdio: [stdin, 'ignore', 'ignore'] });
    const run = await runOf(parent.pid!);
    try {
      expect(run).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 1_000)); // the run under way, reading standard input
      parent.kill('SIGKILL');
      await expect.poll(() => alive(run), { timeout: 10_000 }).toBe(false);
    } finally {
      closeSync(stdin);
      if (run && alive(run)) process.kill(run, 'SIGKILL');
    }
  }, 40_000);

  it('a run that dies of a signal ends the command with that signal', async () => {
    const r = await runCli(['-'], { keepStdinOpen: true, onSpawn: (child) => void runOf(child.pid!).then((pid) => process.kill(pid, 'SIGKILL')), timeoutMs: 30_000 });
    expect(r.signal).toBe('SIGKILL');
  });
});

describe('start-up from the code cache', () => {
  // A copy of the built package whose cache can be altered without touching the one other tests run.
  let copy: TempDir;
  const bin = () => join(copy.path, 'bin', 'extract.js');
  const cache = () => join(copy.path, 'dist', 'cli.cjs.cache');
  beforeAll(() => {
    copy = new TempDir();
    for (const part of ['bin', 'dist', join('src', 'data'), 'package.json']) cpSync(join(ROOT, part), join(copy.path, part), { recursive: true });
  });
  afterAll(() => copy.remove());

  it('the build leaves a cache, headed by the digest of the bundle it was made from', () => {
    const digest = createHash('sha256').update(readFileSync(join(ROOT, 'dist', 'cli.cjs'))).digest();
    expect(readFileSync(join(ROOT, 'dist', 'cli.cjs.cache')).subarray(0, digest.length).equals(digest)).toBe(true);
  });

  it.each([
    ['no cache', () => rmSync(cache(), { force: true })],
    ['a cache of other bytes', () => writeFileSync(cache(), randomBytes(4096))],
    ['a cache of this bundle that V8 refuses', () => writeFileSync(cache(), Buffer.concat([readFileSync(cache()).subarray(0, 32), randomBytes(4096)]))],
  ])('with %s the command starts as usual and prints the same records', async (_what, alter) => {
    const expected = await runCli(['-f', 'ndjson', ...SAMPLE]);
    cpSync(join(ROOT, 'dist', 'cli.cjs.cache'), cache());
    alter();
    const r = await runCli(['-f', 'ndjson', ...SAMPLE], { bin: bin() });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(expected.stdout);
  });
});

describe('start-up from a cache made for other code', () => {
  it('a bundle changed after its cache was made runs as changed (V8 itself compares only the length)', async () => {
    const copy = new TempDir();
    try {
      for (const part of ['bin', 'dist', join('src', 'data'), 'package.json']) cpSync(join(ROOT, part), join(copy.path, part), { recursive: true });
      const bundle = join(copy.path, 'dist', 'cli.cjs');
      const source = readFileSync(bundle, 'utf8');
      const version = /var VERSION = true \? "(\d+)\./.exec(source);
      expect(version).not.toBeNull();
      // the same length, another version: the cache made for the old bytes must not run
      const other = String((Number(version![1]) + 1) % 10);
      writeFileSync(bundle, source.replace(version![0], version![0].replace(`"${version![1]}.`, `"${other}.`)));
      const r = await runCli(['--version'], { bin: join(copy.path, 'bin', 'extract.js') });
      expect(r.stdout.trim().split('.')[0]).toBe(other);
    } finally {
      copy.remove();
    }
  });
});

describe('command names', () => {
  it('the package installs the same program as `extract` and as `conflict-extract`', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin.extract).toBe('bin/extract.js');
    expect(pkg.bin['conflict-extract']).toBe(pkg.bin.extract);
    expect(readFileSync(join(ROOT, pkg.bin.extract), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});

describe('exit codes', () => {
  it('0 when every input was processed', async () => {
    expect((await runCli(['--jobs', '1', short, short])).code).toBe(0);
  });

  it('1 when an input fails; the others are still emitted', async () => {
    const r = await runCli(['--jobs', '1', '-r', 'articles', short, join(tmp.path, 'missing.txt'), short]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toHaveLength(2);
    expect(r.stderr).toMatch(/missing\.txt: no such file or directory/);
  });

  it.each([
    [['--no-such-option']],
    [['--jobs', 'many', 'article.txt']],
    [['--reference-date', '2016-02-30', 'article.txt']],
    [['--quiet', '--verbose', 'article.txt']],
    [['eval', 'article.txt']], // --gold is required
  ])('2 for a usage error: %j', async (args) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).not.toBe('');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('0 for --help and --version, printed on stdout', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--format/);
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('pipes and output files', () => {
  it('`| head -1` exits 0 quietly while much output is still coming', async () => {
    const many = Array.from({ length: 300 }, () => short).join(' ');
    const r = await runShell(`{ $EXTRACT -f ndjson -r articles ${many} 2>"${tmp.path}/err.log"; echo $? >"${tmp.path}/code.txt"; } | head -1`, {
      timeoutMs: 20_000,
    });
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(readFileSync(join(tmp.path, 'code.txt'), 'utf8').trim()).toBe('0');
    expect(readFileSync(join(tmp.path, 'err.log'), 'utf8')).toBe('');
  });

  it('-o writes the records to the file, and nothing to stdout', async () => {
    const out = join(tmp.path, 'events.json');
    const r = await runCli(['-o', out, '--jobs', '1', ...SAMPLE]);
    expectClean(r);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(runs.get('json events')!.stdout);
    expect(readdirSync(tmp.path).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('-o leaves an existing file untouched when the run is a usage error', async () => {
    const out = join(tmp.path, 'kept.json');
    writeFileSync(out, 'previous results\n');
    const r = await runCli(['-o', out, '--actors', join(tmp.path, 'no-such-dictionary.json'), short]);
    expect(r.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('previous results\n');
    expect(readdirSync(tmp.path).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('-o naming a directory is a usage error before any article is read', async () => {
    const r = await runCli(['-o', tmp.path, short]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is a directory/);
    expect(readdirSync(tmp.path).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('-o into a directory that does not exist is one clear error, exit 1', async () => {
    const out = join(tmp.path, 'no-such-dir', 'events.json');
    const r = await runCli(['-o', out, short]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/no-such-dir/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });
});
