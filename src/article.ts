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
import { InterruptedError } from './errors.js';

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

/**
 * Decodes and analyses one input's bytes within the time limit; every problem
 * becomes a failed outcome. Throws only InterruptedError (Ctrl-C, with breakOnSigint).
 */
export function processArticleBytes(
  input: { id: string; path: string; bytes: Uint8Array; truncated?: boolean },
  res: Resources,
  options: ArticleOptions = {},
): ArticleOutcome {
  const warnings: string[] = [];
  try {
    return runBounded((): ArticleOutcome => {
      const decoded = decodeBytes(input.bytes);
      warnings.push(...decoded.warnings);
      if (input.truncated) warnings.push(`longer than ${input.bytes.length} bytes: only the first ${input.bytes.length} bytes were read`);
      const record = buildArticleRecord({ id: input.id, file: input.path, text: decoded.text }, res, options);
      record.warnings = [...warnings, ...record.warnings];
      return { ok: true, path: input.path, record, warnings: record.warnings, empty: decoded.text.trim() === '' || record.warnings.includes(NO_TEXT) };
    }, { timeoutMs: options.articleTimeoutMs, breakOnSigint: options.breakOnSigint });
  } catch (e) {
    if (e instanceof InterruptedError) throw e;
    if (e instanceof ArticleTimeoutError) return { ok: false, path: input.path, error: e.message, warnings, timedOut: true };
    const error = e instanceof BinaryInputError ? e.message : `could not be processed: ${(e as Error).message}`;
    return { ok: false, path: input.path, error, warnings };
  }
}
