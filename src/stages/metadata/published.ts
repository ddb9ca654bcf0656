// Publication dates as page headers print them: "20 March, 2016",
// "Saturday 04 June 2016 05:00 EDT", "12 December, 2018", "Wed 05 Apr 2017",
// "March 20, 2016", "2016-03-20".
import { weekdayNamed } from '../dates/calendar.js';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\\.?,?\\s+)?';
const PREFIX = '(?:(?:published|updated|posted|last updated|first published|date of publication|publication date|date)(?:\\s+(?:on|at))?:?\\s+)?';

// "23-May-2016" as well as "23 May 2016"; "February 28,2020" with no space after the comma
const DAY_MONTH_YEAR = new RegExp(`^${PREFIX}${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|-)${MONTH}(?:,\\s*|\\s+|-)(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`^${PREFIX}${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+)(\\d{4})\\b`, 'i');
const ISO = new RegExp(`^${PREFIX}(\\d{4})-(\\d{2})-(\\d{2})\\b`, 'i');
// "25-12-2014", "07.10.2017(updated ...)": day first with dashes or dots, month first with slashes
const NUMERIC = new RegExp(`^${PREFIX}(\\d{1,2})([-./])(\\d{1,2})\\2(\\d{4})(?!\\d)`, 'i');
// "Last updated at Feb 022015": the day and the year run together
const GLUED = new RegExp(`^${PREFIX}${MONTH}\\s+(\\d{2})((?:19|20)\\d\\d)(?!\\d)`, 'i');

export interface HeaderDate {
  iso: string;
  /** Characters of the line the date takes up. */
  length: number;
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const month = (word: string) => MONTHS[word.toLowerCase().replace('.', '')];

/** Each header form and how its groups give [year, month, day]. */
const FORMS: [RegExp, (m: RegExpExecArray) => [number, number, number]][] = [
  [DAY_MONTH_YEAR, (m) => [Number(m[3]), month(m[2]), Number(m[1])]],
  [MONTH_DAY_YEAR, (m) => [Number(m[3]), month(m[1]), Number(m[2])]],
  [ISO, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
  [GLUED, (m) => [Number(m[3]), month(m[1]), Number(m[2])]],
  [
    NUMERIC,
    (m) => {
      const [a, b, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
      return b > 12 || (m[2] === '/' && a <= 12) ? [y, a, b] : [y, b, a];
    },
  ],
];

/** A date at the start of a header line, or null. */
export function parseHeaderDate(line: string): HeaderDate | null {
  const t = line.trim();
  for (const [re, parts] of FORMS) {
    const m = re.exec(t);
    const v = m && iso(...parts(m));
    if (m && v) return { iso: v, length: m[0].length };
  }
  return null;
}

/** A line that is a date and nothing much else: "Saturday 04 June 2016 05:00 EDT". */
export function isDateLine(line: string): boolean {
  const d = parseHeaderDate(line);
  if (!d) return false;
  const rest = line.trim().slice(d.length);
  return /^[\s,|•·-]*(\d{1,2}[:.]\d{2}(\s*(am|pm))?(\s*[A-Z]{2,5}|\s*GMT[+-]?\d*|\s*UTC[+-]?\d*)?)?[\s,|•·-]*$/i.test(rest);
}

const STAMP = new RegExp(`\\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\\.?,?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');

/**
 * "Rocket attacks kill at least 30 in Syria's Aleppo AP Saturday 9 Jul 2016
 * Syrians pass ...": a page flattened to one line still carries its date stamp
 * after the headline. Only a full date whose weekday agrees is taken.
 */
export function findStampedDate(line: string): { iso: string; index: number } | null {
  const m = STAMP.exec(line.slice(0, 300));
  if (!m) return null;
  const v = iso(Number(m[4]), MONTHS[m[3].toLowerCase().replace('.', '')], Number(m[2]));
  if (!v) return null;
  return weekdayNamed(m[1]) === new Date(`${v}T00:00:00Z`).getUTCDay() ? { iso: v, index: m.index } : null;
}
