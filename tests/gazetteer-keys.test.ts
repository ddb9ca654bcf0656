// The gazetteer's exact-spelling index: a sorted text searched by halves
// (src/stages/places/keys.ts), in place of a map built at every start-up.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedKeyTable, KeyTable, MergedKeys, type Generated } from '../src/stages/places/keys.js';
import { exactKey, findPlaceMentions, loadGazetteer } from '../src/stages/places/index.js';
import type { ArticleDoc } from '../src/document/model.js';

const data = JSON.parse(readFileSync(new URL('../src/data/gazetteer.json', import.meta.url), 'utf8')) as Generated;
const shipped = readFileSync(new URL('../src/data/gazetteer-keys.txt', import.meta.url), 'utf8');
const body = shipped.slice(shipped.indexOf('\n') + 1);
const table = new KeyTable(body);
const list = (v: number | number[] | undefined) => (v === undefined ? undefined : typeof v === 'number' ? [v] : v);

describe('the key table shipped with the gazetteer', () => {
  it('is the one the generated data gives (run scripts/index-gazetteer.mjs after changing gazetteer.json)', () => {
    const fresh = generatedKeyTable(data);
    expect(shipped.length).toBe(fresh.length);
    expect(shipped === fresh).toBe(true);
  });

  it('names how many places it indexes, which the loader checks against the data', () => {
    expect(shipped.slice(0, shipped.indexOf('\n'))).toBe(`#places\t${data.countries.length + data.admin1.length + data.places.length}`);
  });

  it('finds every key with its places, and no key it does not hold', () => {
    const lines = body.split('\n').filter(Boolean);
    const keys = new Set(lines.map((l) => l.split('\t')[0]!));
    expect(table.size).toBe(lines.length);
    const wrong: string[] = [];
    for (const line of lines) {
      const [key, indexes] = line.split('\t') as [string, string];
      if (JSON.stringify(list(table.get(key))) !== JSON.stringify(indexes.split(',').map(Number))) wrong.push(key);
      if (!table.has(key)) wrong.push(`has ${key}`);
      // a key one letter longer or shorter is another key, or none
      for (const near of [`${key}q`, key.slice(0, -1), `${key} `]) {
        if (!keys.has(near) && table.get(near) !== undefined) wrong.push(`near ${near}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('lookups', () => {
  const gaz = loadGazetteer([]);
  const names = (v: number | number[] | undefined) => list(v)?.map((i) => gaz.place(i).name);

  it.each([
    ['Aleppo', ['Aleppo']],
    ['al-Bab', ['Al-Bab']],
    ['Ar Raqqah', ['Raqqa']],
    ['Mosul', ['Mosul']],
    ['Syria', ['Syria']],
  ])('%s', (spelling, want) => {
    for (const n of want) expect(names(gaz.exact.get(exactKey(spelling)))).toContain(n);
  });

  it.each(['', 'a', 'alepp', 'aleppoo', 'zzzzzz', '\uffff'])('%j is no key', (key) => {
    expect(gaz.exact.get(key)).toBeUndefined();
    expect(gaz.exact.has(key)).toBe(false);
  });

  it('a name that is also a word is a guarded key, not an exact one', () => {
    // "Hit" (Iraq) and "Bab": found only after "the town of"
    expect(gaz.exact.get('hit')).toBeUndefined();
    expect(names(gaz.guarded.get('hit'))).toContain('Hit');
    expect(gaz.guarded.get('aleppo')).toBeUndefined();
  });

  it('a spelling the supplement adds to a generated place is found with the place’s own', () => {
    const doc = (text: string) => ({ text, sentences: [{ start: 0, end: text.length, text }] }) as unknown as ArticleDoc;
    const found = findPlaceMentions(doc('Fighting went on in Deir Ezzor and in Albu Kamal.'), gaz).map((m) => m.place?.name);
    expect(found).toEqual(expect.arrayContaining(['Deir ez-Zor', 'Al Bukamal']));
  });
});

describe('a table with added spellings over it', () => {
  const base = new KeyTable('al bab\t4\nraqqa\t5,9\n');
  const added = new Map<string, number | number[]>([['raqqa', [7, 9]], ['tabqa', 12]]);

  it('gives the indexes of both, ascending and each once', () => {
    const keys = new MergedKeys(base, () => true, added);
    expect(keys.get('raqqa')).toEqual([5, 7, 9]);
    expect(keys.get('al bab')).toBe(4);
    expect(keys.get('tabqa')).toBe(12);
    expect(keys.get('hama')).toBeUndefined();
    expect(keys.has('tabqa')).toBe(true);
    // asked again (answered from memory): the same answers, misses too
    expect(keys.get('raqqa')).toEqual([5, 7, 9]);
    expect(keys.get('hama')).toBeUndefined();
    expect(keys.has('hama')).toBe(false);
    expect(keys.has('al bab')).toBe(true);
  });

  it('leaves out the base keys it does not take', () => {
    const keys = new MergedKeys(base, (k) => k !== 'raqqa', added);
    expect(keys.get('raqqa')).toEqual([7, 9]);
    expect(keys.has('al bab')).toBe(true);
    const none = new MergedKeys(base, () => false, new Map());
    expect(none.has('al bab')).toBe(false);
  });
});
