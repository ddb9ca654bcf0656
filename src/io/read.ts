// Reading one input's bytes with a cap, so that an endless or huge input
// (/dev/zero, `yes |`, a 100 MB file) costs bounded memory and never hangs.
import { open } from 'node:fs/promises';
import type { InputRef } from './inputs.js';

/** Default cap on one article's size: far above any news article. */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

export interface ReadResult {
  bytes: Buffer;
  /** True when the input was longer than the cap and was cut. */
  truncated: boolean;
}

async function readFileCapped(path: string, maxBytes: number): Promise<ReadResult> {
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
    return total > maxBytes ? { bytes: all.subarray(0, maxBytes), truncated: true } : { bytes: all, truncated: false };
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
  return { bytes: Buffer.concat(chunks, total), truncated };
}

export async function readInput(ref: InputRef, maxBytes = DEFAULT_MAX_BYTES, stdin: NodeJS.ReadableStream = process.stdin): Promise<ReadResult> {
  return ref.kind === 'stdin' ? readStdinCapped(stdin, maxBytes) : readFileCapped(ref.path, maxBytes);
}
