// Literal phrase matching shared by the actor and organisation dictionaries:
// every alias becomes a literal pattern (regex metacharacters in an alias
// match themselves), all aliases of a dictionary are compiled into one
// alternation once at load, and a match is mapped back to its entry through a
// Map keyed by the folded text (never a plain object: an article word like
// "toString" must find nothing).

const LETTER_BEFORE = '(?<![\\p{L}\\p{N}_])';
const LETTER_AFTER = '(?![\\p{L}\\p{N}_])';

// Words of ASCII letters and digits with single spaces between them (most
// phrases found in an article) are their own fold but for case: no marks to
// decompose, nothing to take out, no spacing to mend.
const PLAIN_PHRASE = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** Folds a phrase for lookup: accents, apostrophes, hyphens and spacing do not count. */
export function foldPhrase(text: string, keepCase = false): string {
  if (PLAIN_PHRASE.test(text)) return keepCase ? text : text.toLowerCase();
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

/** A string matched literally inside a regex source. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
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
  private looseRe: AlternationSearch | null = null;
  private exactRe: AlternationSearch | null = null;
  /** The case-insensitive alternation, lower-cased and case-sensitive; null when a phrase has a letter beyond ASCII. */
  private looseLowerRe: AlternationSearch | null = null;
  // The hits of the last text: two stages search one article for the same
  // dictionary (persons and organisations, the organisations' aliases).
  private last: { text: string; hits: readonly PhraseHit<T>[] } | null = null;

  /**
   * `suffix`: head nouns a phrase may be followed by, as part of its hit ("Nusra Front fighters");
   * `modifiers`: words that may stand between the phrase and its head noun ("Al-Nusra Front jihadist rebels").
   */
  constructor(
    private readonly suffix: string[] = [],
    private readonly modifiers: string[] = [],
  ) {}

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

  private compile(keys: Iterable<string>, flags: string, lower = false): AlternationSearch | null {
    const pattern = (phrase: string) => literalPattern(lower ? phrase.toLowerCase() : phrase);
    const sources = [...new Set([...keys].map(pattern))].filter(Boolean);
    if (!sources.length) return null;
    sources.sort((a, b) => b.length - a.length);
    const words = (list: string[]) => [...list].sort((a, b) => b.length - a.length).map(pattern).join('|');
    const tail = this.suffix.length
      ? `${this.modifiers.length ? `(?:\\s+(?:${words(this.modifiers)})(?=\\s+(?:${words(this.suffix)})))?` : ''}(?:\\s+(?:${words(this.suffix)}))?`
      : '';
    return new AlternationSearch(sources, tail, flags);
  }

  /** Every non-overlapping leftmost-longest hit of each alternation (the two may overlap each other). */
  findAll(text: string): readonly PhraseHit<T>[] {
    if (this.last?.text !== text) this.last = { text, hits: this.search(text) };
    return this.last.hits;
  }

  private search(text: string): PhraseHit<T>[] {
    if (!this.looseRe && !this.looseLowerRe && this.loose.size) {
      const ascii = ![...this.looseSources, ...this.suffix, ...this.modifiers].some((p) => NON_ASCII_LETTER.test(p));
      if (ascii && this.looseSources.size >= LOWER_CASE_MIN_PHRASES) this.looseLowerRe = this.compile(this.looseSources, 'gu', true);
      else this.looseRe = this.compile(this.looseSources, 'giu');
    }
    if (!this.exactRe && this.exact.size) this.exactRe = this.compile(this.exactSources, 'gu');
    const hits: PhraseHit<T>[] = [];
    // A case-insensitive Unicode alternation is slow; the same alternation in
    // lower case, over the text in lower case, finds the same hits faster when
    // case folding and lower-casing agree on the text (below). The
    // case-insensitive one is then written only for a text where they do not.
    const lowered = this.looseLowerRe ? lowerCaseAligned(text) : null;
    if (this.looseLowerRe && lowered === null && !this.looseRe) this.looseRe = this.compile(this.looseSources, 'giu');
    for (const [re, exactCase, searched] of [
      lowered !== null ? ([this.looseLowerRe, false, lowered] as const) : ([this.looseRe, false, text] as const),
      [this.exactRe, true, text] as const,
    ]) {
      if (!re) continue;
      re.forEach(searched, (m) => {
        const end = m.index + m[0].length;
        const value = this.lookup(text.slice(m.index, m.index + m.groups!.p!.length), exactCase);
        if (value !== undefined) hits.push({ start: m.index, end, text: text.slice(m.index, end), value });
      });
    }
    return hits;
  }

  /** Compiles now rather than on first use (load time, not article time). */
  prepare(): this {
    this.findAll('');
    return this;
  }
}

/**
 * The alternation `LETTER_BEFORE(?<p>s1|s2|...)tail LETTER_AFTER` of literal
 * patterns, with the hits of that one regex's exec loop, found faster in two
 * ways.
 *
 * The alternation is written as a tree of shared leading characters:
 * "al\s+nusra|al\s+qaeda|ahrar" becomes "a(?:l\s+(?:nusra|qaeda)|hrar)". V8
 * tries the branches of an alternation one after the other, so a position
 * costs a few dozen first characters instead of hundreds of phrases. The hits
 * are those of the flat list: a shared character matches one way only,
 * branches that begin with different characters never both match at one
 * place (so their order does not matter), branches keep their order
 * otherwise, and a phrase that ends where others sharing its start go on is
 * tried after them, as it was (it is shorter, and the flat list is sorted
 * longest first). Where the next element of some branch is not one plain
 * character (an optional apostrophe, a dash that may be a space), that level
 * stays the flat list.
 *
 * The leading lookbehind is checked on each match instead (`searchNotInWord`),
 * after its ASCII part (`ASCII_WORD_BEFORE`).
 */
export class AlternationSearch {
  private readonly re: RegExp;

  constructor(sources: string[], tail: string, flags: string) {
    const tree = factorAlternation(sources.map(literalTokens), flags.includes('i') ? caseClass(flags) : (c) => c);
    this.re = new RegExp(`${ASCII_WORD_BEFORE}(?<p>${tree})${tail}${LETTER_AFTER}`, flags.includes('g') ? flags : flags + 'g');
  }

  /** Calls `hit` with every match, left to right, as the flat regex's exec loop would find them. */
  forEach(text: string, hit: (m: RegExpExecArray) => void): void {
    searchNotInWord(this.re, text, hit);
  }
}

/**
 * A lookbehind alone, as a sticky regex: `notAfter(LETTER_BEFORE)` holds at
 * lastIndex when `LETTER_BEFORE` holds there in a regex with the u flag.
 * A lookbehind of one character class also has its answer after each ASCII
 * character written down, asked of the regex once here: most matches follow
 * a space or a punctuation mark, and a table costs less than a regex run.
 */
export interface NotAfter {
  re: RegExp;
  /** Per ASCII code: 1 when the lookbehind holds after that character, 0 when not; null for a longer lookbehind. */
  afterAscii: Uint8Array | null;
}

const ONE_CLASS_LOOKBEHIND = /^\(\?<!\[(?:[^\]\\]|\\.)*\]\)$/;

export function notAfter(lookbehind: string): NotAfter {
  const re = new RegExp(lookbehind, 'uy');
  let afterAscii: Uint8Array | null = null;
  if (ONE_CLASS_LOOKBEHIND.test(lookbehind)) {
    afterAscii = new Uint8Array(128);
    for (let c = 0; c < 128; c++) {
      re.lastIndex = 1;
      afterAscii[c] = re.test(`${String.fromCharCode(c)} `) ? 1 : 0;
    }
  }
  return { re, afterAscii };
}

const NOT_AFTER_WORD_CHAR = notAfter(LETTER_BEFORE);

/**
 * The ASCII part of `LETTER_BEFORE`, to open a pattern searched with
 * `execNotInWord`. V8 tests a class of ASCII characters against a bitmap, so
 * inside most words a pattern that starts with a broad class ("\p{Lu}", an
 * optional word, many first letters) is given up at once; the whole
 * lookbehind is then checked on the few matches only.
 */
export const ASCII_WORD_BEFORE = '(?<![A-Za-z0-9_])';

/**
 * `exec` of the regex `LETTER_BEFORE(?:re)` with the g flag, given `re`
 * without that leading lookbehind, or with a weaker one such as
 * `ASCII_WORD_BEFORE` that fails only where it fails (flags g and u): the
 * same match, and the same lastIndex after it. A leading lookbehind is tried at every position of
 * the text before anything else, which keeps V8 from its fast scan for the
 * pattern's first characters: the pattern alone runs several times faster.
 * The whole regex matches at the first position where the lookbehind holds
 * and the pattern matches, with the match the pattern has there; so a match
 * of the pattern inside a word is dropped and the search goes on from the
 * next character. `before` is another leading lookbehind, from `notAfter`.
 */
export function execNotInWord(re: RegExp, text: string, before: NotAfter = NOT_AFTER_WORD_CHAR): RegExpExecArray | null {
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (holdsAt(before, text, m.index)) return m;
    re.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
  }
  return null;
}

/** Whether the lookbehind holds at `at`; a lookbehind of one class holds at the start, and after an ASCII character as its table says. */
function holdsAt(before: NotAfter, text: string, at: number): boolean {
  if (before.afterAscii) {
    if (at === 0) return true;
    const c = text.charCodeAt(at - 1);
    if (c < 128) return before.afterAscii[c] === 1;
  }
  before.re.lastIndex = at;
  return before.re.test(text);
}

/** Every match of `LETTER_BEFORE(?:re)`, left to right, as its exec loop finds them (see `execNotInWord`). */
export function searchNotInWord(re: RegExp, text: string, hit: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = execNotInWord(re, text); m; m = execNotInWord(re, text)) {
    hit(m);
    if (m[0].length === 0) re.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
  }
}

/** How many matches `text.match(LETTER_BEFORE(?:re))` finds with the g flag. */
export function countNotInWord(re: RegExp, text: string): number {
  let n = 0;
  searchNotInWord(re, text, () => n++);
  return n;
}

// The elements `literalPattern` writes besides single characters.
const SOFT_ELEMENTS = ["['’‘ʼ]?", '(?:\\s*[-‐‑–]\\s*|\\s+)', '\\s+'];

/** A literal pattern cut into its elements: single characters, escaped characters, and the elements above. */
function literalTokens(source: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < source.length) {
    const soft = SOFT_ELEMENTS.find((e) => source.startsWith(e, i));
    const len = soft ? soft.length : source[i] === '\\' ? 2 : String.fromCodePoint(source.codePointAt(i)!).length;
    out.push(source.slice(i, i + len));
    i += len;
  }
  return out;
}

/** One plain or escaped character: matches one way only. */
const isHard = (token: string) => !SOFT_ELEMENTS.includes(token);

/**
 * Under the i flag two characters match the same text characters when they
 * fold alike ("a" and "A"), else none in common: a key per fold class, found
 * by asking the regex engine itself. Two ASCII characters fold alike when
 * they are the same letter in either case; only a character beyond ASCII
 * (the Kelvin sign folds to "k") needs the engine's answer, asked of the
 * classes that have one beyond ASCII, or of all of them for such a character.
 */
function caseClass(flags: string): (token: string) => string {
  const single = flags.replace('g', '');
  type Rep = { token: string; re: RegExp };
  const reps: Rep[] = [];
  const beyondAscii: Rep[] = [];
  const byAsciiLower = new Map<string, Rep>();
  const memo = new Map<string, string>();
  return (token) => {
    let key = memo.get(token);
    if (key === undefined) {
      const ch = token.length === 2 && token[0] === '\\' ? token[1]! : token;
      const ascii = ch.length === 1 && ch.charCodeAt(0) < 0x80;
      let rep = ascii ? (byAsciiLower.get(ch.toLowerCase()) ?? beyondAscii.find((r) => r.re.test(ch))) : reps.find((r) => r.re.test(ch));
      if (!rep) {
        rep = { token, re: new RegExp(`^${token}$`, single) };
        reps.push(rep);
      }
      if (ascii) byAsciiLower.set(ch.toLowerCase(), rep);
      else if (!beyondAscii.includes(rep)) beyondAscii.push(rep);
      key = rep.token;
      memo.set(token, key);
    }
    return key;
  };
}

/** The alternation of `alts` (element lists, in priority order) as a tree of shared leading characters. */
function factorAlternation(alts: string[][], key: (token: string) => string): string {
  const flat = () => alts.map((a) => a.join('')).join('|');
  if (alts.length < 2) return flat();
  const empty = alts.findIndex((a) => a.length === 0);
  if (empty >= 0 && empty !== alts.length - 1) return flat();
  const rest = empty >= 0 ? alts.slice(0, -1) : alts;
  if (!rest.every((a) => isHard(a[0]!))) return flat();
  const groups = new Map<string, string[][]>();
  for (const a of rest) {
    const k = key(a[0]!);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(a.slice(1));
  }
  const parts = [...groups].map(([k, members]) => {
    if (members.length === 1) return k + members[0]!.join('');
    return `${k}(?:${factorAlternation(members, key)})`;
  });
  if (empty >= 0) parts.push('');
  return parts.join('|');
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

/**
 * Compiles a rule pattern from the data, to be searched with `execNotInWord`:
 * matches must not start or end inside a word ("regime militia" is no match in
 * "regime militiamen"), save before the "s" of a possessive that lost its
 * apostrophe ("the Assad regimes forces").
 */
export function compileRulePattern(source: string, flags = 'gu'): RegExp {
  return new RegExp(`${ASCII_WORD_BEFORE}(?:${source})${RULE_END}`, flags);
}
const RULE_END = '(?=s?(?![\\p{L}\\p{N}_]))';

/**
 * A word alternation, each word literal, longest first, for patterns built
 * from data lists; written as a tree of shared first characters (see
 * `AlternationSearch`), which depends on whether the regex it goes into
 * ignores case: `flags` are that regex's.
 */
export function alternation(words: string[], flags: string): string {
  // A pattern written twice matches only the first time: the second is left out.
  const sources = [
    ...new Set(
      [...new Set(words)]
        .sort((a, b) => b.length - a.length)
        .map(literalPattern),
    ),
  ];
  return factorAlternation(sources.map(literalTokens), flags.includes('i') ? caseClass(flags) : (c) => c);
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
