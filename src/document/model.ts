// The one document model every stage reads and extends. Every offset
// (start/end) points into `ArticleDoc.text`, the cleaned text.

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Sentence extends Span {
  index: number;
  /** Paragraph (block of lines) the sentence belongs to, 0-based. */
  paragraph: number;
  /** True for the headline / title line. */
  headline: boolean;
}

export interface ArticleMeta {
  title: string | null;
  outlet: string | null;
  byline: string | null;
  dateline: string | null;
  /** ISO date (YYYY-MM-DD) or null. */
  published: string | null;
  /** Where `published` came from: a header line, --reference-date, or none. */
  publishedFrom: 'header' | 'reference' | 'none';
}

// ---------- mentions ----------

export interface ActorInfo {
  id: string;
  name: string;
  type: ActorType;
  group: string | null;
}

export type ActorType =
  | 'state-forces'
  | 'rebel-group'
  | 'political-militia'
  | 'identity-militia'
  | 'external-force'
  | 'civilians'
  | 'protesters'
  | 'other';

export interface ActorMention extends Span, ActorInfo {
  /** Id of the dictionary entry or context rule that produced the mention. */
  rule: string;
  /** Actors named as backers inside the mention itself ("Russian-backed regime forces"). */
  backers: ActorInfo[];
  /** True for anaphora resolved to an earlier actor ("the jihadists"). */
  anaphor: boolean;
}

export interface PersonMention extends Span {
  rule: string;
}
export interface PersonEntity {
  name: string;
  mentions: PersonMention[];
}

export interface OrgMention extends Span {
  rule: string;
}
export interface OrgEntity {
  name: string;
  mentions: OrgMention[];
}

export type PlaceFeature =
  | 'populated-place'
  | 'admin1'
  | 'admin2'
  | 'country'
  | 'river'
  | 'region'
  | 'border'
  | 'continent'
  | 'landmark'
  | 'unresolved';

export interface ResolvedPlace {
  name: string;
  feature: PlaceFeature;
  admin1: string | null;
  country: string | null;
  country_code: string | null;
  lat: number | null;
  lon: number | null;
  geonames_id: number | null;
  population: number | null;
}

export interface PlaceMention extends Span {
  place: ResolvedPlace;
  rule: string;
  /** 1 town, 2 near a town / part of a region, 3 province or larger (ACLED). */
  geoPrecision: 1 | 2 | 3;
}

export type DatePrecision = 'day' | 'week' | 'month' | 'year' | 'unknown';

export interface DateValue {
  /** ISO date (YYYY-MM-DD) or null when unresolvable. */
  start: string | null;
  end: string | null;
  precision: DatePrecision;
}

export interface DateMention extends Span {
  value: DateValue;
  rule: string;
}

export interface Mentions {
  actors: ActorMention[];
  persons: PersonEntity[];
  organizations: OrgEntity[];
  places: PlaceMention[];
  /** Countries named acting as states, not as places ("talks with Turkey"). */
  states: PlaceMention[];
  dates: DateMention[];
}

// ---------- the document ----------

export interface ArticleDoc {
  id: string;
  file: string;
  /** Decoded input text (newlines normalised to \n). */
  raw: string;
  /** Cleaned text: boilerplate and repeated paragraphs removed. */
  text: string;
  /** Pieces of `text` and where they came from in `raw` (cleaned -> raw offset map). */
  segments: { start: number; end: number; rawStart: number }[];
  meta: ArticleMeta;
  sentences: Sentence[];
  mentions: Mentions;
  warnings: string[];
}

export function emptyMentions(): Mentions {
  return { actors: [], persons: [], organizations: [], places: [], states: [], dates: [] };
}
