// The ordered list of stages: the one place to read the order in which an
// article is analysed. Each stage is a small pure function over the document.
import { emptyMentions, type ArticleDoc } from './document/model.js';
import type { Resources } from './resources.js';
import { cleanText } from './stages/clean/index.js';
import { readMetadata } from './stages/metadata/index.js';
import { splitSentences } from './stages/sentences/index.js';
import { findDateMentions } from './stages/dates/index.js';
import { findPlacesAndStates, withoutPlacesInActors, withoutStatesInActors } from './stages/places/index.js';
import { findActorMentions } from './stages/actors/index.js';
import { findPersons } from './stages/persons/index.js';
import { findOrganizations } from './stages/organizations/index.js';

export interface AnalyseOptions {
  /** Publication date to assume when the article has none (YYYY-MM-DD). */
  referenceDate?: string | null;
}

export interface ArticleInput {
  id: string;
  file: string;
  /** Decoded text. */
  text: string;
}

type Stage = { name: string; run: (doc: ArticleDoc, res: Resources) => ArticleDoc };

export const STAGES: Stage[] = [
  { name: 'sentences', run: (doc) => ({ ...doc, sentences: splitSentences(doc) }) },
  { name: 'dates', run: (doc) => ({ ...doc, mentions: { ...doc.mentions, dates: findDateMentions(doc) } }) },
  { name: 'places', run: (doc, res) => ({ ...doc, mentions: { ...doc.mentions, ...findPlacesAndStates(doc, res.gazetteer) } }) },
  { name: 'actors', run: (doc, res) => ({ ...doc, mentions: { ...doc.mentions, actors: findActorMentions(doc, res.actors) } }) },
  { name: 'places-in-actors', run: (doc) => ({ ...doc, mentions: { ...doc.mentions, places: withoutPlacesInActors(doc.mentions.places, doc.mentions.actors), states: withoutStatesInActors(doc.mentions.states, doc.mentions.actors) } }) },
  { name: 'persons', run: (doc, res) => ({ ...doc, mentions: { ...doc.mentions, persons: findPersons(doc, res.actors) } }) },
  { name: 'organizations', run: (doc, res) => ({ ...doc, mentions: { ...doc.mentions, organizations: findOrganizations(doc, res.actors) } }) },
];

/** Runs clean -> metadata -> every stage of STAGES over one article. */
export function analyseArticle(input: ArticleInput, res: Resources, options: AnalyseOptions = {}): ArticleDoc {
  const cleaned = cleanText(input.text);
  let doc: ArticleDoc = {
    id: input.id,
    file: input.file,
    raw: cleaned.raw,
    text: cleaned.text,
    segments: cleaned.segments,
    meta: { title: null, outlet: null, byline: null, dateline: null, published: null, publishedFrom: 'none' },
    sentences: [],
    mentions: emptyMentions(),
    warnings: [...cleaned.warnings],
  };
  doc = { ...doc, meta: readMetadata(doc, cleaned, options.referenceDate ?? null) };
  for (const stage of STAGES) doc = stage.run(doc, res);
  return doc;
}
