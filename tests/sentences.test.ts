// Sentences: news-text boundaries, and text that is not made of sentences (a
// page pasted without full stops, runs of periods) cut into bounded pieces.
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, splitSentences } from '../src/stages/sentences/index.js';
import { emptyMentions, type ArticleDoc } from '../src/document/model.js';

const doc = (text: string): ArticleDoc => ({
  id: 't',
  file: 't.txt',
  raw: text,
  text,
  segments: [],
  meta: { title: null, outlet: null, byline: null, dateline: null, published: null, publishedFrom: 'none' },
  sentences: [],
  mentions: emptyMentions(),
  warnings: [],
});
const split = (text: string) => splitSentences(doc(text)).map((s) => s.text);

describe('sentence boundaries', () => {
  const cases: [string, string[]][] = [
    ['Rebels advanced. Regime forces withdrew.', ['Rebels advanced.', 'Regime forces withdrew.']],
    ['Gen. Suheil al-Hassan led the assault. U.S. forces watched.', ['Gen. Suheil al-Hassan led the assault.', 'U.S. forces watched.']],
    ['"We took the city," he said. It was 2.5 km away.', ['"We took the city," he said.', 'It was 2.5 km away.']],
    ['Headline\n\nBody one. Body two.', ['Headline', 'Body one.', 'Body two.']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});

describe('over-long sentences', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i % 97}`).join(' ');

  it(`a sentence of ${MAX_SENTENCE_CHARS} characters is left whole`, () => {
    const text = `${'a'.repeat(MAX_SENTENCE_CHARS - 1)}.`;
    expect(split(text)).toEqual([text]);
  });

  it('a line of 100,000 characters without a full stop is cut at white space into bounded pieces, nothing lost', () => {
    const text = words(15_000);
    const sentences = splitSentences(doc(text));
    expect(sentences.length).toBeGreaterThan(text.length / MAX_SENTENCE_CHARS);
    for (const s of sentences) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(s.text).toBe(text.slice(s.start, s.end));
      expect(s.text).toMatch(/^word\d+( word\d+)*$/); // never inside a word
    }
    expect(sentences.map((s) => s.text).join(' ')).toBe(text);
    expect(new Set(sentences.map((s) => s.paragraph))).toEqual(new Set([0]));
  });

  it('prefers a clause break ("...; ") in the second half of a piece', () => {
    const head = words(120); // about 700 characters
    const text = `${head}; ${words(200)}`;
    expect(split(text)[0]).toBe(`${head};`);
  });

  it('a run without white space is cut anyway, never inside a surrogate pair', () => {
    const text = `x${'😀'.repeat(2000)}`;
    const pieces = split(text);
    expect(pieces.join('')).toBe(text);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(p).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
  });

  it('runs of periods and of abbreviations are split in linear time', () => {
    // Both were quadratic: 40,000 of either took seconds.
    const started = Date.now();
    const periods = split(`Rebels${'.'.repeat(200_000)}x`);
    const abbreviations = split(`${'Gen. '.repeat(200_000)}x`);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(periods.join('')).toBe(`Rebels${'.'.repeat(200_000)}x`);
    for (const s of abbreviations) expect(s.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
  });
});
