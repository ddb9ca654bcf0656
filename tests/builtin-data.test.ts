// The built-in dictionaries, rules and gazetteer supplement are read as
// shipped at start-up; the build and these tests validate them, with the
// schemas that validate users' files (src/data/check.ts).
import { describe, expect, it } from 'vitest';
import actors from '../src/data/actors.json' with { type: 'json' };
import { builtinDataChecks, checkBuiltinData, firstChange } from '../src/data/check.js';
import { DictionaryError } from '../src/errors.js';
import { checkBuiltinDictionary } from '../src/stages/actors/schema.js';

describe('the built-in data', () => {
  it('is valid', () => {
    expect(() => checkBuiltinData()).not.toThrow();
  });

  it.each(builtinDataChecks().map((c) => [c.file, c] as const))('%s is read the same with or without validation', (_file, c) => {
    expect(firstChange(c.parse(), c.raw)).toBeNull();
  });

  it('a broken entry is reported with its file and entry, as in a user file', () => {
    const broken = structuredClone(actors) as { actors: { name?: unknown }[] };
    broken.actors[0]!.name = 7;
    expect(() => checkBuiltinDictionary('src/data/actors.json', broken)).toThrow(DictionaryError);
    expect(() => checkBuiltinDictionary('src/data/actors.json', broken)).toThrow(/^src\/data\/actors\.json: .*name/);
  });
});

describe('what validating would change in data read as it is', () => {
  it.each([
    ['nothing', { name: 'Raqqa', aliases: ['Raqa'] }, { name: 'Raqqa', aliases: ['Raqa'] }, null],
    ['a name to trim', { name: 'Raqqa' }, { name: ' Raqqa ' }, 'name'],
    ['a default filled in', { line: [], tagLists: [] }, { line: [] }, 'tagLists'],
    ['an alias to trim, deep down', { places: [{ aliases: ['Raqa'] }] }, { places: [{ aliases: ['Raqa '] }] }, 'places.0.aliases.0'],
    ['a list cut short', { a: [1] }, { a: [1, 2] }, 'a'],
    // a key the schema drops ("$comment") is never read: no change
    ['a note dropped', { numberWords: { one: 1 } }, { $comment: 'notes', numberWords: { one: 1 } }, null],
  ])('%s', (_what, parsed, raw, change) => {
    expect(firstChange(parsed, raw)).toBe(change);
  });
});
