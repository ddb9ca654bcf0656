// --jobs N: the same bytes as --jobs 1, whatever the number of workers; a
// worker that dies fails only the article it was on; the pool never hangs and
// leaves no worker behind.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runInWorkers, type PoolItem } from '../src/io/pool.js';
import { SEEDS, TempDir, runCli, runShell } from './helpers/cli.js';

const seedFiles = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join('fixtures', 'seeds', f));

let tmp: TempDir;
beforeAll(() => {
  tmp = new TempDir();
});
afterAll(() => tmp.remove());

describe('extract --jobs 2 against --jobs 1 (built binary)', () => {
  // Every seed twice, and a missing file in the middle: more articles than
  // workers, and a failure that must keep its place.
  const inputs = [...seedFiles, 'fixtures/seeds/no-such-article.txt', ...seedFiles];

  it.each([
    ['ndjson', 'events'],
    ['ndjson', 'articles'],
    ['csv', 'events'],
    ['json', 'events'],
  ])('writes the same bytes as --jobs 1 (-f %s -r %s)', async (format, records) => {
    const args = ['-f', format, '-r', records, ...inputs];
    const [one, two] = await Promise.all([runCli(['--jobs', '1', ...args]), runCli(['--jobs', '2', ...args])]);
    expect(one.code, one.stderr).toBe(1); // the missing file
    expect(two.code, two.stderr).toBe(1);
    expect(one.stdoutBytes.length).toBeGreaterThan(0);
    expect(two.stdoutBytes.equals(one.stdoutBytes)).toBe(true);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stderr).toContain('no-such-article.txt');
  });

  it('writes the same bytes with more workers than articles (--jobs 8)', async () => {
    const args = ['-f', 'ndjson', ...seedFiles.slice(0, 3)];
    const [one, eight] = await Promise.all([runCli(['--jobs', '1', ...args]), runCli(['--jobs', '8', ...args])]);
    expect(one.code, one.stderr).toBe(0);
    expect(eight.code, eight.stderr).toBe(0);
    expect(eight.stdoutBytes.equals(one.stdoutBytes)).toBe(true);
  });

  it('exits promptly when the reader goes away (| head -1), workers and all', async () => {
    const r = await runShell(`$EXTRACT --jobs 2 -f ndjson ${[...seedFiles, ...seedFiles, ...seedFiles].join(' ')} | head -1`, {
      timeoutMs: 25_000,
    });
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
  // A stand-in worker: answers with the article's text, dies on "crash", exits on "exit".
  const script = () => {
    const path = tmp.join('stand-in-worker.mjs');
    writeFileSync(
      path,
      `import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ seq, input }) => {
  const text = Buffer.from(input.bytes).toString('utf8');
  if (text === 'crash') throw new Error('boom');
  if (text === 'exit') process.exit(3);
  const wait = Date.now() + (text.startsWith('slow') ? 30 : 0);
  while (Date.now() < wait);
  parentPort.postMessage({ seq, outcome: { ok: true, path: input.path, record: { text }, warnings: [], empty: false } });
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

  async function collect(texts: string[], jobs: number) {
    const out: { path: string; ok: boolean; text?: string; error?: string }[] = [];
    for await (const o of runInWorkers(articles(texts), jobs, {}, { workerUrl: script() })) {
      out.push(o.ok ? { path: o.path, ok: true, text: (o.record as unknown as { text: string }).text } : { path: o.path, ok: false, error: o.error });
    }
    return out;
  }

  it('yields outcomes in input order although slow articles finish last', async () => {
    const texts = Array.from({ length: 40 }, (_, i) => (i % 7 === 0 ? `slow ${i}` : `fast ${i}`));
    const out = await collect(texts, 3);
    expect(out.map((o) => o.text)).toEqual(texts);
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

  it('stops its workers when the reader stops early', async () => {
    const texts = Array.from({ length: 50 }, (_, i) => `slow ${i}`);
    const gen = runInWorkers(articles(texts), 2, {}, { workerUrl: script() });
    const first = await gen.next();
    expect(first.value?.path).toBe('a0');
    await expect(gen.return(undefined)).resolves.toEqual({ done: true, value: undefined });
  });
});
