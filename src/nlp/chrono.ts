// The only module that imports chrono-node. chrono finds calendar expressions
// ("20 March, 2016", "May 2015", "on Tuesday", "from Friday to Saturday");
// this adapter hands back only the fields the words themselves state, so that
// every inference (which Tuesday, which year) is made by the dates stage in UTC
// date arithmetic, never in the machine's local time or against its clock.
import * as chrono from 'chrono-node';

/** Calendar fields stated by the words; null when the words leave them open. */
export interface CalendarFields {
  year: number | null;
  /** 1..12 */
  month: number | null;
  day: number | null;
  /** 0 Sunday .. 6 Saturday */
  weekday: number | null;
}

export interface CalendarHit {
  /** Offset of the expression in the parsed text. */
  index: number;
  text: string;
  start: CalendarFields;
  /** Second end of a range ("from Friday to Saturday"), else null. */
  end: CalendarFields | null;
  /** chrono's tags, e.g. "result/relativeDate" for "two days ago". */
  tags: string[];
}

// Configured once. The casual English configuration reads "July 31" as a day
// of July; the British one would read it as July 2031.
const parser = chrono.casual.clone();
// Relative expressions ("two days ago", "within 24 hours", "yesterday", "the
// end of this month") belong to the dates stage's own rule table, which drops
// chrono's readings of them: their parsers are not run at all. (Leaving them
// out changes no record of the dev sets or of a 1,000-article corpus; the time
// of day parsers stay, as they decide where a date expression ends.)
const RELATIVE_PARSERS = new Set([
  'ENTimeUnitWithinFormatParser', 'ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser', 'ENCasualDateParser',
  'ENRelativeDateFormatParser', 'ENTimeUnitCasualRelativeFormatParser', 'ENEndOfCurrentMonthParser',
]);
parser.parsers = parser.parsers.filter((p) => !RELATIVE_PARSERS.has(p.constructor.name));

// Parsers whose patterns cannot match without a figure: each has a mandatory
// [0-9] or \d (numeric dates, years, times of day). A third of the text that
// reaches chrono has no figure; there they are not run, which changes no
// result (a parser that finds nothing adds nothing for the refiners to see).
const FIGURE_PARSERS = new Set([
  'ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENSlashMonthFormatParser',
  'ENTimeExpressionParser', 'ENYearMonthNameParser',
]);
const wordParser = parser.clone();
wordParser.parsers = parser.parsers.filter((p) => !FIGURE_PARSERS.has(p.constructor.name));
const FIGURE = /\d/;

// chrono falls back to the machine clock without a reference: give it a fixed
// instant instead, whose implications are never read.
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

function referenceFor(publishedISO: string | null): { instant: Date; timezone: number } {
  const m = publishedISO ? /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedISO) : null;
  const instant = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], 12)) : NO_REFERENCE;
  return { instant, timezone: 0 };
}

type Components = chrono.ParsedResult['start'];

function statedFields(c: Components): CalendarFields {
  const pick = (k: 'year' | 'month' | 'day' | 'weekday'): number | null =>
    c.isCertain(k) ? (c.get(k) ?? null) : null;
  return { year: pick('year'), month: pick('month'), day: pick('day'), weekday: pick('weekday') };
}

/**
 * Calendar expressions in `text`, with the publication date (YYYY-MM-DD) as
 * chrono's reference instant. Only stated fields are returned.
 */
export function parseCalendarExpressions(text: string, publishedISO: string | null): CalendarHit[] {
  const results = (FIGURE.test(text) ? parser : wordParser).parse(text, referenceFor(publishedISO));
  return results.map((r) => ({
    index: r.index,
    text: r.text,
    start: statedFields(r.start),
    end: r.end ? statedFields(r.end) : null,
    tags: [...r.tags()],
  }));
}
