// V8 settings of the command line, made before anything else runs. The
// library never sets them: a program that embeds it keeps its own. Each one
// is kept only because `npm run bench` shows that it helps.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A regular expression is compiled to machine code on its first use instead
// of being interpreted first and compiled again once it is hot: the analysis
// is mostly regular expressions, every one of them hot, so the interpreted
// first round is pure cost (about a tenth of a second off the first record).
// V8 flags are per process: the --jobs workers, started later, have it too.
setFlagsFromString('--no-regexp-tier-up');

// The main thread's heap has no bound of its own (workers have theirs, see
// src/io/pool.ts; its size cannot be set once V8 runs), and V8 sets the
// limit of its first full collection far above what stays alive (some 60 MB):
// over 10,000 articles the heap reached 128 MB once, some 1,500 articles in,
// before V8's own, live-based limit took over, and that one peak was the
// run's (230 MB resident against 180 MB over 1,000 articles). So a full
// collection is asked for when the heap passes a soft bound of 96 MB, about
// where V8's own collections keep it afterwards: one collection, some 500
// articles in, and the peak over 10,000 articles is some 205 MB.
const HEAP_SOFT_LIMIT = 96 * 1024 * 1024;
// What the heap may grow past what stays alive before the next collection is
// asked for: with what an article leaves alive growing (a large --actors
// file, say), a collection after every article would cost far more than the memory.
const HEAP_HEADROOM = 32 * 1024 * 1024;
let bound = HEAP_SOFT_LIMIT;
let collect: (() => void) | null = null;

/** Collects garbage when the heap has grown past its soft bound; call it between articles. */
export function boundHeap(): void {
  if (getHeapStatistics().used_heap_size < bound) return;
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
  bound = Math.max(HEAP_SOFT_LIMIT, getHeapStatistics().used_heap_size + HEAP_HEADROOM);
}

/**
 * A function is optimised after four times V8's default run of interpreted
 * work. The pipeline's large functions meet new shapes of text for hundreds
 * of articles, and each time V8 throws their optimised code away and compiles
 * them again on helper threads: with the default, that compiling was a third
 * of the CPU time of 1,000 articles. Waiting longer lets their type feedback
 * settle first.
 * - --jobs 2 over 3,000 articles takes 12 to 14% less wall-clock time on two
 *   cores: the compiling takes turns with the analysis there.
 * - --jobs 1 on a machine with a core to spare for the compiling: over 1,000
 *   articles 11.2 to 11.4 CPU seconds against 12.7 to 14.3, in 9.3 to 9.4 s
 *   of wall clock against 9.3 to 10.3; over 3,000, 29.3 to 29.6 CPU seconds
 *   against 31.4 to 32.0, and the wall clock 1% longer (paired runs).
 * Eight times the default gained no more in paired runs on a busy machine.
 * Call it before any worker starts: V8 flags are per process.
 */
export function tuneCompiler(): void {
  setFlagsFromString('--interrupt-budget=270336');
}
