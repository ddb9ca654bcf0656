// Organisations that are not armed actors (monitors, media, international
// bodies, ministries): src/data/organizations.json, validated and compiled once.
import orgData from '../../data/organizations.json' with { type: 'json' };
import * as z from 'zod';
import { alternation, ASCII_WORD_BEFORE, PhraseMatcher } from '../actors/phrases.js';

const text = z.string().trim().min(1);

/** organizations.json, checked by the build and the tests (src/data/check.ts), not at start-up. */
export const OrgDictionarySchema = z.strictObject({
  organizations: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
      name: text,
      kind: z.enum(['monitor', 'media', 'ngo', 'international', 'government', 'ministry', 'political', 'other']),
      aliases: z.array(text).optional(),
      exact: z.array(text).optional(),
    }),
  ),
  /** Last words that make a capitalised phrase an organisation: "Defense Department", "Syrian Computer Society". */
  heads: z.array(text),
  /** Heads that take an "of" phrase: "Office of Foreign Assets Control". */
  ofWords: z.array(text),
  notOrganizations: z.array(text),
});

export interface OrgValue {
  id: string;
  name: string;
  kind: string;
}

export interface OrgLexicon {
  aliases: PhraseMatcher<OrgValue>;
  byId: Map<string, OrgValue>;
  /** Capitalised phrase ending in an organisation head word. headRe and ofRe are searched with `execNotInWord`. */
  headRe: RegExp;
  /** "Ministry of Defence", "Department of the Treasury". */
  ofRe: RegExp;
  /** What every match of ofRe holds, "Ministry of ": an article without it (most) is not searched with ofRe. */
  ofHead: RegExp;
  notOrganizations: PhraseMatcher<true>;
  /** The head words themselves: a "name" ending in one is an organisation, not a person. */
  heads: Set<string>;
}

let cache: OrgLexicon | null = null;

// One capitalised word ("Syrian", "Al-Qaeda", "U.S.", "507th"), or a short connector inside a name.
// Periods only inside abbreviations ("U.S.", "U.N."): "TRT World. TRT World Watch" is two sentences.
const CAP_WORD = "(?:(?:\\p{Lu}\\.){2,}|\\p{Lu}[\\p{L}'’&-]*|\\d+(?:st|nd|rd|th))";
// A word with its article joined, inside a name after a capitalised word ("Ikrima al-Makhzoumi School",
// "Jisr al-Shughur Police Command") or in its "of" phrase ("Local Coordination Committee of Deir al-Adas");
// not after a connector, where it begins a list of places ("Bani Zaid and al-Rashideen on al-Zaharra").
const AL_WORD = "(?:al|el)-\\p{Lu}[\\p{L}'’-]*";
const CONNECTOR = '(?:of|for|the|and|on|in|de|du|al|el|&)';

export function loadOrgLexicon(): OrgLexicon {
  if (cache) return cache;
  const data = orgData as unknown as z.infer<typeof OrgDictionarySchema>;
  const aliases = new PhraseMatcher<OrgValue>();
  const byId = new Map<string, OrgValue>();
  for (const o of data.organizations) {
    const value = { id: o.id, name: o.name, kind: o.kind };
    byId.set(o.id, value);
    aliases.add(o.name, value);
    for (const a of o.aliases ?? []) aliases.add(a, value);
    for (const a of o.exact ?? []) aliases.add(a, value, true);
  }
  const heads = alternation(data.heads, 'gu');
  const headRe = new RegExp(
    `${ASCII_WORD_BEFORE}(?:${CAP_WORD}(?:[^\\S\\n]+${AL_WORD})*[^\\S\\n]+(?:${CONNECTOR}[^\\S\\n]+)?){1,6}(?:${heads})(?![\\p{L}\\p{N}_])`,
    'gu',
  );
  const ofWords = alternation(data.ofWords, 'gu');
  const ofRe = new RegExp(
    `${ASCII_WORD_BEFORE}(?:${CAP_WORD}[^\\S\\n]+){0,3}(?:${ofWords})[^\\S\\n]+(?:of|for)[^\\S\\n]+(?:the[^\\S\\n]+)?(?:(?:${CAP_WORD}|${AL_WORD})(?:[^\\S\\n]+(?:and|for|of)[^\\S\\n]+|[^\\S\\n]+)){0,5}(?:${CAP_WORD}|${AL_WORD})(?![\\p{L}\\p{N}_])`,
    'gu',
  );
  const ofHead = new RegExp(`(?:${ofWords})[^\\S\\n]+(?:of|for)[^\\S\\n]`, 'u');
  const notOrganizations = new PhraseMatcher<true>();
  for (const p of data.notOrganizations) notOrganizations.add(p, true);
  cache = {
    aliases: aliases.prepare(),
    byId,
    headRe,
    ofRe,
    ofHead,
    notOrganizations: notOrganizations.prepare(),
    heads: new Set(data.heads.filter((h) => !h.includes(' '))),
  };
  return cache;
}
