// Calendar expressions found by chrono ("20 March, 2016", "10 September",
// "on Tuesday", "from Friday to Saturday"), resolved against the publication
// date: news is written in the past, so a weekday or a date without a year is
// the most recent one.
import type { DateValue } from '../../document/model.js';
import { parseCalendarExpressions, type CalendarFields, type CalendarHit } from '../../nlp/chrono.js';
import {
  UNRESOLVED,
  dayNumber,
  dayValue,
  daysInMonth,
  isValidDay,
  mondayOf,
  partsOf,
  rangeValue,
  weekdayAfter,
  weekdayOnOrBefore,
} from './calendar.js';
import type { DateCandidate } from './candidate.js';

const CHRONO_PRIORITY = 1;

/**
 * A date without a year up to this many days after publication is taken as
 * coming ("talks on 15 December" in an article of 12 December); further ahead,
 * it is last year's.
 */
const FORWARD_TOLERANCE_DAYS = 14;

// Relative expressions are owned by the rule table (src/data/dates.ts); chrono's
// readings of them ("two days after", "in just 24 hours") are dropped here.
const RELATIVE_TAG = /^(?:result\/relativeDate|parser\/ENCasualDateParser|casualReference\/(?:today|tomorrow|yesterday|now))/;
const UNIT_WORD = /\b(?:days?|weeks?|weekends?|weekdays?|fortnights?|months?|years?|quarters?|hours?|minutes?|tomorrow|today|tonight|yesterday|now)\b/i;

/** Cheap gate: chrono only runs on text with a month, a weekday or a numeric date. */
const CALENDAR_GATE =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/i;
/**
 * The month and weekday words chrono reads, whole: "Monitor", "Sunni",
 * "market", "thus" and the modal "may" pass the gate above, but only a month
 * or weekday word or a figure can give chrono a month or a weekday.
 */
const CALENDAR_WORD =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)\b/i;

const DIGIT = /\d/;

function mayHoldCalendarDate(text: string): boolean {
  // The figure first: most sentences without a calendar word have none, and it is the cheaper scan.
  return CALENDAR_WORD.test(text) || (DIGIT.test(text) && CALENDAR_GATE.test(text));
}

/**
 * Times of day are masked (same length, so offsets hold) before chrono reads
 * the text: its time-of-day parser would otherwise swallow the date, as in
 * "killed on the morning of 3 June" or "the night of 3-4 June".
 */
const TIME_OF_DAY = /\b(?:morning|afternoon|evening|night|midnight|noon|midday|dawn|dusk)\b/gi;

function maskTimesOfDay(text: string): string {
  return text.replace(TIME_OF_DAY, (w) => ' '.repeat(w.length));
}

/** "on Tuesday," -> "Tuesday", "at 11am on Thursday 28 July" -> "Thursday 28 July": chrono keeps prepositions, times and commas. */
const LEADING = /^[\s,(（]*(?:[Aa]t\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s+(?:on\s+)?)?(?:(?:on|On|in|In)\s+)?/;
const TRAILING = /(?:\s+(?:of|-|–))?[\s,.;:)）]*$/;

/** An all-numeric date (04/06/2016, 07.10.2017); "5-6 April" is a range of days, not one. */
const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{2,4}))?(?!\s*[A-Za-z]|\d)/;

/**
 * Fields of an all-numeric date, or null when it is not to be guessed.
 * Dotted dates are day first ("07.10.2017(updated 1500 07.10.2017)", Sputnik);
 * with slashes or dashes, day and month swap between outlets, so only an
 * unambiguous one (13/05/2016) is kept.
 */
function numericDateFields(m: RegExpExecArray): CalendarFields | null {
  const [a, sep, b, y] = [+m[1], m[2], +m[3], m[4]];
  if (!y || y.length !== 4) return null; // "9/11", "24/7"
  const year = +y;
  let day: number;
  let month: number;
  if (sep === '.') [day, month] = [a, b];
  else if (a > 12 && b <= 12) [day, month] = [a, b];
  else if (b > 12 && a <= 12) [day, month] = [b, a];
  else if (a === b) [day, month] = [a, b];
  else return null;
  return isValidDay(year, month, day) ? { year, month, day, weekday: null } : null;
}

const TRAILING_DAY = /[\s,]*\d{1,2}(?:st|nd|rd|th)?$/;

/** A "year" of one or two figures after a day and month: "October 13th 30", "13 October 30" (not "Oct. 13 '16", whose apostrophe says year). */
const SHORT_YEAR_AFTER_DAY = /[\s,]+\d{1,2}$/;

const WEEKDAY_START = /\b(?:(?:last|next|this|past)\s+)?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b/i;

/** "on Saturday 12 of them children": a weekday hit does not own the count after it. */
const TRAILING_COUNT = /\s+\d+$/;

interface Resolved {
  first: number;
  last: number;
  precision: 'day' | 'month' | 'year';
}

type Mode = 'on-or-before' | 'before' | 'after';

function modeOf(text: string): Mode {
  if (/^(?:last|past|previous)\b/i.test(text)) return 'before';
  if (/^next\b/i.test(text)) return 'after';
  return 'on-or-before';
}

/** Resolves stated fields against `ref` (a day number), or null when they cannot be. */
function resolveFields(f: CalendarFields, ref: number | null, mode: Mode, tolerance: number): Resolved | null {
  if (f.month !== null && f.day !== null) {
    if (f.year !== null) {
      if (!isValidDay(f.year, f.month, f.day)) return null;
      const n = dayNumber(f.year, f.month, f.day);
      return { first: n, last: n, precision: 'day' };
    }
    if (ref === null) return null;
    // "SDF fighters launched an offensive ... on 10 September" (article of 12 December 2018)
    let year = partsOf(ref).year;
    if (isValidDay(year, f.month, f.day) && dayNumber(year, f.month, f.day) > ref + tolerance) year -= 1;
    while (!isValidDay(year, f.month, f.day) && year > partsOf(ref).year - 8) year -= 1; // 29 February
    if (!isValidDay(year, f.month, f.day)) return null;
    const n = dayNumber(year, f.month, f.day);
    return { first: n, last: n, precision: 'day' };
  }
  if (f.month !== null) {
    let year = f.year;
    if (year === null) {
      if (ref === null) return null;
      // "In July, it lost Mosul": the last July, not the next.
      const p = partsOf(ref);
      year = f.month <= p.month ? p.year : p.year - 1;
    }
    return { first: dayNumber(year, f.month, 1), last: dayNumber(year, f.month, daysInMonth(year, f.month)), precision: 'month' };
  }
  if (f.weekday !== null) {
    if (ref === null) return null;
    // "published a video on Tuesday" (Wednesday 12 December 2018) is 11 December.
    const n = mode === 'after' ? weekdayAfter(ref, f.weekday) : weekdayOnOrBefore(ref, f.weekday, mode === 'before');
    return { first: n, last: n, precision: 'day' };
  }
  if (f.year !== null) {
    return { first: dayNumber(f.year, 1, 1), last: dayNumber(f.year, 12, 31), precision: 'year' };
  }
  return null;
}

function valueOf(r: Resolved): DateValue {
  return rangeValue(r.first, r.last, r.precision);
}

/** The value of one chrono hit; ranges resolve their end first, then the start before it. */
function resolveHit(hit: CalendarHit, text: string, pub: number | null): DateValue {
  const inWeek = weekdayInNamedWeek(hit, text, pub);
  if (inWeek) return inWeek;
  const mode = modeOf(text);
  if (hit.end) {
    const end = resolveFields(hit.end, pub, mode, FORWARD_TOLERANCE_DAYS);
    if (end) {
      const start = resolveFields(hit.start, end.last, 'on-or-before', 0);
      if (start) return valueOf({ first: start.first, last: end.last, precision: start.precision });
      return UNRESOLVED;
    }
  }
  const start = resolveFields(hit.start, pub, mode, FORWARD_TOLERANCE_DAYS);
  return start ? valueOf(start) : UNRESOLVED;
}

/** "on Friday last week", "Friday of next week": a weekday placed in a named week. */
const WEEKDAY_OF_WEEK = /\b(?:of\s+)?(?<which>last|past|previous|this|next)\s+week$/i;

function weekdayInNamedWeek(hit: CalendarHit, text: string, pub: number | null): DateValue | null {
  const m = WEEKDAY_OF_WEEK.exec(text);
  if (!m || hit.start.weekday === null || hit.start.month !== null || hit.end) return null;
  if (pub === null) return UNRESOLVED;
  const which = m.groups!.which.toLowerCase();
  const shift = which === 'this' ? 0 : which === 'next' ? 7 : -7;
  return dayValue(mondayOf(pub) + shift + ((hit.start.weekday + 6) % 7));
}

function isCalendar(hit: CalendarHit, text: string): boolean {
  if (hit.tags.some((t) => RELATIVE_TAG.test(t))) return false;
  if (UNIT_WORD.test(text) && !(hit.start.weekday !== null && WEEKDAY_OF_WEEK.test(text))) return false;
  const f = hit.start;
  return f.month !== null || f.weekday !== null;
}

/**
 * chrono copies the rest of its input after every match, so its time grows
 * with length times matches: a megabyte without a sentence end would take
 * minutes. Long stretches are read in chunks cut at a space.
 */
const CHUNK = 1000;

function chunksOf(text: string): [start: number, end: number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (text.length - start > CHUNK) {
    const window = text.slice(start, start + CHUNK);
    // a line or sentence end if there is one in the second half, else a space
    const stop = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('. '));
    const cut = stop > CHUNK / 2 ? stop : window.lastIndexOf(' ');
    const end = cut > CHUNK / 2 ? start + cut + 1 : start + CHUNK;
    out.push([start, end]);
    start = end;
  }
  out.push([start, text.length]);
  return out;
}

/** Calendar expressions in `text` found by chrono (offsets shifted by `offset`). */
export function findCalendarDates(text: string, publishedISO: string | null, publishedDay: number | null, offset: number): DateCandidate[] {
  if (text.length <= CHUNK) return findInChunk(text, publishedISO, publishedDay, offset);
  return chunksOf(text).flatMap(([s, e]) => findInChunk(text.slice(s, e), publishedISO, publishedDay, offset + s));
}

function findInChunk(text: string, publishedISO: string | null, publishedDay: number | null, offset: number): DateCandidate[] {
  if (!mayHoldCalendarDate(text)) return [];
  const out: DateCandidate[] = [];
  for (let hit of parseCalendarExpressions(maskTimesOfDay(text), publishedISO)) {
    const raw = text.slice(hit.index, hit.index + hit.text.length);
    let lead = LEADING.exec(raw)![0].length;
    if (hit.start.month === null) {
      // "injured 20 on Wednesday": a weekday hit starts at its weekday (or at "last" before it)
      const w = WEEKDAY_START.exec(raw.slice(lead));
      if (w) lead += w.index;
    }
    let trimmed = raw.slice(lead).replace(TRAILING, '');
    if (hit.start.month === null) trimmed = trimmed.replace(TRAILING_COUNT, '');
    // "On October 13th 30 people were killed": news writes a year in four figures; one or two after
    // a day are the count that follows it, not the year 2030
    if (hit.start.year !== null && hit.start.day !== null && !hit.end && SHORT_YEAR_AFTER_DAY.test(trimmed)) {
      trimmed = trimmed.replace(SHORT_YEAR_AFTER_DAY, '');
      hit = { ...hit, start: { ...hit.start, year: null } };
    }
    // "Between January and March, 1,200 people died": the day is the head of a number
    if (hit.start.day !== null && hit.start.year === null && !hit.end && /^[,.]?\d/.test(text.slice(hit.index + raw.length))) {
      trimmed = trimmed.replace(TRAILING_DAY, '');
      hit = { ...hit, start: { ...hit.start, day: null } };
    }
    if (!trimmed || !isCalendar(hit, trimmed)) continue;
    const numeric = NUMERIC_DATE.exec(trimmed);
    if (numeric) {
      const fields = numericDateFields(numeric);
      if (!fields) continue;
      hit = { ...hit, start: fields, end: null };
    }
    const start = offset + hit.index + lead;
    out.push({
      start,
      end: start + trimmed.length,
      text: trimmed,
      value: resolveHit(hit, trimmed, publishedDay),
      rule: ruleIdOf(hit),
      priority: CHRONO_PRIORITY,
    });
  }
  return out;
}

function ruleIdOf(hit: CalendarHit): string {
  const f = hit.start;
  const range = hit.end ? '-range' : '';
  if (f.month !== null && f.day !== null) return `date.calendar.${f.year !== null ? 'day-month-year' : 'day-month'}${range}`;
  if (f.month !== null) return `date.calendar.${f.year !== null ? 'month-year' : 'month'}${range}`;
  return `date.calendar.weekday${range}`;
}
