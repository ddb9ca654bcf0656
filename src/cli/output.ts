// Where records go: stdout, or a file written atomically (temp file + rename,
// never a half-written file). Writes respect back-pressure; a closed pipe
// (`| head -1`) ends the run quietly.
import { createWriteStream, realpathSync, renameSync, rmSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class ClosedPipe extends Error {
  override name = 'ClosedPipe';
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
  return {
    write: (chunk) => (chunk ? writeTo(stdout, chunk) : Promise.resolve()),
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
  const stream: WriteStream = createWriteStream(temp, { flags: 'wx' });
  let finished = false;
  return {
    write: (chunk) => (chunk ? writeTo(stream, chunk) : Promise.resolve()),
    close: () =>
      new Promise((resolve, reject) => {
        stream.end((err?: Error | null) => {
          if (err) return reject(err);
          try {
            renameSync(temp, target);
            finished = true;
            resolve();
          } catch (e) {
            reject(e);
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
