// Worker threads for --jobs N. Articles go to whichever worker is free;
// outcomes come back in input order, so output is identical to --jobs 1.
// At most 2 x N articles are in flight: memory is bounded by the workers,
// not by the corpus.
import { Worker } from 'node:worker_threads';
import type { ArticleOutcome } from '../article.js';

type Item =
  | { failure: ArticleOutcome; input?: undefined }
  | { input: { id: string; path: string; bytes: Uint8Array; truncated: boolean }; failure?: undefined };

export interface WorkerSetup {
  actorFiles?: string[];
  placeFiles?: string[];
  referenceDate?: string | null;
  explain?: boolean;
  validate?: boolean;
}

export async function* runInWorkers(items: AsyncIterable<Item>, jobs: number, setup: WorkerSetup): AsyncGenerator<ArticleOutcome> {
  const workerData: WorkerSetup = {
    actorFiles: setup.actorFiles,
    placeFiles: setup.placeFiles,
    referenceDate: setup.referenceDate,
    explain: setup.explain,
    validate: setup.validate,
  };
  const url = new URL('./worker.js', import.meta.url);
  const workers = Array.from({ length: jobs }, () => new Worker(url, { workerData }));
  const idle = [...workers];
  const done = new Map<number, ArticleOutcome>();
  const pending = new Map<number, { worker: Worker; path: string }>();
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const finish = (worker: Worker, seq: number, outcome: ArticleOutcome) => {
    done.set(seq, outcome);
    pending.delete(seq);
    idle.push(worker);
    notify();
  };
  for (const worker of workers) {
    worker.on('message', (msg: { seq: number; outcome: ArticleOutcome }) => finish(worker, msg.seq, msg.outcome));
    worker.on('error', (err) => {
      for (const [seq, p] of pending) {
        if (p.worker === worker) {
          done.set(seq, { ok: false, path: p.path, error: `could not be processed: ${err.message}`, warnings: [] });
          pending.delete(seq);
        }
      }
      notify();
    });
  }

  const iterator = items[Symbol.asyncIterator]();
  let nextSeq = 0; // next sequence number to hand out
  let emitSeq = 0; // next sequence number to yield
  let exhausted = false;
  try {
    while (!exhausted || emitSeq < nextSeq) {
      // Fill idle workers while the window allows.
      while (!exhausted && idle.length > 0 && nextSeq - emitSeq < jobs * 2) {
        const { value, done: end } = await iterator.next();
        if (end) {
          exhausted = true;
          break;
        }
        const seq = nextSeq++;
        if (value.failure) {
          done.set(seq, value.failure);
          continue;
        }
        const worker = idle.pop()!;
        pending.set(seq, { worker, path: value.input.path });
        worker.postMessage({ seq, input: value.input });
      }
      while (done.has(emitSeq)) {
        const outcome = done.get(emitSeq)!;
        done.delete(emitSeq++);
        yield outcome;
      }
      if (emitSeq < nextSeq && !done.has(emitSeq)) await new Promise<void>((r) => (wake = r));
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
