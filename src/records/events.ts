// Article record -> one record per event (`--records events`), and the flat
// CSV/TSV columns of SPEC section 3, in their contract order.
import type { ArticleRecord, EventRecord } from './schemas.js';

export function toEventRecords(article: ArticleRecord): EventRecord[] {
  const ref = { id: article.id, file: article.file, title: article.title, outlet: article.outlet, published: article.published };
  return article.events.map(({ event_id, ...rest }) => ({ event_id, article: ref, ...rest }));
}

export const CSV_COLUMNS = [
  'event_id', 'article_id', 'file', 'title', 'outlet', 'published', 'event_type', 'sub_event_type',
  'event_date', 'event_date_end', 'date_precision', 'date_text',
  'actor1', 'actor1_id', 'actor1_type', 'actor2', 'actor2_id', 'actor2_type', 'assoc_actor1', 'assoc_actor2',
  'location', 'admin1', 'country', 'country_code', 'latitude', 'longitude', 'geo_precision',
  'fatalities', 'fatalities_low', 'fatalities_high', 'sources', 'contested', 'evidence', 'confidence',
] as const;

/** Columns holding numbers or booleans: never treated as a spreadsheet formula. */
export const NUMERIC_COLUMNS = new Set<string>([
  'latitude', 'longitude', 'geo_precision', 'fatalities', 'fatalities_low', 'fatalities_high', 'contested', 'confidence',
]);

export type FlatRow = Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null>;

const LIST = '; ';

export function flattenEvent(e: EventRecord): FlatRow {
  return {
    event_id: e.event_id,
    article_id: e.article.id,
    file: e.article.file,
    title: e.article.title,
    outlet: e.article.outlet,
    published: e.article.published,
    event_type: e.event_type,
    sub_event_type: e.sub_event_type,
    event_date: e.date.start,
    event_date_end: e.date.end,
    date_precision: e.date.precision,
    date_text: e.date.text,
    actor1: e.actor1?.name ?? null,
    actor1_id: e.actor1?.id ?? null,
    actor1_type: e.actor1?.type ?? null,
    actor2: e.actor2?.name ?? null,
    actor2_id: e.actor2?.id ?? null,
    actor2_type: e.actor2?.type ?? null,
    assoc_actor1: e.assoc_actor1.map((a) => a.name).join(LIST),
    assoc_actor2: e.assoc_actor2.map((a) => a.name).join(LIST),
    location: e.location?.name ?? null,
    admin1: e.location?.admin1 ?? null,
    country: e.location?.country ?? null,
    country_code: e.location?.country_code ?? null,
    latitude: e.location?.lat ?? null,
    longitude: e.location?.lon ?? null,
    geo_precision: e.location?.geo_precision ?? null,
    fatalities: e.fatalities?.best ?? null,
    fatalities_low: e.fatalities?.low ?? null,
    fatalities_high: e.fatalities?.high ?? null,
    sources: e.sources.join(LIST),
    contested: e.contested,
    evidence: e.evidence.map((x) => x.text).join(LIST),
    confidence: e.confidence,
  };
}
