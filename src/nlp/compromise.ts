// The one adapter for compromise: the only file that loads it. Its lexicon
// is global, so it is extended once, here, when it is loaded.
//
// compromise is loaded on first use, not at start-up: evaluating its hundred
// modules and building its lexicon costs about a tenth of a second, and most
// sentences never need it (time to first record). The build bundles it once,
// on its own, as dist/compromise.cjs, so that the load is one file read.
import { createRequire } from 'node:module';
import { detached } from '../document/detach.js';
import type nlpType from 'compromise';
import personData from '../stages/persons/lexicon.json' with { type: 'json' };

type Nlp = typeof nlpType;

// Set by the build to the bundle's place beside the built files; from the
// sources (the tests), the bundle that the build put in dist/.
declare const __COMPROMISE_BUNDLE__: string;
const BUNDLE = typeof __COMPROMISE_BUNDLE__ === 'string' ? __COMPROMISE_BUNDLE__ : '../../dist/compromise.cjs';

let loaded: Nlp | null = null;

function compromise(): Nlp {
  if (loaded) return loaded;
  const mod = createRequire(import.meta.url)(BUNDLE) as Nlp | { default: Nlp };
  const nlp = typeof mod === 'function' ? mod : mod.default;
  // Arabic given names that compromise does not know: "Rabea al-Sharq told The New Arab".
  const extraNames: Record<string, string> = {};
  for (const name of [...personData.givenNames, ...personData.givenNamesWithTitleOnly]) {
    if (!name.includes(' ')) extraNames[name.toLowerCase()] = 'FirstName';
  }
  nlp.addWords(extraNames);
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

let lexicon: Record<string, string | string[] | undefined> | null = null;

/** compromise's lexicon (looked up once): a word in lower case -> its tag or tags. */
function lexiconTags(word: string): readonly string[] {
  lexicon ??= (compromise().model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;
  const key = word.toLowerCase();
  const tags = Object.hasOwn(lexicon, key) ? lexicon[key] : undefined;
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
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
