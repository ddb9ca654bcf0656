// spansWithin: the indexed search gives exactly what a filter over every
// mention would, in the same order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spansWithin } from '../src/document/spans.js';

const span = fc.tuple(fc.nat(500), fc.nat(40)).map(([start, length]) => ({ start, end: start + length }));

describe('spansWithin', () => {
  it('equals a filter over all the items, in their order, for any items and span', () => {
    fc.assert(
      fc.property(fc.array(span, { minLength: 10, maxLength: 80 }), span, (items, s) => {
        expect(spansWithin(items, s)).toEqual(items.filter((m) => m.start >= s.start && m.end <= s.end));
        expect(spansWithin(items, s)).toEqual(items.filter((m) => m.start >= s.start && m.end <= s.end)); // indexed the second time
      }),
    );
  });

  it('an array that grew is indexed again', () => {
    const items = Array.from({ length: 20 }, (_, i) => ({ start: i * 10, end: i * 10 + 5 }));
    expect(spansWithin(items, { start: 200, end: 300 })).toEqual([]);
    items.push({ start: 210, end: 215 });
    expect(spansWithin(items, { start: 200, end: 300 })).toEqual([{ start: 210, end: 215 }]);
  });
});
