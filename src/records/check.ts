// A record schema as a plain predicate, compiled once from its zod schema.
//
// zod's parse builds a copy of the whole record (its result is a new object)
// and costs more than writing the record out; a predicate only reads it. The
// predicate knows the zod types and checks the record schemas use, each by
// id in the tables below; a schema part it does not know accepts nothing, so
// the predicate may refuse a record that zod would accept, never accept one
// that zod would refuse. A refused record is then parsed by zod, whose answer
// and message stand (see `buildArticleRecord`).
import type { z } from 'zod';

type Predicate = (value: unknown) => boolean;
type CheckDef = Record<string, unknown> & { check: string };
type TypeDef = Record<string, unknown> & { type: string; checks?: { _zod: { def: CheckDef } }[] };

const NOTHING: Predicate = () => false;

/** zod's string checks by id: the test of a string, or null when the check's options are not known here. */
const STRING_CHECKS: Record<string, (def: CheckDef) => ((s: string) => boolean) | null> = {
  min_length: (def) => (typeof def.minimum === 'number' ? (s) => s.length >= (def.minimum as number) : null),
  string_format: (def) => {
    const pattern = def.pattern;
    if (def.format !== 'regex' || !(pattern instanceof RegExp)) return null;
    return (s) => {
      pattern.lastIndex = 0;
      return pattern.test(s);
    };
  },
};

/** zod's number checks by id, as STRING_CHECKS. */
const NUMBER_CHECKS: Record<string, (def: CheckDef) => ((n: number) => boolean) | null> = {
  number_format: (def) => (def.format === 'safeint' ? (n) => Number.isSafeInteger(n) : null),
  greater_than: (def) => {
    const bound = def.value;
    if (typeof bound !== 'number') return null;
    return def.inclusive ? (n) => n >= bound : (n) => n > bound;
  },
  less_than: (def) => {
    const bound = def.value;
    if (typeof bound !== 'number') return null;
    return def.inclusive ? (n) => n <= bound : (n) => n < bound;
  },
};

/** The tests of a type's checks from one table; null when one of them is not known. */
function checksOf<T>(def: TypeDef, table: Record<string, (def: CheckDef) => ((v: T) => boolean) | null>): ((v: T) => boolean)[] | null {
  const tests: ((v: T) => boolean)[] = [];
  for (const c of def.checks ?? []) {
    const make = Object.hasOwn(table, c._zod.def.check) ? table[c._zod.def.check]! : null;
    const test = make ? make(c._zod.def) : null;
    if (!test) return null;
    tests.push(test);
  }
  return tests;
}

const passes = <T>(tests: ((v: T) => boolean)[], v: T) => {
  for (const test of tests) if (!test(v)) return false;
  return true;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (!isObject(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return (proto === Object.prototype || proto === null) && Object.getOwnPropertySymbols(v).length === 0;
}

/** The predicate of each zod type by id, given the type's definition. */
const TYPES: Record<string, (def: TypeDef) => Predicate> = {
  string: (def) => {
    const tests = checksOf(def, STRING_CHECKS);
    return tests ? (v) => typeof v === 'string' && passes(tests, v) : NOTHING;
  },
  number: (def) => {
    const tests = checksOf(def, NUMBER_CHECKS);
    return tests ? (v) => typeof v === 'number' && Number.isFinite(v) && passes(tests, v) : NOTHING;
  },
  boolean: (def) => (def.checks?.length ? NOTHING : (v) => typeof v === 'boolean'),
  enum: (def) => {
    const values = new Set(Object.values(def.entries as Record<string, unknown>));
    return def.checks?.length ? NOTHING : (v) => values.has(v);
  },
  literal: (def) => {
    const values = new Set(def.values as unknown[]);
    return def.checks?.length ? NOTHING : (v) => values.has(v);
  },
  nullable: (def) => {
    const inner = compileCheck(def.innerType as z.ZodType);
    return def.checks?.length ? NOTHING : (v) => v === null || inner(v);
  },
  optional: (def) => {
    const inner = compileCheck(def.innerType as z.ZodType);
    return def.checks?.length ? NOTHING : (v) => v === undefined || inner(v);
  },
  union: (def) => {
    const options = (def.options as z.ZodType[]).map(compileCheck);
    return def.checks?.length ? NOTHING : (v) => options.some((o) => o(v));
  },
  array: (def) => {
    const element = compileCheck(def.element as z.ZodType);
    if (def.checks?.length) return NOTHING;
    return (v) => {
      if (!Array.isArray(v)) return false;
      for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
      return true;
    };
  },
  record: (def) => {
    const key = compileCheck(def.keyType as z.ZodType);
    const value = compileCheck(def.valueType as z.ZodType);
    if (def.checks?.length) return NOTHING;
    return (v) => {
      if (!isPlainObject(v)) return false;
      for (const k of Object.getOwnPropertyNames(v)) if (!key(k) || !value(v[k])) return false;
      return true;
    };
  },
  // Keys the shape does not name are dropped by zod, not refused: they are not read here either.
  object: (def) => {
    if (def.checks?.length || def.catchall !== undefined) return NOTHING;
    const fields = Object.entries(def.shape as Record<string, z.ZodType>).map(([k, t]) => [k, compileCheck(t)] as const);
    return (v) => {
      if (!isObject(v)) return false;
      for (const [k, test] of fields) if (!test(v[k])) return false;
      return true;
    };
  },
};

/** The predicate of a zod schema: true only for a value that the schema accepts. */
export function compileCheck(schema: z.ZodType): Predicate {
  const def = schema._zod.def as unknown as TypeDef;
  return Object.hasOwn(TYPES, def.type) ? TYPES[def.type]!(def) : NOTHING;
}
