// Property-based fuzzing of the whole pipeline through the library API:
// random text, random bytes, random unicode and mutated seed articles never
// crash it, and every record it gives satisfies the schema and survives every
// writer. `npm run fuzz` runs the same properties with many more cases.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { processArticleBytes } from '../src/article.js';
import { extractArticle } from '../src/index.js';
import { toEventRecords } from '../src/records/events.js';
import { ArticleRecordSchema, EventRecordSchema, recordJsonSchema, type ArticleRecord } from '../src/records/schemas.js';
import { loadResources, type Resources } from '../src/resources.js';
import { FORMATS, createWriter, supports } from '../src/writers/index.js';
import { SEEDS } from './helpers/cli.js';
import { assertValidOutput } from './helpers/formats.js';
import { validate } from './helpers/json-schema.js';

// FUZZ_RUNS scales every property (scripts/fuzz.mjs); FUZZ_SEED replays a failure.
const RUNS = Number(process.env.FUZZ_RUNS ?? 0) || 1;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const params = (numRuns: number) => ({ numRuns: Math.round(numRuns * RUNS), seed: SEED, endOnFailure: true });
const TIMEOUT = 60_000 * RUNS;

const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(SEEDS, f)));

const articleJsonSchema = recordJsonSchema('articles');
const eventJsonSchema = recordJsonSchema('events');
let res: Resources;
beforeAll(() => {
  res = loadResources({});
});

/** Everything a record must satisfy, and every writer must turn it into a valid document. */
function checkRecord(record: ArticleRecord): void {
  expect(ArticleRecordSchema.safeParse(record).success).toBe(true);
  expect(validate(articleJsonSchema, record)).toEqual([]);
  for (const m of [...Object.values(record.entities).flatMap((list) => list.flatMap((e) => e.mentions)), ...record.events.flatMap((e) => e.evidence)]) {
    expect(m.start).toBeLessThanOrEqual(m.end);
  }
  const events = toEventRecords(record);
  for (const e of events) {
    expect(EventRecordSchema.safeParse(e).success).toBe(true);
    expect(validate(eventJsonSchema, e)).toEqual([]);
  }
  for (const format of FORMATS) {
    for (const kind of ['events', 'articles'] as const) {
      if (!supports(format, kind)) continue;
      const w = createWriter(format, { records: kind, bom: format === 'csv' });
      const records = kind === 'events' ? events : [record];
      assertValidOutput(format, w.header() + records.map((r) => w.record(r)).join('') + w.footer(), records.length);
    }
  }
}

/** One input's bytes through decode and analysis: a record, or a failure that is not an internal error. */
function checkBytes(bytes: Uint8Array, truncated = false): void {
  const outcome = processArticleBytes({ id: 'fuzz', path: 'fuzz.txt', bytes, truncated }, res, {});
  if (!outcome.ok) {
    expect(outcome.error).toMatch(/^binary data/);
    return;
  }
  checkRecord(outcome.record);
}

// Text with the shapes news text has, and the shapes that break tokenisers.
const newsish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'Rebels', 'Islamic State', 'IS', 'the SDF', 'Russian warplanes', 'government forces', 'shelled', 'killed', 'at least 26',
        'dozens of', 'civilians', 'in Aleppo', 'near Raqqa', 'on Monday', 'last week', 'on 3 June 2016', 'yesterday', 'said', 'the Syrian Observatory',
        'U.S.', 'Gen.', 'J. R.', '3.5', '.', '...', ',', '"', '\u201c', '\u201d', '\u2019', '\u2014', '-', ':', '\n', '\n\n', '\r\n', '\t', ' ', '  ',
        'BEIRUT:', 'Saturday 04 June 2016 05:00 EDT', '2 min read', 'Related Stories', '\u00e9', '\u0627\u0644\u0631\u0642\u0629', '\u{1F600}',
        '\u200b', '\u00a0', '\ufeff', '\u2028', '=', '+', '@', '\u0301', 'toString', '__proto__', '(', ')+', '[', '\\', '$1',
      ),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.integer({ min: -1000, max: 100000 }).map(String),
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(' '));

describe('fuzz: the whole pipeline', () => {
  it('random unicode text gives valid records', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => checkRecord(extractArticle(text))), params(100));
  }, TIMEOUT);

  it('news-like text gives valid records', () => {
    fc.assert(fc.property(newsish, (text) => checkRecord(extractArticle(text))), params(150));
  }, TIMEOUT);

  it('random bytes are decoded or refused as binary, never an internal error', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), fc.boolean(), (bytes, truncated) => checkBytes(bytes, truncated)), params(150));
  }, TIMEOUT);

  it('random bytes without NUL, behind each byte order mark, are decoded', () => {
    const boms = fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]);
    const noNul = fc.uint8Array({ min: 1, maxLength: 400 });
    fc.assert(fc.property(boms, noNul, (bom, body) => checkBytes(Uint8Array.from([...bom, ...body]))), params(100));
  }, TIMEOUT);

  // Mutations of the real seed articles: cut, duplicated, spliced with noise,
  // re-encoded, line endings changed.
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: newsish }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 2000 }) }),
    fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat({ max: 3000 }) }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('crlf' as const) }),
    fc.record({ kind: fc.constant('cr' as const) }),
    fc.record({ kind: fc.constant('upper' as const) }),
    fc.record({ kind: fc.constant('strip-punctuation' as const) }),
  );
  type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;
  function mutate(text: string, m: Mutation): string {
    const at = 'at' in m ? m.at % (text.length + 1) : 0;
    switch (m.kind) {
      case 'insert':
        return text.slice(0, at) + m.text + text.slice(at);
      case 'delete':
        return text.slice(0, at) + text.slice(at + m.length);
      case 'duplicate':
        return text.slice(0, at + m.length) + text.slice(at);
      case 'truncate':
        return text.slice(0, at);
      case 'crlf':
        return text.replace(/\n/g, '\r\n');
      case 'cr':
        return text.replace(/\n/g, '\r');
      case 'upper':
        return text.toUpperCase();
      case 'strip-punctuation':
        return text.replace(/[.!?;:,"\u201c\u201d]/g, '');
    }
  }
  const encodings = fc.constantFrom('utf8', 'utf8-bom', 'utf16le', 'utf16be', 'latin1');
  function encode(text: string, encoding: string): Buffer {
    switch (encoding) {
      case 'utf8-bom':
        return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
      case 'utf16le':
        return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      case 'utf16be':
        return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
      case 'latin1':
        return Buffer.from(text, 'latin1');
      default:
        return Buffer.from(text);
    }
  }

  it('mutated seed articles give valid records', () => {
    fc.assert(
      fc.property(fc.nat({ max: seeds.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), encodings, (i, mutations, encoding) => {
        const text = mutations.reduce(mutate, seeds[i].toString('utf8'));
        checkBytes(encode(text, encoding));
      }),
      params(40),
    );
  }, TIMEOUT);

  it('a seed cut at any byte (as the size cap does) still gives a valid record', () => {
    fc.assert(
      fc.property(fc.nat({ max: seeds.length - 1 }), fc.nat(), (i, at) => {
        const bytes = seeds[i];
        checkBytes(bytes.subarray(0, at % (bytes.length + 1)), true);
      }),
      params(30),
    );
  }, TIMEOUT);
});
