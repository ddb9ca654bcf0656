// Worker threads for --jobs N. Articles go to whichever worker is free;
// outcomes come back in input order, so output is identical to --jobs 1, byte
// for byte. Memory is bounded by the workers, not by the corpus: at most
// WINDOW_PER_WORKER x N articles are read ahead of the next one to emit.
//
// The calling thread is one of the N when it can analyse (`local`): it takes
// the first article at once, while N - 1 workers start, and then whatever the
// workers have no room for. Workers start on demand, up to N - 1: two inputs
// never pay for eight workers. A worker that dies (an uncaught error, out of
// memory) fails the article it was on, named; the others it held go to
// another worker, and the rest go on. A worker that gave up an article at its
// time limit may hold half-built state: it is replaced the same way, and when
// the calling thread gives one up, the rest go to workers only.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { ArticleOutcome } from '../article.js';

export type PoolItem =
  | { failure: ArticleOutcome; input?: undefined }
  | { input: ArticleInputBytes; failure?: undefined };

export interface ArticleInputBytes {
  id: string;
  path: string;
  bytes: Uint8Array;
  truncated: boolean;
}

/** What a worker needs to load its resources and analyse like the main thread. */
export interface WorkerSetup {
  actorFiles?: string[];
  placeFiles?: string[];
  referenceDate?: string | null;
  explain?: boolean;
  validate?: boolean;
  articleTimeoutMs?: number;
}

/** Messages between the pool and a worker. */
export type ToWorker = { seq: number; input: ArticleInputBytes };
export type FromWorker = { seq: number; outcome: ArticleOutcome };

export interface PoolOptions {
  /** The worker script; the built dist/worker.js beside this module by default. */
  workerUrl?: URL;
  /** Articles sent to one worker before it answers: 2 keeps it busy across a message's round trip. */
  perWorker?: number;
  /**
   * Analyses one article on the calling thread. Given, the calling thread is
   * one of the `jobs` and N - 1 workers start: it has its resources loaded
   * already, so it analyses the first article at once, while the workers
   * start, and one runtime fewer is in memory.
   */
  local?: (input: ArticleInputBytes) => ArticleOutcome;
  /** Heap bounds of each worker (default WORKER_LIMITS). */
  resourceLimits?: ResourceLimits;
}

/** Articles read ahead per worker (sent, or finished and waiting for an earlier one). */
const WINDOW_PER_WORKER = 4;
// V8's defaults let a heap grow to about 200 MB before its first full
// collection, although what an article leaves alive is about 50 MB. Bounds
// that cost no measurable time keep a worker at about 60-90 MB resident: an
// 8 MB nursery (articles' objects are short-lived) and an old generation of
// 160 MB (a 2 MB article, the input cap, needs far less). A worker that runs
// out of it fails the article it was on, named, and is replaced.
const WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 160 };

interface Slot {
  worker: Worker;
  /** Sequence numbers sent to this worker and not answered yet, in the order sent. */
  held: Set<number>;
  dead: boolean;
  /** Why it crashed, from its 'error' event, until its 'exit' event settles what it held. */
  crash?: string;
}

export async function* runInWorkers(
  items: AsyncIterable<PoolItem>,
  jobs: number,
  setup: WorkerSetup,
  options: PoolOptions = {},
): AsyncGenerator<ArticleOutcome> {
  const workerData: WorkerSetup = {
    actorFiles: setup.actorFiles,
    placeFiles: setup.placeFiles,
    referenceDate: setup.referenceDate,
    explain: setup.explain,
    validate: setup.validate,
    articleTimeoutMs: setup.articleTimeoutMs,
  };
  const url = options.workerUrl ?? new URL('./worker.js', import.meta.url);
  const perWorker = Math.max(1, options.perWorker ?? 2);
  const window = jobs * WINDOW_PER_WORKER;
  let local = options.local;
  let maxWorkers = local ? jobs - 1 : jobs;
  const resourceLimits = options.resourceLimits ?? WORKER_LIMITS;

  const slots: Slot[] = [];
  const done = new Map<number, ArticleOutcome>();
  // Articles sent and not answered, kept to name a failure or resend them.
  const inputs = new Map<number, ArticleInputBytes>();

  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  // A worker analyses its articles in the order sent: the first it held is the
  // one it died on and fails, named; the others it held go to another worker.
  const retry: { seq: number; input: ArticleInputBytes }[] = [];
  // Without `why` (a worker retired, not dead) every article it held goes to another.
  const bury = (slot: Slot, why: string | null) => {
    if (slot.dead) return; // 'error' and 'exit' both come
    slot.dead = true;
    // In the order sent, which is the order analysed: an article resent from a dead worker
    // can have an earlier number than one this worker already held.
    const held = [...slot.held.keys()];
    slot.held.clear();
    held.forEach((seq, i) => {
      const input = inputs.get(seq)!;
      if (i === 0 && why !== null) {
        done.set(seq, { ok: false, path: input.path, error: `could not be processed: ${why}`, warnings: [] });
        inputs.delete(seq);
      } else retry.push({ seq, input });
    });
    const i = slots.indexOf(slot);
    if (i >= 0) slots.splice(i, 1);
    void slot.worker.terminate();
    notify();
  };

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(url, { workerData, resourceLimits }), held: new Set(), dead: false };
    slot.worker.on('message', (msg: FromWorker) => {
      if (!slot.held.delete(msg.seq)) return;
      done.set(msg.seq, msg.outcome);
      inputs.delete(msg.seq);
      if (!msg.outcome.ok && msg.outcome.timedOut) bury(slot, null);
      notify();
    });
    // An error can come before the answers the worker sent just before it; Node delivers
    // every message a worker sent before its 'exit' event, so the dead are counted then.
    slot.worker.on('error', (err) => {
      slot.crash ??= `the worker analysing it crashed: ${err.message}`;
    });
    slot.worker.on('exit', (code) => bury(slot, slot.crash ?? `the worker analysing it stopped (exit code ${code})`));
    slots.push(slot);
    return slot;
  };

  const workerRoom = () => slots.length < maxWorkers || slots.some((s) => s.held.size < perWorker);
  const hasRoom = () => !!local || workerRoom();
  // An idle worker; else a new one; else the least busy with room; else none.
  const pick = (): Slot | null => {
    let best: Slot | null = null;
    for (const s of slots) if (s.held.size < perWorker && (!best || s.held.size < best.held.size)) best = s;
    if ((!best || best.held.size > 0) && slots.length < maxWorkers) return spawn();
    return best;
  };
  const send = (slot: Slot, seq: number, input: ArticleInputBytes) => {
    slot.held.add(seq);
    inputs.set(seq, input);
    slot.worker.postMessage({ seq, input } satisfies ToWorker);
  };
  // To a worker with room, else on this thread.
  const dispatch = (seq: number, input: ArticleInputBytes) => {
    const slot = pick();
    if (slot) send(slot, seq, input);
    else if (local) analyseHere(seq, input);
    else throw new Error('internal error: an article was read with no worker to take it');
  };
  const analyseHere = (seq: number, input: ArticleInputBytes) => {
    const outcome = local!(input);
    done.set(seq, outcome);
    if (!outcome.ok && outcome.timedOut) {
      // This thread stopped mid-analysis: from now on a worker takes its share.
      local = undefined;
      maxWorkers = jobs;
    }
  };

  const iterator = items[Symbol.asyncIterator]();
  let nextSeq = 0; // next sequence number to hand out
  let emitSeq = 0; // next sequence number to yield
  let exhausted = false;
  let firstArticle = true;
  try {
    for (;;) {
      // Articles of a dead worker first, then new ones while the window allows.
      while (retry.length > 0 && hasRoom()) {
        const { seq, input } = retry.shift()!;
        dispatch(seq, input);
      }
      while (retry.length === 0 && !exhausted && nextSeq - emitSeq < window && hasRoom()) {
        const { value, done: end } = await iterator.next();
        if (end) {
          exhausted = true;
          break;
        }
        const seq = nextSeq++;
        if (value.failure) done.set(seq, value.failure);
        else if (firstArticle && local) {
          // The first record as soon as this thread can make it; a worker starts meanwhile.
          firstArticle = false;
          if (maxWorkers > 0) spawn();
          analyseHere(seq, value.input);
        } else dispatch(seq, value.input); // room cannot shrink while reading: only this loop sends
        if (done.has(emitSeq)) break; // emit before analysing more here
      }
      while (done.has(emitSeq)) {
        const outcome = done.get(emitSeq)!;
        done.delete(emitSeq++);
        yield outcome;
      }
      if (exhausted && emitSeq === nextSeq) break;
      if (!done.has(emitSeq) && (retry.length === 0 || !hasRoom()) && (exhausted || nextSeq - emitSeq >= window || !hasRoom())) {
        await new Promise<void>((r) => (wake = r));
      }
    }
  } finally {
    // Stop every worker, also when the caller stops reading early.
    const all = slots.splice(0);
    for (const s of all) s.dead = true;
    await Promise.all(all.map((s) => s.worker.terminate()));
    if (!exhausted) await iterator.return?.();
  }
}
