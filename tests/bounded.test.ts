// runBounded: work that can be stopped from outside, on the calling thread.
import { describe, expect, it } from 'vitest';
import { ArticleTimeoutError, runBounded } from '../src/io/bounded.js';

describe('runBounded', () => {
  it('returns what the work returns, with or without bounds', () => {
    expect(runBounded(() => 42, {})).toBe(42);
    expect(runBounded(() => 'x', { timeoutMs: 5_000, breakOnSigint: true })).toBe('x');
  });

  it("passes the work's own errors through unchanged", () => {
    const boom = new TypeError('boom');
    expect(() => runBounded(() => { throw boom; }, { timeoutMs: 5_000 })).toThrow(boom);
  });

  it('stops work past its time limit, a backtracking regular expression included', () => {
    expect(() => runBounded(() => { for (;;); }, { timeoutMs: 50 })).toThrow(ArticleTimeoutError);
    expect(() => runBounded(() => /^(a+)+$/.test(`${'a'.repeat(40)}b`), { timeoutMs: 50 })).toThrow(/longer than 0.05 s/);
  });

  it('can run again after it stopped something', () => {
    expect(() => runBounded(() => { for (;;); }, { timeoutMs: 20 })).toThrow(ArticleTimeoutError);
    expect(runBounded(() => 7, { timeoutMs: 1_000 })).toBe(7);
  });
});
