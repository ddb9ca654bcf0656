// Literal phrase matching shared by the actor and organisation dictionaries:
// every alias becomes a literal pattern (regex metacharacters in an alias
// match themselves), all aliases of a dictionary are compiled into one
// alternation once at load, and a match is mapped back to its entry through a
// Map keyed by the folded text (never a plain object: an article word like
// "toString" must find nothing).

const LETTER_BEFORE = '(?<![\\p{L}\\p{N}_])';
const LETTER_AFTER = '(?![\\p{L}\\p{N}_])';

/** Folds a phrase for lookup: accents, apostrophes, hyphens and spacing do not count. */
export function foldPhrase(text: string, keepCase = false): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘ʼ`´]/g, '')
    .replace(/[-‐‑–—\s]+/g, ' ')
    .trim();
  return keepCase ? s : s.toLowerCase();
}

function escapeChar(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}

/**
 * A regex source matching `phrase` literally, tolerant of the variants seen in
 * copied news text: "People's"/"People’s"/"Peoples", "Kurdish-led"/"Kurdish led",
 * any run of whitespace (FA-KES articles lost their commas and apostrophes).
 */
export function literalPattern(phrase: string): string {
  let out = '';
  for (const ch of phrase.normalize('NFC').trim()) {
    if (/['’‘ʼ]/.test(ch)) out += "['’‘ʼ]?";
    else if (/[-‐‑–]/.test(ch)) out += '(?:\\s*[-‐‑–]\\s*|\\s+)';
    else if (/\s/.test(ch)) {
      if (!out.endsWith('\\s+')) out += '\\s+';
    } else out += escapeChar(ch);
  }
  return out;
}

/** Phrases whose letters are all capitals ("IS", "SDF", "SANA") only match as written. */
export function isAcronym(phrase: string): boolean {
  return /\p{Lu}/u.test(phrase) && !/\p{Ll}/u.test(phrase);
}

export interface PhraseHit<T> {
  start: number;
  end: number;
  text: string;
  value: T;
}

/**
 * One compiled dictionary: phrases -> values. Case-insensitive phrases and
 * exact-case phrases (acronyms, and words that are also English words such as
 * "Hashed") are two alternations; longest phrase first so that at one offset
 * the longest alias wins.
 */
export class PhraseMatcher<T> {
  private readonly loose = new Map<string, T>();
  private readonly exact = new Map<string, T>();
  // The phrases as written: the fold loses hyphens and apostrophes, the patterns must not.
  private readonly looseSources = new Set<string>();
  private readonly exactSources = new Set<string>();
  private looseRe: RegExp | null = null;
  private exactRe: RegExp | null = null;
  /** The case-insensitive alternation, lower-cased and case-sensitive; null when a phrase has a letter beyond ASCII. */
  private looseLowerRe: RegExp | null = null;
  // The hits of the last text: two stages search one article for the same
  // dictionary (persons and organisations, the organisations' aliases).
  private last: { text: string; hits: readonly PhraseHit<T>[] } | null = null;

  constructor(private readonly suffix: string[] = []) {}

  /** Adds a phrase; a later phrase with the same folded text replaces the earlier one. */
  add(phrase: string, value: T, exactCase = isAcronym(phrase)): void {
    if (exactCase) {
      this.exact.set(foldPhrase(phrase, true), value);
      this.exactSources.add(phrase);
    } else {
      this.loose.set(foldPhrase(phrase), value);
      this.looseSources.add(phrase);
    }
    this.looseRe = this.exactRe = this.looseLowerRe = null;
    this.last = null;
  }

  has(text: string): boolean {
    return this.lookup(text, true) !== undefined || this.lookup(text, false) !== undefined;
  }

  lookup(text: string, exactCase: boolean): T | undefined {
    return exactCase ? this.exact.get(foldPhrase(text, true)) : this.loose.get(foldPhrase(text));
  }

  private compile(keys: Iterable<string>, flags: string, lower = false): RegExp | null {
    const pattern = (phrase: string) => literalPattern(lower ? phrase.toLowerCase() : phrase);
    const sources = [...new Set([...keys].map(pattern))].filter(Boolean);
    if (!sources.length) return null;
    sources.sort((a, b) => b.length - a.length);
    const tail = this.suffix.length
      ? `(?:\\s+(?:${[...this.suffix].sort((a, b) => b.length - a.length).map(pattern).join('|')}))?`
      : '';
    return new RegExp(`${LETTER_BEFORE}(?<p>${sources.join('|')})${tail}${LETTER_AFTER}`, flags);
  }

  /** Every non-overlapping leftmost-longest hit of each alternation (the two may overlap each other). */
  findAll(text: string): readonly PhraseHit<T>[] {
    if (this.last?.text !== text) this.last = { text, hits: this.search(text) };
    return this.last.hits;
  }

  private search(text: string): PhraseHit<T>[] {
    if (!this.looseRe && this.loose.size) {
      this.looseRe = this.compile(this.looseSources, 'giu');
      const ascii = ![...this.looseSources, ...this.suffix].some((p) => NON_ASCII_LETTER.test(p));
      if (ascii && this.looseSources.size >= LOWER_CASE_MIN_PHRASES) this.looseLowerRe = this.compile(this.looseSources, 'gu', true);
    }
    if (!this.exactRe && this.exact.size) this.exactRe = this.compile(this.exactSources, 'gu');
    const hits: PhraseHit<T>[] = [];
    // A case-insensitive Unicode alternation is slow; the same alternation in
    // lower case, over the text in lower case, finds the same hits faster when
    // case folding and lower-casing agree on the text (below).
    const lowered = this.looseLowerRe ? lowerCaseAligned(text) : null;
    for (const [re, exactCase, searched] of [
      lowered !== null ? ([this.looseLowerRe, false, lowered] as const) : ([this.looseRe, false, text] as const),
      [this.exactRe, true, text] as const,
    ]) {
      if (!re) continue;
      re.lastIndex = 0;
      for (let m = re.exec(searched); m; m = re.exec(searched)) {
        const end = m.index + m[0].length;
        const value = this.lookup(text.slice(m.index, m.index + m.groups!.p.length), exactCase);
        if (value !== undefined) hits.push({ start: m.index, end, text: text.slice(m.index, end), value });
        if (m[0].length === 0) re.lastIndex++;
      }
    }
    return hits;
  }

  /** Compiles now rather than on first use (load time, not article time). */
  prepare(): this {
    this.findAll('');
    return this;
  }
}

const NON_ASCII_LETTER = /[^\P{L}A-Za-z]/u;
// Below a few hundred phrases, lower-casing the text costs what it saves (the actors' aliases are some 700).
const LOWER_CASE_MIN_PHRASES = 400;

/**
 * The text in lower case, when each of its characters stays one character
 * (offsets hold: not "İ") and lower-casing matches as case folding does
 * against ASCII letters (not the long s "ſ", which folds to "s"); else null.
 */
function lowerCaseAligned(text: string): string | null {
  const lower = text.toLowerCase();
  return lower.length === text.length && !text.includes('ſ') ? lower : null;
}

/** Compiles a rule pattern from the data; matches must not start or end inside a word. */
export function compileRulePattern(source: string, flags = 'gu'): RegExp {
  return new RegExp(`${LETTER_BEFORE}(?:${source})`, flags);
}

/** A word alternation, each word literal, for patterns built from data lists. */
export function alternation(words: string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(literalPattern)
    .join('|');
}

/** Like `literalPattern` but the first letter of every word may be upper or lower case ("Security Forces"). */
export function flexCasePattern(phrase: string): string {
  return literalPattern(phrase).replace(/(^|\\s\+|\)\?|\))(\p{L})/gu, (_m, pre: string, ch: string) => {
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    return lo === up ? `${pre}${ch}` : `${pre}[${up}${lo}]`;
  });
}

export { LETTER_AFTER, LETTER_BEFORE };
