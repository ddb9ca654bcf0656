// Dates stage: every date expression of the article, resolved against the
// publication date (doc.meta.published) at the precision the words allow.
// Finders over-generate (rule table, chrono); refiners drop what is not a date
// and settle overlaps. Without a publication date, relative expressions stay
// unresolved and absolute ones still resolve.
import type { ArticleDoc, DateMention, DateValue } from '../../document/model.js';
import { parseISODay } from './calendar.js';
import { findCalendarDates } from './calendarHits.js';
import type { DateCandidate } from './candidate.js';
import { dropNotDates, removeOverlaps } from './refine.js';
import { findRuleDates } from './relative.js';

/** Cheap gate: the rule table only runs on text with a date-ish word or a year. */
const DATEISH =
  /\b(?:today|tonight|yesterday|morning|afternoon|evening|night|ago|week|weekend|month|year|hours|days|fortnight|recent)|\b(?:19|20)\d\d\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/i;

function candidatesIn(text: string, publishedISO: string | null, publishedDay: number | null, offset: number): DateCandidate[] {
  const found = findCalendarDates(text, publishedISO, publishedDay, offset);
  if (DATEISH.test(text)) found.push(...findRuleDates(text, publishedDay, offset));
  return found;
}

function toMention(c: DateCandidate): DateMention {
  return { start: c.start, end: c.end, text: c.text, value: c.value, rule: c.rule };
}

/**
 * Date mentions in a piece of text, with offsets shifted by `offset`.
 * `publishedISO` is the reference (YYYY-MM-DD) or null.
 */
export function findDatesInText(text: string, publishedISO: string | null, offset = 0): DateMention[] {
  const day = parseISODay(publishedISO);
  const iso = day === null ? null : publishedISO;
  const found = candidatesIn(text, iso, day, 0);
  return removeOverlaps(dropNotDates(found, text)).map((c) =>
    toMention({ ...c, start: c.start + offset, end: c.end + offset }),
  );
}

/**
 * The value of the first date expression in `text` ("early on Monday",
 * "since May 2015"), or null when it holds none.
 */
export function resolveDateText(text: string, publishedISO: string | null): DateValue | null {
  return findDatesInText(text, publishedISO)[0]?.value ?? null;
}

export function findDateMentions(doc: ArticleDoc): DateMention[] {
  const published = doc.meta.published;
  const day = parseISODay(published);
  const iso = day === null ? null : published;
  const spans = doc.sentences.length > 0 ? doc.sentences : [{ start: 0, end: doc.text.length, text: doc.text }];
  const found: DateCandidate[] = [];
  for (const s of spans) found.push(...candidatesIn(doc.text.slice(s.start, s.end), iso, day, s.start));
  return removeOverlaps(dropNotDates(found, doc.text)).map(toMention);
}
