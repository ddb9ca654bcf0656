// The one adapter for compromise: the only file that loads it. Its lexicon
// is global, so it is extended once, here, when it is loaded.
//
// compromise is loaded on first use, not at start-up: evaluating its hundred
// modules and building its lexicon costs about a third of a second, and most
// sentences never need it (time to first record). The build bundles it once,
// on its own, as dist/compromise.cjs, so that the load is one file read.
// What its lexicon says of a word is read from a copy: see lexiconTags().
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { detached } from '../document/detach.js';
import type nlpType from 'compromise';
import personData from '../stages/persons/lexicon.json' with { type: 'json' };

type Nlp = typeof nlpType;

// Set by the build to the bundle's place beside the built files; from the
// sources (the tests), the bundle that the build put in dist/.
// The same for the copy of its lexicon that the build writes beside it.
declare const __COMPROMISE_BUNDLE__: string;
declare const __COMPROMISE_LEXICON__: string;
const BUNDLE = typeof __COMPROMISE_BUNDLE__ === 'string' ? __COMPROMISE_BUNDLE__ : '../../dist/compromise.cjs';
const LEXICON = typeof __COMPROMISE_LEXICON__ === 'string' ? __COMPROMISE_LEXICON__ : '../../dist/compromise-lexicon.json';

let loaded: Nlp | null = null;

/** Arabic given names that compromise does not know ("Rabea al-Sharq told The New Arab"), in lower case. */
function extraFirstNames(): string[] {
  return [...personData.givenNames, ...personData.givenNamesWithTitleOnly].filter((n) => !n.includes(' ')).map((n) => n.toLowerCase());
}

function compromise(): Nlp {
  if (loaded) return loaded;
  const mod = createRequire(import.meta.url)(BUNDLE) as Nlp | { default: Nlp };
  const nlp = typeof mod === 'function' ? mod : mod.default;
  nlp.addWords(Object.fromEntries(extraFirstNames().map((n) => [n, 'FirstName'])));
  // Phrase chunks (noun and verb groups) are of no use to people(), and cost
  // a tenth of a call: that step is left out.
  const hooks = (nlp.world() as { hooks: string[] }).hooks;
  if (hooks.includes('chunks')) hooks.splice(hooks.indexOf('chunks'), 1);
  loaded = nlp;
  return nlp;
}

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

// The same window comes back often (an outlet's boilerplate, a wire story
// reprinted): compromise's answer for a text is always the same.
const peopleCache = new Map<string, readonly TextSpan[]>();
const PEOPLE_CACHE_SIZE = 4000;

/**
 * Person names compromise finds in one piece of text, with offsets into that
 * text. Costly (a millisecond or more per call): callers pass only windows
 * around a candidate name that nothing cheaper decided.
 */
export function findPeople(text: string): readonly TextSpan[] {
  let found = peopleCache.get(text);
  if (!found) {
    // (the window is cut from an article: the memory keeps a copy, not the article)
    const own = detached(text);
    found = tagPeople(own);
    if (peopleCache.size >= PEOPLE_CACHE_SIZE) peopleCache.clear();
    peopleCache.set(own, found);
  }
  return found;
}

// Only where each person is: the People view's own json() also parses every
// name into first name, last name and gender, and copies every term; the
// plain view gives each match's offset as that json() does.
// (compromise's types know toView() only with a pointer, and "terms" only as an object.)
const OFFSETS_ONLY = { offset: true, text: false, terms: false };
type PlainView = { toView(): { json(options: typeof OFFSETS_ONLY): { offset: { start: number; length: number } }[] } };

function tagPeople(text: string): TextSpan[] {
  const found = (compromise()(text).people() as unknown as PlainView).toView().json(OFFSETS_ONLY);
  const out: TextSpan[] = [];
  for (const p of found) {
    let start = p.offset.start;
    let end = start + p.offset.length;
    // compromise keeps trailing punctuation ("Omar Abu Layla,").
    while (end > start && /[\s,.;:!?"'’)\]]/.test(text[end - 1]!)) end--;
    while (start < end && /[\s"'‘(\[]/.test(text[start]!)) start++;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}

let lexicon: Map<string, readonly string[]> | null = null;

/**
 * compromise's lexicon, as it is once loaded and extended here: a word in
 * lower case -> its tags. Read from the copy the build writes beside the
 * bundle (dist/compromise-lexicon.json), so that asking about a word does not
 * load compromise; a test compares the copy with the loaded lexicon.
 */
export function lexiconTags(word: string): readonly string[] {
  if (!lexicon) {
    const byTags = JSON.parse(readFileSync(fileURLToPath(new URL(LEXICON, import.meta.url)), 'utf8')) as Record<string, string[]>;
    lexicon = new Map();
    for (const [tags, words] of Object.entries(byTags)) {
      const list = tags.split('|');
      for (const w of words) lexicon.set(w, list);
    }
    for (const name of extraFirstNames()) lexicon.set(name, ['FirstName']);
  }
  return lexicon.get(word.toLowerCase()) ?? [];
}

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);

/**
 * Whether compromise knows the word as a first name ("Dominic", "Ellen"): its
 * lexicon says so, as its tagger would for the word alone, without tagging.
 */
export function isFirstName(word: string): boolean {
  return lexiconTags(word).some((t) => FIRST_NAME_TAGS.has(t));
}

// Parts of speech that no name has in compromise's lexicon ("Horrific", "Shot", "Down", "Recapture")
const NOT_NAME_TAGS = new Set([
  'Adjective', 'Comparative', 'Superlative', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Modal', 'Copula',
  'Verb', 'Infinitive', 'PastTense', 'PresentTense', 'Gerund', 'Participle', 'Plural', 'Cardinal', 'TextValue',
]);

/**
 * Whether compromise's lexicon has the word only as a word that is no name:
 * an adjective, a verb form, a preposition ("Commits Horrific Massacres").
 * A noun ("Robin", "Bill") may be a name and is not such a word.
 */
export function isNeverName(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && tags.every((t) => NOT_NAME_TAGS.has(t));
}
