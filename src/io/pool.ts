// Worker threads for --jobs N. Articles go to whichever worker is free;
// outcomes come back in input order, so output is identical to --jobs 1, byte
// for byte. Memory is bounded by the workers, not by the corpus: at most
// WINDOW_PER_WORKER x N articles are read ahead of the next one to emit.
//
// Workers start on demand, one for each article that finds no free worker, up
// to N: two inputs never pay for eight workers. A worker that dies (an
// uncaught error, out of memory) fails the articles it held, each named, and
// is replaced on demand; the rest go on.
import { Worker } from 'node:worker_threads';
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
}

/** Messages between the pool and a worker. */
export type ToWorker = { seq: number; input: ArticleInputBytes };
export type FromWorker = { seq: number; outcome: ArticleOutcome };

export interface PoolOptions {
  /** The worker script; the built dist/worker.js beside this module by default. */
  workerUrl?: URL;
  /** Articles sent to one worker before it answers: 2 keeps it busy across a message's round trip. */
  perWorker?: number;
}

/** Articles read ahead per worker (sent, or finished and waiting for an earlier one). */
const WINDOW_PER_WORKER = 4;

interface Slot {
  worker: Worker;
  /** Sequence numbers sent to this worker and not answered yet. */
  held: Set<number>;
  dead: boolean;
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
  };
  const url = options.workerUrl ?? new URL('./worker.js', import.meta.url);
  const perWorker = Math.max(1, options.perWorker ?? 2);
  const window = jobs * WINDOW_PER_WORKER;

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
  const bury = (slot: Slot, why: string) => {
    if (slot.dead) return; // 'error' and 'exit' both come
    slot.dead = true;
    const held = [...slot.held.keys()].sort((a, b) => a - b);
    slot.held.clear();
    held.forEach((seq, i) => {
      const input = inputs.get(seq)!;
      if (i === 0) {
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
    const slot: Slot = { worker: new Worker(url, { workerData }), held: new Set(), dead: false };
    slot.worker.on('message', (msg: FromWorker) => {
      if (!slot.held.delete(msg.seq)) return;
      done.set(msg.seq, msg.outcome);
      inputs.delete(msg.seq);
      notify();
    });
    slot.worker.on('error', (err) => bury(slot, `the worker analysing it crashed: ${err.message}`));
    slot.worker.on('exit', (code) => bury(slot, `the worker analysing it stopped (exit code ${code})`));
    slots.push(slot);
    return slot;
  };

  const hasRoom = () => slots.length < jobs || slots.some((s) => s.held.size < perWorker);
  // The least busy live worker with room; a new one rather than queueing behind a busy one.
  const pick = (): Slot | null => {
    let best: Slot | null = null;
    for (const s of slots) if (s.held.size < perWorker && (!best || s.held.size < best.held.size)) best = s;
    if ((!best || best.held.size > 0) && slots.length < jobs) return spawn();
    return best;
  };
  const send = (slot: Slot, seq: number, input: ArticleInputBytes) => {
    slot.held.add(seq);
    inputs.set(seq, input);
    slot.worker.postMessage({ seq, input } satisfies ToWorker);
  };

  const iterator = items[Symbol.asyncIterator]();
  let nextSeq = 0; // next sequence number to hand out
  let emitSeq = 0; // next sequence number to yield
  let exhausted = false;
  try {
    for (;;) {
      // Articles of a dead worker first, then new ones while the window allows.
      while (retry.length > 0 && hasRoom()) {
        const { seq, input } = retry.shift()!;
        send(pick()!, seq, input);
      }
      while (retry.length === 0 && !exhausted && nextSeq - emitSeq < window && hasRoom()) {
        const { value, done: end } = await iterator.next();
        if (end) {
          exhausted = true;
          break;
        }
        const seq = nextSeq++;
        if (value.failure) done.set(seq, value.failure);
        else send(pick()!, seq, value.input); // room cannot shrink while reading: only this loop sends
      }
      while (done.has(emitSeq)) {
        const outcome = done.get(emitSeq)!;
        done.delete(emitSeq++);
        yield outcome;
      }
      if (exhausted && emitSeq === nextSeq) break;
      if (!done.has(emitSeq) && retry.length === 0) await new Promise<void>((r) => (wake = r));
    }
  } finally {
    // Stop every worker, also when the caller stops reading early.
    const all = slots.splice(0);
    for (const s of all) s.dead = true;
    await Promise.all(all.map((s) => s.worker.terminate()));
    if (!exhausted) await iterator.return?.();
  }
}
