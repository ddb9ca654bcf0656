// Reading one input's bytes with a cap, so that an endless or huge input
// (/dev/zero, `yes |`, a 100 MB file) costs bounded memory and never hangs.
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { InputRef } from './inputs.js';

/** Default cap on one article's size: far above any news article. */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

export interface ReadResult {
  bytes: Buffer;
  /** True when the input was longer than the cap and was cut. */
  truncated: boolean;
}

/**
 * A regular file is read at once, synchronously: an article is a few
 * kilobytes, and each await of an asynchronous read is a turn of the event
 * loop that the thread analysing articles spends idle. Anything else (a FIFO,
 * a device) is read asynchronously, and may take its time.
 */
function readRegularFileCapped(path: string, maxBytes: number): ReadResult | null {
  // Opening a FIFO waits for its writer: only what is a regular file before it is opened is opened here.
  if (!statSync(path).isFile()) return null;
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return null;
    // One byte past the cap tells whether there was more (a file may have grown since).
    const buf = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let total = 0;
    while (total < buf.length) {
      const n = readSync(fd, buf, total, buf.length - total, null);
      if (n === 0) break;
      total += n;
    }
    // It grew while it was read: read it to its end the other way.
    if (total === buf.length && total <= maxBytes) return null;
    const all = buf.subarray(0, total);
    return total > maxBytes ? { bytes: cutAtCharBoundary(all.subarray(0, maxBytes)), truncated: true } : { bytes: all, truncated: false };
  } finally {
    closeSync(fd);
  }
}

async function readFileCapped(path: string, maxBytes: number): Promise<ReadResult> {
  const regular = readRegularFileCapped(path, maxBytes);
  if (regular) {
    // Still one turn of the event loop per input: what completes there (the
    // writes to standard output) would otherwise pile up for the whole run.
    await new Promise((done) => setImmediate(done));
    return regular;
  }
  const handle = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    // Read one byte past the cap to know whether there was more.
    while (total <= maxBytes) {
      const want = Math.min(1 << 20, maxBytes + 1 - total);
      const buf = Buffer.allocUnsafe(want);
      const { bytesRead } = await handle.read(buf, 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(buf.subarray(0, bytesRead));
      total += bytesRead;
    }
    const all = Buffer.concat(chunks, total);
    return total > maxBytes ? { bytes: cutAtCharBoundary(all.subarray(0, maxBytes)), truncated: true } : { bytes: all, truncated: false };
  } finally {
    await handle.close();
  }
}

async function readStdinCapped(stream: NodeJS.ReadableStream, maxBytes: number): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let total = 0;
  let truncated = false;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    if (total + b.length > maxBytes) {
      chunks.push(b.subarray(0, maxBytes - total));
      total = maxBytes;
      truncated = true;
      break; // leaving the loop destroys the stream: an endless producer is not waited for
    }
    chunks.push(b);
    total += b.length;
  }
  const bytes = Buffer.concat(chunks, total);
  return { bytes: truncated ? cutAtCharBoundary(bytes) : bytes, truncated };
}

/**
 * Where to cut bytes that were capped so that no character is split: a UTF-8
 * sequence or a UTF-16 code unit cut in half would turn a whole UTF-8 article
 * into "not valid UTF-8" and decode it as Windows-1252 (mojibake).
 */
export function cutAtCharBoundary(bytes: Buffer): Buffer {
  const n = bytes.length;
  const utf16 = n >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16) return n % 2 === 0 ? bytes : bytes.subarray(0, n - 1);
  // Step back over continuation bytes (10xxxxxx) to the lead byte of the last sequence.
  let i = n - 1;
  while (i >= 0 && i > n - 4 && (bytes[i] & 0xc0) === 0x80) i--;
  if (i < 0) return bytes;
  const lead = bytes[i];
  const need = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 1;
  return need > 1 && n - i < need ? bytes.subarray(0, i) : bytes;
}

export async function readInput(ref: InputRef, maxBytes = DEFAULT_MAX_BYTES, stdin: NodeJS.ReadableStream = process.stdin): Promise<ReadResult> {
  return ref.kind === 'stdin' ? readStdinCapped(stdin, maxBytes) : readFileCapped(ref.path, maxBytes);
}
