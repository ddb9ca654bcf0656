// The library API. Never prints, never exits, never reads argv or the environment.
import { buildArticleRecord, DEFAULT_ARTICLE_TIMEOUT_MS, processArticleBatch, processArticleBytes, type ArticleOptions, type ArticleOutcome } from './article.js';
import { expandInputs, type InputRef } from './io/inputs.js';
import { DEFAULT_MAX_BYTES, readInput } from './io/read.js';
import { describeFsError } from './io/inputs.js';
import { loadResources, type ResourceOptions } from './resources.js';
import { runInWorkers, type PoolItem } from './io/pool.js';
import type { ArticleRecord } from './records/schemas.js';

export * from './records/schemas.js';
export { loadResources } from './resources.js';
export { checkBuiltinData } from './data/check.js';
export type { ArticleOutcome } from './article.js';
export { DEFAULT_ARTICLE_TIMEOUT_MS } from './article.js';
export { DictionaryError, InputError, InterruptedError, UsageError } from './errors.js';

export interface ExtractOptions extends ArticleOptions, ResourceOptions {
  /** Worker threads (1 = analyse on the calling thread). */
  jobs?: number;
  /** Cap on one input's size in bytes. */
  maxBytes?: number;
  /** Standard input, for the `-` input. */
  stdin?: NodeJS.ReadableStream;
}

/** Analyses one article's text. Throws DictionaryError for a bad user dictionary. */
export function extractArticle(text: string, options: ExtractOptions & { id?: string; file?: string } = {}): ArticleRecord {
  const res = loadResources(options);
  return buildArticleRecord({ id: options.id ?? 'article', file: options.file ?? options.id ?? 'article', text }, res, options);
}

// At most this many articles, and about this many bytes, are read ahead of the analysis on this thread.
// (The command line bounds its heap between the articles it is handed: 32 at a time let the peak over
// 10,000 articles grow by a sixth; 8 keep it where one at a time did and most of the saving.)
const BATCH_ARTICLES = 8;
const BATCH_BYTES = 1 << 20;

async function* readAll(inputs: string[], options: ExtractOptions) {
  for await (const ref of expandInputs(inputs)) {
    if (ref.kind === 'failure') {
      yield { failure: { ok: false as const, path: ref.path, error: ref.message, warnings: [] } };
      continue;
    }
    try {
      const { bytes, truncated } = await readInput(ref as InputRef, options.maxBytes ?? DEFAULT_MAX_BYTES, options.stdin);
      yield { input: { id: ref.id, path: ref.path, bytes, truncated } };
    } catch (e) {
      yield { failure: { ok: false as const, path: ref.path, error: describeFsError(e), warnings: [] } };
    }
  }
}

/**
 * Expands, reads and analyses inputs lazily, yielding one outcome per input in
 * input order, whatever the number of workers. An article whose analysis
 * outlasts `articleTimeoutMs` (default DEFAULT_ARTICLE_TIMEOUT_MS) fails, named,
 * and the others go on. With `breakOnSigint`, Ctrl-C during an analysis on
 * this thread throws InterruptedError.
 */
export async function* extractInputs(inputs: string[], options: ExtractOptions = {}): AsyncGenerator<ArticleOutcome> {
  const res = loadResources(options); // a bad dictionary fails before any input is read
  options = { ...options, articleTimeoutMs: options.articleTimeoutMs ?? DEFAULT_ARTICLE_TIMEOUT_MS };
  const jobs = Math.max(1, Math.floor(options.jobs ?? 1));
  const items = readAll(inputs, options);
  if (jobs === 1) {
    // Articles are analysed a few at a time, read just before: the first alone,
    // for its record at once, then twice as many each time up to BATCH_ARTICLES.
    const pending: PoolItem[] = [];
    let want = 1;
    let exhausted = false;
    for (;;) {
      let bytes = 0;
      while (!exhausted && pending.length < want && bytes < BATCH_BYTES) {
        const next = await items.next();
        if (next.done) exhausted = true;
        else {
          pending.push(next.value as PoolItem);
          bytes += next.value.input?.bytes.length ?? 0;
        }
      }
      if (pending.length === 0) return;
      const inputs = pending.flatMap((item) => (item.input ? [item.input] : []));
      const { outcomes, stopped } = processArticleBatch(inputs, res, options);
      let k = 0;
      while (pending.length > 0 && (pending[0]!.failure || k < outcomes.length)) {
        yield pending.shift()!.failure ?? outcomes[k++]!;
      }
      // This thread was stopped mid-analysis and may hold half-built state:
      // one worker takes the rest, the article stopped short of its limit included.
      if (stopped) {
        yield* runInWorkers(prepend(pending, items), 1, options);
        return;
      }
      want = Math.min(want * 2, BATCH_ARTICLES);
    }
  }
  // Workers cost a start-up each (their own resources): one article is
  // analysed here, at once. Read ahead until a second article shows up.
  const ahead: PoolItem[] = [];
  let articles = 0;
  for (;;) {
    const next = await items.next();
    if (next.done) break;
    ahead.push(next.value as PoolItem);
    if (next.value.input && ++articles === 2) break;
  }
  if (articles < 2) {
    for (const item of ahead) yield item.failure ?? processArticleBytes(item.input!, res, options);
    return;
  }
  // This thread is one of the jobs: it analyses while its N - 1 workers start.
  yield* runInWorkers(prepend(ahead, items), jobs, options, { local: (input) => processArticleBytes(input, res, options) });
}

async function* prepend<T>(first: T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield* first;
  try {
    for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
  } finally {
    await rest.return?.(undefined);
  }
}
