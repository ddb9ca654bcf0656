// The gazetteer's spelling index. The generated places' exact keys are looked
// up by binary search in a sorted text written at build time
// (src/data/gazetteer-keys.txt, by scripts/index-gazetteer.mjs): loading it
// costs one string and an array of line starts, where a map of 35,000 keys
// cost more than half the gazetteer's load. The supplement's and the user's
// spellings, few, go in maps over it.
import { detached } from '../../document/detach.js';
import { exactKey } from './fold.js';

/** A generated place row (src/data/gazetteer.json, "places"). */
export type Row = [number, string, string, string, string, string, number, number, number];

/** src/data/gazetteer.json. */
export interface Generated {
  countries: [string, string, string, number | null, number | null][];
  admin1: [string, string, number | null, number | null][];
  places: Row[];
}

/** Spelling key -> the index of one place, or the ascending indexes of several. */
export interface KeyLookup {
  get(key: string): number | number[] | undefined;
  has(key: string): boolean;
}

/** Each generated place's exact keys, at its position in load order: countries, admin1 areas, rows. */
function generatedKeys(data: Generated, add: (key: string, index: number) => void): void {
  let i = 0;
  for (const [, name, aliases] of data.countries) {
    for (const n of [name, ...(aliases ? aliases.split('|') : [])]) add(exactKey(n), i);
    i++;
  }
  for (const [, name] of data.admin1) add(exactKey(name), i++);
  for (const row of data.places) {
    for (const k of row[2].split('|')) add(k, i);
    i++;
  }
}

/**
 * The text of src/data/gazetteer-keys.txt for the generated gazetteer: a
 * header with the number of places it indexes, then "key\tindex[,index]"
 * lines, sorted.
 */
export function generatedKeyTable(data: Generated): string {
  const byKey = new Map<string, number | number[]>();
  generatedKeys(data, (key, index) => {
    if (key) pushIndex(byKey, key, index);
  });
  const keys = [...byKey.keys()].sort();
  const places = data.countries.length + data.admin1.length + data.places.length;
  return `#places\t${places}\n` + keys.map((k) => `${k}\t${asList(byKey.get(k)!).join(',')}\n`).join('');
}

const TAB = 9;
const NEWLINE = 10;

/** Binary search over the sorted "key\tindexes" lines of a key table. */
export class KeyTable implements KeyLookup {
  private readonly starts: Int32Array;

  constructor(private readonly text: string) {
    let n = 0;
    for (let p = text.indexOf('\n'); p >= 0; p = text.indexOf('\n', p + 1)) n++;
    this.starts = new Int32Array(n);
    let at = 0;
    for (let k = 0; k < n; k++) {
      this.starts[k] = at;
      at = text.indexOf('\n', at) + 1;
    }
  }

  get size(): number {
    return this.starts.length;
  }

  get(key: string): number | number[] | undefined {
    const line = this.find(key);
    if (line < 0) return undefined;
    const from = this.starts[line]! + key.length + 1;
    const to = this.text.indexOf('\n', from);
    const field = this.text.slice(from, to);
    if (!field.includes(',')) return Number(field);
    return field.split(',').map(Number);
  }

  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  /** The line whose key is `key`, or -1. */
  private find(key: string): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.compare(key, this.starts[mid]!);
      if (c === 0) return mid;
      if (c < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return -1;
  }

  /** `key` against the key of the line at `start`, in code-unit order (the tab ends the line's key). */
  private compare(key: string, start: number): number {
    const text = this.text;
    for (let j = 0; ; j++) {
      const b = text.charCodeAt(start + j);
      const lineEnded = b === TAB || b === NEWLINE;
      if (j === key.length) return lineEnded ? 0 : -1;
      if (lineEnded) return 1;
      const a = key.charCodeAt(j);
      if (a !== b) return a - b;
    }
  }
}

/** Adds an index under a key of a map of the KeyLookup shape (indexes arrive in ascending order). */
export function pushIndex(m: Map<string, number | number[]>, key: string, index: number): void {
  const v = m.get(key);
  if (v === undefined) m.set(key, index);
  else if (typeof v === 'number') {
    if (v !== index) m.set(key, [v, index]);
  } else if (v[v.length - 1] !== index) v.push(index);
}

const asList = (v: number | number[]): number[] => (typeof v === 'number' ? [v] : v);

/**
 * The keys of a base lookup for which `takes` holds, and those of a map of
 * added spellings: the indexes of both, ascending and each once.
 */
export class MergedKeys implements KeyLookup {
  /**
   * Answers given, misses too: most lookups are of words seen before (an
   * article's capitalised words, again and again), and one map lookup costs
   * less than a search by halves. Cleared when full.
   */
  private readonly memo = new Map<string, number | number[] | null>();

  constructor(
    private readonly base: KeyLookup,
    private readonly takes: (key: string) => boolean,
    private readonly added: Map<string, number | number[]>,
  ) {}

  get(key: string): number | number[] | undefined {
    const known = this.memo.get(key);
    if (known !== undefined) return known ?? undefined;
    const v = this.lookup(key);
    if (this.memo.size >= MEMO_SIZE) this.memo.clear();
    this.memo.set(detached(key), v ?? null);
    return v;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  private lookup(key: string): number | number[] | undefined {
    const a = this.takes(key) ? this.base.get(key) : undefined;
    const b = this.added.get(key);
    if (a === undefined) return b;
    if (b === undefined) return a;
    return [...new Set([...asList(a), ...asList(b)])].sort((x, y) => x - y);
  }
}

/** Keys a MergedKeys remembers before it starts again (some 5 MB). */
const MEMO_SIZE = 50_000;
