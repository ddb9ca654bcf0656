// dist/compromise.cjs takes some of compromise's modules from src/nlp/compromise/
// (faster, the same results): its model and its tags are those of the
// published compromise.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findPeople, lexiconTags } from '../src/nlp/compromise.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** What one build of compromise loaded alone in a fresh process says: its model, and the tags and people of some sentences. */
function readings(path: string): string {
  const script = `
    const m = require(${JSON.stringify(path)});
    const nlp = typeof m === 'function' ? m : m.default;
    const sentences = [
      'The statement was read by Angela Kane at the meeting in Geneva on Tuesday.',
      'Additional reporting by Tom Perry in Beirut; Editing by Robin Pomeroy',
      'Syrian President Bashar al-Assad said government forces had retaken Palmyra, officials told Reuters.',
      'Michelle Nichols and Louis Charbonneau contributed to the story',
    ];
    // (term ids are random: left out)
    const tags = sentences.map((s) => nlp(s).json({ offset: true, terms: { tags: true } }).map((d) => d.terms.map((t) => [t.text, t.tags, t.offset])));
    const people = sentences.map((s) => nlp(s).people().json({ offset: true, terms: false }).map((p) => [p.text, p.offset]));
    process.stdout.write(JSON.stringify({ model: nlp.model(), tags, people }));
  `;
  return execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
}

describe('the compromise bundle', () => {
  it('has the model, tags and people of the published compromise', () => {
    const published = readings('compromise');
    const bundled = readings('./dist/compromise.cjs');
    expect(bundled.length).toBe(published.length);
    expect(bundled === published).toBe(true);
  });
});

describe("the copy of compromise's lexicon", () => {
  it('gives every word of the loaded and extended lexicon its tags', () => {
    findPeople('Rabea al-Sharq told The New Arab.'); // loads and extends compromise, as an article would
    const m = createRequire(import.meta.url)('../dist/compromise.cjs');
    const nlp = typeof m === 'function' ? m : m.default;
    const live = nlp.model().one.lexicon as Record<string, string | string[]>;
    const words = Object.keys(live);
    expect(words.length).toBeGreaterThan(20_000);
    const differ = words.filter((w) => JSON.stringify(lexiconTags(w)) !== JSON.stringify([live[w]].flat()));
    expect(differ).toEqual([]);
    // the Arabic given names the adapter adds are first names in both
    expect(lexiconTags('Rabea')).toEqual(['FirstName']);
    expect(live['rabea']).toBe('FirstName');
    expect(lexiconTags('Qxzvbn')).toEqual([]);
  });
});
