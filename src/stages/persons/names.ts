// Name shapes and name keys: how a capitalised sequence is cut out of a
// sentence, how titles come off it, and how two spellings of one name get the
// same key ("Rami Abdel Rahman", "Rami Abdurrahman", "Abdel-Rahman").
import data from './lexicon.json' with { type: 'json' };
import { alternation, notAfter } from '../actors/phrases.js';

const NAME_WORD = "\\p{Lu}[\\p{L}'’]*(?:[-‐]\\p{L}[\\p{L}'’]*)*";
// "as", "at", "an" are English words: those particles only count hyphenated ("ad-Din", "as-Sadr").
const PARTICLE = '(?:al|el|ibn|bin|bint|abu|de|da|di|van|von|der|den|la|le|du)';
const HYPHEN_PARTICLE = '(?:ad|ash|as|at|az|ar|an)';
const PARTICLE_NAME = `(?:${PARTICLE}(?:[-‐]\\s?|\\s+)|${HYPHEN_PARTICLE}[-‐])${NAME_WORD}`;
const INITIAL = '\\p{Lu}\\.(?=\\s)';
const SUFFIX = '(?:Jr\\.|Sr\\.|II|III|IV)';
// A quoted nickname inside a name: Brig. Gen. Richard "Tex" Coe.
const NICKNAME = `["“'‘]\\p{Lu}\\p{L}+["”'’](?=\\s+\\p{Lu})`;
const PART = `(?:${INITIAL}|${NAME_WORD}|${PARTICLE_NAME})`;
const INNER_PART = `(?:${PART}|${NICKNAME})`;

/**
 * Capitalised word sequences, Arabic particles and initials included: "Charles H. Keating IV", "Ibrahim al- Jaafari".
 * Searched with `execNotInWord(NAME_SEQUENCE, text, NAME_START)`: not after a letter, digit, apostrophe or hyphen
 * (the pattern's own lookbehind is only the ASCII part of NAME_START).
 */
export const NAME_START = notAfter("(?<![\\p{L}\\p{N}_'’-])");
export const NAME_SEQUENCE = new RegExp(
  // Ten words at most: a name is shorter, and a long capitalised run must not cost quadratic time.
  `(?<![A-Za-z0-9_'’-])${PART}(?:[^\\S\\n]+${INNER_PART}){0,9}(?:[^\\S\\n]+${SUFFIX})?(?![\\p{L}\\p{N}_])`,
  'gu',
);

// "Gen." is also written "Gen": every abbreviated title has its dotless twin.
const titles = [...new Set(data.titles.flatMap((t) => (t.endsWith('.') ? [t, t.replace(/\.$/, '').replace(/\. /g, ' ')] : [t])))].sort(
  (a, b) => b.length - a.length,
);
// Each list's alternation is written once (factoring it is start-up work) and used by every pattern below.
const TITLE_ALTERNATION = alternation(titles, 'u');
const ROLE_ALTERNATION = alternation(data.roles, 'u');
const TITLE_AT_START = new RegExp(`^(?:${TITLE_ALTERNATION})(?:\\.)?\\s+`, 'u');
/** A lower-case role just before the name: "Observatory chief Rami Abdel Rahman", "local activist, Rabea al-Sharq". */
const ROLE_AT_END = new RegExp(`(?<![\\p{L}])(?:${ROLE_ALTERNATION})(?:,)?\\s+$`, 'u');
/** The whole candidate is a title: "Gen" of "Gen. Joseph L. Votel", "Staff Sgt". */
export const TITLE_ONLY = new RegExp(`^(?:${TITLE_ALTERNATION})\\.?$`, 'u');
/** A title just before the name when the sequence could not hold it: "Gen. Joseph L. Votel". */
const TITLE_AT_END = new RegExp(`(?<![\\p{L}])(?:${TITLE_ALTERNATION})\\.?\\s+$`, 'u');

// The two tests above are run on the forty characters before every candidate, and
// a pattern anchored only at its end is tried at each of them: the letters of the
// last word ("Gen" of "Lt. Gen. ", "General" of "Secretary-General ", "chief" of
// "Observatory chief ") are read first, and the pattern only runs when they end
// some entry of its list. Every entry ends in a word of letters (and a dot), so a
// match always ends in one of those words.
const LETTER = /\p{L}/u;

/** The letters of the last word of `text`, read past trailing space (required) and up to `marks` of `mark`. */
function lastLetters(text: string, mark: string, marks: number): string {
  const t = text.trimEnd();
  if (t.length === text.length) return '';
  let end = t.length;
  for (let k = 0; k < marks && end > 0 && t[end - 1] === mark; k++) end--;
  let start = end;
  while (start > 0 && LETTER.test(t[start - 1]!)) start--;
  return t.slice(start, end);
}

const lastWordsOf = (entries: string[]) => new Set(entries.map((e) => /\p{L}+\.?$/u.exec(e)![0].replace(/\.$/, '')));
const TITLE_LAST_WORDS = lastWordsOf(titles);
const ROLE_LAST_WORDS = lastWordsOf(data.roles);

/** A title ends `before`: "Gen. Joseph L. Votel". (A title that ends in a dot may take a second one.) */
export const titleBefore = (before: string): boolean =>
  TITLE_LAST_WORDS.has(lastLetters(before, '.', 2)) && TITLE_AT_END.test(before);

/** A role ends `before`: "Observatory chief Rami Abdel Rahman", "local activist, Rabea al-Sharq". */
export const roleBefore = (before: string): boolean =>
  ROLE_LAST_WORDS.has(lastLetters(before, ',', 1)) && ROLE_AT_END.test(before);

// "Necip Ensari a local civil defense official", "Ole Solvang deputy emergencies director at the New York-based ...":
// a role told right after the name, as an apposition whose commas the page lost
const ROLE_APPOSITION_AFTER = new RegExp(
  `^\\s+(?:(?:a|an|the|another)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:${ROLE_ALTERNATION})(?![\\p{L}])|(?:[\\p{L}-]+\\s+){0,2}?(?:${ROLE_ALTERNATION})\\s+(?:at|of|for|with)\\s)`,
  'u',
);
/** A role told after the name, with no comma between: "Karam Ammoun another terrorist leader". */
export const roleAppositionAfter = (after: string): boolean => ROLE_APPOSITION_AFTER.test(after);

const nonPerson = new Set(data.nonPersonWords.map((w) => w.toLowerCase()));
const givenNames = new Set(data.givenNames.map((w) => w.toLowerCase()));
// Toponym starts by their first word, hyphens read as spaces: a lookup per name, not a scan of the list.
const toponymStarts = new Map<string, string[]>();
for (const t of data.toponymFirstWords) {
  const w = t.toLowerCase().replace(/[-‐]/g, ' ');
  const first = firstWord(w);
  toponymStarts.set(first, [...(toponymStarts.get(first) ?? []), w]);
}
const functionWords = new Set(data.functionWords);
const roles = new Set(data.roles);

/** A word that is never part of a name, possessive "s" lost included ("Syrias", "Pakistans"). */
function isNoiseWord(word: string): boolean {
  const bare = word.replace(/['’]s?$/, '');
  // "OCHAs", "FM", "Aleppo-based", "Arabic-language": acronyms and compound adjectives are never name words.
  if (/^\p{Lu}{2,}s?$/u.test(bare) || /-(?:based|backed|led|held|language|born|run|controlled|affiliated|linked|allied)$/i.test(bare)) return true;
  return (
    functionWords.has(bare) ||
    isNonPersonWord(bare) ||
    (/s$/.test(bare) && isNonPersonWord(bare.slice(0, -1))) ||
    roles.has(bare.toLowerCase())
  );
}

const ROMAN_NUMERAL = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/;

/**
 * Trims words around a name that a capitalised sequence swept in, common in
 * text that lost its commas: "On Tuesday Kevin Kennedy" -> "Kevin Kennedy",
 * "Syrias Bashar al-Assad" -> "Bashar al-Assad", "Rami Abdel Rahman The" -> "Rami Abdel Rahman".
 */
export function trimName(name: string): { offset: number; name: string; role: boolean } {
  const words = name.split(/(\s+)/);
  let offset = 0;
  let role = false;
  while (words.length > 2 && isNoiseWord(words[words.length - 1]!)) words.splice(-2, 2);
  // Everything up to the last noise word goes, if a name of two words is left: "Disarmament Affairs Angela Kane".
  let cut = -1;
  for (let i = 0; i + 4 < words.length; i += 2) if (isNoiseWord(words[i]!)) cut = i;
  if (cut < 0 && words.length > 2 && isNoiseWord(words[0]!)) cut = 0;
  if (cut >= 0) {
    for (let i = 0; i <= cut; i += 2) if (roles.has(words[i]!.toLowerCase())) role = true;
    offset += words.slice(0, cut + 2).join('').length;
    words.splice(0, cut + 2);
  }
  // "since World War II Steifo said": a numeral of a name's end never opens one
  while (words.length > 2 && ROMAN_NUMERAL.test(words[0]!)) {
    offset += words[0]!.length + words[1]!.length;
    words.splice(0, 2);
  }
  return { offset, name: words.join(''), role };
}

export interface NameShape {
  /** Offset of the name (titles removed) relative to the sequence start. */
  offset: number;
  name: string;
  /** True when a title was removed ("President", "Foreign Minister", "Lt Gen"). */
  titled: boolean;
}

/**
 * Removes everything up to the last title that still leaves a name:
 * "U.S. Army General Joseph Votel" -> "Joseph Votel", "Navy Senior Chief Petty
 * Officer Scott C. Dayton" -> "Scott C. Dayton"; and a trailing possessive.
 */
export function stripTitles(sequence: string): NameShape {
  let offset = 0;
  let titled = false;
  const starts = [0, ...[...sequence.matchAll(/\s+/g)].map((m) => m.index! + m[0].length)];
  for (const at of starts) {
    if (at < offset) continue;
    const m = TITLE_AT_START.exec(sequence.slice(at));
    if (m && at + m[0].length < sequence.length) {
      offset = at + m[0].length;
      titled = true;
    }
  }
  const name = sequence.slice(offset).replace(/['’]s?$/u, '');
  return { offset, name, titled };
}

/** Words of a name without particles and initials, folded: "Ibrahim al- Jaafari" -> ["ibrahim", "jaafari"]. */
export function nameTokens(name: string): string[] {
  const folded = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘ʼ`]/g, '')
    // "Abdel Rahman", "Abdul-Rahman", "Abd al-Rahman", "Abdurrahman" are one spelling.
    .replace(/\babd(?:el|ul|al|ol|ur|u|-al|\s+al)?[-\s]*(?=\p{L})/gu, 'abd')
    // "Mohammad", "Muhammad", "Mohammed", "Mohamed" are one spelling.
    .replace(/\bm[ou]h[ae]m+[ae]d\b/gu, 'muhammad')
    .replace(/[-‐]/g, ' ');
  return folded
    .split(/\s+/)
    .filter((t) => t && !/^(al|el|ad|ash|as|at|az|ar|an|ibn|bin|bint|de|da|di|van|von|der|den|la|le|du)$/.test(t))
    .filter((t) => !/^\p{L}\.?$/u.test(t))
    .map((t) => t.replace(/\./g, '').replace(/(.)\1+/gu, '$1'));
}

export function isNonPersonWord(word: string): boolean {
  return nonPerson.has(word.toLowerCase().replace(/['’]s?$/, ''));
}

export function isGivenName(word: string): boolean {
  return givenNames.has(word.toLowerCase());
}

/** "Deir ez-Zor", "Abu Kamal", "Jaysh al-Islam": places and factions shaped like Arabic names. */
export function startsLikeToponym(name: string): boolean {
  const lower = name.toLowerCase().replace(/[-‐]/g, ' ');
  // A start that equals the name or ends at a space of it has the name's first word.
  return (toponymStarts.get(firstWord(lower)) ?? []).some((w) => lower === w || lower.startsWith(`${w} `));
}

function firstWord(text: string): string {
  const space = text.indexOf(' ');
  return space < 0 ? text : text.slice(0, space);
}

const HYPHENATED_ADJECTIVE = /^(?:(?:Pro|Anti)[-‐]\p{L}\S*|\p{Lu}[\p{L}'’]*(?:[-‐]\p{L}[\p{L}'’]*)*[-‐]\p{Ll}+)$/u;
const NAME_PARTICLE_FIRST = /^(?:al|el|abu|abd|abdel|abdul|bin|ibn|bint|umm|ad|as|ash|at|az|ar|an)[-‐]/i;

/**
 * One hyphenated word whose last part is lower-case, or that starts with
 * Pro-/Anti-, is an adjective, never a name: "the Britain-based Syrian
 * Observatory", "US-backed", "Twenty-six", "Pro-regime". Arabic particles
 * ("al-Assad", "Abu-bakr") keep their names.
 */
export function isHyphenatedAdjective(word: string): boolean {
  return HYPHENATED_ADJECTIVE.test(word) && !NAME_PARTICLE_FIRST.test(word);
}

export function hasArabicNameShape(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2) return false;
  return (
    /(?:^|\s)(?:al|el|bin|ibn|bint)[-‐\s]\s?\p{Lu}/u.test(name) ||
    /^(?:Abu|Abou|Umm|Abd|Abdel|Abdul|Abdal|Abdallah)\b/.test(name) ||
    words.some((w, i) => i > 0 && /^(?:Abu|Abdel|Abdul|Abd|Al-\p{Lu})/u.test(w))
  );
}

export const KNOWN_PERSONS = data.knownPersons;
