// The place scanner's words, read by character codes, are the matches of
// the token pattern.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachToken, TOKEN_PATTERN } from '../src/stages/places/tokens.js';

const byCodes = (s: string) => {
  const out: string[] = [];
  forEachToken(s, (start, end) => out.push(`${start}:${s.slice(start, end)}`));
  return out;
};
const byPattern = (s: string) => [...s.matchAll(TOKEN_PATTERN)].map((m) => `${m.index}:${m[0]}`);

const PIECES = ['a', 'Z', 'é', 'e\u0301', '\u0301', 'ı', 'ʿ', 'ʼ', "'", '’', '‘', '`', '1', '42', '.', ',', ' ', '-', '\n', '𝐀', '\ud800', '\udc00', 'ق', 'ß', '_', '½', '٣', 'Ⅻ'];

describe('place tokens', () => {
  it('are the matches of the token pattern', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((ps) => ps.join('')), (s) => {
        expect(byCodes(s)).toEqual(byPattern(s));
      }),
      { numRuns: 3000 },
    );
    for (const s of ["Ma'arrat al-Nu’man 3,000.5 km", 'Raqqa’s 1.2.3 ,4 .5', "'x' ’y’", 'Ḥamā ʿAyn 𝐀𝐁 x'])
      expect(byCodes(s)).toEqual(byPattern(s));
  });

  it('and so over any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
      expect(byCodes(s)).toEqual(byPattern(s));
    }), { numRuns: 3000 });
  });
});
