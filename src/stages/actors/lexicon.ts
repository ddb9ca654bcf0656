// The actor lexicon: the built-in dictionary (src/data/actors.json) with the
// user dictionaries merged over it, compiled once into matchers. Nothing here
// runs per article.
import builtinData from '../../data/actors.json' with { type: 'json' };
import type { ActorInfo, ActorType } from '../../document/model.js';
import { DictionaryError } from '../../errors.js';
import { alternation, ASCII_WORD_BEFORE, compileRulePattern, escapeRegExp, flexCasePattern, foldPhrase, LETTER_AFTER, LETTER_BEFORE, PhraseMatcher } from './phrases.js';
import { readUserDictionary, type BuiltinDictionary, type UserDictionary } from './schema.js';

export const HOME_GOVERNMENT = '@home-government';
/** Rule target: the actor of the country the rule matched ("backed by Russia"). */
export const COUNTRY = '@country';

export interface ActorEntry extends ActorInfo {
  aliases: string[];
  exact: string[];
  roles: string[];
}

export interface AliasValue {
  id: string;
  rule: string;
}

export interface ContextRule {
  id: string;
  actor: string;
  re: RegExp;
  backers: string[];
  priority: number;
}

export interface BlockerRule {
  id: string;
  re: RegExp;
}

export interface AnaphorValue {
  id: string;
  role: string;
  /** Wins over the name inside it. */
  overrides: boolean;
}

/**
 * Everything the actor finder needs, compiled once. The patterns of rules,
 * blockers, demonyms and home governments leave out the leading lookbehind
 * that keeps a match from starting inside a word (but for its ASCII part,
 * `ASCII_WORD_BEFORE`): they are searched with `execNotInWord`, which checks it.
 */
export interface CompiledActors {
  aliases: PhraseMatcher<AliasValue>;
  blockers: PhraseMatcher<string>;
  blockerPatterns: BlockerRule[];
  rules: ContextRule[];
  anaphors: PhraseMatcher<AnaphorValue>;
  /** "<Demonym>( and <Demonym>)* [modifier] <head>": "Syrian and Russian air strikes". */
  demonymRe: RegExp | null;
  demonymWordRe: RegExp | null;
  /** "<Country> [modifier] <force word>": "Syria regime forces" (never "a Syria airstrike"). */
  countryRe: RegExp | null;
  demonyms: Map<string, string>;
  /** "<word>-backed" before a mention: "Russian-backed Syrian regime forces". */
  backerRe: RegExp | null;
  backers: Map<string, string>;
  homeGovernments: { actor: string; re: RegExp | null; countryCodes: string[] }[];
  namesakes: NamesakeRule[];
  homeNamesakes: HomeNamesakeRule[];
}

/** A mention whose words mean `actor` instead when the article's home government is `home`. */
export interface HomeNamesakeRule {
  id: string;
  home: string;
  actor: string;
  mentions: Set<string>;
}

/** A bare mention of `actor` ("the Coalition") that means another body when the article names it (`when`) and not the actor in full (`unless`). */
export interface NamesakeRule {
  id: string;
  actor: string;
  mentions: Set<string>;
  when: RegExp;
  unless: RegExp;
}

export class ActorLexicon {
  private readonly byId: Map<string, ActorEntry>;
  readonly compiled: CompiledActors;

  constructor(entries: Map<string, ActorEntry>, compiled: CompiledActors) {
    this.byId = entries;
    this.compiled = compiled;
  }

  /** The actor with this id (built-in or user), or undefined. */
  get(id: string): ActorInfo | undefined {
    const e = this.byId.get(id);
    return e ? { id: e.id, name: e.name, type: e.type, group: e.group } : undefined;
  }

  /** The full dictionary entry (aliases and roles included). */
  entry(id: string): ActorEntry | undefined {
    return this.byId.get(id);
  }

  /** Every actor id, in dictionary order. */
  ids(): string[] {
    return [...this.byId.keys()];
  }

  /** True when the text is, as a whole, an alias of some actor ("Jaysh al-Islam", "IS"). */
  isAlias(text: string): boolean {
    return this.compiled.aliases.has(text);
  }
}

type Demonym = { words: string[]; countries?: string[]; countryCodes?: string[]; actor: string };

interface Merged {
  entries: Map<string, ActorEntry>;
  demonyms: Demonym[];
  homeGovernments: Demonym[];
  blockers: { id: string; phrases?: string[]; pattern?: string }[];
}

function entryFromBuiltin(e: BuiltinDictionary['actors'][number]): ActorEntry {
  return {
    id: e.id,
    name: e.name ?? e.id,
    type: (e.type ?? 'other') as ActorType,
    group: e.group ?? null,
    aliases: [...(e.aliases ?? [])],
    exact: [...(e.exact ?? [])],
    roles: [...(e.roles ?? [])],
  };
}

/** User entries merge over built-in ones: given fields replace, aliases and roles add up. */
function mergeUser(into: Merged, file: string, user: UserDictionary): void {
  for (const u of user.actors ?? []) {
    const old = into.entries.get(u.id);
    if (!old && (!u.name || !u.type)) {
      const missing = !u.name ? 'name' : 'type';
      throw new DictionaryError(file, `entry "${u.id}", ${missing}`, `expected a ${missing} for a new actor, got nothing`);
    }
    // Re-inserted at the end so that, compiled last, a user's aliases win over a built-in actor's same alias.
    into.entries.delete(u.id);
    into.entries.set(u.id, {
      id: u.id,
      name: u.name ?? old!.name,
      type: (u.type ?? old!.type) as ActorType,
      group: u.group !== undefined ? u.group : (old?.group ?? null),
      aliases: [...(old?.aliases ?? []), ...(u.aliases ?? [])],
      exact: [...(old?.exact ?? []), ...(u.exact ?? [])],
      roles: [...new Set([...(old?.roles ?? []), ...(u.roles ?? [])])],
    });
  }
  into.demonyms.push(...(user.demonyms ?? []));
  into.homeGovernments.push(...(user.homeGovernments ?? []));
  into.blockers.push(...(user.blockers ?? []));
  // References are checked after the merge so a file may refer to its own entries.
  const known = (id: string) => into.entries.has(id);
  for (const u of user.actors ?? []) {
    if (u.group && !known(u.group)) throw new DictionaryError(file, `entry "${u.id}", group`, `expected a known actor id, got "${u.group}"`);
  }
  for (const [section, list] of [
    ['demonyms', user.demonyms ?? []],
    ['homeGovernments', user.homeGovernments ?? []],
  ] as const) {
    for (const [i, d] of list.entries()) {
      if (!known(d.actor)) throw new DictionaryError(file, `${section}[${i}], actor`, `expected a known actor id, got "${d.actor}"`);
    }
  }
  for (const [i, b] of (user.blockers ?? []).entries()) {
    if (b.pattern) throw new DictionaryError(file, `blockers[${i}], pattern`, 'patterns are for the built-in dictionary; use "phrases"');
  }
}

/** A group of spellings of one word, each with the pattern that finds it as a whole word. */
type SpellingGroup = { word: string; re: RegExp }[];

export function spellingGroups(spellings: string[][]): SpellingGroup[] {
  return spellings.map((group) => group.map((word) => ({ word, re: new RegExp(`(?<![\\p{L}'’])${escapeRegExp(word)}(?![\\p{L}'’])`, 'gu') })));
}

/**
 * An alias and its other transliterations: "Jaysh al-Islam" is also "Jaish al-Islam" and "Jeish al-Islam", "Faylaq
 * al-Sham" also "Failaq al-Sham". Each group of spellings (BuiltinDictionary.spellings) swaps its words as whole words.
 */
export function spellingsOf(alias: string, groups: SpellingGroup[]): string[] {
  let out = [alias];
  for (const group of groups) {
    if (!group.some((g) => alias.includes(g.word))) continue;
    const next: string[] = [];
    for (const v of out) {
      next.push(v);
      for (const from of group) {
        if (!v.includes(from.word)) continue;
        // (a replacement that changes nothing: the spelling is inside another word, "Nur" in "Nuri")
        for (const to of group) {
          if (to === from) continue;
          const swapped = v.replace(from.re, to.word);
          if (swapped !== v) next.push(swapped);
        }
      }
    }
    out = [...new Set(next)];
  }
  return out;
}

function compile(builtin: BuiltinDictionary, merged: Merged): CompiledActors {
  const aliases = new PhraseMatcher<AliasValue>(builtin.headNouns, builtin.headModifiers);
  const spellings = spellingGroups(builtin.spellings);
  for (const e of merged.entries.values()) {
    const value = { id: e.id, rule: `actor.alias.${e.id}` };
    // The name is an alias too, with the case rule its entry gives it ("Southern Front" only as written).
    if (!e.exact.includes(e.name)) for (const v of spellingsOf(e.name, spellings)) aliases.add(v, value);
    for (const a of e.aliases) for (const v of spellingsOf(a, spellings)) aliases.add(v, value);
    for (const a of e.exact) aliases.add(a, value, true);
  }

  const blockers = new PhraseMatcher<string>();
  const blockerPatterns: BlockerRule[] = [];
  for (const b of merged.blockers) {
    for (const p of b.phrases ?? []) blockers.add(p, b.id);
    if (b.pattern) blockerPatterns.push({ id: b.id, re: compileRulePattern(b.pattern) });
  }

  const rules: ContextRule[] = builtin.rules.map((r) => ({
    id: r.id,
    actor: r.actor,
    // Case-insensitive: "Troops loyal to Bashar al-Assad" opens a sentence as often as it continues one.
    re: compileRulePattern(r.pattern, 'giu'),
    backers: r.backers ?? [],
    priority: r.priority ?? 0,
  }));

  const anaphors = new PhraseMatcher<AnaphorValue>();
  for (const a of builtin.anaphors) for (const p of a.phrases) anaphors.add(p, { id: a.id, role: a.role, overrides: a.overrides ?? false });

  const demonyms = new Map<string, string>();
  for (const d of merged.demonyms) for (const w of [...d.words, ...(d.countries ?? [])]) demonyms.set(foldPhrase(w, true), d.actor);
  let demonymRe: RegExp | null = null;
  let demonymWordRe: RegExp | null = null;
  let countryRe: RegExp | null = null;
  const countries = merged.demonyms.flatMap((d) => d.countries ?? []);
  if (countries.length) {
    const mods = builtin.demonyms.modifiers.map(flexCasePattern).join('|');
    const heads = [...builtin.demonyms.countryHeads].sort((a, b) => b.length - a.length).map(flexCasePattern).join('|');
    countryRe = new RegExp(`${ASCII_WORD_BEFORE}(?<list>${alternation(countries, 'gu')})(?:\\s+(?:${mods})){0,2}\\s+(?:${heads})${LETTER_AFTER}`, 'gu');
  }
  if (merged.demonyms.some((d) => d.words.length)) {
    const words = merged.demonyms.flatMap((d) => d.words);
    // Demonyms are proper words, matched as written ("Syrian", not "syrian"); heads and modifiers take either case.
    // (two modifiers may stand before the head: "Syria's internal security troops", "Iraqi federal police forces")
    const dem = alternation(words, 'gu');
    const mods = builtin.demonyms.modifiers.map(flexCasePattern).join('|');
    const heads = [...builtin.demonyms.heads].sort((a, b) => b.length - a.length).map(flexCasePattern).join('|');
    // At most five coordinated demonyms: an unbounded list would make a long run without a head word quadratic.
    const list = `(?:${dem})(?:(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+and\\s+|\\s+or\\s+)(?:${dem})){0,4}`;
    // ("Russian Su-24 bombers", "Syrian MiG-23 jets": an aircraft's model between the demonym and the head)
    const model = `(?:\\s+\\p{Lu}[\\p{L}]{0,2}-\\d{1,3}\\p{Lu}?)`;
    // (an 'Israeli' the report puts in quotation marks, as state media do: "an "Israeli" air strike")
    demonymRe = new RegExp(`${ASCII_WORD_BEFORE}(?:["“](?=(?:${dem})["”]))?(?<list>${list})["”]?(?:\\s+(?:${mods})){0,2}${model}?\\s+(?:${heads})${LETTER_AFTER}`, 'gu');
    demonymWordRe = new RegExp(`${ASCII_WORD_BEFORE}(?:${dem})${LETTER_AFTER}`, 'gu');
  }

  const backers = new Map<string, string>();
  for (const d of builtin.backerWords) for (const w of d.words) backers.set(foldPhrase(w), d.actor);
  const backerRe = backers.size
    ? new RegExp(
        `${LETTER_BEFORE}(?<w>${alternation(builtin.backerWords.flatMap((d) => d.words), 'iu')})[-‐‑–\\s](?:backed|supported|sponsored)\\s+$`,
        'iu',
      )
    : null;

  const homeGovernments = merged.homeGovernments.map((h) => ({
    actor: h.actor,
    countryCodes: h.countryCodes ?? [],
    re: h.words.length ? new RegExp(`${ASCII_WORD_BEFORE}(?:${alternation(h.words, 'gu')})${LETTER_AFTER}`, 'gu') : null,
  }));

  const namesakes: NamesakeRule[] = builtin.namesakes.map((n) => ({
    id: n.id,
    actor: n.actor,
    mentions: new Set(n.mentions.map((m) => foldPhrase(m))),
    when: new RegExp(`${LETTER_BEFORE}(?:${alternation(n.when, 'iu')})${LETTER_AFTER}`, 'iu'),
    unless: new RegExp(`${LETTER_BEFORE}(?:${alternation(n.unless, 'iu')})${LETTER_AFTER}`, 'iu'),
  }));

  const homeNamesakes: HomeNamesakeRule[] = builtin.homeNamesakes.map((n) => ({ id: n.id, home: n.home, actor: n.actor, mentions: new Set(n.mentions.map((m) => foldPhrase(m))) }));

  aliases.prepare();
  blockers.prepare();
  anaphors.prepare();
  return { aliases, blockers, blockerPatterns, rules, anaphors, demonymRe, demonymWordRe, countryRe, demonyms, backerRe, backers, homeGovernments, namesakes, homeNamesakes };
}

let builtinCache: BuiltinDictionary | null = null;

export function builtinActorDictionary(): BuiltinDictionary {
  // Checked by the build and the tests (src/data/check.ts), read here as shipped.
  builtinCache ??= builtinData as unknown as BuiltinDictionary;
  return builtinCache;
}

/** Loads the built-in actor dictionary and merges the user files over it, in order. Throws DictionaryError. */
export function buildActorLexicon(userFiles: string[]): ActorLexicon {
  const builtin = builtinActorDictionary();
  const merged: Merged = {
    entries: new Map(builtin.actors.map((e) => [e.id, entryFromBuiltin(e)])),
    demonyms: builtin.demonyms.entries.map((d) => ({ words: d.words, countries: d.countries, actor: d.actor })),
    homeGovernments: builtin.homeGovernments.map((d) => ({ words: d.words, countryCodes: d.countryCodes, actor: d.actor })),
    blockers: [...builtin.blockers],
  };
  for (const file of userFiles) mergeUser(merged, file, readUserDictionary(file));
  return new ActorLexicon(merged.entries, compile(builtin, merged));
}
