// Finds the places an article talks about, in a visible order:
//   1. scanPlaceNames     the longest gazetteer name at each capitalised word
//   2. readContext        "Raqqa province", "the city of Raqqa", "near Hajin"
//   3. findBorders, findCoordinates, findUnresolved
//                         "the Turkish border", "33°47′N 44°30′E", "the village of Hattash"
//   4. nonPlaceReason     attributive, organisation, road, person and outlet uses
//   5. removeOverlaps     longer match first, then earlier offset
//   6. best               one gazetteer entry per mention: the article's countries,
//                         its other places, population, the feature the words ask for
//   7. isActorOrNameUse   countries acting as states, far-away towns named in passing
// Every mention carries the id of the rule that found it (place.area.case).
import type { ArticleDoc, PlaceFeature, PlaceMention, ResolvedPlace } from '../../document/model.js';
import { ARTICLES, exactKey, foldWord, foldWordUnfused, foldWords, FUSED_ARTICLE, stripMarks } from './fold.js';
import { indexesOf, type GazPlace, type Gazetteer } from './gazetteer.js';
import { forEachToken } from './tokens.js';

interface Token {
  text: string;
  start: number;
  end: number;
  cap: boolean;
  lower: string;
  /** foldWord(text), filled in the first time a gazetteer key needs it. */
  folded: string | undefined;
}

interface Candidate {
  index: number;
  quality: number;
}

export interface Find {
  start: number;
  end: number;
  /** First and last token of the name itself (suffix words excluded). */
  t0: number;
  t1: number;
  candidates: Candidate[];
  wanted: PlaceFeature | null;
  near: boolean;
  rule: string;
  /** Set for finds that are not gazetteer entries (borders, unresolved). */
  fixed?: ResolvedPlace;
  precision?: 1 | 2 | 3;
}

const CORE = new Set(['SY', 'IQ']);
/** Where the war is: a village here needs no introduction. */
const WAR_ZONE = new Set(['SY', 'IQ', 'TR']);
const NEIGHBOURS = new Set(['LB', 'JO', 'TR', 'IL', 'PS', 'IR', 'SA', 'KW']);
const OUTLET_AFTER = /^\s+(?:broadcaster|channel|satellite\s+channel|newspaper|website|news\s+website|news\s+agency)\b/;

/** A town of this many people or more is a city: a bare name abroad may mean it, a neighbourhood may lie in it. */
export const CITY_POPULATION = 100_000;
/** A town large enough to be a city, with the quarters a city has. */
export const isLargeCity = (p: ResolvedPlace): boolean => p.feature === 'populated-place' && (p.population ?? 0) >= CITY_POPULATION;
// Words of Arabic place names that are stopwords on their own ("Bab", "Tal")
// but never end an unknown name: "Tareeq al-Bab", "Tal Shihab".
const TOPONYM_PARTS = new Set(['bab', 'ain', 'ayn', 'deir', 'dayr', 'tal', 'tell', 'tall', 'jabal', 'ras', 'khan', 'kafr', 'beit', 'bayt', 'wadi', 'nahr', 'qasr', 'abu', 'bin', 'ibn', 'umm', 'abd']);
const MONTHS_AND_DAYS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
// "US forces", "the UK said": country abbreviations are places only after a
// locative word ("in the US", "flew to the UK").
const ABBREVIATIONS = new Set(['us', 'u s', 'usa', 'uk', 'u k', 'uae']);
/** Words that end a news headline after its place: "... in Aleppo Monitor AFP", "... in Hama State Media". */
const NEWS_TAIL = new Set(['monitor', 'afp', 'reuters', 'sana', 'state', 'activists', 'observatory', 'ap', 'anadolu', 'report', 'reports', 'says', 'said', 'official', 'officials', 'sources', 'media']);
const LOCATIVE = /\b(in|to|from|into|across|inside|throughout|within|at|visit(?:ed|ing)?|left|leave)\s+(the\s+)?$/i;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  forEachToken(text, (start, end) => {
    let t = text.slice(start, end);
    // "Raqqa's", "Syria’s": the possessive is not part of the name.
    if (t.length > 3 && isPossessive(t)) t = t.slice(0, -2);
    out.push({
      text: t,
      start,
      end: start + t.length,
      cap: isCapital(t),
      lower: isPlainAscii(t) ? t.toLowerCase() : stripMarks(t).toLowerCase().replace(/['’‘ʼ`]/g, ''),
      folded: undefined,
    });
  });
  return out;
}

/** Ends in 's or ’s. */
function isPossessive(t: string): boolean {
  const q = t.charCodeAt(t.length - 2);
  return t.charCodeAt(t.length - 1) === 0x73 && (q === 0x27 || q === 0x2019);
}

/** A word that begins with a capital letter (the test of the first code unit, as a word's case is read). */
function isCapital(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const first = t[0]!;
  return first !== first.toLowerCase() && /\p{L}/u.test(first);
}

/** Letters and digits of ASCII only, as most words are: no marks to strip, no apostrophes. */
function isPlainAscii(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i) | 0x20; // upper case folded onto lower; digits stay digits
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) return false;
  }
  return true;
}

/** The characters between two tokens. */
const gap = (text: string, a: Token, b: Token) => text.slice(a.end, b.start);
const joins = (g: string) => g === ' ' || g === '-' || g === '- ' || g === ' - ';

function sentenceStarts(doc: ArticleDoc): Set<number> {
  const s = new Set<number>();
  for (const sent of doc.sentences) s.add(sent.start);
  return s;
}

/** True when the token opens a sentence, a line or a quotation. */
function opensClause(text: string, toks: Token[], i: number, starts: Set<number>): boolean {
  if (i === 0) return true;
  if (starts.has(toks[i]!.start)) return true;
  const before = text.slice(toks[i - 1]!.end, toks[i]!.start);
  return /[.!?:;"“”(\n\u2014\u2013|]/.test(before) || /^\s*[-–—]\s*$/.test(before);
}

/** Title-case lines ("Russian Jets Pound Idlib Villages") say nothing about names. */
function titleCaseLines(text: string, toks: Token[], sentenceStarts: number[] = []): Set<number> {
  const lines = new Set<number>();
  let i = 0;
  let next = 0;
  while (i < toks.length) {
    const lineEnd = text.indexOf('\n', toks[i]!.start);
    // A page flattened to one line: its headline is the first sentence, not the line
    while (next < sentenceStarts.length && sentenceStarts[next]! <= toks[i]!.start) next++;
    const end = Math.min(lineEnd < 0 ? text.length : lineEnd, sentenceStarts[next] ?? text.length);
    let j = i, words = 0, caps = 0;
    while (j < toks.length && toks[j]!.start < end) {
      if (/^\p{L}/u.test(toks[j]!.text) && toks[j]!.text.length > 3) { words++; if (toks[j]!.cap) caps++; }
      j++;
    }
    if (words >= 4 && caps / words >= 0.9) for (let k = i; k < j; k++) lines.add(k);
    i = j > i ? j : i + 1;
  }
  return lines;
}

/** The rule patterns of a gazetteer, compiled once. */
interface Patterns {
  border: RegExp;
  borderWith: RegExp;
  unresolvedBefore: RegExp;
  unresolvedAfter: RegExp;
  unresolvedListed: RegExp;
  roadAfter: RegExp;
  roadBefore: RegExp;
}
const patternCache = new WeakMap<Gazetteer, Patterns>();
const ARTICLE_PREFIX = '(?:(?:al|el|ad|ar|as|ash|at|az|an|ez|es|ed)-)';
const NAME = `(${ARTICLE_PREFIX}?[A-Z][\\p{L}'’]+(?:(?:\\s|-)${ARTICLE_PREFIX}?[A-Z][\\p{L}'’]+){0,3})`;

function patterns(gaz: Gazetteer): Patterns {
  let p = patternCache.get(gaz);
  if (!p) {
    const r = gaz.rules;
    // "the Raqqa road", "the Castello Road": the road word in either case
    const roads = r.roadWords.map((w) => `[${w[0]!.toLowerCase()}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|');
    p = {
      border: new RegExp(`\\b((?:(?:${Object.keys(r.demonymBorders).join('|')})(?:\\s*[-–/]\\s*|\\s+))+)(border|frontier|airspace|territorial waters)s?\\b`, 'g'),
      // "the border with Turkey", "Syria's border with Iraq"
      borderWith: new RegExp(`\\b((?:(?:${Object.keys(r.demonymBorders).join('|')})['’]?s?\\s+)?)(border|frontier)\\s+with\\s+(${Object.keys(r.demonymBorders).join('|')})\\b`, 'g'),
      unresolvedBefore: new RegExp(`\\b(${Object.keys(r.unresolvedTriggers).join('|')})\\s+of\\s+${NAME}`, 'gu'),
      // "Hibhib Village", "Tinker Air Force Base", "the Mezzeh military airport", "Seif al-Dawla neighborhood"
      unresolvedAfter: new RegExp(`${NAME}\\s+(village|Village|town|Town|Air Force Base|Air Base|[Aa]irbase|air base|[Mm]ilitary [Aa]irport|[Aa]irport|[Rr]efugee [Cc]amp|[Nn]eighbou?rhood|[Dd]istrict|[Qq]uarter)\\b`, 'gu'),
      // "Woodbridge, Virginia": a name placed by the region after it
      unresolvedListed: new RegExp(`\\b(?:in|of|from|at|near)\\s+${NAME},\\s`, 'gu'),
      roadAfter: new RegExp(`^(?:\\s*[-–]\\s*${ARTICLE_PREFIX}?[A-Z][\\p{L}'’]+(?:\\s[A-Z][\\p{L}'’]+)?)?\\s+(?:${roads})\\b`, 'u'),
      roadBefore: new RegExp(`\\b(?:${roads})\\b[^.]{0,3}$`),
    };
    patternCache.set(gaz, p);
  }
  return p;
}

// ---------- 1. gazetteer names ----------

function canStart(toks: Token[], i: number, text: string): boolean {
  const t = toks[i]!;
  if (t.cap) return !/^\d/.test(t.text);
  // "al-Qaryatayn", "al-Raqqa"
  return ARTICLES.has(t.lower) && i + 1 < toks.length && gap(text, t, toks[i + 1]!) === '-' && toks[i + 1]!.cap;
}

function canContinue(t: Token): boolean {
  return t.cap || ARTICLES.has(t.lower) || t.lower === 'bin' || t.lower === 'ibn' || t.lower === 'abu' || t.lower === 'of';
}

// The scanner tries up to maxWords names at each capitalised word: their keys are
// built from the tokens' own forms, without the arrays and joins of a word list.

/** exactKey of tokens a..b: their lower-case forms joined by single spaces. */
function exactKeyOf(toks: Token[], a: number, b: number): string {
  let k = toks[a]!.lower;
  for (let x = a + 1; x <= b; x++) k += ' ' + toks[x]!.lower;
  return k;
}

function foldedWord(t: Token): string {
  return (t.folded ??= foldWord(t.text));
}

/** An article as foldWords drops it from a name of several words (all articles are three letters or fewer). */
const isArticleText = (t: Token) => t.text.length <= 3 && ARTICLES.has(t.text.toLowerCase());

/** foldWords of the texts of tokens a..b (`fold` folds one word: foldWord, cached on the token, by default). */
function foldedKeyOf(toks: Token[], a: number, b: number, fold: (t: Token) => string = foldedWord): string {
  if (a === b) return fold(toks[a]!);
  let k = '';
  for (let x = a; x <= b; x++) if (!isArticleText(toks[x]!)) k += fold(toks[x]!);
  return k;
}

// ("the town of Deir Attiyeh in Damascus province": news calls the governorate around the capital, Rif Dimashq, by the
// capital's name, so a town of either is in "Damascus province"; the gazetteer's rules list such provinces)
const sameProvince = (gaz: Gazetteer, a: string | null | undefined, b: string | null): boolean =>
  (a ?? '') === (b ?? '') || gaz.rules.provincesNamedAlike.some((alike) => alike.includes(a ?? '') && alike.includes(b ?? ''));

/** Whether a word of tokens a..b opens as a fused article would ("Attiyeh", "Ezzor"). */
function hasFusedOpening(toks: Token[], a: number, b: number): boolean {
  for (let x = a; x <= b; x++) if (toks[x]!.text.length >= 5 && FUSED_ARTICLE.test(stripMarks(toks[x]!.text))) return true;
  return false;
}

/** Folded matches need a capitalised word and no one-letter word. */
function foldable(toks: Token[], a: number, b: number): boolean {
  let cap = false;
  for (let x = a; x <= b; x++) {
    if (toks[x]!.text.length < 2) return false;
    if (toks[x]!.cap) cap = true;
  }
  return cap;
}

// Word shapes the scanner asks of most capitalised words: written once, and
// tried only on words with the last letter they need.
const LOWER_CASE_WORD = /^\p{Ll}[\p{Ll}'’-]{3,}$/u;
const BARE_POSSESSIVE = /^\p{Lu}\p{Ll}{3,}s$/u;
const GLUED_COMPASS = /^(\p{Lu}\p{Ll}{3,}?)(north|south|east|west|northeast|northwest|southeast|southwest|northern|southern|eastern|western)$/u;
const endsWithS = (t: string) => t.charCodeAt(t.length - 1) === 0x73;
/** The last letter of a compass word: h (north, south), t (east, west, northeast ...) or n (northern ...). */
function mayEndInCompassWord(t: string): boolean {
  const c = t.charCodeAt(t.length - 1);
  return c === 0x68 || c === 0x74 || c === 0x6e;
}

export function scanPlaceNames(text: string, toks: Token[], gaz: Gazetteer): Find[] {
  const finds: Find[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!canStart(toks, i, text)) { i++; continue; }
    let best: Find | null = null;
    let last = i;
    while (last + 1 < toks.length && last - i + 1 < gaz.maxWords && joins(gap(text, toks[last]!, toks[last + 1]!)) && canContinue(toks[last + 1]!)) last++;
    // "Syrias Deir ezzor", "Khan shaykhun": a name whose later word lost its capital,
    // taken only when the whole name is the gazetteer's.
    const next = toks[last + 1];
    if (next && toks[last]!.cap && !next.cap && LOWER_CASE_WORD.test(next.text) && joins(gap(text, toks[last]!, next)) && last + 1 - i + 1 <= gaz.maxWords) {
      const hit = gaz.stopwords.has(next.lower) ? undefined : indexesOf(gaz.exact, exactKeyOf(toks, i, last + 1)) ?? indexesOf(gaz.folded, foldedKeyOf(toks, i, last + 1));
      if (hit) best = mkFind(toks, i, last + 1, hit.map((index) => ({ index, quality: 1.5 })), 'place.gazetteer.lowercase-word');
    }
    for (let j = last; j >= i && !best; j--) {
      if (toks[j]!.lower === 'of' || (j > i && ARTICLES.has(toks[j]!.lower))) continue;
      const n = j - i + 1;
      const ek = exactKeyOf(toks, i, j);
      if (n === 1 && gaz.stopwords.has(ek)) {
        // "the town of Hit": a trigger word vouches for a name that is also a word.
        const g = indexesOf(gaz.guarded, ek);
        // "Mare'": a closing ayn marks the transliteration of a name, not the word "mare".
        const ayn = /^['’ʿ](?!\p{L})/u.test(text.slice(toks[j]!.end, toks[j]!.end + 2));
        if (g && (ayn || /\b(?:town|city|village|district)\s+of\s+$/i.test(text.slice(Math.max(0, toks[i]!.start - 20), toks[i]!.start)))) {
          best = mkFind(toks, i, j, g.map((index) => ({ index, quality: 2.5 })), 'place.gazetteer.after-trigger');
          break;
        }
        continue;
      }
      // All-capital short words are acronyms ("IS", "SDF", "YPG"), not places.
      // A dateline is the exception: "HOMS, Syria (Reuters) -".
      if (n === 1 && toks[i]!.text.length <= 4 && toks[i]!.text === toks[i]!.text.toUpperCase() && !ABBREVIATIONS.has(ek)
          && !(/(?:^|\n)\s*$/.test(text.slice(Math.max(0, toks[i]!.start - 5), toks[i]!.start)) && /^\s*[,(:–—-]/.test(text.slice(toks[i]!.end, toks[i]!.end + 3)))) continue;
      const exact = indexesOf(gaz.exact, ek);
      if (exact) {
        const candidates = exact.map((index) => ({ index, quality: qualityOf(gaz.place(index), ek) }));
        // "al-Hadar village ... Syrias Quneitra": the name without its article may be the nearer place
        if (j > i && ARTICLES.has(toks[i]!.lower)) {
          for (const index of indexesOf(gaz.exact, exactKeyOf(toks, i + 1, j)) ?? []) {
            if (!exact.includes(index)) candidates.push({ index, quality: 2.5 });
          }
        }
        best = mkFind(toks, i, j, candidates, 'place.gazetteer.exact');
        break;
      }
      // "al-Mazzeh", "al-Qardaha": the article the gazetteer does not spell.
      if (j > i && ARTICLES.has(toks[i]!.lower) && !(toks[i]!.cap && gap(text, toks[i]!, toks[i + 1]!) !== '-')) {
        const bare = indexesOf(gaz.exact, exactKeyOf(toks, i + 1, j));
        if (bare) {
          best = mkFind(toks, i, j, bare.map((index) => ({ index, quality: 2.5 })), 'place.gazetteer.exact');
          break;
        }
      }
      // Folded matches need a long enough key and a capitalised word.
      if (!foldable(toks, i, j)) continue;
      const fk = foldedKeyOf(toks, i, j);
      if (fk.length < (n === 1 ? 5 : 6)) continue;
      // A capitalised English article ("At Raqqa", "As fighting...") only
      // belongs to a name the gazetteer spells with it.
      if (j > i && toks[i]!.cap && ARTICLES.has(toks[i]!.lower)) continue;
      // ("Deir Attiyeh" for Dayr Atiyah: a doubled opening letter read as the name's own, when the article reading finds nothing)
      const folded = indexesOf(gaz.folded, fk) ?? (hasFusedOpening(toks, i, j) ? indexesOf(gaz.folded, foldedKeyOf(toks, i, j, (t) => foldWordUnfused(t.text))) : undefined);
      if (folded) best = mkFind(toks, i, j, folded.map((index) => ({ index, quality: 1.5 })), 'place.gazetteer.folded');
    }
    // "Aleppos Old City", "Idlibs countryside": a possessive that lost its apostrophe.
    if (!best && endsWithS(toks[i]!.text) && BARE_POSSESSIVE.test(toks[i]!.text)) {
      const stem = toks[i]!.lower.slice(0, -1);
      const exact = gaz.stopwords.has(stem) ? undefined : indexesOf(gaz.exact, stem);
      // ("Talbissehs most important terrorist": a spelling the gazetteer has only folded, as it has the name itself)
      const hit = exact ?? (stem.length >= 6 && !gaz.stopwords.has(stem) ? indexesOf(gaz.folded, foldWords([stem])) : undefined);
      if (hit) {
        best = mkFind(toks, i, i, hit.map((index) => ({ index, quality: exact ? 2.5 : 1.5 })), 'place.gazetteer.bare-possessive');
        best.end -= 1;
      }
    }
    // "Alwaer", "Altibni": text that lost the hyphen of "al-Waer".
    if (!best && last === i && /^Al[a-z]{4,}$/.test(toks[i]!.text)) {
      const rest = toks[i]!.text.slice(2);
      const hit = [...(indexesOf(gaz.exact, rest.toLowerCase()) ?? []), ...((rest.length >= 5 && indexesOf(gaz.folded, foldWords([rest]))) || [])];
      if (hit.length) best = mkFind(toks, i, i, hit.map((index) => ({ index, quality: 1.5 })), 'place.gazetteer.fused-article');
    }
    // "near Kobaninorth Syria": a page that lost the space before a compass word
    const glued = !best && mayEndInCompassWord(toks[i]!.text) ? GLUED_COMPASS.exec(toks[i]!.text) : null;
    if (glued && !gaz.stopwords.has(glued[1]!.toLowerCase())) {
      const hit = indexesOf(gaz.exact, glued[1]!.toLowerCase());
      if (hit) {
        best = mkFind(toks, i, i, hit.map((index) => ({ index, quality: 2 })), 'place.gazetteer.glued-direction');
        best.end = best.start + glued[1]!.length;
      }
    }
    // "the village of Tal Malah": a toponym's first word ("Tal", "Kafr", "Deir") before another
    // capitalised word starts a longer name the gazetteer lacks, not a place of its own (nor is the next word)
    if (best && best.t0 === best.t1 && TOPONYM_PARTS.has(toks[i]!.lower) && i < last && toks[i + 1]!.cap) {
      i = i + 2;
      continue;
    }
    if (best) {
      finds.push(best);
      i = best.t1 + 1;
    } else i++;
  }
  return finds;
}

/** A place's first name as the words of an exact key, remembered by name: the same places are found again and again. */
const keyWordsOfName = new Map<string, string>();

function keyWordsOf(name: string): string {
  let k = keyWordsOfName.get(name);
  if (k === undefined) {
    k = name.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/['’‘ʼʿʾ`]/g, '').replace(/[^\p{L}]+/gu, ' ').trim();
    keyWordsOfName.set(name, k);
  }
  return k;
}

function qualityOf(p: GazPlace, ek: string): number {
  return p.names[0] && ek === keyWordsOf(p.names[0]) ? 3 : 2.5;
}

function mkFind(toks: Token[], t0: number, t1: number, candidates: Candidate[], rule: string): Find {
  return { start: toks[t0]!.start, end: toks[t1]!.end, t0, t1, candidates, wanted: null, near: false, rule };
}

// ---------- context: "Raqqa province", "the city of Raqqa", "near Hajin" ----------

const NEAR_BEFORE =
  /\b(near|nearby|outside|around|outskirts of|edges? of|vicinity of|close to|countryside of|suburbs? of|environs of|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?(?: part)? of|km (?:\(\d+ miles\) )?(?:\w+ )?(?:of|from)|kilomet(?:re|er)s? (?:\(\d+ miles\) )?(?:\w+ )?(?:of|from)|miles? (?:\w+ )?(?:of|from))\s+(?:the\s+)?(?:(?:provincial\s+)?capital(?:\s+city)?(?:\s+of)?\s+)?$/i;

function readContext(text: string, toks: Token[], f: Find, gaz: Gazetteer): void {
  const before = text.slice(Math.max(0, f.start - 60), f.start);
  const trigger = before.match(/\b(city|town|village|hamlet|province|governorate|district|region|suburb|neighbou?rhood|area|capital|border town|river)\s+of\s+(?:the\s+)?$/i);
  if (trigger) {
    const w = trigger[1]!.toLowerCase();
    const feat = gaz.rules.unresolvedTriggers[w];
    if (feat && feat !== 'unresolved') f.wanted = feat;
  }
  // "the Syrian town of Dabiq", "the border town of Zakia", "the town Tal Abyad"
  if (!f.wanted && /\b(city|town|village|hamlet)\s+$/i.test(before)) f.wanted = 'populated-place';
  if (NEAR_BEFORE.test(before)) f.near = true;
  // "Rural Aleppo", "rural Idlib": the governorate's countryside, as "Aleppo countryside" is
  if (/\brural\s+$/i.test(before)) {
    f.wanted = 'admin1';
    f.near = true;
  }
  // "Woodbridge, Virginia", "Vermillion, South Dakota": after "Town, " a name far
  // from the war is the region, not a namesake town elsewhere.
  if (!f.wanted && /\p{Lu}[\p{L}.]*,\s*$/u.test(before)) {
    const ps = f.candidates.map((c) => gaz.place(c.index));
    if (ps.some((p) => p.feature === 'admin1') && !ps.some((p) => CORE.has(p.countryCode ?? ''))) f.wanted = 'admin1';
  }
  // Suffix words: "Raqqa province", "the Euphrates River", "Idlib countryside".
  const next = toks[f.t1 + 1];
  if (next && joins(gap(text, toks[f.t1]!, next)) && gap(text, toks[f.t1]!, next) === ' ') {
    const sfx = next.lower;
    if (Object.prototype.hasOwnProperty.call(gaz.rules.suffixWords, sfx)) {
      const feat = gaz.rules.suffixWords[sfx] ?? null;
      if (feat) f.wanted = feat;
      if (sfx === 'countryside' || sfx === 'outskirts' || sfx === 'suburbs') f.near = true;
      if (feat || next.cap) f.end = next.end;
    }
  }
}

// ---------- 2. borders ----------

function findBorders(text: string, gaz: Gazetteer): Find[] {
  const out: Find[] = [];
  const demonyms = gaz.rules.demonymBorders;
  // ("the Turkish border", "the Syrian-Iraqi border": named as written; "Syria's border with Iraq", "the border with
  // Turkey": named by its countries, "Syria-Iraq border", "Turkey border")
  const named = [...text.matchAll(patterns(gaz).border)].map((m) => ({ at: m.index!, mention: m[0], sides: m[1]!, word: m[2]!, with: false }));
  const withs = [...text.matchAll(patterns(gaz).borderWith)].map((m) => ({ at: m.index!, mention: m[0], sides: `${m[1]!.replace(/['’]?s?\s+$/, '')} ${m[3]}`, word: m[2]!, with: true }));
  for (const m of [...named, ...withs]) {
    const parts = m.sides.split(/\s*[-–/]\s*|\s+/).filter(Boolean);
    const ccs = parts.map((p) => demonyms[p]).filter((c): c is string => !!c);
    const cc = ccs.find((c) => c !== 'SY' && c !== 'IQ') ?? ccs[ccs.length - 1] ?? null;
    const name = m.with ? `${parts.join('-')} ${m.word}` : m.mention.replace(/\s+/g, ' ');
    out.push({
      start: m.at, end: m.at + m.mention.length, t0: -1, t1: -1, candidates: [], wanted: 'border', near: false,
      rule: /air|water/.test(m.word) ? 'place.airspace.demonym' : m.with ? 'place.border.with-country' : 'place.border.demonym',
      precision: 2,
      fixed: {
        name: name.replace(/^(.)/, (c) => c.toUpperCase()), feature: /air|water/.test(m.word) ? 'region' : 'border', admin1: null,
        country: cc ? gaz.countryNames.get(cc) ?? null : null, country_code: cc, lat: null, lon: null,
        geonames_id: null, population: null,
      },
    });
  }
  return out;
}

// ---------- 3. places the gazetteer does not know ----------

/** The index of the token that starts at an offset, or -1 (tokens are in text order). */
function tokenStartingAt(toks: Token[], start: number): number {
  let lo = 0, hi = toks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = toks[mid]!.start;
    if (s === start) return mid;
    if (s < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** A letter, a digit or a hyphen: a name written inside a longer word is not the name. */
const WORD_BEFORE = /[\p{L}\p{N}-]$/u;
const WORD_AFTER = /^[\p{L}\p{N}-]/u;

/** Offsets of a name written as a word of its own; a plain search, where a pattern per name would be compiled per article. */
function wordOffsets(text: string, name: string): number[] {
  const out: number[] = [];
  let at = text.indexOf(name);
  while (at >= 0) {
    const end = at + name.length;
    // Two code units either side: a letter outside the basic plane is a surrogate pair.
    if (!WORD_BEFORE.test(text.slice(Math.max(0, at - 2), at)) && !WORD_AFTER.test(text.slice(end, end + 2))) {
      out.push(at);
      at = text.indexOf(name, end);
    } else at = text.indexOf(name, at + 1);
  }
  return out;
}

const PART_WORD = String.raw`(?:district|neighbou?rhood|quarter|suburb)`;
/** The word after an unresolved name that makes it a part of a town: "Seif al-Dawla neighborhood". */
const PART_TRIGGER = new RegExp(`^${PART_WORD}$`, 'i');

/** The country a key names ("syria"), if it names one. */
function countryOfKey(gaz: Gazetteer, k: string): GazPlace | undefined {
  const at = gaz.exact.get(k);
  return at === undefined ? undefined : (Array.isArray(at) ? at : [at]).map((i) => gaz.place(i)).find((p) => p.feature === 'country');
}

/** The article a transliterated name opens with: "al-" of "al-Mreiiyeh". */
const ARTICLE_OF_NAME = /^(?:al|el|ad|ar|as|ash|at|az|an|ez|es|ed)-/i;

function findUnresolved(text: string, toks: Token[], gaz: Gazetteer, known: Find[]): Find[] {
  const out: Find[] = [];
  // (a handful of known finds: their spans are compared, not marked in an array the text's length)
  const covered = (s: number, e: number) => known.some((k) => k.start < e && s < k.end && k.start < k.end);
  const knownAt = new Map(known.map((k) => [k.start, k]));
  const add = (s: number, written: string, trigger: string, within?: GazPlace) => {
    // "Aleppo Syrian Observatory", "Syrias Aleppo": the name ends where a
    // common word, a demonym or a known place begins.
    // ("the village of Bab Alfaraj Syria": a country after the name, its comma lost, is where the village lies)
    const words = written.split(/(?<=\S)(?=[\s-])/);
    let mentionText = '';
    for (const w of words) {
      const k = exactKey(w);
      const part = TOPONYM_PARTS.has(k) || ARTICLES.has(k);
      if (!part && (gaz.stopwords.has(k) || MONTHS_AND_DAYS.has(k) || (k.endsWith('s') && gaz.exact.has(k.slice(0, -1))))) break;
      const country = mentionText && /^\s/.test(w) ? countryOfKey(gaz, k) : undefined;
      if (country) {
        within ??= country;
        break;
      }
      mentionText += w;
    }
    mentionText = mentionText.replace(/[\s-]+$/, '').replace(/[\s-]+(?:al|el|ad|ar|as|ash|at|az|an|ez|es|ed)$/i, '');
    // ("al-Sheikh Yaseen neighborhood": an article alone is no name)
    if (!mentionText || ARTICLES.has(exactKey(mentionText))) return;
    // A name the gazetteer knows was left out by a rule: do not bring it back.
    if (gaz.exact.has(exactKey(mentionText)) || gaz.exact.has(exactKey(mentionText.split(/[\s-]/)[0]!))) return;
    const e = s + mentionText.length;
    if (covered(s, e)) return;
    const feat = gaz.rules.unresolvedTriggers[trigger.toLowerCase()] ?? (/air|camp/i.test(trigger) ? 'landmark' : 'unresolved');
    const t0 = tokenStartingAt(toks, s);
    // ("al-Rashad village ... Diyala's village of Al-Rashad": one place, named as first found)
    const named = out.find((o) => o.fixed!.name.toLowerCase() === mentionText.toLowerCase());
    out.push({
      start: s, end: e, t0, t1: t0, candidates: [], wanted: null, near: false, rule: 'place.unresolved.trigger',
      // (a part of a town is near the town, as precise as the words say)
      precision: feat === 'populated-place' && !PART_TRIGGER.test(trigger) ? 1 : feat === 'admin1' ? 3 : 2,
      fixed: named?.fixed ?? {
        name: mentionText, feature: 'unresolved', admin1: within?.feature === 'admin1' ? within.admin1 : null,
        country: within?.countryCode ? (gaz.countryNames.get(within.countryCode) ?? null) : null, country_code: within?.countryCode ?? null,
        lat: null, lon: null, geonames_id: null, population: null,
      },
    });
  };
  const pt = patterns(gaz);
  for (const m of text.matchAll(pt.unresolvedBefore)) add(m.index! + m[0].length - m[2]!.length, m[2]!, m[1]!);
  for (const m of text.matchAll(pt.unresolvedAfter)) add(m.index!, m[1]!, m[2]!);
  for (const m of text.matchAll(pt.unresolvedListed)) {
    const s = m.index! + m[0].length - m[1]!.length - 2;
    // only when what follows the comma is a known region or country
    const next = knownAt.get(s + m[1]!.length + 2);
    const top = next?.candidates[0] ? gaz.place(next.candidates[0].index) : null;
    // ("Woodbridge, Virginia": the province or country after the comma is where the town lies)
    if (top && (top.feature === 'admin1' || top.feature === 'country')) add(s, m[1]!, 'town', top);
  }
  // "the village of Thalthana ... Thalthana lies near Al-Bab": the name found once is that place wherever it is named again
  // (a name found twice is looked for once: the first pass takes every place it is written)
  // ("al-Mreiiyeh village ... the surroundings of al-Mreiiyeh": a name behind its article is a name too,
  // its article capitalised or not)
  const looked = new Set<string>();
  for (const f of [...out]) {
    const name = f.fixed!.name;
    const article = ARTICLE_OF_NAME.exec(name)?.[0] ?? '';
    const core = name.slice(article.length);
    if (core.length < 4 || !/^\p{Lu}/u.test(core) || looked.has(name)) continue;
    looked.add(name);
    const written = article ? [name, article[0]!.toUpperCase() + name.slice(1), article[0]!.toLowerCase() + name.slice(1)] : [name];
    for (const w of new Set(written)) {
      for (const s of wordOffsets(text, w)) {
        const e = s + w.length;
        if (covered(s, e) || out.some((o) => s < o.end && o.start < e)) continue;
        const t = tokenStartingAt(toks, s);
        out.push({ ...f, start: s, end: e, t0: t, t1: t, rule: 'place.unresolved.named-again' });
      }
    }
  }
  return out;
}

// ---------- 3b. coordinates: "33°47′N 44°30′E", "33.783°N 44.500°E", "33.783; 44.500" ----------

const DMS = /(\d{1,2})°\s?(\d{1,2})['′](?:\s?(\d{1,2}(?:\.\d+)?)["″])?\s?([NS])[,\s]+(\d{1,3})°\s?(\d{1,2})['′](?:\s?(\d{1,2}(?:\.\d+)?)["″])?\s?([EW])/g;
const DECIMAL_HEMI = /(\d{1,2}(?:\.\d+)?)°\s?([NS])[,\s]+(\d{1,3}(?:\.\d+)?)°\s?([EW])/g;
const DECIMAL_PAIR = /(?<![\d.])(-?\d{1,2}\.\d{3,})\s*;\s*(-?\d{1,3}\.\d{3,})(?![\d.])/g;

function findCoordinates(text: string): Find[] {
  const out: Find[] = [];
  const add = (start: number, written: string, lat: number, lon: number) => {
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return;
    out.push({
      start, end: start + written.length, t0: -1, t1: -1, candidates: [], wanted: null, near: false, rule: 'place.coordinates',
      precision: 1,
      fixed: {
        name: written, feature: 'landmark', admin1: null, country: null, country_code: null,
        lat: Math.round(lat * 10000) / 10000, lon: Math.round(lon * 10000) / 10000, geonames_id: null, population: null,
      },
    });
  };
  const deg = (d: string, m: string, s: string | undefined, h: string) => (Number(d) + Number(m) / 60 + Number(s ?? 0) / 3600) * (h === 'S' || h === 'W' ? -1 : 1);
  for (const m of text.matchAll(DMS)) add(m.index!, m[0], deg(m[1]!, m[2]!, m[3], m[4]!), deg(m[5]!, m[6]!, m[7], m[8]!));
  for (const m of text.matchAll(DECIMAL_HEMI)) {
    add(m.index!, m[0], Number(m[1]) * (m[2] === 'S' ? -1 : 1), Number(m[3]) * (m[4] === 'W' ? -1 : 1));
  }
  for (const m of text.matchAll(DECIMAL_PAIR)) add(m.index!, m[0], Number(m[1]), Number(m[2]));
  return out;
}

// ---------- 4. not places ----------

const isDemonym = (r: Gazetteer['rules'], word: string) => Object.prototype.hasOwnProperty.call(r.demonymBorders, word);

/** Why a find is not a place mention, or null when it is one. */
function nonPlaceReason(text: string, toks: Token[], f: Find, gaz: Gazetteer, starts: Set<number>, titleCase: Set<number>, placeTokens: Set<number>): string | null {
  const r = gaz.rules;
  const after = text.slice(f.end, f.end + 40);
  const before = text.slice(Math.max(0, f.start - 40), f.start);
  // "Britain-based monitor", "UK-based Syrian Observatory", "Russian-backed"
  const attr = after.match(/^[-–]([a-z]+)/);
  if (attr && r.attributiveSuffixes.includes(attr[1]!)) return 'place.attributive.x-based';
  // "pro-Damascus newspaper", "anti-Damascus rebels"
  if (/\b(pro|anti|non|ex|post|pre)[-–]$/i.test(before)) return 'place.attributive.pro-x';
  // "the al-Raqqa road", "the Damascus-Aleppo highway"
  const pt = patterns(gaz);
  if (pt.roadAfter.test(after)) return 'place.road.named-after';
  if (pt.roadBefore.test(before.slice(-12)) && /^[-–]/.test(text.slice(f.start - 1, f.start))) return 'place.road.named-after';
  // "Minister for the Middle East", "HRW's deputy Middle East director"
  if (/\b(?:Minister|Secretary|Envoy|Commissioner|Coordinator|Representative|Director|Ambassador-at-large)\s+(?:for|on)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?$/.test(before)) return 'place.attributive.job-title';
  if (/^\s+(?:director|directors|envoy|correspondent|editor|desk|analyst|researcher|specialist|expert|bureau chief|programme|program|division)\b/.test(after)) return 'place.attributive.job-title';
  // "Islamic State of Iraq and the Levant", "Islamic State in Iraq and Syria", "al-Qaeda in Iraq"
  // ("clashed with Islamic State in Manbij" names where: only the group's own names are cut)
  if (/\b(?:State|Qaeda|Qaida)\s+(?:of|in)\s+(?:Iraq\s+and\s+(?:the\s+|al-)?)?$/.test(before) && /^(?:Iraq|Syria|Levant|Sham|the Levant|al-Sham|Yemen|Libya|Sinai|the Arabian Peninsula|the Islamic Maghreb)$/i.test(text.slice(f.start, f.end))) return 'place.org-name.islamic-state';
  if (f.t0 < 0) return null;
  // "Deir Ezzor 24" (a news site), "Aleppo 24" (not a count whose comma the page lost: "In Idleb province 10 terrorists
  // were killed", "in Aleppo 12 people died")
  // ("sources told Kurdistan 24 only three were killed": the news sites "Kurdistan 24" and "France 24", whatever count follows)
  if ((NUMBERED_OUTLET_AFTER.test(after) || (/^ 24\b/.test(after) && /^(?:Kurdistan|France)$/i.test(text.slice(f.start, f.end)))) && !FEATURE_WORD_LAST.test(text.slice(f.start, f.end))) return 'place.outlet.numbered';
  // "according to the Al Mayadeen broadcaster": a channel named after a place
  if (OUTLET_AFTER.test(after)) return 'place.outlet.named';
  const next = toks[f.t1 + 1];
  const nextGap = next ? gap(text, toks[f.t1]!, next) : '';
  const endsAtName = f.end === toks[f.t1]!.end;
  // "kill 34 civilians in Syria's Deir Ezzor Monitor AFP": a headline's attribution follows the place
  const headlineTail = !!next && NEWS_TAIL.has(next.lower) && LOCATIVE.test(before.replace(/\b(?:Syria|Iraq)['’]?s\s+$/, ''));
  // "Syrian Observatory", "Aleppo Media Center", "Euphrates Shield", "Raqqa Military Council"
  for (let k = f.t1 + 1; k <= f.t1 + 2 && k < toks.length; k++) {
    const t = toks[k]!;
    if (gap(text, toks[k - 1]!, t) !== ' ' || !t.cap) break;
    if (r.orgWords.includes(t.lower) && !(headlineTail && k === f.t1 + 1)) return 'place.org-name.suffix';
  }
  let prevAt = f.t0 - 1;
  // "Foreign Minister Al-Jubeir": look past an article the name did not take.
  if (prevAt >= 1 && ARTICLES.has(toks[prevAt]!.lower) && gap(text, toks[prevAt]!, toks[f.t0]!) === '-') prevAt--;
  const prev = prevAt >= 0 ? toks[prevAt] : undefined;
  const first = toks[prevAt + 1]!;
  if (prev && gap(text, prev, first) === ' ' && prev.cap && r.orgWords.includes(prev.lower) && !opensClause(text, toks, prevAt, starts)) {
    return 'place.org-name.prefix';
  }
  if (titleCase.has(f.t0)) return null;
  // A name inside a longer run of capitalised words is part of another name:
  // "Observatory chief Rami Abdel Rahman said" is not the village of Rahman.
  if (prev && gap(text, prev, first) === ' ' && prev.cap && !opensClause(text, toks, prevAt, starts) && !placeTokens.has(prevAt)
      && !r.prefixWords.includes(prev.lower) && !MONTHS_AND_DAYS.has(prev.lower) && !isDemonym(r, prev.text)) {
    return 'place.person.inside-name';
  }
  if (endsAtName && next && nextGap === ' ' && next.cap && !headlineTail && !placeTokens.has(f.t1 + 1) && !MONTHS_AND_DAYS.has(next.lower) && !PERSON_OF_PLACE_BEFORE.test(before)
      && !Object.prototype.hasOwnProperty.call(r.suffixWords, next.lower) && next.text !== next.text.toUpperCase()
      // "in Aleppo Syrian state television reported": a demonym after the name begins the next phrase
      && !isDemonym(r, next.text)) {
    return 'place.person.inside-name';
  }
  // "US forces", "the UK said": only "in the US" is a place.
  const ek = toks.slice(f.t0, f.t1 + 1).map((t) => t.lower).join(' ');
  if (ABBREVIATIONS.has(ek) && !LOCATIVE.test(before)) return 'place.abbreviation.not-locative';
  return null;
}

// ---------- 5. resolution ----------

/** The province a resolved place is in, or is: "Raqqa province" is its own. */
export const provinceOf = (p: ResolvedPlace): string | null => (p.feature === 'admin1' ? p.name : p.admin1);

export function km(a: { lat: number | null; lon: number | null }, b: { lat: number | null; lon: number | null }): number {
  if (a.lat == null || a.lon == null || b.lat == null || b.lon == null) return Infinity;
  const r = Math.PI / 180;
  const dLat = (b.lat - a.lat) * r, dLon = (b.lon - a.lon) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

interface Context {
  countries: Set<string>;
  anchors: GazPlace[];
  /** The town the article names most often, three times or more: where its story is. */
  main?: GazPlace | null;
}

function score(p: GazPlace, c: Candidate, f: Find | null, ctx: Context): number {
  let s = c.quality;
  const wanted = f?.wanted ?? null;
  if (wanted) {
    if (p.feature === wanted) s += 4;
    else if (wanted === 'populated-place' && p.feature !== 'populated-place') s -= 2;
  } else if (p.feature === 'country') s += 2;
  else if (p.feature === 'admin1') s += 1.5;
  else if (p.feature === 'populated-place') s += 0.5;
  // A small town far from the war is rarely what a bare name means here
  // ("Woodbridge, Virginia" is the state, not Virginia in South Africa).
  if (p.feature === 'populated-place' && p.population < CITY_POPULATION && !CORE.has(p.countryCode ?? '') && !NEIGHBOURS.has(p.countryCode ?? '')) s -= 1.5;
  else if (p.feature === 'river' || p.feature === 'region') s += 1;
  s += Math.log10(p.population + 1) * 0.4;
  if (p.countryCode) {
    if (ctx.countries.has(p.countryCode)) s += 2.5;
    if (CORE.has(p.countryCode)) s += 3;
    else if (NEIGHBOURS.has(p.countryCode)) s += 0.5;
  }
  if (p.lat != null && ctx.anchors.some((a) => a !== p && km(a, p) < 150)) s += 2;
  // ("the nearby town of Hader" in a story told from Aleppo: the namesake near the story's place)
  if (p.feature === 'populated-place' && p.lat != null && ctx.main && km(ctx.main, p) < 150) s += 1.5;
  return s;
}

function best(gaz: Gazetteer, f: Find, ctx: Context): GazPlace {
  let top = f.candidates[0]!, topScore = -Infinity;
  for (const c of f.candidates) {
    const s = score(gaz.place(c.index), c, f, ctx);
    if (s > topScore) { topScore = s; top = c; }
  }
  return gaz.place(top.index);
}

export function toResolved(p: GazPlace, gaz: Gazetteer): ResolvedPlace {
  return {
    name: p.name,
    feature: p.feature,
    admin1: p.feature === 'country' ? null : p.admin1,
    country: p.countryCode ? gaz.countryNames.get(p.countryCode) ?? null : null,
    country_code: p.countryCode,
    lat: p.lat,
    lon: p.lon,
    geonames_id: p.geonamesId,
    population: p.population || null,
  };
}

function precisionOf(p: GazPlace, f: Find): 1 | 2 | 3 {
  switch (p.feature) {
    case 'populated-place':
    case 'landmark':
      return f.near ? 2 : 1;
    case 'admin2':
    case 'region':
    case 'river':
    case 'border':
      return 2;
    case 'admin1':
      return f.near ? 2 : 3;
    default:
      return 3;
  }
}

function removeOverlaps(finds: Find[], textLength: number): Find[] {
  // Longer first, then earlier; a find overlapping a kept one is dropped.
  const sorted = [...finds].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(textLength + 1);
  const kept: Find[] = [];
  for (const f of sorted) {
    let free = true;
    for (let k = f.start; k < f.end && free; k++) if (taken[k]) free = false;
    if (!free) continue;
    taken.fill(1, f.start, f.end);
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const LOCATIVE_BEFORE =
  /\b(?:in|at|from|to|into|near|outside|inside|across|throughout|within|around|toward|towards|via|visited|visiting|visit|borders|bordering|bordered|of|(?:north|south|east|west)(?:ern|-?east(?:ern)?|-?west(?:ern)?)?)\s+(?:the\s+)?$/i;
const STRICT_LOCATIVE_BEFORE =
  /\b(?:in|at|from|into|inside|across|throughout|within|central|(?:north|south|east|west)(?:ern|-?east(?:ern)?|-?west(?:ern)?)?)\s+(?:the\s+)?$/i;
const ACTOR_AFTER =
  /^(?:['’]s?\b|\s+(?:has|have|had|is|was|will|would|could|should|must|may|might|can|said|says|say|accused|accuses|condemns|condemned|remains|stands|launched|launches|warned|warns|denied|denies|announced|agreed|wants|supports|supported|backed|backs|sent|sends|deploys|deployed|urged|urges|called|calls|claimed|claims|insisted|rejected|threatened|vowed|responded|retaliated|demanded|does|did|continues|continued|strongly|also|itself|hopes|believes|considers|recognizes|recognises|expressed|expresses|signed|signs|pledged|pledges|committed)\b)/;

// ("A civil defense official in Idlib Leys el-Faris told Anadolu": a page that lost its commas names the person after the
// place the official is of)
const PERSON_OF_PLACE_BEFORE = /\b(?:official|officials|spokes(?:man|woman|person)|activist|commander|correspondent|reporter|journalist|director|head|chief|doctor|physician|resident|source|member|governor|mayor)\s+(?:in|from|at|of)\s+(?:the\s+)?$/i;
const STATE_SUFFERS_AFTER = /^\s+(?:has|have|had)\s+been\b/;
/** "and Iraq", "and the United Kingdom": a second name after a first, up to the words after it. */
// (within the sentence: "U.S." keeps its periods, "Iran. SANA said" ends before the period)
const COORDINATED_AFTER = /^\s+and\s+(?:the\s+)?(?:\p{Lu}\p{L}*(?:\.\p{Lu}\.?)*\s+){1,3}/u;
// "al-Shishani", "al-Hamawi": a name of origin ending in -i, not the name of a school, street or quarter
const NISBA_AFTER = /^\s+(?:al|el|Al|El)-\p{Lu}\p{Ll}+i\b(?!\s+(?:[Ss]chool|[Mm]osque|[Hh]ospital|[Ss]treet|[Ss]quare|[Nn]eighbou?rhood|[Dd]istrict|[Qq]uarter|[Aa]rea|[Vv]illage|[Tt]own|[Cc]amp|[Rr]oundabout|[Mm]arket|[Rr]oad|[Bb]ridge)\b)/u;
const ARTICLE_START = /^(?:al|el|ad|ar|as|ash|at|az|an|ez|es|ed)[-\s]/i;
const STATE_AS_SUBJECT_BEFORE = /\b(?:inquiry|commission|envoy|talks|conference|resolution|report|policy|strategy|coordinator|representative|mission)\s+(?:on|for|in|into|about|to)\s+(?:the\s+)?$/i;

/**
 * Drops uses of a name that are not about a place: a country acting as a
 * state ("Syria has accused Israel", "Turkey's constitution", "our ally
 * Turkey"), and a small city far from the war named without any locative
 * word ("Foreign Secretary Philip Hammond", "Davis said").
 */
function isActorOrNameUse(text: string, f: Find, p: GazPlace, countries: Set<string>): string | null {
  const before = text.slice(Math.max(0, f.start - 40), f.start);
  const after = text.slice(f.end, f.end + 30);
  if (p.feature === 'country') {
    // "our ally Turkey", "Syria has accused Israel", "the Foreign Ministers of Iran"
    if (/\b(?:ally|allies|partner|partners|accused|accuses|accusing|warned|warning|urged|urging|thanked|thank|congratulated?)\s+$/i.test(before)) return 'place.country.as-actor';
    // "war with Israel", "talks with Turkey and Qatar", "attacks against the United States"
    // (but "the border with Turkey" is a place)
    if (/\b(?:with|against)\s+(?:the\s+)?$/i.test(before) && !/\b(?:border|frontier|borders)(?:\s+(?:crossings?|posts?|gates?|areas?|towns?|regions?))?\s+with\s+(?:the\s+)?$/i.test(before)) return 'place.country.as-actor';
    if (/\b(?:Ministers?|Ministry|Affairs|Government|government|President|King|Emir|leaders?|Embassy|embassy|Ambassadors?|ambassadors?|delegations?)\s+of\s+(?:the\s+)?$/.test(before)) return 'place.country.as-actor';
    // "a threat to the UK", "support to Syria": the state helped or threatened
    if (/\b(?:threats?|support|aid|assistance|help|commitment|loans?|funding)\s+(?:to|for)\s+(?:the\s+)?$/i.test(before)) return 'place.country.as-actor';
    // "commitment to support Iraq", "will enable Iraq to access": the state as the one helped
    if (/\b(?:support|supports|supporting|supported|help|helps|helping|helped|enable|enables|enabling|enabled|assist|assists|assisting|assisted)\s+(?:the\s+)?$/i.test(before)) return 'place.country.as-actor';
    // "a step in the process for Iraq to obtain", "time for Turkey to act": the state that is to act
    if (/\bfor\s+(?:the\s+)?$/i.test(before) && /^\s+to\s+\p{Ll}/u.test(after)) return 'place.country.as-actor';
    // "Today, the United States and Iraq signed": the first of two states acting together
    const coordinated = COORDINATED_AFTER.exec(after);
    if (coordinated && ACTOR_AFTER.test(after.slice(coordinated[0].length - 1)) && !LOCATIVE_BEFORE.test(before)) return 'place.country.as-actor';
    // "the international community - including Russia and Iran - must": members of a body of states
    if (/\b(?:community|countries|powers|nations|states|members|allies|partners|coalition)\s*[,–—-]?\s*(?:including|such as|like|among them)\s+(?:the\s+)?$/i.test(before)) return 'place.country.as-actor';
    // "Turkey's constitution" (but "in Syria's Idlib province" is a place)
    // (a possessive says least: "much of Syria's eastern desert" is the land, not the state)
    if (/^['’](?:s\b|\s)/.test(after) || f.rule === 'place.gazetteer.bare-possessive') return STRICT_LOCATIVE_BEFORE.test(before) ? null : 'place.country.possessive';
    if (ACTOR_AFTER.test(after) && !LOCATIVE_BEFORE.test(before)) return 'place.country.as-actor';
    return null;
  }
  if ((p.feature !== 'populated-place' && p.feature !== 'admin1') || f.wanted === 'populated-place' || !f.rule.startsWith('place.gazetteer.')) return null;
  // ("commanders Abu Omar al-Shishani and Salahuddin al-Shishani", "Obeida al-Hamawi of the activist-run Hama Media Center":
  // a given name the gazetteer also knows as a place, followed by a family name of origin, is a person)
  // (a place's own name may start with an article, a given name does not: "the neighborhoods of al-Hamidiyeh al-Aradi")
  if (NISBA_AFTER.test(after) && !STRICT_LOCATIVE_BEFORE.test(before) && !ARTICLE_START.test(text.slice(f.start, f.end))) return 'place.part-of-person-name';
  const cc = p.countryCode ?? '';
  // "Karaj al-Hajz corridor" in Aleppo: an Arabic name goes on past the foreign town's name
  if (!WAR_ZONE.has(cc) && /^\s+(?:al|el|as|ash|ad|ar|az|at)-\p{L}/u.test(after)) return 'place.part-of-arabic-name';
  // Curated entries (Arsal, Incirlik) were added for this news: no introduction needed.
  if (WAR_ZONE.has(cc) || !p.id.startsWith('gn:') && !p.id.startsWith('admin1:') || p.population >= 1_000_000 || f.t0 < 0) return null;
  // "Vermillion, South Dakota", "Woodbridge, Virginia"
  const listedWithRegion = /^,\s*[A-Z]/.test(after) || /[A-Z][\p{L}.]*,\s*$/u.test(before);
  // A village in Jordan or a town in Utah in an article about Syria that never
  // names Jordan or the US is a Syrian name the gazetteer lacks ("Bustan al-Qasr").
  if (!countries.has(cc) && p.population < 150_000 && !listedWithRegion) return 'place.far.country-not-named';
  if (p.feature === 'admin1') return null;
  // "condolences to Dayton's family": a person's possessive
  if (/^['’]s\b/.test(after)) return 'place.world.no-locative';
  if (LOCATIVE_BEFORE.test(before)) return null;
  // "Vermillion, South Dakota", "Woodbridge, Virginia"
  if (/^,\s*[A-Z]/.test(after)) return null;
  return 'place.world.no-locative';
}

/** A place's name with a number, as news sites call themselves ("Deir Ezzor 24"), not with the count that begins a clause. */
const NUMBERED_OUTLET_AFTER =
  /^ \d+\b(?!\s+(?:[\p{L}-]+\s+){0,3}?(?:people|persons|civilians|terrorists|militants|jihadists|fighters|soldiers|troops|members|rebels|children|women|men|others|were|was|have|had|killed|dead|wounded|injured)\b)/u;
const FEATURE_WORD_LAST = /\s(?:province|governorate|city|town|village|countryside|district|region)$/i;

/** A mention built field by field: spreading a span object into each one cost this stage a twelfth of its time. */
function placeMention(f: Find, text: string, place: ResolvedPlace, rule: string, geoPrecision: 1 | 2 | 3): PlaceMention {
  return { start: f.start, end: f.end, text, place, rule, geoPrecision };
}

/** Every place mention of the article, resolved to a gazetteer entry or reported as unresolved. */
export function findPlaceMentions(doc: ArticleDoc, gaz: Gazetteer): PlaceMention[] {
  return findPlacesAndStates(doc, gaz).places;
}

/**
 * The places an article talks about, and apart from them the countries it
 * names acting as states ("the Foreign Ministers of Iran, Saudi Arabia and
 * Turkey", "talks with Qatar", "Russia has denied"): no place of the story,
 * but parties to it.
 */
export function findPlacesAndStates(doc: ArticleDoc, gaz: Gazetteer): { places: PlaceMention[]; states: PlaceMention[] } {
  const text = doc.text;
  if (!text || gaz.size === 0) return { places: [], states: [] };
  const toks = tokenize(text);
  const starts = sentenceStarts(doc);
  const titleCase = titleCaseLines(text, toks, [...starts].sort((a, b) => a - b));
  const names = scanPlaceNames(text, toks, gaz);
  for (const f of names) readContext(text, toks, f, gaz);
  const placeTokens = new Set<number>();
  for (const f of names) for (let k = f.t0; k <= f.t1; k++) placeTokens.add(k);
  // Text that lost its apostrophes ("in Syrias Deir Ezzor", "Aleppo Syrias largest
  // city"): a place name with a bare possessive s is still a place word.
  toks.forEach((t, k) => {
    if (t.cap && t.lower.length > 4 && t.lower.endsWith('s') && gaz.exact.has(t.lower.slice(0, -1))) placeTokens.add(k);
  });
  const kept = names.filter((f) => !nonPlaceReason(text, toks, f, gaz, starts, titleCase, placeTokens));
  const borders = findBorders(text, gaz).filter((f) => !nonPlaceReason(text, toks, f, gaz, starts, titleCase, placeTokens));
  const unresolved = findUnresolved(text, toks, gaz, [...kept, ...borders]);
  const finds = removeOverlaps([...findCoordinates(text), ...borders, ...kept, ...unresolved], text.length);

  // First pass: the article's countries and its unambiguous places.
  const ctx: Context = { countries: new Set(), anchors: [] };
  for (const f of finds) {
    if (!f.candidates.length) continue;
    const ps = f.candidates.map((c) => gaz.place(c.index));
    if (ps.every((p) => p.feature === 'country')) ctx.countries.add(ps[0]!.countryCode!);
  }
  const mentionedCountries = new Set(ctx.countries);
  const first = finds.map((f) => (f.candidates.length ? best(gaz, f, ctx) : null));
  // Second pass: near the article's other places. Each place once: an article
  // that names Aleppo a thousand times has one anchor there, not a thousand.
  const anchors = new Set<GazPlace>();
  for (const p of first) if (p && p.feature !== 'country' && p.lat != null) anchors.add(p);
  ctx.anchors.push(...anchors);
  ctx.main = mainPlace(first);
  for (const p of first) if (p?.countryCode && p.feature !== 'country' && CORE.has(p.countryCode)) ctx.countries.add(p.countryCode);
  const out: PlaceMention[] = [];
  const states: PlaceMention[] = [];
  let lastActorEnd = -1;
  let lastKeptEnd = -1;
  finds.forEach((f, i) => {
    const name = text.slice(f.start, f.end);
    if (f.fixed) {
      out.push(placeMention(f, name, f.fixed, f.rule, f.precision ?? 2));
      return;
    }
    let p = f.candidates.length > 1 ? best(gaz, f, { countries: ctx.countries, anchors: ctx.anchors.filter((a) => a !== first[i]), main: ctx.main }) : first[i]!;
    // The candidates the words around the name allow; with none, the name is anchored in
    // the place those words name (true: the mention is out)
    const narrowOrAnchor = (fits: (q: GazPlace) => boolean, where: GazPlace, rule: string): boolean => {
      const allowed = f.candidates.filter((c) => fits(gaz.place(c.index)));
      if (allowed.length) {
        p = best(gaz, { ...f, candidates: allowed }, ctx);
        return false;
      }
      // (named as the words name it, less the kind of place: "Hanida village" is Hanida)
      out.push(placeMention(f, name, anchoredIn(toResolved(where, gaz), name.replace(/\s+(?:village|town|city)$/i, '')), rule, 2));
      lastKeptEnd = f.end;
      return true;
    };
    const local = () => p.feature !== 'admin1' && p.feature !== 'country';
    // "the village of Qassiab in Hasakeh province": the province says where the village is
    const province = provinceAfter(text, finds, first, i);
    const provinceName = province && (province.admin1 ?? province.name);
    if (province && local() && !sameProvince(gaz, p.admin1, provinceName) && narrowOrAnchor((q) => sameProvince(gaz, q.admin1, provinceName), province, 'place.in-province')) return;
    // ("In the eastern countryside of Homs province the air force struck ... north of Palmyra city and to the north of
    // al-Buseiri village": a village told in the province the sentence set, not a namesake in Deir ez-Zor)
    const before = !province && local() && calledA('village', text, f) ? provinceBefore(text, finds, first, i) : null;
    const beforeName = before && (before.admin1 ?? before.name);
    if (before && !sameProvince(gaz, p.admin1, beforeName) && narrowOrAnchor((q) => sameProvince(gaz, q.admin1, beforeName), before, 'place.in-province-before')) return;
    // "al-Bureij northeast of Aleppo": a namesake far from the place it is told to be near gives way
    // (as far as the words say: "Baiji, some 200 km north of Baghdad")
    const ref = referenceAfter(text, finds, first, i);
    const reach = ref ? Math.max(NEAR_KM, statedKm(text.slice(f.end, finds[i + 1]?.start ?? f.end)) * 1.5) : NEAR_KM;
    if (ref && local() && (p.lat == null || km(p, ref) > reach) && narrowOrAnchor((q) => q.lat != null && km(q, ref) <= reach, ref, 'place.near-reference')) return;
    // "in Syria and Iraq continued": the second of a list shares the first's use.
    // ("attacks inside Turkey, the United States is committed ...": a comma then a subject is no list)
    const between = lastKeptEnd >= 0 ? text.slice(lastKeptEnd, f.start) : '';
    const afterKept = p.feature === 'country' && lastKeptEnd >= 0 && /^(?:,\s*|,?\s+and\s+)(?:the\s+)?$/.test(between) && !(/^,\s*(?:the\s+)?$/.test(between) && ACTOR_AFTER.test(text.slice(f.end, f.end + 30)));
    const why = afterKept ? null : isActorOrNameUse(text, f, p, mentionedCountries);
    // A list goes on as it started: "the Foreign Ministers of Iran, Saudi Arabia, Emirates, Turkey"
    const listed = p.feature === 'country' && lastActorEnd >= 0 && /^(?:,\s*|,?\s+and\s+)(?:the\s+)?$/.test(text.slice(lastActorEnd, f.start));
    if (why === 'place.country.as-actor' || why === 'place.country.possessive' || listed) {
      lastActorEnd = f.end;
      // (a state acts; "Syria has been locked in a civil war" is the land it suffers; "a strike near Manbij Syria may
      // have", "Aid to Syrias Hama": a country right after or before a town, the comma or apostrophe lost, is the town's)
      const next = first[i + 1];
      const ofTown =
        (/^\s+$/.test(between) && out.length > 0 && out[out.length - 1]!.place.feature !== 'country') ||
        (!!next && next.feature !== 'country' && /^(?:['’]s|s)?\s+$/.test(text.slice(f.end, finds[i + 1]!.start)));
      // ("The U.N. commission of inquiry on Syria called", "envoy for Syria": the country a body works on is its subject)
      const subject = STATE_AS_SUBJECT_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start));
      if (p.feature === 'country' && why !== 'place.country.possessive' && !ofTown && !subject && !STATE_SUFFERS_AFTER.test(text.slice(f.end, f.end + 30))) states.push(placeMention(f, name, toResolved(p, gaz), why ?? 'place.country.as-actor.listed', 3));
    }
    if (why || listed) return;
    lastKeptEnd = f.end;
    out.push(placeMention(f, name, toResolved(p, gaz), f.rule, precisionOf(p, f)));
  });
  const placed = withinTheCity(text, out);
  // (the parts and villages placed at home only add to the story's country: it is the same for both)
  const home = storyCountry(placed);
  return { places: home ? hamletOfList(text, villageOfStory(text, partOfStoryCity(text, placed, home), home, mentionedCountries), home) : placed, states };
}

const PROVINCE_BETWEEN = /^(?:\s+(?:town|village|city|area|district|neighbou?rhood))?\s*,?\s*(?:in|of)\s+(?:the\s+)?(?:\w+\s+)?$/i;
// ("al-Nueima town in the countryside of Daraa", "in the western countryside of the province of Hama")
const SIDE_OF_PROVINCE = String.raw`(?:(?:north|south|east|west)(?:-?(?:east|west))?ern|central)`;
const PROVINCE_OF_BETWEEN = new RegExp(String.raw`^(?:\s+(?:town|village|city|area|district|neighbou?rhood))?\s*,?\s*in\s+(?:the\s+)?(?:${SIDE_OF_PROVINCE}\s+)?(?:countryside|province|governorate)\s+of\s+(?:the\s+)?$`, 'i');
const PROVINCE_WORD_AFTER = new RegExp(String.raw`^(?:['’]?s)?\s+(?:${SIDE_OF_PROVINCE}\s+)?(?:countryside|province|governorate)\b`, 'i');

/** The town the first pass found most often, when found three times or more (ties: none). */
function mainPlace(first: (GazPlace | null)[]): GazPlace | null {
  const counts = new Map<GazPlace, number>();
  for (const p of first) if (p && p.feature === 'populated-place' && p.lat != null) counts.set(p, (counts.get(p) ?? 0) + 1);
  let top: GazPlace | null = null, n = 0, tie = false;
  for (const [p, c] of counts) {
    if (c > n) [top, n, tie] = [p, c, false];
    else if (c === n) tie = true;
  }
  return n >= 3 && !tie ? top : null;
}

/** How far before a village the province its sentence sets may be named. */
const PROVINCE_BEFORE_VILLAGE_CHARS = 250;

/**
 * The province a sentence names before a place, when no sentence end and no place of another province
 * stands between them: "In the eastern countryside of Homs province ... north of Palmyra city and ... al-Buseiri village".
 */
function provinceBefore(text: string, finds: Find[], first: (GazPlace | null)[], i: number): GazPlace | null {
  const at = finds[i]!.start;
  const between: string[] = [];
  for (let j = i - 1; j >= 0; j--) {
    const g = finds[j]!, gp = first[j];
    if (at - g.end > PROVINCE_BEFORE_VILLAGE_CHARS || /[.!?]\s/.test(text.slice(g.end, at))) return null;
    if (!gp) continue;
    // (a place of another province between: "In Homs province ... while in Deir Ezzor the village of ...")
    if (gp.feature === 'admin1') return between.every((a) => a === (gp.admin1 ?? gp.name)) ? gp : null;
    if (gp.feature === 'populated-place' && gp.admin1) between.push(gp.admin1);
  }
  return null;
}

/** The province named right after a place: "Qassiab in Hasakeh province", "Talbisseh in Syrias Homs province", "al-Hader town in Aleppos southern countryside". */
function provinceAfter(text: string, finds: Find[], first: (GazPlace | null)[], i: number): GazPlace | null {
  const g = finds[i + 1], gp = first[i + 1];
  if (!g || !gp) return null;
  // ("al-Hader town in Aleppos southern countryside": a province told by its seat's name)
  const between = text.slice(finds[i]!.end, g.start);
  const ofProvince = PROVINCE_OF_BETWEEN.test(between);
  const seatAsProvince = gp.feature === 'populated-place' && !!gp.admin1 && (ofProvince || PROVINCE_WORD_AFTER.test(text.slice(g.end, g.end + 40)));
  if (gp.feature !== 'admin1' && !seatAsProvince) return null;
  // "in the Northern Province of Aleppo": the province named after "of" is the one meant
  if (/^\s+of\s/i.test(text.slice(g.end, g.end + 5))) return null;
  return ofProvince || PROVINCE_BETWEEN.test(between) ? gp : null;
}

/** How far "north of Aleppo" can reach ("al-Qaryatain west of Palmyra" is 102 km from it). */
const NEAR_KM = 120;
/** "about 20 km (12 miles) northeast": the distance and the compass word that tell where a place lies from another. */
export const DISTANCE_SRC = String.raw`(?:(?:about|some|around|nearly|roughly)\s+)?(?:\d[\d.,]*\s*(?:km|kilometres|kilometers|miles)\s+(?:\(\d[\d.,]*\s*(?:km|kilometres|kilometers|miles)\)\s+)?)?`;
export const COMPASS_SRC = String.raw`(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?`;
// ("Hanida village to the west from Syrias Raqqa": a translation's wording)
const DIRECTION_OF = new RegExp(String.raw`^\s*(?:(?:village|town|city|area)\s+)?,?\s*${DISTANCE_SRC}(?:to\s+the\s+)?${COMPASS_SRC}\s+(?:of|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$`, 'i');

/** The distance the words between a place and its reference state, in km ("some 200 km", "120 miles"); 0 when none. */
function statedKm(between: string): number {
  const m = /(\d[\d.,]*)\s*(km|kilometres|kilometers|miles)\b/i.exec(between);
  if (!m) return 0;
  const n = Number(m[1]!.replace(/,/g, ''));
  return Number.isFinite(n) ? n * (/^miles$/i.test(m[2]!) ? 1.609 : 1) : 0;
}

/** The place named as a reference right after a place: "al-Bureij northeast of Aleppo", "Tal Qarrah, 20 km north of Aleppo". */
function referenceAfter(text: string, finds: Find[], first: (GazPlace | null)[], i: number): GazPlace | null {
  let j = i + 1;
  // ("west from Syrias Raqqa", "west of Syria's Raqqa": the country that holds the reference)
  if (first[j]?.feature === 'country' && finds[j + 1] && /^['’]?s?\s+$/.test(text.slice(finds[j]!.end, finds[j + 1]!.start))) j++;
  const g = finds[j], gp = first[j];
  if (!g || !gp || gp.lat == null || gp.feature === 'country') return null;
  return DIRECTION_OF.test(text.slice(finds[i]!.end, g.start)) ? gp : null;
}

// ("al-Mshairfeh residential neighborhood in Hasaka city": a word that says what kind of part may come first)
const PART_KIND = String.raw`(?:(?:residential|old|popular|industrial|central|(?:north|south)?(?:east|west)ern|northern|southern|[\p{L}]+-(?:held|controlled|besieged))\s+)?`;
const PART_OF_AFTER = new RegExp(String.raw`^\s+(?:${PART_KIND}${PART_WORD}\s+)?(?:of|in)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$`, 'iu');
const PART_WORD_LAST = new RegExp(String.raw`\s${PART_WORD}$`, 'i');
const PART_WORD_BEFORE = new RegExp(String.raw`\b${PART_WORD}\s+of\s+$`, 'i');
const PART_WORD_NEXT = new RegExp(String.raw`^\s+${PART_KIND}${PART_WORD}\b`, 'iu');

/** A name the gazetteer does not place here, kept with its words in the province of the place it is part of. */
const anchoredIn = (where: ResolvedPlace, name: string): ResolvedPlace => ({ ...where, name, feature: 'unresolved', lat: null, lon: null, geonames_id: null, population: null });

/**
 * "the Salah al-Din district of Aleppo", "al-Mohafazah neighbourhood in Aleppo": a
 * part of the city named after it, not the namesake province in Iraq. A name the
 * gazetteer places elsewhere keeps its words and takes the city's province.
 */
function withinTheCity(text: string, out: PlaceMention[]): PlaceMention[] {
  for (let k = 0; k + 1 < out.length; k++) {
    const part = out[k]!, city = out[k + 1]!;
    const between = text.slice(part.end, city.start);
    // ("the neighborhood of al-Kallaseh in Damascus": the part word before the name)
    const named = PART_WORD_LAST.test(part.text) || PART_WORD_NEXT.test(between) || PART_WORD_BEFORE.test(text.slice(Math.max(0, part.start - 24), part.start));
    if (!named || !PART_OF_AFTER.test(between) || city.place.feature !== 'populated-place') continue;
    const here = part.place;
    if (here.feature === 'populated-place' && km(here, city.place) < 40) continue;
    out[k] = {
      ...part,
      place: anchoredIn(city.place, part.text.replace(PART_WORD_LAST, '')),
      rule: 'place.part-of-city',
      geoPrecision: 2,
    };
  }
  // ("fired rocket shells on al-Midan al-Faid and al-Hamadaniyeh neighborhoods in Aleppo city": every name of a list
  // of parts the city's, not Damascus's al-Midan)
  for (let k = 0; k + 1 < out.length; k++) {
    const j = listEnd(text, out, k);
    if (j === k + 1 || j >= out.length) continue;
    const city = out[j]!;
    if (city.place.feature !== 'populated-place' || !PARTS_OF_AFTER.test(text.slice(out[j - 1]!.end, city.start))) continue;
    for (let i = k; i < j; i++) {
      const here = out[i]!.place;
      if (out[i]!.rule === 'place.part-of-city' || (here.lat != null && city.place.lat != null && km(here, city.place) < 40)) continue;
      out[i] = { ...out[i]!, place: anchoredIn(city.place, out[i]!.text), rule: 'place.part-of-city', geoPrecision: 2 };
    }
    k = j;
  }
  return out;
}
// (with names the gazetteer lacks between: "al-Midan al-Faid and al-Hamadaniyeh")
const LIST_JOINER = /^[\s,]+(?:and\s+)?(?:(?:(?:al|el)-\p{L}[\p{L}'’-]*|\p{Lu}[\p{L}'’-]*)[\s,]+(?:and\s+)?){0,3}$/u;
/** The index after the last place of the list that starts at out[k] ("al-Midan al-Faid and al-Hamadaniyeh"); k + 1 when none follows. */
function listEnd(text: string, out: PlaceMention[], k: number): number {
  let j = k + 1;
  while (j < out.length && LIST_JOINER.test(text.slice(out[j - 1]!.end, out[j]!.start))) j++;
  return j;
}
const PARTS_OF_AFTER = /^\s+(?:districts|neighbou?rhoods|quarters)\s+(?:of|in)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$/i;

/** The country most of the story's places below country level lie in. */
function storyCountry(out: PlaceMention[]): string | undefined {
  const counts = new Map<string, number>();
  for (const m of out) if (m.place.country_code && m.place.feature !== 'country') counts.set(m.place.country_code, (counts.get(m.place.country_code) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

// (adjectives only between, not a name: "the al-Midan neighborhood of Damascus" names the city after "of")
const THE_PART_OF_BEFORE = /\b[Tt]he\s+(?:(?:[a-z][\w'’-]*|Shi['’]?ite|Shia|Sunni|Christian|Kurdish|Alawite|Druze|Armenian|Assyrian)\s+){0,2}(?:[Dd]istrict|[Nn]eighbou?rhood|[Qq]uarter)\s+of\s+$/;

/**
 * "three shells fell in al-Sulaimaniyeh neighborhood", in a story told from Aleppo: a
 * part of a city the story does not name again is a part of the story's city, not
 * a namesake in another country (Sulaymaniyah in Iraq). It takes the province of the
 * last town of the story's country named before it.
 */
function partOfStoryCity(text: string, out: PlaceMention[], home: string): PlaceMention[] {
  for (let k = 0; k < out.length; k++) {
    const part = out[k]!;
    if (part.rule === 'place.part-of-city' || !part.place.country_code || part.place.country_code === home) continue;
    // ("The explosion hit the mainly Shi'ite district of Jamila", in a story of Baghdad: the part word may come first)
    // (not a city abroad: "the district of Kandahar" is the city's own)
    // (nor the city of "a regime-held neighbourhood of Aleppo": "the district of" names the part, "a neighbourhood of" its city)
    const partWordBefore = THE_PART_OF_BEFORE.test(text.slice(Math.max(0, part.start - 50), part.start)) && (part.place.population ?? 0) < CITY_POPULATION;
    if (!PART_WORD_LAST.test(part.text) && !PART_WORD_NEXT.test(text.slice(part.end, part.end + 16)) && !partWordBefore) continue;
    // ("the bombing in Baghdad ... the Karrada neighbourhood": the town just named is in the part's country)
    const lastTown = out.slice(0, k).reverse().find((m) => m.place.feature === 'populated-place');
    // (a city, not a namesake village misread the same way: "Daraa al-Balad ... al-Abassia neighborhood")
    if (lastTown && lastTown.place.country_code === part.place.country_code && part.start - lastTown.end < 150 && (lastTown.place.population ?? 0) >= CITY_POPULATION) continue;
    const city = out.slice(0, k).reverse().find((m) => m.place.country_code === home && m.place.feature === 'populated-place');
    if (!city) continue;
    out[k] = { ...part, place: anchoredIn(city.place, part.text.replace(PART_WORD_LAST, '')), rule: 'place.part-of-story-city', geoPrecision: 2 };
  }
  // ("the district of Jamila" ... "in the Jamila area": the name told again is the same part)
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    if (m.rule === 'place.part-of-story-city') continue;
    const told = out.find((o) => o.rule === 'place.part-of-story-city' && o.text === m.text && o.place.country_code !== m.place.country_code);
    if (told) out[k] = { ...m, place: told.place, rule: told.rule, geoPrecision: told.geoPrecision };
  }
  return partOfLastCity(text, out, home);
}

// ("the neighborhoods of al-Hamidiyeh al-Aradi and al-Rushdiyeh": a list of parts; not "four neighbourhoods of Aleppo" or
// "the eastern neighborhoods of Hasakah", the city whose parts they are)
const PARTS_LIST_BEFORE = /\bthe\s+(?:neighbou?rhoods|districts|quarters)\s+of\s+$/i;
// (names the gazetteer lacks: "al-Hamidiyeh al-Aradi and al-Rushdiyeh")
const LIST_OF_NAMES_AFTER = /^(?:[\s,]+(?:(?:al|el|ad|ar|as|ash|az)-)?\p{Lu}[\p{L}'’-]*){0,3}[\s,]+and\s+(?:(?:al|el|ad|ar|as|ash|az)-)?\p{Lu}/u;
/** How far from the city just named a town of the same name may lie and still be the part the words name. */
const PART_REACH_KM = 40;
/** How far back in the text the city a part belongs to may be named. */
const PART_CITY_BEFORE_CHARS = 400;

/**
 * "an army unit eliminated gatherings in al-Sheikh Yaseen neighborhood in Deir Ezzor city ...
 * targeted ISIS sites in the neighborhoods of al-Hamidiyeh al-Aradi and al-Rushdiyeh": a part of
 * a city, named as one, that the gazetteer knows only as a town of the story's country far from
 * the city the story last named (Al Hamidiyah in Tartus) is a part of that city. Not a city
 * itself, and only a city has parts.
 */
function partOfLastCity(text: string, out: PlaceMention[], home: string): PlaceMention[] {
  for (let k = 0; k < out.length; k++) {
    const part = out[k]!;
    // ("terrorists targeted Seif al-Dawla neighborhood with rocket shells", in a story of Aleppo: a part the gazetteer
    // does not know lies in the city the story named last)
    if (part.place.feature === 'unresolved' && !part.place.country_code && PART_TRIGGER.test(text.slice(part.end, part.end + 16).trim().split(/\s/)[0] ?? '')) {
      // (else the city the story names next: "died in the attack in the Akrameh neighbourhood ... in Homs today")
      const isCity = (m: PlaceMention) => isLargeCity(m.place) && m.place.country_code === home;
      const city = out.slice(0, k).reverse().find(isCity) ?? out.slice(k + 1).find(isCity);
      if (city) out[k] = { ...part, place: anchoredIn(city.place, part.place.name), rule: 'place.part-of-story-city' };
      continue;
    }
    // the names listed after the first of "the neighborhoods of A B and C"
    let j = listEnd(text, out, k);
    const listed = PARTS_LIST_BEFORE.test(text.slice(Math.max(0, part.start - 24), part.start)) && (j > k + 1 || LIST_OF_NAMES_AFTER.test(text.slice(part.end, part.end + 80)));
    if (!listed) j = k + 1;
    if (!listed && !PART_WORD_LAST.test(part.text) && !PART_WORD_NEXT.test(text.slice(part.end, part.end + 16))) continue;
    // (not "the Qaboun neighborhood of the capital Damascus": the city named after it)
    const next = out[j];
    if (next && next.place.feature === 'populated-place' && /^\s+(?:\w+\s+)?(?:of|in)\s/i.test(text.slice(out[j - 1]!.end, next.start)) && next.start - out[j - 1]!.end < 40) continue;
    const city = out.slice(0, k).reverse().find((m) => m.place.feature === 'populated-place' && m.place.country_code === home);
    if (!city || part.start - city.end > PART_CITY_BEFORE_CHARS || (city.place.population ?? 0) < CITY_POPULATION || city.place.lat == null) continue;
    for (let i = k; i < j; i++) {
      const here = out[i]!.place;
      if (out[i]!.rule.startsWith('place.part-of') || here.feature !== 'populated-place' || here.country_code !== home || here.lat == null) continue;
      if ((here.population ?? 0) >= CITY_POPULATION || km(here, city.place) < PART_REACH_KM) continue;
      // (not "the Sermin district" in a story of Idlib province named before it, where the town lies; a province named
      // only after, "a car bomb attack on the Zahraa district" of Homs and then "Syrias second city Aleppo", tells another act)
      if (out.some((m) => m.start < out[i]!.start && m.place !== here && m.place.name !== here.name && m.place.country_code === home && m.place.admin1 === here.admin1)) continue;
      out[i] = { ...out[i]!, place: anchoredIn(city.place, out[i]!.text.replace(PART_WORD_LAST, '')), rule: 'place.part-of-story-city', geoPrecision: 2 };
    }
    k = j - 1;
  }
  return out;
}

/** The words that name a country of the war without its name. */
const WAR_DEMONYMS: Record<string, RegExp> = { SY: /\bSyri(?:an|ans)\b/, IQ: /\bIraqis?\b/ };

/** How the words call a name a village, a town, or either: the word in the name, right after it, or before it with "of" (each within so many characters). */
interface Called {
  inName: RegExp | null;
  next: RegExp;
  nextChars: number;
  before: RegExp;
  beforeChars: number;
}
const CALLED: Record<'village' | 'town' | 'settlement', Called> = {
  village: { inName: /\svillage$/i, next: /^\s+village\b/i, nextChars: 10, before: /\bvillage\s+of\s+$/i, beforeChars: 12 },
  town: { inName: null, next: /^\s+town\b/i, nextChars: 8, before: /\btown\s+of\s+$/i, beforeChars: 12 },
  settlement: { inName: /\b(?:town|village)\b/i, next: /^\s+(?:town|village)\b/i, nextChars: 9, before: /\b(?:town|village)\s+of\s+$/i, beforeChars: 16 },
};
/** "al-Buseiri village", "the village of Rityan", "the town of Amiriyah": a name the words call a village, a town, or either. */
export function calledA(kind: keyof typeof CALLED, text: string, span: { start: number; end: number }): boolean {
  const c = CALLED[kind];
  return (
    !!c.inName?.test(text.slice(span.start, span.end)) ||
    c.next.test(text.slice(span.end, span.end + c.nextChars)) ||
    c.before.test(text.slice(Math.max(0, span.start - c.beforeChars), span.start))
  );
}

/** A hamlet: no population on record, or fewer than this. */
const HAMLET_POPULATION = 1000;
/** A town abroad this large is no namesake of a village, whatever the words call it ("the village of Gaziantep"). */
const NAMESAKE_TOWN_POPULATION = 200_000;

/**
 * "sorties targeting ISIS positions in al-Husseiniyeh village in the western countryside of the
 * province", in a story told from Syria: a village the gazetteer knows only as a hamlet abroad
 * (Al Husayniyah in Jordan), or only as a town in a country the story never names, is a
 * village of the story's country, the province of the last place of that country named
 * before it.
 */
function villageOfStory(text: string, out: PlaceMention[], home: string, countries: Set<string>): PlaceMention[] {
  for (let k = 0; k < out.length; k++) {
    const v = out[k]!;
    if (v.place.feature !== 'populated-place' || !v.place.country_code || v.place.country_code === home) continue;
    // ("taking control of the village of al-Sabha": nor a town abroad the words call a village, in a story that
    // never names that town's country, Sabha in Libya)
    // ("near the village of Benin" in Idlib: not a city of a country far from the war the story never names, Benin City)
    if ((v.place.population ?? 0) >= HAMLET_POPULATION && (countries.has(v.place.country_code) || ((v.place.population ?? 0) >= NAMESAKE_TOWN_POPULATION && (NEIGHBOURS.has(v.place.country_code) || CORE.has(v.place.country_code))))) continue;
    // ("al-Nusras attack on the town of Amiriyah", in a story of Syria that never names Iraq: a town of the war's other
    // country the words call a town is a namesake at home, not Amiriyat al-Fallujah)
    // (not where the story names that country by its demonym: "the Iraqi border town of al-Qaim")
    // (Syria's and Iraq's only: "the border town of Kilis" stays in Turkey)
    const warNeighbour = CORE.has(v.place.country_code) && CORE.has(home) && !countries.has(v.place.country_code) && !WAR_DEMONYMS[v.place.country_code]?.test(text);
    if (!calledA('village', text, v) && !(warNeighbour && calledA('town', text, v))) continue;
    const where = out.slice(0, k).reverse().find((m) => m.place.country_code === home && m.place.feature !== 'country');
    if (!where) continue;
    out[k] = { ...v, place: anchoredIn(where.place, v.text.replace(/\s+village$/i, '')), rule: 'place.village-of-story', geoPrecision: 2 };
  }
  return out;
}

/** How far a hamlet of a list may lie from every other place of the list before it is taken for a namesake. */
const LIST_REACH_KM = 60;
/** How far before a list its province is named ("In the countryside of the neighboring Idleb province 10 ... in al-Hamediyeh"). */
const PROVINCE_BEFORE_CHARS = 200;

/**
 * "In the countryside of the neighboring Idleb province ... airstrikes on their positions in al-Hamediyeh Abu
 * al-Duhour and Khan Sheikhoun": a hamlet of a list of places, all the others of the province named just before
 * and each far from it (Al Hamidiyah in Tartus), is a namesake the gazetteer lacks in that province. It keeps its
 * words and takes their province.
 */
function hamletOfList(text: string, out: PlaceMention[], home: string): PlaceMention[] {
  for (let k = 0; k + 1 < out.length; k++) {
    const j = listEnd(text, out, k);
    if (j === k + 1) continue;
    const list = out.slice(k, j);
    const placed = (m: PlaceMention) => m.place.feature === 'populated-place' && m.place.country_code === home && m.place.lat != null;
    for (let i = k; i < j; i++) {
      const here = out[i]!.place;
      if (!placed(out[i]!) || (here.population ?? 0) >= HAMLET_POPULATION) continue;
      const others = list.filter((m) => m !== out[i] && m.place.name !== here.name);
      if (!others.length || !others.every(placed)) continue;
      const province = others[0]!.place.admin1;
      if (!province || province === here.admin1 || others.some((m) => m.place.admin1 !== province || km(m.place, here) < LIST_REACH_KM)) continue;
      // (only where the words set the list in that province: "strikes on Raqqa, Tabqa and Mare'" may span provinces)
      if (!out.some((m) => m.place.feature === 'admin1' && m.place.admin1 === province && m.end <= list[0]!.start && list[0]!.start - m.end < PROVINCE_BEFORE_CHARS)) continue;
      out[i] = { ...out[i]!, place: anchoredIn(others[0]!.place, out[i]!.text), rule: 'place.hamlet-of-list', geoPrecision: 2 };
    }
    k = j - 1;
  }
  return out;
}

/** Resolves one place name ("Deir Ezzor", "Raqqa province") to its most likely entry, or null. */
export function lookupPlace(gaz: Gazetteer, name: string, options: { countryCodes?: string[]; feature?: PlaceFeature } = {}): ResolvedPlace | null {
  const toks = tokenize(name);
  if (!toks.length) return null;
  let wanted: PlaceFeature | null = options.feature ?? null;
  const lastTok = toks[toks.length - 1]!;
  if (toks.length > 1 && Object.prototype.hasOwnProperty.call(gaz.rules.suffixWords, lastTok.lower)) {
    wanted ??= gaz.rules.suffixWords[lastTok.lower] ?? null;
    toks.pop();
  }
  const ek = toks.map((t) => t.lower).join(' ');
  let cands: Candidate[] | null = null;
  const exact = indexesOf(gaz.exact, ek);
  if (exact) cands = exact.map((index) => ({ index, quality: qualityOf(gaz.place(index), ek) }));
  else {
    const folded = indexesOf(gaz.folded, foldWords(toks.map((t) => t.text)));
    if (folded) cands = folded.map((index) => ({ index, quality: 1.5 }));
  }
  if (!cands) return null;
  const f: Find = { start: 0, end: 0, t0: 0, t1: 0, candidates: cands, wanted, near: false, rule: 'lookup' };
  return toResolved(best(gaz, f, { countries: new Set(options.countryCodes ?? []), anchors: [] }), gaz);
}
