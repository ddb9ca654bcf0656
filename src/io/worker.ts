// A worker thread of --jobs: loads resources once, then analyses the
// articles it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { processArticleBytes } from '../article.js';
import { loadResources } from '../resources.js';
import type { WorkerSetup } from './pool.js';

const setup = workerData as WorkerSetup;
const res = loadResources({ actorFiles: setup.actorFiles, placeFiles: setup.placeFiles });

parentPort!.on('message', (msg: { seq: number; input: { id: string; path: string; bytes: Uint8Array; truncated: boolean } }) => {
  const outcome = processArticleBytes(msg.input, res, setup);
  parentPort!.postMessage({ seq: msg.seq, outcome });
});
