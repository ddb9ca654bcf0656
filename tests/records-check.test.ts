// The record schemas as predicates (src/records/check.ts): they accept the
// records the extractor writes, and never a value that zod refuses.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildArticleRecord } from '../src/article.js';
import { compileCheck } from '../src/records/check.js';
import { toEventRecords } from '../src/records/events.js';
import { ArticleRecordSchema, EventRecordSchema, type ArticleRecord } from '../src/records/schemas.js';
import { loadResources } from '../src/resources.js';
import { SEEDS } from './helpers/cli.js';
import { sampleEvent } from './helpers/records.js';

const isArticleRecord = compileCheck(ArticleRecordSchema);
const isEventRecord = compileCheck(EventRecordSchema);

let records: ArticleRecord[] = [];
beforeAll(() => {
  const res = loadResources({});
  records = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => buildArticleRecord({ id: f, file: f, text: readFileSync(join(SEEDS, f), 'utf8') }, res, { explain: true }));
});

/** Every path to a value inside `v`, as lists of keys. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof v !== 'object' || v === null) return [at];
  const keys = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
  return [at, ...keys.flatMap((k) => paths((v as Record<string | number, unknown>)[k], [...at, k]))];
}

function withValue<T>(v: T, path: (string | number)[], value: unknown, remove = false): T {
  const copy = structuredClone(v) as Record<string | number, unknown>;
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (remove) delete node[last];
  else node[last] = value;
  return copy as T;
}

const ODD_VALUES: unknown[] = [null, undefined, -1, 1.5, 2, NaN, Infinity, 0, '', 'x', '2016-3-1', true, [], {}, [{}], 'Battles', 'day', 1];

describe('record predicates', () => {
  it('accept the records of the seed articles, as zod does', () => {
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) {
      expect(ArticleRecordSchema.safeParse(r).success).toBe(true);
      expect(isArticleRecord(r)).toBe(true);
      for (const e of toEventRecords(r)) expect(isEventRecord(e)).toBe(true);
    }
    expect(isEventRecord(sampleEvent())).toBe(true);
  });

  it('accept no value at any place of a record that zod refuses', () => {
    const record = records.find((r) => r.events.length > 0 && r.entities.places.length > 0)!;
    const all = paths(record).filter((p) => p.length > 0);
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.constantFrom(...ODD_VALUES), fc.boolean(), (path, value, remove) => {
        const broken = withValue(record, path, value, remove);
        if (isArticleRecord(broken)) expect(ArticleRecordSchema.safeParse(broken).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuse what they do not know: a refinement, a transform, an unknown check', () => {
    expect(compileCheck(z.object({ a: z.string() }).refine(() => true))({ a: 'x' })).toBe(false);
    expect(compileCheck(z.string().transform((s) => s))('x')).toBe(false);
    expect(compileCheck(z.string().email())('a@b.co')).toBe(false);
    expect(compileCheck(z.object({ a: z.string() }).catchall(z.number()))({ a: 'x' })).toBe(false);
  });

  it('read the checks they know as zod does', () => {
    const cases: [z.ZodType, unknown[]][] = [
      [z.number().int().nonnegative(), [0, 3, -1, 1.5, NaN, Infinity, 2 ** 60, '3']],
      [z.number().min(0).max(1), [0, 1, 0.5, -0.1, 1.1, NaN]],
      [z.string().min(1), ['', 'a']],
      [z.string().regex(/^\d{4}-\d{2}-\d{2}$/), ['2016-03-01', '2016-3-1', '']],
      [z.union([z.literal(1), z.literal(2), z.literal(3)]), [1, 2, 3, 4, '1']],
      [z.enum(['day', 'month']), ['day', 'week', null]],
      [z.record(z.string(), z.string()), [{}, { a: 'b' }, { a: 1 }, [], null]],
      [z.array(z.string()).nullable(), [null, [], ['a'], [1], undefined]],
      [z.object({ a: z.string().optional() }), [{}, { a: undefined }, { a: 'x' }, { a: 1 }, { b: 1 }]],
    ];
    for (const [schema, values] of cases) {
      const check = compileCheck(schema);
      for (const v of values) expect([v, check(v)]).toEqual([v, schema.safeParse(v).success]);
    }
  });
});
