// The fast forms of the dictionary patterns find what the plain regexes
// find: an alternation written as a tree of shared first characters, and a
// leading not-in-a-word lookbehind checked on each match.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import actors from '../src/data/actors.json' with { type: 'json' };
import orgs from '../src/data/organizations.json' with { type: 'json' };
import {
  alternation,
  AlternationSearch,
  ASCII_WORD_BEFORE,
  execNotInWord,
  foldPhrase,
  LETTER_AFTER,
  LETTER_BEFORE,
  literalPattern,
  notAfter,
} from '../src/stages/actors/phrases.js';

const phrases = [
  ...actors.actors.flatMap((a) => [a.name ?? a.id, ...(a.aliases ?? []), ...(a.exact ?? [])]),
  ...orgs.organizations.flatMap((o) => [o.name, ...(o.aliases ?? []), ...(o.exact ?? [])]),
  "People's", 'al-', 'Al', 'al', 'a', 'A', 'é', 'É',
].filter((p): p is string => typeof p === 'string');

const SEPARATORS = [' ', '  ', '-', ' - ', "'", '’', 's ', 'x', 'é', '𝐀', '_', '1', '.', ',', '\n', 'K', 'ſ', 'İ', ''];
const piece = fc.tuple(fc.constantFrom(...SEPARATORS), fc.constantFrom(...phrases), fc.integer({ min: 0, max: 5 }), fc.constantFrom(...SEPARATORS));
const text = fc.array(piece, { minLength: 1, maxLength: 8 }).map((ps) =>
  ps
    .map(([a, p, how, b]) => {
      const q = how === 0 ? p.toUpperCase() : how === 1 ? p.toLowerCase() : how === 2 ? p.replace(/-/g, ' ') : how === 3 ? p.slice(0, Math.max(1, p.length >> 1)) : p;
      return a + q + b;
    })
    .join(''),
);

const hits = (re: RegExp, s: string) => {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(`${m.index}:${m[0]}:${m.groups?.p ?? ''}`);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
};

describe('dictionary patterns', () => {
  const sample = phrases;
  const sources = [...new Set(sample.map(literalPattern))].sort((a, b) => b.length - a.length);
  const tail = `(?:\\s+(?:${['fighters', 'forces', 'group'].map(literalPattern).join('|')}))?`;

  for (const flags of ['gu', 'giu']) {
    it(`an alternation searched as a tree finds the plain alternation's hits (${flags})`, () => {
      const plain = new RegExp(`${LETTER_BEFORE}(?<p>${sources.join('|')})${tail}${LETTER_AFTER}`, flags);
      const tree = new AlternationSearch(sources, tail, flags);
      fc.assert(
        fc.property(text, (s) => {
          const got: string[] = [];
          tree.forEach(s, (m) => got.push(`${m.index}:${m[0]}:${m.groups?.p ?? ''}`));
          expect(got).toEqual(hits(plain, s));
        }),
        { numRuns: 400 },
      );
    });

    it(`alternation() matches as the flat list of words (${flags})`, () => {
      const words = sample;
      const flat = [...new Set(words)].sort((a, b) => b.length - a.length).map(literalPattern).join('|');
      const a = new RegExp(`(?:${flat})`, flags);
      const b = new RegExp(`(?:${alternation(words, flags)})`, flags);
      fc.assert(
        fc.property(text, (s) => {
          expect(hits(b, s)).toEqual(hits(a, s));
        }),
        { numRuns: 400 },
      );
    });
  }

  it('execNotInWord finds what the regex with its leading lookbehind finds', () => {
    const body = '(?:\\p{Lu}[\\p{L}-]*\\s+)?(?:al|Al|group|forces|K|s)(?![\\p{L}])';
    const whole = new RegExp(`${LETTER_BEFORE}${body}`, 'giu');
    for (const pre of ['', ASCII_WORD_BEFORE]) {
      const part = new RegExp(`${pre}${body}`, 'giu');
      fc.assert(
        fc.property(text, (s) => {
          const got: string[] = [];
          part.lastIndex = 0;
          for (let m = execNotInWord(part, s); m; m = execNotInWord(part, s)) got.push(`${m.index}:${m[0]}:`);
          expect(got).toEqual(hits(whole, s));
        }),
        { numRuns: 400 },
      );
    }
  });

  // A lookbehind of one class is answered after ASCII characters by a table: the same answers as the regex.
  it.each([LETTER_BEFORE, "(?<![\\p{L}\\p{N}_'’-])", '(?<![\\p{L}])', '(?<![\\s])'])('execNotInWord with %s finds what the whole regex finds', (lookbehind) => {
    const body = "(?:\\p{Lu}[\\p{L}'’-]*\\s+)?(?:al|Al|group|forces|K|s|-)(?![\\p{L}])";
    const whole = new RegExp(`${lookbehind}${body}`, 'giu');
    const part = new RegExp(body, 'giu');
    const before = notAfter(lookbehind);
    expect(before.afterAscii).not.toBeNull();
    fc.assert(
      fc.property(text, (s) => {
        const got: string[] = [];
        part.lastIndex = 0;
        for (let m = execNotInWord(part, s, before); m; m = execNotInWord(part, s, before)) got.push(`${m.index}:${m[0]}:`);
        expect(got).toEqual(hits(whole, s));
      }),
      { numRuns: 400 },
    );
  });

  it('a longer lookbehind has no table and is asked of the regex', () => {
    expect(notAfter('(?<!al\\s)').afterAscii).toBeNull();
    expect(notAfter('(?<![a-z]|\\d)').afterAscii).toBeNull();
  });

  it('foldPhrase of a plain phrase is the full fold', () => {
    const full = (t: string, keepCase: boolean) => {
      const f = t.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/['’‘ʼ`´]/g, '').replace(/[-‐‑–—\s]+/g, ' ').trim();
      return keepCase ? f : f.toLowerCase();
    };
    const word = fc.array(fc.constantFrom('a', 'Z', 'q', '0', '9', ' ', '  ', '-', 'é', "'", '\t', 'İ', 'ſ'), { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(word, fc.boolean(), (t, keepCase) => {
        expect(foldPhrase(t, keepCase)).toBe(full(t, keepCase));
      }),
      { numRuns: 3000 },
    );
  });
});
