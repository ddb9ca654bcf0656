// The benchmark corpus is deterministic: the same seed gives the same bytes on
// every machine, and article i does not depend on how many are generated.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { articleName, generateCorpus, loadSources, makeArticle } from '../scripts/bench/corpus.mjs';

const dirs: string[] = [];
const fresh = () => {
  const d = mkdtempSync(join(tmpdir(), 'conflict-extract-corpus-'));
  dirs.push(d);
  return join(d, 'corpus');
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('benchmark corpus', () => {
  const sources = loadSources();

  it('gives the same articles for the same seed', () => {
    for (const i of [0, 1, 17, 999]) expect(makeArticle(sources, 7, i)).toBe(makeArticle(sources, 7, i));
  });

  it('gives other articles for another seed, and no two alike', () => {
    const a = Array.from({ length: 50 }, (_, i) => makeArticle(sources, 7, i));
    const b = Array.from({ length: 50 }, (_, i) => makeArticle(sources, 8, i));
    expect(new Set(a).size).toBe(50);
    expect(a.filter((x, i) => x === b[i])).toHaveLength(0);
  });

  it('writes the first n articles of a larger corpus as the smaller corpus', () => {
    const small = generateCorpus({ count: 5, seed: 3, dir: fresh() });
    const large = generateCorpus({ count: 12, seed: 3, dir: fresh() });
    for (let i = 0; i < 5; i++) {
      expect(readFileSync(join(small.dir, articleName(i)), 'utf8')).toBe(readFileSync(join(large.dir, articleName(i)), 'utf8'));
    }
    expect(readdirSync(large.dir).filter((f: string) => f.endsWith('.txt'))).toHaveLength(12);
    expect(large.bytes).toBeGreaterThan(small.bytes);
  });

  it('varies names, places, dates and numbers of the fixture paragraphs', () => {
    const texts = Array.from({ length: 200 }, (_, i) => makeArticle(sources, 7, i)).join('\n');
    // A day of the month stays a day: no "62 August".
    expect(texts).not.toMatch(/\b(?:3[2-9]|[4-9]\d) (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/);
    // Places and years other than the fixtures' own appear.
    expect(texts).toMatch(/\b(?:Taiz|Kunduz|Benghazi|Mogadishu|Sirte|Kirkuk)\b/);
    expect(new Set(texts.match(/\b20[12]\d\b/g)).size).toBeGreaterThan(5);
    // Sizes of news articles: mostly 1 to 7 KB.
    const sizes = Array.from({ length: 200 }, (_, i) => makeArticle(sources, 7, i).length);
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeGreaterThan(2000);
    expect(mean).toBeLessThan(6000);
  });
});
