// Runs synchronous work (one article's analysis) so that it can be stopped
// from outside: after a time limit, or by Ctrl-C. A plain call cannot be: the
// thread is busy, so neither a timer nor a signal handler gets its turn until
// the article is done, which on hostile text may be minutes. node:vm can stop
// running code at any point, a regular expression's backtracking included,
// and costs a fraction of a millisecond per call.
//
// Code stopped half-way may leave a library's lazily built cache half-built
// (chrono compiles its patterns on first use): a thread that was stopped is
// not trusted with another article (see ArticleOutcome.timedOut).
import { createContext, Script, type Context } from 'node:vm';
import { InterruptedError } from '../errors.js';

/** The analysis of one article went on longer than its time limit. */
export class ArticleTimeoutError extends Error {
  override name = 'ArticleTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`abandoned: the analysis took longer than ${timeoutMs / 1000} s`);
  }
}

export interface Bounds {
  /** Wall-clock limit in milliseconds; 0 or absent: none. */
  timeoutMs?: number;
  /** Ctrl-C stops the work with InterruptedError instead of waiting for it. */
  breakOnSigint?: boolean;
}

// One context for every call, made on first use; `current` is the work of
// the call under way.
let sandbox: { context: Context; script: Script } | null = null;
let current: (() => void) | null = null;

/** Calls `work`; throws ArticleTimeoutError or InterruptedError when it is stopped. */
export function runBounded<T>(work: () => T, bounds: Bounds): T {
  const timeoutMs = bounds.timeoutMs && bounds.timeoutMs > 0 ? Math.max(1, Math.round(bounds.timeoutMs)) : 0;
  if (!timeoutMs && !bounds.breakOnSigint) return work();
  sandbox ??= { context: createContext({ run: () => current?.() }), script: new Script('run()') };
  let result: T | undefined;
  current = () => {
    result = work();
  };
  try {
    sandbox.script.runInContext(sandbox.context, { ...(timeoutMs ? { timeout: timeoutMs } : {}), breakOnSigint: !!bounds.breakOnSigint });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    if (code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new ArticleTimeoutError(timeoutMs);
    if (code === 'ERR_SCRIPT_EXECUTION_INTERRUPTED') throw new InterruptedError();
    throw e;
  } finally {
    current = null;
  }
  return result as T;
}
