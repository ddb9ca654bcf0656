// The actor dictionary as data: the built-in file passes its own lint, user
// files (--actors, JSON or YAML) merge over it, and a malformed file is
// refused with the file, the entry and the problem named.
import { describe, expect, it } from 'vitest';
import builtin from '../src/data/actors.json' with { type: 'json' };
import { DictionaryError } from '../src/errors.js';
import { analyseArticle } from '../src/pipeline.js';
import { loadResources } from '../src/resources.js';
import { findActorMentions, loadActorLexicon } from '../src/stages/actors/index.js';
import { foldPhrase, PhraseMatcher } from '../src/stages/actors/phrases.js';
import { SPEAKER_ROLE } from '../src/stages/actors/refine.js';

const dict = (name: string) => `fixtures/dictionaries/${name}`;

describe('built-in dictionary lint', () => {
  const lex = loadActorLexicon([]);

  // The actor ids the record contract names (SPEC section 3), which users' scripts rely on.
  const CONTRACT_IDS = [
    'islamic-state', 'syrian-government', 'sdf', 'russia', 'us-led-coalition', 'united-states', 'iraqi-government', 'turkey',
    'hts', 'syrian-rebels', 'progovernment-militias', 'unidentified-armed-group', 'hezbollah', 'iran', 'israel', 'civilians',
  ];

  it('covers every actor id of the product contract', () => {
    for (const id of CONTRACT_IDS) expect(lex.get(id), id).toBeDefined();
    expect(lex.get('jaysh-al-islam')?.group).toBe('syrian-rebels');
  });

  it('has unique ids and groups that exist', () => {
    const ids = builtin.actors.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of builtin.actors) if (a.group) expect(ids, `${a.id}.group`).toContain(a.group);
  });

  it('never gives one alias to two actors', () => {
    const owner = new Map<string, string>();
    for (const a of builtin.actors) {
      for (const alias of [a.name, ...a.aliases, ...((a as { exact?: string[] }).exact ?? [])]) {
        const key = foldPhrase(alias, /^[^a-z]+$/.test(alias));
        const prev = owner.get(key);
        expect(prev === undefined || prev === a.id, `"${alias}" is in ${prev} and ${a.id}`).toBe(true);
        owner.set(key, a.id);
      }
    }
  });

  it('gives every rule an id that reads area.topic.case and a comment quoting real text', () => {
    for (const r of [...builtin.rules, ...builtin.blockers, ...builtin.anaphors]) {
      expect(r.id).toMatch(/^actor\.[a-z-]+\.[a-z0-9-]+$/);
      expect(r.comment, r.id).toMatch(/"/);
    }
  });

  it('every anaphor role is held by at least one actor, but the speaker\'s ("our forces"), which the statement names', () => {
    const roles = new Set([...builtin.actors.flatMap((a) => a.roles), SPEAKER_ROLE]);
    for (const a of builtin.anaphors) expect(roles.has(a.role), a.id).toBe(true);
  });
});

describe('user dictionaries (--actors)', () => {
  const sudan =
    'Fighting between the Sudanese army and the paramilitary Rapid Support Forces spread to Omdurman on Tuesday. ' +
    'RSF fighters looted the market, residents said, while Sudanese warplanes bombed Bahri. ' +
    'The group denied the claims, the Sudan Tribune reported.';

  it.each(['sudan-actors.yaml', 'sudan-actors.json'])('finds and normalises actors of another conflict from %s', (file) => {
    const res = loadResources({ actorFiles: [dict(file)] });
    const doc = analyseArticle({ id: 'sudan', file: 'sudan.txt', text: sudan }, res);
    const found = doc.mentions.actors.map((a) => [a.text, a.id]);
    expect(found).toContainEqual(['Sudanese army', 'saf']);
    expect(found).toContainEqual(['Rapid Support Forces', 'rsf']);
    expect(found).toContainEqual(['RSF fighters', 'rsf']);
    expect(found).toContainEqual(['Sudanese warplanes', 'saf']);
    expect(found).toContainEqual(['The group', 'rsf']);
    expect(res.actors.get('rsf')).toEqual({ id: 'rsf', name: 'Rapid Support Forces', type: 'rebel-group', group: null });
  });

  it('a YAML file adds home governments, groups and blockers', () => {
    const lex = loadActorLexicon([dict('sudan-actors.yaml')]);
    expect(lex.get('sudan-shield-forces')?.group).toBe('saf');
    const doc = { text: 'Government forces shelled Khartoum, Sudanese officials and the Sudan Tribune said.', sentences: [], mentions: { places: [] } };
    const ids = findActorMentions(doc as never, lex).map((a) => a.id);
    expect(ids).toEqual(['saf']);
  });

  it('adds aliases to a built-in actor; metacharacters match literally', () => {
    const lex = loadActorLexicon([dict('extra-alias.json')]);
    const find = (text: string) => findActorMentions({ text, sentences: [], mentions: { places: [] } } as never, lex).map((a) => [a.text, a.id]);
    expect(find('Qasad fighters and Tanzim al-Dawla clashed.')).toEqual([
      ['Qasad fighters', 'sdf'],
      ['Tanzim al-Dawla', 'islamic-state'],
    ]);
    expect(find('I.S.* and (IS) cells')).toEqual([
      ['I.S.*', 'islamic-state'],
      ['(IS) cells', 'islamic-state'],
    ]);
    expect(find('ISX and IS cells')).toEqual([['IS cells', 'islamic-state']]);
    expect(lex.get('sdf')?.name).toBe('Syrian Democratic Forces');
  });

  it('a user alias wins over the same alias of another built-in actor', () => {
    const lex = loadActorLexicon([dict('rebels-are-hts.json')]);
    const ids = findActorMentions({ text: 'The rebels shelled Idlib.', sentences: [], mentions: { places: [] } } as never, lex).map((a) => a.id);
    expect(ids).toEqual(['hts']);
  });

  const errors: [string, string][] = [
    ['bad-empty-alias.json', 'fixtures/dictionaries/bad-empty-alias.json: entry "sdf", aliases[3]: expected a non-empty string, got ""'],
    ['bad-proto.json', 'fixtures/dictionaries/bad-proto.json: entry "rsf": forbidden key "__proto__"'],
    ['bad-type.yaml', 'fixtures/dictionaries/bad-type.yaml: entry "rsf", type: expected one of state-forces, rebel-group, political-militia, identity-militia, external-force, civilians, protesters, other, got "paramilitary"'],
    ['bad-new-entry.json', 'fixtures/dictionaries/bad-new-entry.json: entry "wagner-africa", name: expected a name for a new actor, got nothing'],
    ['bad-unknown-field.json', 'fixtures/dictionaries/bad-unknown-field.json: entry "rsf": unknown field "alias"'],
    ['bad-not-a-list.yaml', 'fixtures/dictionaries/bad-not-a-list.yaml: actors: expected a list of actor entries, got {"id":"rsf"}'],
    ['bad-syntax.json', 'fixtures/dictionaries/bad-syntax.json: not valid JSON'],
    ['no-such-file.json', 'fixtures/dictionaries/no-such-file.json: no such file'],
  ];
  it.each(errors)('refuses %s naming file, entry and problem', (file, message) => {
    let error: unknown;
    try {
      loadActorLexicon([dict(file)]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DictionaryError);
    expect((error as Error).message.startsWith(message)).toBe(true);
  });

  it('a forbidden key does not pollute Object.prototype', () => {
    expect(() => loadActorLexicon([dict('bad-proto.json')])).toThrow(DictionaryError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('phrase matching in lower case', () => {
  // Past a few hundred phrases the case-insensitive alternation runs, in lower
  // case, over the text in lower case: it must find what case folding finds.
  const big = () => {
    const m = new PhraseMatcher<string>();
    for (let i = 0; i < 500; i++) m.add(`Brigade ${i}`, `b${i}`);
    m.add('Islamic State', 'islamic-state');
    m.add("People's Protection Units", 'ypg');
    return m;
  };
  const small = () => {
    const m = new PhraseMatcher<string>();
    m.add('Islamic State', 'islamic-state');
    m.add("People's Protection Units", 'ypg');
    return m;
  };
  const cases = [
    'ISLAMIC STATE fighters and the islamic state group',
    "Kurdish peoples protection units and PEOPLE’S PROTECTION UNITS",
    'the Iſlamic State', // the long s folds to "s"
    'İslamic State and the Islamic State', // "İ" lower-cases to two characters
    'Islamic Statehood is not the phrase; brigade 42 of the Islamic State is',
  ];
  it.each(cases)('%s', (text) => {
    const hits = (m: PhraseMatcher<string>) => m.findAll(text).map((h) => [h.start, h.end, h.text, h.value]);
    const viaBig = hits(big()).filter((h) => !String(h[3]).startsWith('b'));
    expect(viaBig).toEqual(hits(small()));
    expect(viaBig.length).toBeGreaterThan(0);
  });
});
