// Bytes -> text. UTF-8 (with or without BOM), UTF-16 with BOM, and
// Windows-1252 / Latin-1 detected and decoded; binary input refused.
import { createRequire } from 'node:module';
import type iconvType from 'iconv-lite';

// iconv-lite is half a megabyte of code tables: it is loaded when an input
// first needs it (UTF-16, or not valid UTF-8), not at every start-up.
let iconv: typeof iconvType | null = null;
const codecs = (): typeof iconvType => (iconv ??= createRequire(import.meta.url)('iconv-lite') as typeof iconvType);

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: Encoding;
  warnings: string[];
}

export class BinaryInputError extends Error {
  override name = 'BinaryInputError';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes one input's bytes. Throws BinaryInputError for binary data (a NUL byte anywhere). */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const warnings: string[] = [];
  let text: string;
  let encoding: Encoding;
  if (buf[0] === 0xff && buf[1] === 0xfe) {
    encoding = 'utf-16le';
    text = codecs().decode(buf.subarray(2), 'utf-16le');
  } else if (buf[0] === 0xfe && buf[1] === 0xff) {
    encoding = 'utf-16be';
    text = codecs().decode(buf.subarray(2), 'utf-16be');
  } else {
    // A NUL byte never occurs in text files in UTF-8 or a single-byte code page.
    const nul = buf.indexOf(0);
    if (nul >= 0) {
      const hint = looksLikeUtf16WithoutBom(buf) ? '; it looks like UTF-16 without a byte order mark: save it as UTF-8' : '';
      throw new BinaryInputError(`binary data (NUL byte at offset ${nul}${hint}), skipped`);
    }
    const body = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
    try {
      text = utf8.decode(body);
      encoding = 'utf-8';
    } catch {
      // Not valid UTF-8: news pages saved on Windows are Windows-1252, a superset
      // of Latin-1 for text ("’" is 0x92). Node's TextDecoder maps 0x80-0x9f wrongly.
      text = codecs().decode(body, 'win1252');
      encoding = 'windows-1252';
      warnings.push('not valid UTF-8: decoded as Windows-1252 (Latin-1)');
    }
  }
  if (encoding !== 'utf-8' && /\u0000/.test(text)) throw new BinaryInputError('binary data (NUL character), skipped');
  return { text: normaliseNewlines(text), encoding, warnings };
}

/** ASCII text in UTF-16 has a NUL in every other byte: "R\0e\0b\0" */
function looksLikeUtf16WithoutBom(buf: Buffer): boolean {
  const n = Math.min(buf.length, 1024) & ~1;
  if (n < 8) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenNul++;
    if (buf[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  return (oddNul > pairs * 0.9 && evenNul === 0) || (evenNul > pairs * 0.9 && oddNul === 0);
}

/** CRLF and lone CR become LF so that every offset is the same whatever the platform. */
export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
