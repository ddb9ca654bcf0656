// --jobs N: the same bytes as --jobs 1, whatever the number of workers; a
// worker that dies fails only the article it was on; the pool never hangs and
// leaves no worker behind.
import { spawn } from 'node:child_process';
import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runInWorkers, type PoolItem } from '../src/io/pool.js';
import { ROOT, SEEDS, TempDir, cliEnv, type CliResult } from './helpers/cli.js';

const seedFiles = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join('fixtures', 'seeds', f));

let tmp: TempDir;
let bin: string;
beforeAll(() => {
  tmp = new TempDir();
  // The built command line copied aside: a rebuild of the project while the
  // tests run cannot give the two sides of a comparison different code.
  for (const part of ['bin', 'dist', join('src', 'data'), 'package.json']) cpSync(join(ROOT, part), tmp.join('cli', part), { recursive: true });
  bin = tmp.join('cli', 'bin', 'extract.js');
});
afterAll(() => tmp.remove());

/** Runs the copied command line (through a shell when the command has a pipe). */
function run(args: string[] | string, timeoutMs = 60_000): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child =
      typeof args === 'string'
        ? spawn('/bin/sh', ['-c', args.replaceAll('$EXTRACT', `"${process.execPath}" "${bin}"`)], { cwd: ROOT, env: cliEnv() })
        : spawn(process.execPath, [bin, ...args], { cwd: ROOT, env: cliEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (b: Buffer) => out.push(b));
    child.stderr!.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const stdoutBytes = Buffer.concat(out);
      resolve({ stdout: stdoutBytes.toString('utf8'), stdoutBytes, stderr: Buffer.concat(err).toString('utf8'), code, signal });
    });
  });
}

describe('extract --jobs 2 against --jobs 1 (built binary)', () => {
  // Every seed twice, and a missing file in the middle: more articles than
  // workers, and a failure that must keep its place.
  const inputs = [...seedFiles, 'fixtures/seeds/no-such-article.txt', ...seedFiles];

  it.each([
    ['ndjson', 'events'],
    ['ndjson', 'articles'],
    ['json', 'events'],
  ])('writes the same bytes as --jobs 1 (-f %s -r %s)', async (format, records) => {
    const args = ['-f', format, '-r', records, ...inputs];
    const [one, two] = await Promise.all([run(['--jobs', '1', ...args]), run(['--jobs', '2', ...args])]);
    expect(one.code, one.stderr).toBe(1); // the missing file
    expect(two.code, two.stderr).toBe(1);
    expect(one.stdoutBytes.length).toBeGreaterThan(0);
    expect(two.stdoutBytes.equals(one.stdoutBytes)).toBe(true);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stderr).toContain('no-such-article.txt');
  });

  it('writes the same bytes with more workers than articles (--jobs 8)', async () => {
    const args = ['-f', 'ndjson', ...seedFiles.slice(0, 3)];
    const [one, eight] = await Promise.all([run(['--jobs', '1', ...args]), run(['--jobs', '8', ...args])]);
    expect(one.code, one.stderr).toBe(0);
    expect(eight.code, eight.stderr).toBe(0);
    expect(eight.stdoutBytes.equals(one.stdoutBytes)).toBe(true);
  });

  it('exits promptly when the reader goes away (| head -1), workers and all', async () => {
    const r = await run(`$EXTRACT --jobs 2 -f ndjson ${[...seedFiles, ...seedFiles, ...seedFiles].join(' ')} | head -1`, 25_000);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('extractInputs with jobs > 1', () => {
  it('analyses a single input on the calling thread: no worker is started for it', async () => {
    vi.resetModules();
    const started = vi.fn();
    vi.doMock('../src/io/pool.js', () => ({
      runInWorkers: () => {
        started();
        throw new Error('no worker should start for one input');
      },
    }));
    const { extractInputs } = await import('../src/index.js');
    const outcomes = [];
    for await (const o of extractInputs([join(SEEDS, readdirSync(SEEDS).sort()[0]!), join(SEEDS, 'missing.txt')], { jobs: 4 })) {
      outcomes.push(o);
    }
    vi.doUnmock('../src/io/pool.js');
    expect(started).not.toHaveBeenCalled();
    expect(outcomes.map((o) => o.ok)).toEqual([true, false]);
  });
});

describe('the worker pool', () => {
  // A stand-in worker: answers with the article's text and its thread, dies on
  // "crash", exits on "exit", gives up "timeout" as past its time limit.
  const script = () => {
    const path = tmp.join('stand-in-worker.mjs');
    writeFileSync(
      path,
      `import { parentPort, threadId } from 'node:worker_threads';
parentPort.on('message', ({ seq, input }) => {
  const text = Buffer.from(input.bytes).toString('utf8');
  if (text === 'crash') throw new Error('boom');
  if (text === 'exit') process.exit(3);
  if (text === 'timeout') {
    parentPort.postMessage({ seq, outcome: { ok: false, path: input.path, error: 'abandoned', warnings: [], timedOut: true } });
    return;
  }
  const wait = Date.now() + (text.startsWith('slow') ? 30 : 0);
  while (Date.now() < wait);
  parentPort.postMessage({ seq, outcome: { ok: true, path: input.path, record: { text, thread: threadId }, warnings: [], empty: false } });
});
`,
    );
    return pathToFileURL(path);
  };

  async function* articles(texts: string[]): AsyncGenerator<PoolItem> {
    for (const [i, text] of texts.entries()) {
      if (text === 'unreadable') {
        yield { failure: { ok: false, path: `a${i}`, error: 'permission denied', warnings: [] } };
        continue;
      }
      yield { input: { id: `a${i}`, path: `a${i}`, bytes: Buffer.from(text), truncated: false } };
    }
  }

  // This thread's share, marked so that the tests see who analysed what.
  const local = (input: { path: string; bytes: Uint8Array }) =>
    ({ ok: true, path: input.path, record: { text: Buffer.from(input.bytes).toString('utf8'), here: true }, warnings: [], empty: false }) as never;

  async function collect(texts: string[], jobs: number, withLocal = false) {
    const out: { path: string; ok: boolean; text?: string; error?: string; here?: boolean }[] = [];
    for await (const o of runInWorkers(articles(texts), jobs, {}, { workerUrl: script(), local: withLocal ? local : undefined })) {
      const r = o.ok ? (o.record as unknown as { text: string; here?: boolean }) : null;
      out.push(r ? { path: o.path, ok: true, text: r.text, here: !!r.here } : { path: o.path, ok: false, error: (o as { error: string }).error });
    }
    return out;
  }

  it('yields outcomes in input order although slow articles finish last', async () => {
    const texts = Array.from({ length: 40 }, (_, i) => (i % 7 === 0 ? `slow ${i}` : `fast ${i}`));
    const out = await collect(texts, 3);
    expect(out.map((o) => o.text)).toEqual(texts);
  });

  it('shares the articles with the calling thread, which takes the first, in input order', async () => {
    const texts = Array.from({ length: 40 }, (_, i) => (i % 5 === 0 ? `slow ${i}` : `fast ${i}`));
    const out = await collect(texts, 2, true);
    expect(out.map((o) => o.text)).toEqual(texts);
    expect(out[0]!.here).toBe(true);
    expect(out.some((o) => !o.here)).toBe(true); // the worker took some
  });

  it('with the calling thread, --jobs 1 starts no worker', async () => {
    const out = await collect(['a', 'crash', 'exit'], 1, true);
    expect(out.every((o) => o.ok && o.here)).toBe(true);
  });

  it('names the article a worker died on as failed and goes on with the rest', async () => {
    const texts = ['one', 'two', 'crash', 'four', 'unreadable', 'exit', 'seven', 'eight', 'crash', 'ten'];
    const out = await collect(texts, 2);
    expect(out.map((o) => o.path)).toEqual(texts.map((_, i) => `a${i}`));
    expect(out.map((o) => o.ok)).toEqual([true, true, false, true, false, false, true, true, false, true]);
    expect(out[2]!.error).toMatch(/crashed: boom/);
    expect(out[5]!.error).toMatch(/exit code 3/);
    expect(out.filter((o) => o.ok).map((o) => o.text)).toEqual(['one', 'two', 'four', 'seven', 'eight', 'ten']);
  });

  it('does not hang when every worker dies', async () => {
    const out = await collect(['crash', 'crash', 'crash', 'exit', 'crash'], 2);
    expect(out.every((o) => !o.ok)).toBe(true);
    expect(out).toHaveLength(5);
  });

  it('goes on with the calling thread and new workers when workers die', async () => {
    const texts = ['one', 'crash', 'three', 'exit', 'five', 'crash', 'seven', 'eight', 'nine', 'ten'];
    const out = await collect(texts, 3, true);
    expect(out).toHaveLength(10);
    for (const [i, o] of out.entries()) {
      if (o.ok) expect(o.text).toBe(texts[i]);
      else expect(['crash', 'exit']).toContain(texts[i]); // the calling thread does not crash on them
    }
  });

  it('replaces a worker that gave up an article at its time limit; the articles it held go to the new one', async () => {
    const texts = ['one', 'two', 'timeout', 'four', 'five', 'six'];
    const out: { ok: boolean; text?: string; thread?: number }[] = [];
    for await (const o of runInWorkers(articles(texts), 1, {}, { workerUrl: script() })) {
      out.push(o.ok ? { ok: true, ...(o.record as unknown as { text: string; thread: number }) } : { ok: false });
    }
    expect(out.map((o) => o.ok)).toEqual([true, true, false, true, true, true]);
    expect(out.filter((o) => o.ok).map((o) => o.text)).toEqual(['one', 'two', 'four', 'five', 'six']);
    expect(out[3]!.thread).not.toBe(out[0]!.thread); // 'four' was sent to the first worker, and analysed by the second
    expect(out[5]!.thread).toBe(out[3]!.thread);
  });

  it('when the calling thread gives up an article at its time limit, workers take all the rest', async () => {
    const texts = ['timeout', 'two', 'three', 'four', 'five'];
    const here: string[] = [];
    const giveUp = (input: { path: string; bytes: Uint8Array }) => {
      const text = Buffer.from(input.bytes).toString('utf8');
      here.push(text);
      return (text === 'timeout' ? { ok: false, path: input.path, error: 'abandoned', warnings: [], timedOut: true } : local(input)) as never;
    };
    const out: boolean[] = [];
    for await (const o of runInWorkers(articles(texts), 2, {}, { workerUrl: script(), local: giveUp })) out.push(o.ok);
    expect(out).toEqual([false, true, true, true, true]);
    expect(here).toEqual(['timeout']);
  });

  it('stops its workers when the reader stops early', async () => {
    const texts = Array.from({ length: 50 }, (_, i) => `slow ${i}`);
    const gen = runInWorkers(articles(texts), 2, {}, { workerUrl: script() });
    const first = await gen.next();
    expect(first.value?.path).toBe('a0');
    await expect(gen.return(undefined)).resolves.toEqual({ done: true, value: undefined });
  });
});
