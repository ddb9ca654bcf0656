// V8 settings of the command line. The library never sets them: a program
// that embeds it keeps its own. (The compiler's flags are given to Node on
// its command line, src/cli/relaunch.cjs.)
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

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
