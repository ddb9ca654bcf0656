// One article from bytes to a validated record: decode -> analyse -> events ->
// dedupe -> record. Shared by the main thread and the worker threads.
import { analyseArticle, type AnalyseOptions } from './pipeline.js';
import { decodeBytes, BinaryInputError } from './io/decode.js';
import { extractEvents } from './stages/events/index.js';
import { toArticleRecord } from './records/build.js';
import { ArticleRecordSchema, type ArticleRecord } from './records/schemas.js';
import { compileCheck } from './records/check.js';
import type { Resources } from './resources.js';
import { NO_TEXT } from './stages/clean/index.js';
import { ArticleTimeoutError, runBounded } from './io/bounded.js';

/** Time one article's analysis may take by default, in milliseconds. */
export const DEFAULT_ARTICLE_TIMEOUT_MS = 30_000;

export interface ArticleOptions extends AnalyseOptions {
  /** Attach the rule behind every field to each event. */
  explain?: boolean;
  /** Validate every record against its schema before it leaves (default true). */
  validate?: boolean;
  /**
   * Abandon an article whose analysis takes longer than this many
   * milliseconds: it fails, named, and the others go on. 0: no limit.
   * Default DEFAULT_ARTICLE_TIMEOUT_MS in extractInputs; no limit in extractArticle.
   */
  articleTimeoutMs?: number;
  /**
   * Ctrl-C stops an article being analysed on the calling thread at once:
   * the analysis throws InterruptedError instead of making the signal wait.
   */
  breakOnSigint?: boolean;
}

export type ArticleOutcome =
  | { ok: true; path: string; record: ArticleRecord; warnings: string[]; /** No article text: no records. */ empty: boolean }
  | {
      ok: false;
      path: string;
      error: string;
      warnings: string[];
      /** The analysis went on past its time limit and was stopped: that thread should analyse nothing more. */
      timedOut?: boolean;
    };

// The record schema as a predicate: a record it refuses is parsed by zod, for zod's verdict and message.
const isArticleRecord = compileCheck(ArticleRecordSchema);

/** Analyses decoded text. Never throws for odd text; throws only for a broken record (a bug). */
export function buildArticleRecord(
  input: { id: string; file: string; text: string },
  res: Resources,
  options: ArticleOptions = {},
): ArticleRecord {
  const doc = analyseArticle(input, res, options);
  const events = extractEvents(doc, res, { explain: options.explain });
  const record = toArticleRecord(doc, events);
  if (options.validate !== false && !isArticleRecord(record)) {
    const parsed = ArticleRecordSchema.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`internal error: record of ${input.file} breaks the schema at ${issue.path.join('.')}: ${issue.message}`);
    }
  }
  return record;
}

/** An input as read: its bytes, not yet decoded. */
export interface ArticleBytes {
  id: string;
  path: string;
  bytes: Uint8Array;
  truncated?: boolean;
}

/**
 * Decodes and analyses one input's bytes within the time limit; every problem
 * becomes a failed outcome. Throws only InterruptedError (Ctrl-C, with breakOnSigint).
 */
export function processArticleBytes(input: ArticleBytes, res: Resources, options: ArticleOptions = {}): ArticleOutcome {
  return processArticleBatch([input], res, options).outcomes[0]!;
}

/**
 * A stoppable call has a price of its own (node:vm starts a watchdog thread
 * for the time limit and another for Ctrl-C, about a fifth of a millisecond
 * together, and more on a busy machine): several articles share one call, as
 * many as start within this many milliseconds of it.
 */
export const BATCH_BUDGET_MS = 200;

/**
 * Analyses inputs in turn within one stoppable call, each with the whole time
 * limit: the outcomes are those of a prefix of `inputs`. The call starts no
 * article after BATCH_BUDGET_MS (or half the limit); the caller gives the rest
 * again. `stopped`: the limit ran out and this thread should analyse nothing
 * more (see ArticleOutcome.timedOut). The article that was under way failed
 * only if it was the call's first; later in the call it had less than the
 * limit, so it has no outcome and must be analysed afresh elsewhere.
 * Throws only InterruptedError (Ctrl-C, with breakOnSigint).
 */
export function processArticleBatch(
  inputs: ArticleBytes[],
  res: Resources,
  options: ArticleOptions = {},
): { outcomes: ArticleOutcome[]; stopped: boolean } {
  const outcomes: ArticleOutcome[] = [];
  if (inputs.length === 0) return { outcomes, stopped: false };
  const timeoutMs = options.articleTimeoutMs ?? 0;
  const budgetMs = timeoutMs > 0 ? Math.min(BATCH_BUDGET_MS, timeoutMs / 2) : BATCH_BUDGET_MS;
  let warnings: string[] = []; // of the article under way, for its outcome if it is stopped
  const start = performance.now();
  try {
    runBounded(() => {
      for (const input of inputs) {
        if (outcomes.length > 0 && performance.now() - start >= budgetMs) return;
        warnings = [];
        outcomes.push(analyseBytes(input, res, options, warnings));
      }
    }, { timeoutMs, breakOnSigint: options.breakOnSigint });
  } catch (e) {
    if (!(e instanceof ArticleTimeoutError)) throw e; // InterruptedError; analyseBytes turns the rest into outcomes
    if (outcomes.length === 0) outcomes.push({ ok: false, path: inputs[0]!.path, error: e.message, warnings, timedOut: true });
    return { outcomes, stopped: true };
  }
  return { outcomes, stopped: false };
}

// One input, its problems as a failed outcome; decoding's warnings go to `warnings` as they come.
function analyseBytes(input: ArticleBytes, res: Resources, options: ArticleOptions, warnings: string[]): ArticleOutcome {
  try {
    const decoded = decodeBytes(input.bytes);
    warnings.push(...decoded.warnings);
    if (input.truncated) warnings.push(`longer than ${input.bytes.length} bytes: only the first ${input.bytes.length} bytes were read`);
    const record = buildArticleRecord({ id: input.id, file: input.path, text: decoded.text }, res, options);
    record.warnings = [...warnings, ...record.warnings];
    return { ok: true, path: input.path, record, warnings: record.warnings, empty: decoded.text.trim() === '' || record.warnings.includes(NO_TEXT) };
  } catch (e) {
    const error = e instanceof BinaryInputError ? e.message : `could not be processed: ${(e as Error).message}`;
    return { ok: false, path: input.path, error, warnings: [...warnings] };
  }
}
