// runBounded: work that can be stopped from outside, on the calling thread.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { processArticleBatch } from '../src/article.js';
import { ArticleTimeoutError, runBounded } from '../src/io/bounded.js';
import { loadResources } from '../src/resources.js';

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

// Several articles share one stoppable call; each still has the whole limit.
describe('processArticleBatch', () => {
  const res = loadResources();
  const good = { id: 'good', path: 'good.txt', bytes: readFileSync(join('fixtures', 'seeds', readdirSync('fixtures/seeds').sort()[0]!)) };
  const words = ['the', 'rebels', 'shelled', 'killed', 'people', 'near', 'Aleppo', 'and', 'on', 'Monday', '26'];
  // About 2 MB without a sentence end: seconds of analysis, far past the limit below.
  const slow = { id: 'slow', path: 'slow.txt', bytes: Buffer.from(`Title\n\n${Array.from({ length: 300_000 }, (_, i) => words[(i * 7919) % words.length]).join(' ')}\n`) };
  const limit = { articleTimeoutMs: 1_000 };
  // Warm: the first analysis in a process compiles what later ones reuse.
  beforeAll(() => processArticleBatch([good], res));

  it('gives every article its outcome, in order, when none runs out of time', () => {
    const { outcomes, stopped } = processArticleBatch([good, { ...good, id: 'again', path: 'again.txt' }], res, limit);
    expect(stopped).toBe(false);
    expect(outcomes.map((o) => o.ok && o.record.id)).toEqual(['good', 'again']);
  });

  it('fails the article the limit stopped when it was the first of the call', () => {
    const { outcomes, stopped } = processArticleBatch([slow, good], res, limit);
    expect(stopped).toBe(true);
    expect(outcomes).toEqual([{ ok: false, path: 'slow.txt', error: 'abandoned: the analysis took longer than 1 s', warnings: [], timedOut: true }]);
  });

  it('leaves without an outcome an article stopped after another, which had less than its limit', () => {
    const { outcomes, stopped } = processArticleBatch([good, slow, good], res, limit);
    expect(stopped).toBe(true);
    expect(outcomes.map((o) => o.ok && o.record.id)).toEqual(['good']);
  });
});
