// The actor dictionary format, for the built-in data and for user files
// (--actors FILE, JSON or YAML). Validated by zod at load time; problems are
// reported as `file: entry "id", field[i]: expected ..., got ...`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as z from 'zod';
import { DictionaryError } from '../../errors.js';

export const ACTOR_TYPES = [
  'state-forces',
  'rebel-group',
  'political-militia',
  'identity-militia',
  'external-force',
  'civilians',
  'protesters',
  'other',
] as const;

const text = z.string({ error: 'a non-empty string' }).trim().min(1, { error: 'a non-empty string' });
const phrases = z.array(text, { error: 'a list of non-empty strings' });
const actorId = z
  .string({ error: 'an id of lower-case letters, digits and hyphens' })
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'an id of lower-case letters, digits and hyphens' });

export const actorEntrySchema = z.strictObject({
  id: actorId,
  name: text.optional(),
  type: z.enum(ACTOR_TYPES, { error: `one of ${ACTOR_TYPES.join(', ')}` }).optional(),
  group: actorId.nullable().optional(),
  /** Matched whatever the case, except acronyms ("IS", "SDF"), which match as written. */
  aliases: phrases.optional(),
  /** Matched exactly as written: names that are also common words ("Hashed", "Wagner"). */
  exact: phrases.optional(),
  /** Anaphora roles: "the jihadists" refers back to the last actor with role "jihadist". */
  roles: phrases.optional(),
  comment: z.string().optional(),
});
export type ActorEntryInput = z.infer<typeof actorEntrySchema>;

const wordsToActor = z.strictObject({
  words: z.array(text, { error: 'a list of non-empty strings' }),
  /** Country names: "Syria forces" is the army but "a Syria airstrike" is only a place, so they take fewer head words. */
  countries: z.array(text, { error: 'a list of non-empty strings' }).optional(),
  /** For home governments: places of these countries (ISO codes) in the article count as mentions of the country. */
  countryCodes: z.array(z.string().regex(/^[A-Z]{2}$/, { error: 'a two-letter country code' }), { error: 'a list of country codes' }).optional(),
  actor: actorId,
  comment: z.string().optional(),
});

const blockerSchema = z.strictObject({
  id: text,
  phrases: phrases.optional(),
  pattern: text.optional(),
  comment: z.string().optional(),
});

/** What a user file may contain. */
export const userDictionarySchema = z.strictObject({
  actors: z.array(actorEntrySchema, { error: 'a list of actor entries' }).optional(),
  /** Adjectives and country names that make "<word> forces/troops/jets" an actor ("Sudanese army"). */
  demonyms: z.array(wordsToActor, { error: 'a list of {words, actor}' }).optional(),
  /** Whose "government forces" an article means, by the country it talks about most. */
  homeGovernments: z.array(wordsToActor, { error: 'a list of {words, actor}' }).optional(),
  /** Phrases that are never armed actors ("Sudan Tribune"). */
  blockers: z.array(blockerSchema, { error: 'a list of {id, phrases}' }).optional(),
});
export type UserDictionary = z.infer<typeof userDictionarySchema>;

const ruleSchema = z.strictObject({
  id: text,
  /** An actor id, or "@home-government" for the government of the country the article is about. */
  actor: text,
  pattern: text,
  backers: z.array(actorId).optional(),
  priority: z.number().optional(),
  comment: z.string().optional(),
});

/** The built-in dictionary: a user dictionary plus the context rules written in regex. */
export const builtinDictionarySchema = z.strictObject({
  actors: z.array(actorEntrySchema),
  headNouns: phrases,
  // A word that may stand between a name and its head noun: "Al-Nusra Front jihadist rebels"
  headModifiers: phrases,
  demonyms: z.strictObject({
    modifiers: phrases,
    heads: phrases,
    countryHeads: phrases,
    entries: z.array(wordsToActor),
  }),
  homeGovernments: z.array(wordsToActor),
  backerWords: z.array(wordsToActor),
  rules: z.array(ruleSchema),
  blockers: z.array(blockerSchema),
  anaphors: z.array(
    // `overrides`: the phrase holds a name it is not ("the al Qaeda offshoot" is the group just named, not al-Qaeda)
    z.strictObject({ id: text, role: text, phrases, overrides: z.boolean().optional(), comment: z.string().optional() }),
  ),
  // A bare name that means another body in an article that names that body ("the Coalition" after "the Syrian
  // Coalition" is the opposition's, not the US-led coalition), unless the article also names the actor fully.
  namesakes: z.array(
    z.strictObject({ id: text, actor: actorId, mentions: phrases, when: phrases, unless: phrases, comment: z.string().optional() }),
  ),
  // A phrase that means another side in an article about another country ("Kurdish forces" in an article about Iraq
  // are the Peshmerga, not the SDF): the article's home government (`home`) decides.
  homeNamesakes: z.array(z.strictObject({ id: text, home: actorId, actor: actorId, mentions: phrases, comment: z.string().optional() })),
  // Words that news agencies transliterate more than one way ("Jaysh", "Jaish", "Jeish"): an alias with one of
  // them is an alias with each of the others too.
  spellings: z.array(z.array(text).min(2)),
});
export type BuiltinDictionary = z.infer<typeof builtinDictionarySchema>;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Finds a key that could reach Object.prototype if anyone ever copied the data into a plain object. */
function findForbiddenKey(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = findForbiddenKey(value[i], [...path, i]);
      if (p) return p;
    }
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return [...path, key];
      const p = findForbiddenKey((value as Record<string, unknown>)[key], [...path, key]);
      if (p) return p;
    }
  }
  return null;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, key)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const s = JSON.stringify(value);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** `entry "sdf", aliases[3]` for a path into the file. */
function locate(root: unknown, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let i = 0;
  if (path.length >= 2 && typeof path[1] === 'number') {
    const section = String(path[0]);
    const item = valueAt(root, path.slice(0, 2)) as Record<string, unknown> | undefined;
    const id = item && typeof item === 'object' ? (item.id ?? item.actor) : undefined;
    const label = section === 'actors' ? 'entry' : `${section} entry`;
    parts.push(typeof id === 'string' && id ? `${label} "${id}"` : `${label} ${path[1] as number}`);
    i = 2;
  }
  let field = '';
  for (; i < path.length; i++) {
    const key = path[i];
    field += typeof key === 'number' ? `[${key}]` : `${field ? '.' : ''}${String(key)}`;
  }
  if (field) parts.push(field);
  return parts.join(', ');
}

function toDictionaryError(file: string, root: unknown, error: z.ZodError): DictionaryError {
  const issue = error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    return new DictionaryError(file, locate(root, issue.path) || null, `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`);
  }
  const value = valueAt(root, issue.path);
  return new DictionaryError(file, locate(root, issue.path) || null, `expected ${issue.message}, got ${describe(value)}`);
}

/** YAML is read only from user files: the parser is loaded when one is given, not at every start-up. */
function parseYaml(source: string): unknown {
  const yaml = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return yaml.parse(source);
}

/** Reads, parses and validates one user dictionary. Throws DictionaryError naming file, entry and problem. */
export function readUserDictionary(file: string): UserDictionary {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DictionaryError(file, null, code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? String(e)})`);
  }
  let data: unknown;
  const yamlLike = /\.ya?ml$/i.test(file);
  try {
    data = yamlLike ? parseYaml(source) : JSON.parse(source);
  } catch (e) {
    if (yamlLike || /\.json$/i.test(file)) {
      throw new DictionaryError(file, null, `not valid ${yamlLike ? 'YAML' : 'JSON'}: ${(e as Error).message.split('\n')[0]}`);
    }
    try {
      data = parseYaml(source);
    } catch (e2) {
      throw new DictionaryError(file, null, `neither JSON nor YAML: ${(e2 as Error).message.split('\n')[0]}`);
    }
  }
  // A bare list is a list of actor entries.
  if (Array.isArray(data)) data = { actors: data };
  if (data === null || typeof data !== 'object') {
    throw new DictionaryError(file, null, `expected an object with "actors" (or a list of actor entries), got ${describe(data)}`);
  }
  const bad = findForbiddenKey(data);
  if (bad) {
    throw new DictionaryError(file, locate(data, bad.slice(0, -1)) || null, `forbidden key "${String(bad[bad.length - 1])}"`);
  }
  const parsed = userDictionarySchema.safeParse(data);
  if (!parsed.success) throw toDictionaryError(file, data, parsed.error);
  const seen = new Set<string>();
  for (const [i, entry] of (parsed.data.actors ?? []).entries()) {
    if (seen.has(entry.id)) throw new DictionaryError(file, `entry "${entry.id}"`, `duplicate id (entry ${i} repeats an earlier entry)`);
    seen.add(entry.id);
  }
  return parsed.data;
}

/**
 * Validates the built-in data; a broken built-in dictionary is a bug, reported
 * like a user file. Run by the build and the tests (src/data/check.ts), not at
 * start-up, which reads the file as shipped.
 */
export function checkBuiltinDictionary(name: string, data: unknown): BuiltinDictionary {
  const parsed = builtinDictionarySchema.safeParse(data);
  if (!parsed.success) throw toDictionaryError(name, data, parsed.error);
  return parsed.data;
}
