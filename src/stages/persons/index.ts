// Persons: capitalised sequences found cheaply by regex, kept when some
// evidence says they name a person (a title, a role word before or after it,
// an Arabic name shape, a known given name, speech verbs, a first name in
// compromise's lexicon, compromise's tagger), never when they are a
// place, an actor or an organisation; then shortened and respelled mentions
// are clustered into one person ("Rami Abdel Rahman" ... "Abdel Rahman").
import type { ActorMention, ArticleDoc, PersonEntity, PersonMention, PlaceMention } from '../../document/model.js';
import { detached } from '../../document/detach.js';
import { findPeople, isFirstName, isNeverName } from '../../nlp/compromise.js';
import type { ActorLexicon } from '../actors/index.js';
import { execNotInWord } from '../actors/phrases.js';
import { loadOrgLexicon } from '../organizations/lexicon.js';
import {
  hasArabicNameShape,
  isGivenName,
  isHyphenatedAdjective,
  isNonPersonWord,
  KNOWN_PERSONS,
  NAME_SEQUENCE,
  NAME_START,
  nameTokens,
  roleAppositionAfter,
  roleBefore,
  startsLikeToponym,
  stripTitles,
  titleBefore,
  TITLE_ONLY,
  trimName,
} from './names.js';

export interface NameCandidate {
  start: number;
  end: number;
  name: string;
  tokens: string[];
  /** Rule ids of the evidence that this is a person; empty means none yet. */
  evidence: string[];
  /** First word of its sentence (capitalised whatever it is). */
  sentenceStart?: boolean;
}

type Region = { start: number; end: number; text: string };

function regions(doc: ArticleDoc): Region[] {
  if (doc.sentences.length) return doc.sentences.map((s) => ({ start: s.start, end: s.end, text: s.text }));
  return [{ start: 0, end: doc.text.length, text: doc.text }];
}

const SPEECH_AFTER = /^,?\s+(?:said|says|told|added|explained|wrote|stated|noted|claimed|announced|confirmed|denied|warned|insisted|tweeted|reported)\b/;
const SPEECH_BEFORE = /(?:\bsaid|\btold|\baccording\s+to|\bquoted)\s+$/;
// The one word that says a quotation: "... partners," said Russell. / "... over," Hamoud told AFP.
const SAID_BEFORE = /\b(?:said|says|added|explained|continued|concluded)\s+$/;
const CLAUSE_END_AFTER = /^\s*(?:[.,;:!?]|$)/;
const QUOTE_END_BEFORE = /[”"’'],?\s*$/;
const SAID_AFTER = /^\s+(?:said|says|added|told|explained|continued|concluded)\b/;
/** A single word names whoever says a quotation: after "said" and before the clause ends, or between the quotation and "said". */
function isSpeakerOfQuote(before: string, after: string): boolean {
  return (SAID_BEFORE.test(before) && CLAUSE_END_AFTER.test(after)) || (QUOTE_END_BEFORE.test(before) && SAID_AFTER.test(after));
}
const APPOSITION_AFTER = /^,\s+(?:who|whose|a|an|the|\d+|one\s+of|head\s+of|chief\s+of|leader\s+of|director\s+of|spokesman\s+for)\b/;
/** The word of a place or unit a name may be the name of: "the al-Khani mosque", "Salem Mosque", "Sawaiq al-Rahman brigade" */
const FACILITY_AFTER = /^\s+(?:mosque|church|hospital|school|camp|neighbourhood|neighborhood|district|area|village|town|road|street|highway|market|dam|base|airport|airbase|prison|checkpoint|bridge|crossing|square|clan|tribe|family|brigade|battalion|division|operation|offensive|front|border|river|mountains?|hills?|desert|plain|countryside|province|governorate|region)\b/iu;

const KUNYA = /^(?:Abu|Abou|Umm|Um|Bin|Ibn|Bint)$/i;
/** "al-Shishani", "Al-Baghdadi": a name's article-led last part. */
const NISBA = /^(?:al|el)-\p{Lu}/iu;
const LIST_OF_PLACES_BEFORE = /\b(?:in|of|at|near|from|to|into|towards|around|on)\s+(?:the\s+)?$/i;

const isFirstWord = (w: string) => isGivenName(w) || isFirstName(w);
/** The name opens with a first name, or with "Abu" and one ("Abu Omar al-Shishani"). */
function opensWithFirstName(name: string): boolean {
  const [w0 = '', w1 = ''] = name.split(/\s+/, 2);
  return isFirstWord(w0) || (KUNYA.test(w0) && isFirstWord(w1));
}

/**
 * Splits "Bashar Assad Hafez Assad" into two names when each part is two or more words and starts with a first name;
 * "Abu" stays with the name it makes ("Caucasus Abu Omar al-Shishani").
 */
function splitAtGivenNames(name: string): { offset: number; name: string }[] {
  const words = [...name.matchAll(/\S+/g)].map((m) => ({ text: m[0], at: m.index! }));
  if (words.length < 4) return [{ offset: 0, name }];
  const cuts = [0];
  for (let i = 2; i < words.length - 1; i++) {
    // ("Abu Omar al-Shishani Alyauddin Al-Shishani": a nisba closes a name, and a word before the same nisba opens the next
    // name of a list of one origin's men; not "Tariq al-Bab Bustan al-Qasr", a list of quarters)
    const nextNamed =
      NISBA.test(words[i - 1]!.text) && !NISBA.test(words[i]!.text) && !KUNYA.test(words[i]!.text) && words[i + 1]!.text.toLowerCase() === words[i - 1]!.text.toLowerCase();
    if (nextNamed && i - cuts[cuts.length - 1]! >= 2) {
      cuts.push(i);
      continue;
    }
    if (!isFirstWord(words[i]!.text)) continue;
    const at = KUNYA.test(words[i - 1]!.text) ? i - 1 : i;
    if (at - cuts[cuts.length - 1]! >= 2) cuts.push(at);
  }
  // ("North Caucasus Abu Omar al-Shishani": a word that is no first name before "Abu" and one is the place the name follows)
  if (cuts.length > 1 && !isFirstWord(words[0]!.text) && KUNYA.test(words[1]!.text) && isFirstWord(words[2]!.text)) cuts[0] = 1;
  if (cuts.length === 1) return [{ offset: 0, name }];
  return cuts.map((c, k) => {
    const last = (cuts[k + 1] ?? words.length) - 1;
    return { offset: words[c]!.at, name: name.slice(words[c]!.at, words[last]!.at + words[last]!.text.length) };
  });
}

/**
 * A function of a string, remembered: capitalised sequences and names repeat
 * within an article and across articles ("The", "Syria", "Syrian Observatory
 * for Human Rights"), and what their own text says never changes. The memory
 * is dropped when full, so that it does not grow with the corpus.
 */
function remembered<V>(compute: (key: string) => V, size = 4_000): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      // (computed from, and kept under, a copy that does not hold the article it came from)
      const own = detached(key);
      value = compute(own);
      if (cache.size >= size) cache.clear();
      cache.set(own, value);
    }
    return value;
  };
}

const tokensOf = remembered(nameTokens);

/** A sequence with its titles and swept-in words taken off; null for one that starts like a toponym. */
const sequenceShape = remembered((sequence: string) => {
  // "Sheikh Maqsoud" is a district of Aleppo before "Sheikh" is a title.
  if (startsLikeToponym(sequence)) return null;
  const shape = stripTitles(sequence);
  // "US President Donald Trump ordered", "Prime Minister Theresa Mays governing party": a known person's
  // name keeps words that elsewhere are no name's (a month, a verb)
  const known = knownKey(shape.name) || (/[^s]s$/.test(shape.name) && knownKey(shape.name.slice(0, -1)));
  return { shape, trimmed: known ? { offset: 0, name: shape.name, role: false } : trimName(shape.name) };
});

/** What a name's own words say: its parts when it is several names, its tokens, and the evidence it carries itself. */
const nameFacts = remembered((name: string) => {
  const parts = splitAtGivenNames(name);
  const words = name.split(/\s+/);
  return {
    parts: parts.length > 1 ? parts.map((part) => ({ ...part, tokens: tokensOf(part.name) })) : null,
    tokens: tokensOf(name),
    arabic: hasArabicNameShape(name),
    // "For 14-year-old Amjad it is safer there": a known given name is a person, alone or not.
    given: isGivenName(words[0]!.replace(/[-‐].*$/, '')),
    multiWord: words.length > 1,
  };
});

const WORD_CHAR = /[\p{L}'’-]/u;
const LETTER_AT_END = /\p{L}$/u;
const WHOLE_WORD = /^\p{L}[\p{L}'’-]*$/u;

/**
 * Whether `word` is one of the words `text.match(/\p{L}[\p{L}'’-]*\/gu)` finds:
 * a run of letters, apostrophes and hyphens, from its first letter to its
 * end. Looked up where the word occurs rather than by listing every word of
 * the article, which is asked about once or twice.
 */
function isTextWord(text: string, word: string): boolean {
  if (!WHOLE_WORD.test(word)) return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (end < text.length && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(end)!))) continue;
    // Apostrophes and hyphens before it belong to its run; a letter before them makes it the tail of another word.
    let from = at;
    while (from > 0 && /['’-]/.test(text[from - 1]!)) from--;
    if (from > 0 && LETTER_AT_END.test(text.slice(Math.max(0, from - 2), from))) continue;
    return true;
  }
  return false;
}

/** Finder: capitalised sequences with titles removed, and the evidence around them. */
export function findNameCandidates(doc: ArticleDoc): NameCandidate[] {
  const out: NameCandidate[] = [];
  const lastWord = (name: string) => name.slice(name.lastIndexOf(' ') + 1);
  for (const r of regions(doc)) {
    NAME_SEQUENCE.lastIndex = 0;
    for (let m = execNotInWord(NAME_SEQUENCE, r.text, NAME_START); m; m = execNotInWord(NAME_SEQUENCE, r.text, NAME_START)) {
      const seq = sequenceShape(m[0]);
      if (!seq) continue;
      const { shape, trimmed } = seq;
      const start = r.start + m.index + shape.offset + trimmed.offset;
      let name = trimmed.name;
      // FA-KES lost apostrophes: "Bashar al-Assads forces", "Donald Trumps".
      if (/[^s]s$/.test(name) && /^\s+\p{Ll}/u.test(doc.text.slice(start + name.length, start + name.length + 3)) && isTextWord(doc.text, lastWord(name).slice(0, -1))) {
        name = name.slice(0, -1);
      } else if (/[^s]s$/.test(name) && knownKey(name.slice(0, -1))) {
        name = name.slice(0, -1);
      }
      if (!name) continue;
      const facts = nameFacts(name);
      // "Oliver Holmes Suleiman Al-Khalidi": a byline list that lost its commas splits where a first name begins.
      // ("strongholds in Tabaret al-Deibeh Abu Hanaya Abu Hbeilat and al-Hardaneh": a list after a place's
      // preposition that opens with no first name and goes on with "and" is one of villages)
      const placeList = () =>
        !opensWithFirstName(name) && LIST_OF_PLACES_BEFORE.test(doc.text.slice(Math.max(r.start, start - 30), start)) && /^\s+and\s/.test(doc.text.slice(start + name.length, start + name.length + 5));
      if (facts.parts && !placeList()) {
        for (const part of facts.parts) {
          const at = start + part.offset;
          out.push({ start: at, end: at + part.name.length, name: part.name, tokens: part.tokens, evidence: ['person.given-name'] });
        }
        continue;
      }
      const end = start + name.length;
      const tokens = facts.tokens;
      if (!tokens.length) continue;
      const before = doc.text.slice(Math.max(r.start, start - 40), start);
      const after = doc.text.slice(end, Math.min(r.end, end + 40));
      const evidence: string[] = [];
      if (shape.titled || titleBefore(before)) evidence.push('person.title');
      if (roleBefore(before) || trimmed.role) evidence.push('person.role');
      if (facts.arabic) evidence.push('person.arabic-name');
      if (facts.given) evidence.push('person.given-name');
      if (facts.multiWord && (SPEECH_AFTER.test(after) || SPEECH_BEFORE.test(before) || APPOSITION_AFTER.test(after))) {
        evidence.push('person.speech');
      } else if (facts.multiWord && roleAppositionAfter(after)) {
        evidence.push('person.apposition');
      } else if (!facts.multiWord && isSpeakerOfQuote(before, after)) {
        evidence.push('person.speaker');
      }
      let back = start;
      while (back > r.start && /[\s"'“‘(\[-]/.test(doc.text[back - 1]!)) back--;
      const sentenceStart = back === r.start;
      out.push({ start, end, name, tokens, evidence, sentenceStart });
    }
  }
  return out;
}

/**
 * Refiner: compromise's judgement, asked only about multi-word candidates that
 * nothing else decided and that survived the cheap exclusions, and only on a
 * window of words around each (compromise costs tens of ms per full article).
 */
export function addCompromiseEvidence(doc: ArticleDoc, candidates: NameCandidate[]): NameCandidate[] {
  return candidates.map((c) => {
    if (c.evidence.length || c.tokens.length < 2) return c;
    // "Recapture Oil Field", "Commits Horrific Massacres": a word compromise knows as no name's, asked of nobody
    if (c.name.split(/[\s‐-]+/).some((w) => isNeverName(w))) return c;
    // "Niklas Pollard in Stockholm and Thomas Grove in Moscow": a first name compromise's lexicon knows
    // makes the words a person's name, as its tagger would say, without tagging
    if (isFirstName(c.name.slice(0, c.name.search(/\s|$/)))) return { ...c, evidence: ['person.first-name'] };
    let from = Math.max(0, c.start - 60);
    let to = Math.min(doc.text.length, c.end + 60);
    while (from > 0 && from < c.start && !/\s/.test(doc.text[from - 1]!)) from++;
    while (to < doc.text.length && to > c.end && !/\s/.test(doc.text[to]!)) to--;
    const window = doc.text.slice(from, to);
    const found = findPeople(window).some((p) => from + p.start < c.end && c.start < from + p.end);
    return found ? { ...c, evidence: ['person.compromise'] } : c;
  });
}

function mask(length: number, spans: readonly { start: number; end: number }[]): Uint8Array {
  const m = new Uint8Array(length);
  for (const s of spans) m.fill(1, s.start, s.end);
  return m;
}

/** Whether the words just before a candidate and the candidate are the whole name of a place the article names ("Sheikh" + "Maqsoud"). */
function placeNamedWith(text: string, c: NameCandidate, places: PlaceMention[]): boolean {
  const tail = ` ${c.name}`;
  return places.some((p) => p.text.length > tail.length && p.text.endsWith(tail) && text.slice(c.start - (p.text.length - c.name.length), c.start) === p.text.slice(0, p.text.length - c.name.length));
}

/** Places (sorted by start) overlapping a span, found by binary search. */
function placesOverlapping<T extends { start: number; end: number }>(sorted: T[], span: { start: number; end: number }): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < span.end) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  // Place names are short: looking back a few dozen places is enough.
  for (let i = lo - 1; i >= 0 && i >= lo - 50; i--) if (sorted[i]!.end > span.start) out.push(sorted[i]!);
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

// Actor rules that contain a person's name keep the person: "Troops loyal to Bashar al-Assad".
const isNameBearingActor = (m: ActorMention) => /loyal|possessive/.test(m.rule);

/**
 * What rules a name out whatever stands around it: a word that is never a
 * name's at either end or throughout, an adjective, a toponym, a title alone,
 * an organisation's head word at the end, an acronym. And whether it starts
 * with a known given name, which the place test below asks.
 */
const nameVerdict = remembered((name: string) => {
  const words = name.split(/\s+/).map((w) => w.replace(/^(?:al|el)[-‐]/i, ''));
  const notPerson =
    isNonPersonWord(words[0]!) ||
    isNonPersonWord(words[words.length - 1]!) ||
    words.every((w) => isNonPersonWord(w)) ||
    isHyphenatedAdjective(name) ||
    startsLikeToponym(name) ||
    TITLE_ONLY.test(name) ||
    // "Abel Battery", "Karrada Hospital": an organisation or building word ends it.
    loadOrgLexicon().heads.has(words[words.length - 1]!) ||
    /^\p{Lu}+$/u.test(name.replace(/[\s.]/g, '')); // acronyms: "SANA", "ISIS"
  return { notPerson, givenFirst: isGivenName(words[0]!) };
});

// Whether a name is an actor's alias, by dictionary: the dictionary is built once and the same names come back.
const actorAliases = new WeakMap<ActorLexicon, (name: string) => boolean>();

function isActorAlias(lex: ActorLexicon, name: string): boolean {
  let isAlias = actorAliases.get(lex);
  if (!isAlias) actorAliases.set(lex, (isAlias = remembered((n) => lex.isAlias(n))));
  return isAlias(name);
}

/** The article's place mentions, sorted by start, for `placesOverlapping`. */
const placesByStart = (doc: ArticleDoc) => [...doc.mentions.places].sort((a, b) => a.start - b.start);

/** Refiner: places, armed actors, organisations and words that are never names are not persons. */
export function dropNonPersons(doc: ArticleDoc, candidates: NameCandidate[], lex: ActorLexicon, places = placesByStart(doc)): NameCandidate[] {
  const orgs = loadOrgLexicon();
  // Spans claimed by actors and organisations, as character masks: linear whatever their number.
  const n = doc.text.length;
  const actorMask = mask(n, doc.mentions.actors.filter((a) => !a.anaphor && !isNameBearingActor(a)));
  const orgMask = mask(n, orgs.aliases.findAll(doc.text));
  return candidates.filter((c) => {
    const verdict = nameVerdict(c.name);
    if (verdict.notPerson && !knownKey(c.name)) return false;
    const strong = c.evidence.includes('person.title') || c.evidence.includes('person.role');
    const after = doc.text.slice(c.end, c.end + 30);
    // "the al-Khani mosque in Daquq": a name used as the name of a place; titled too when the place's
    // word is part of its name ("the Martyr Ayham Hamad School for Basic Education")
    const facility = FACILITY_AFTER.exec(after);
    if (facility && (!strong || /^\s+\p{Lu}/u.test(facility[0]))) return false;
    if (!strong && c.tokens.length === 1 && /\bthe\s+$/.test(doc.text.slice(Math.max(0, c.start - 5), c.start))) return false;
    if (actorMask.subarray(c.start, c.end).includes(1)) return false;
    // "al-Nusras", "Al-Qaedas": actor names with a lost possessive.
    if (isActorAlias(lex, c.name) || isActorAlias(lex, c.name.replace(/s$/, ''))) return false;
    // More than five name words is a list that lost its commas ("Bustan al-Basha Ard al-Hamra Sohr ...").
    if (c.tokens.length > 5) return false;
    if (orgMask.subarray(c.start, c.end).includes(1)) return false;
    // "the village of Urem al-Kubra": an Arabic-shaped name after a place preposition, with nothing else for it, is a place.
    const weak = c.evidence.every((e) => e === 'person.arabic-name' || e === 'person.compromise');
    if (weak && !verdict.givenFirst && /\b(?:in|of|from|near|to|at|into|towards|around|outside|village|town|area|district|neighbourhood|neighborhood)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(0, c.start - 25), c.start))) return false;
    // "Heavy Bombardment Sheikh Maqsoud has been under": the words before it and the name make a place the article names
    if (placeNamedWith(doc.text, c, places)) return false;
    // "Albu Kamal" is a place, however much it looks like "Abu Kamal" the man.
    if (placesOverlapping(places, c).some((p) => !strong || (p.start <= c.start && p.end >= c.end))) return false;
    return true;
  });
}

interface Cluster {
  tokens: string[];
  name: string;
  known: boolean;
  mentions: PersonMention[];
}

function knownPersonIndex(): Map<string, { name: string; tokens: string[] }> {
  const index = new Map<string, { name: string; tokens: string[] }>();
  for (const p of KNOWN_PERSONS) {
    const tokens = nameTokens(stripTitles(p.name).name);
    for (const v of [p.name, ...p.variants]) index.set(nameTokens(stripTitles(v).name).join(' '), { name: p.name, tokens });
  }
  return index;
}
let known: Map<string, { name: string; tokens: string[] }> | null = null;

function knownKey(name: string): boolean {
  known ??= knownPersonIndex();
  return known.has(tokensOf(name).join(' '));
}

const BROKEN_HYPHEN = /\p{L}-\s/u;
const subset = (small: string[], big: string[]) => small.every((t) => big.includes(t));

/**
 * Clusters candidates into persons. Longer names first; a shorter mention
 * joins the person whose words contain its words, the nearest earlier one
 * when several do. A lone single word needs evidence of its own.
 */
export function clusterPersons(candidates: NameCandidate[]): PersonEntity[] {
  known ??= knownPersonIndex();
  const clusters: Cluster[] = [];
  const order = [...candidates].sort((a, b) => b.tokens.length - a.tokens.length || a.start - b.start);
  for (const c of order) {
    const k = known.get(c.tokens.join(' '));
    const tokens = k ? k.tokens : c.tokens;
    const mention: PersonMention = { start: c.start, end: c.end, text: c.name, rule: k ? 'person.known' : (c.evidence[0] ?? 'person.cluster') };
    const fits = clusters.filter((cl) => subset(tokens, cl.tokens));
    if (fits.length === 1) {
      const cl = fits[0]!;
      cl.mentions.push({ ...mention, rule: mention.rule === 'person.cluster' ? 'person.cluster.shortened' : mention.rule });
      // "Ibrahim al- Jaafari" (a line broken after the hyphen) is named as "Ibrahim al-Jaafari" is
      if (!cl.known && tokens.length === cl.tokens.length && BROKEN_HYPHEN.test(cl.name) && !BROKEN_HYPHEN.test(c.name)) cl.name = c.name;
      continue;
    }
    if (fits.length) {
      const before = fits
        .map((cl) => ({ cl, at: Math.max(...cl.mentions.filter((m) => m.start < c.start).map((m) => m.start), -1) }))
        .sort((a, b) => b.at - a.at || b.cl.mentions.length - a.cl.mentions.length);
      const target = before[0]!.cl;
      target.mentions.push({ ...mention, rule: mention.rule === 'person.cluster' ? 'person.cluster.shortened' : mention.rule });
      continue;
    }
    if (!k && !c.evidence.length) continue;
    const strong = c.evidence.some((e) => e === 'person.title' || e === 'person.role');
    // A lone "al-Danaji", or "al-Samadaniyeh al-Gharbiyeh", is a place or a family: it may only join a person named in full.
    if (!k && /^(?:al|el)[-‐]/i.test(c.name) && !strong) continue;
    // "Fierce clashes erupted", "based in Virginia Beach, Virginia": compromise alone does not make one word a person.
    if (!k && tokens.length === 1 && c.evidence.every((e) => e === 'person.compromise')) continue;
    if (!k && tokens.length === 1 && !c.evidence.some((e) => e === 'person.title' || e === 'person.role' || e === 'person.byline' || e === 'person.speaker')) {
      if (!(c.evidence.includes('person.compromise') || isGivenName(c.name))) continue;
    }
    clusters.push({ tokens, name: k ? k.name : c.name, known: !!k, mentions: [mention] });
  }
  return clusters
    .map((cl) => ({ cl, first: Math.min(...cl.mentions.map((m) => m.start)) }))
    .sort((a, b) => a.first - b.first)
    .map(({ cl }) => ({ name: cl.name, mentions: cl.mentions.sort((a, b) => a.start - b.start) }));
}

/** The byline ("Lizzie Dearden", "By Ana and Omar Said") is one or more persons. */
export function bylineCandidates(doc: ArticleDoc): NameCandidate[] {
  const byline = doc.meta.byline;
  if (!byline) return [];
  const out: NameCandidate[] = [];
  const names = byline
    .replace(/^\s*by\s+/i, '')
    .split(/\s*(?:,|\band\b|&|\|)\s*/)
    .map((s) => s.trim())
    .filter((s) => /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}?[\p{L}'’.-]+){1,3}$/u.test(s));
  for (const written of names) {
    const at = doc.text.indexOf(written);
    if (at < 0) continue;
    // "SARAH EL DEEB": the name in capitals is written as a name
    const name = written === written.toUpperCase() ? written.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()) : written;
    out.push({ start: at, end: at + written.length, name, tokens: nameTokens(name), evidence: ['person.byline'] });
  }
  return out;
}

/**
 * "The provincial governor of Hasakah Talal Barazi told AFP", "an official in Idlib Leys el-Faris": a page that lost
 * its commas runs the place into the name after it; the person is the name after the place.
 */
function afterLeadingPlace(doc: ArticleDoc, places: PlaceMention[], c: NameCandidate): NameCandidate {
  const p = placesOverlapping(places, c).find((m) => m.start === c.start && m.end < c.end);
  // (the place told as where the person is from or serves: not "spokeswoman Rania al-Omar", a given name the gazetteer knows)
  if (!p || !/\b(?:in|of|from|at)\s+$/i.test(doc.text.slice(Math.max(0, c.start - 6), c.start))) return c;
  const gap = /^\s+/.exec(doc.text.slice(p.end, c.end));
  if (!gap) return c;
  const start = p.end + gap[0].length;
  const name = doc.text.slice(start, c.end);
  const tokens = nameTokens(name);
  return tokens.length >= 2 ? { ...c, start, name, tokens, sentenceStart: false } : c;
}

/** Every person the article names, with all their mentions. */
export function findPersons(doc: ArticleDoc, lex: ActorLexicon): PersonEntity[] {
  let candidates = findNameCandidates(doc);
  const byline = bylineCandidates(doc);
  candidates = candidates.map((c) => (byline.some((b) => overlaps(b, c)) ? { ...c, evidence: [...c.evidence, 'person.byline'] } : c));
  // ("By SARAH EL DEEB": a byline in capitals is no capitalised sequence of the name search)
  candidates.push(...byline.filter((b) => !candidates.some((c) => overlaps(b, c))));
  candidates.sort((a, b) => a.start - b.start);
  const places = placesByStart(doc);
  candidates = candidates.map((c) => afterLeadingPlace(doc, places, c));
  candidates = dropNonPersons(doc, candidates, lex, places);
  candidates = addCompromiseEvidence(doc, candidates);
  return clusterPersons(candidates);
}
