// Decoding and reading at the function level: the byte-exact cases that the
// CLI tests cover end to end, plus the memory bound of a capped read.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, openSync, writeSync } from 'node:fs';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { BinaryInputError, decodeBytes } from '../src/io/decode.js';
import { cutAtCharBoundary, readInput } from '../src/io/read.js';
import { TempDir } from './helpers/cli.js';

const tmp = new TempDir();
afterAll(() => tmp.remove());

const TEXT = 'Rebels \u201cadvance\u201d \u2013 Aleppo \u2014 \u20ac5m, caf\u00e9 on Monday.\nSecond line.\n';

describe('decodeBytes', () => {
  it('UTF-8 with and without BOM, UTF-16 LE and BE with BOM give the same text', () => {
    const utf8 = Buffer.from(TEXT, 'utf8');
    const variants = [
      utf8,
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()]),
    ];
    for (const bytes of variants) expect(decodeBytes(bytes).text).toBe(TEXT);
  });

  it('Windows-1252 curly quotes, dashes and the euro sign decode correctly, with a warning', () => {
    const bytes = iconv.encode(TEXT, 'win1252');
    expect(bytes.includes(0x93)).toBe(true); // really the Windows code page, not Latin-1
    const decoded = decodeBytes(bytes);
    expect(decoded.text).toBe(TEXT);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.warnings.join(' ')).toMatch(/Windows-1252/);
  });

  it('CRLF and lone CR become LF', () => {
    const lf = decodeBytes(Buffer.from('a\nb\n\nc\n')).text;
    expect(decodeBytes(Buffer.from('a\r\nb\r\n\r\nc\r\n')).text).toBe(lf);
    expect(decodeBytes(Buffer.from('a\rb\r\rc\r')).text).toBe(lf);
  });

  it('a NUL byte anywhere makes the input binary; Latin-1 text is not binary', () => {
    expect(() => decodeBytes(Buffer.from('\0abc'))).toThrow(BinaryInputError);
    const late = Buffer.concat([Buffer.alloc(70 * 1024, 'a'), Buffer.from([0]), Buffer.from('more')]);
    expect(() => decodeBytes(late)).toThrow(/NUL byte at offset 71680/);
    expect(decodeBytes(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65])).text).toBe('caf\u00e9 na\u00efve');
  });
});

describe('UTF-16 without a byte order mark', () => {
  it('is refused as binary with a hint to save it as UTF-8', () => {
    expect(() => decodeBytes(Buffer.from('Rebels shelled the town.', 'utf16le'))).toThrow(/binary data .*UTF-16 without a byte order mark/);
    expect(() => decodeBytes(Buffer.from('Rebels shelled the town.', 'utf16le').swap16())).toThrow(/UTF-16 without a byte order mark/);
    expect(() => decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]))).not.toThrow(/UTF-16/);
  });
});

describe('cutAtCharBoundary', () => {
  it('never splits a UTF-8 sequence', () => {
    const bytes = Buffer.from('a\u00e9\u20ac\u{1F600}', 'utf8'); // 1 + 2 + 3 + 4 bytes
    for (let n = 0; n <= bytes.length; n++) {
      const cut = cutAtCharBoundary(bytes.subarray(0, n));
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(cut)).not.toThrow();
      expect(n - cut.length).toBeLessThan(4);
    }
  });

  it('keeps UTF-16 input to whole code units', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('abc', 'utf16le')]);
    expect(cutAtCharBoundary(bytes.subarray(0, 5)).length).toBe(4);
  });
});

describe('readInput', () => {
  it('reads a 100 MB file only up to the cap', async () => {
    const path = tmp.join('huge.txt');
    const fd = openSync(path, 'w');
    const chunk = Buffer.alloc(1024 * 1024, 'Rebels shelled the town. ');
    for (let i = 0; i < 100; i++) writeSync(fd, chunk);
    closeSync(fd);
    const before = process.memoryUsage().arrayBuffers;
    const { bytes, truncated } = await readInput({ kind: 'file', path, id: 'huge' }, 2 * 1024 * 1024);
    expect(truncated).toBe(true);
    expect(bytes.length).toBeLessThanOrEqual(2 * 1024 * 1024);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 * 1024 * 1024);
  });

  it('a file exactly at the cap is not truncated', async () => {
    const path = tmp.file('exact.txt', Buffer.alloc(1000, 'a'));
    const r = await readInput({ kind: 'file', path, id: 'exact' }, 1000);
    expect(r).toMatchObject({ truncated: false });
    expect(r.bytes.length).toBe(1000);
  });

  it('a small file is read whole, and one byte over the cap is truncated', async () => {
    const path = tmp.file('small.txt', 'Rebels shelled the town.\n');
    expect(await readInput({ kind: 'file', path, id: 'small' }, 1000)).toEqual({ bytes: Buffer.from('Rebels shelled the town.\n'), truncated: false });
    const over = tmp.file('over.txt', Buffer.alloc(1001, 'a'));
    const r = await readInput({ kind: 'file', path: over, id: 'over' }, 1000);
    expect(r).toMatchObject({ truncated: true });
    expect(r.bytes.length).toBe(1000);
  });

  it.skipIf(process.platform === 'win32')('a FIFO is read to its end without blocking the thread until its writer comes', async () => {
    const path = tmp.join('fifo');
    execFileSync('mkfifo', [path]);
    const reading = readInput({ kind: 'file', path, id: 'fifo' }, 1000);
    // The writer opens the FIFO only after readInput has returned its promise.
    const writer = spawn('sh', ['-c', `printf 'Rebels shelled the town.' > '${path}'`]);
    const written = new Promise((done) => writer.on('close', done));
    const r = await reading;
    await written;
    expect(r).toEqual({ bytes: Buffer.from('Rebels shelled the town.'), truncated: false });
  });
});
