// Where records go: stdout, or a file written atomically (temp file + rename,
// never a half-written file). Writes respect back-pressure; a closed pipe
// (`| head -1`) ends the run quietly.
import { createWriteStream, openSync, realpathSync, renameSync, rmSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describeFsError } from '../io/inputs.js';

export class ClosedPipe extends Error {
  override name = 'ClosedPipe';
}

/** The output file cannot be created or written: one line on stderr, exit 1. */
export class OutputError extends Error {
  override name = 'OutputError';
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(`cannot write ${file}: ${describeFsError(cause)}`);
  }
}

export interface Output {
  write(chunk: string): Promise<void>;
  /** Finishes: flushes and, for a file, renames the temp file into place. */
  close(): Promise<void>;
  /** Gives up: removes the temp file, leaves any existing output untouched. */
  abort(): void;
}

function writeTo(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const onError = (err: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      reject(err.code === 'EPIPE' ? new ClosedPipe('output pipe closed') : err);
    };
    stream.once('error', onError);
    const ok = stream.write(chunk, (err) => {
      if (err) onError(err as NodeJS.ErrnoException);
    });
    const done = () => {
      if (settled) return;
      settled = true;
      stream.removeListener('error', onError);
      resolve();
    };
    if (ok) done();
    else stream.once('drain', done);
  });
}

export function stdoutOutput(stdout: NodeJS.WriteStream = process.stdout): Output {
  const fail = (e: unknown) => (e instanceof ClosedPipe ? e : new OutputError('standard output', e));
  return {
    write: (chunk) => (chunk ? writeTo(stdout, chunk).catch((e) => Promise.reject(fail(e))) : Promise.resolve()),
    close: () => Promise.resolve(),
    abort: () => {},
  };
}

/** The real file that `-o` names: through a symlink, the target is updated. */
export function resolveOutputPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

export function fileOutput(path: string): Output {
  const target = resolveOutputPath(path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  // Opened here, synchronously, so that a missing directory or a read-only
  // place is one clear error before any input is read, never an 'error' event
  // that nobody listens to.
  let fd: number;
  try {
    fd = openSync(temp, 'wx');
  } catch (e) {
    throw new OutputError(path, e);
  }
  const stream: WriteStream = createWriteStream(temp, { fd });
  let failure: Error | null = null;
  stream.on('error', (e) => (failure ??= new OutputError(path, e)));
  let finished = false;
  const fail = (e: unknown) => (e instanceof OutputError ? e : new OutputError(path, e));
  return {
    write: (chunk) => {
      if (failure) return Promise.reject(failure);
      return chunk ? writeTo(stream, chunk).catch((e) => Promise.reject(fail(e))) : Promise.resolve();
    },
    close: () =>
      new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        stream.end((err?: Error | null) => {
          if (err || failure) return reject(failure ?? fail(err));
          try {
            renameSync(temp, target);
            finished = true;
            resolve();
          } catch (e) {
            reject(fail(e));
          }
        });
      }),
    abort: () => {
      if (finished) return;
      stream.destroy();
      rmSync(temp, { force: true });
    },
  };
}
