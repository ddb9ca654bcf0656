// Calendar arithmetic on day numbers (days since 1970-01-01, UTC). Local time
// never enters: the same article gives the same dates under any TZ.
import type { DatePrecision, DateValue } from '../../document/model.js';

export const MS_PER_DAY = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Day number of an ISO date (YYYY-MM-DD...), or null when it is not one. */
export function parseISODay(iso: string | null | undefined): number | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return null;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return dayNumber(y, mo, d);
}

// An article's dates are a few days over and over (the publication day, the days
// before it): each day's string is made once, not a Date and its ISO string per value.
const isoCache = new Map<number, string>();

export function isoOf(n: number): string {
  let iso = isoCache.get(n);
  if (iso === undefined) {
    iso = new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
    if (isoCache.size < 100_000) isoCache.set(n, iso);
  }
  return iso;
}

export function partsOf(n: number): { year: number; month: number; day: number } {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const WEEKDAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** The weekday a name or its short form gives ("Saturday", "Sat", "Thurs"), 0 Sunday .. 6 Saturday; null for no weekday's name. */
export function weekdayNamed(word: string): number | null {
  const i = WEEKDAY_NAMES.indexOf(word.slice(0, 3).toLowerCase());
  return i < 0 ? null : i;
}

/** 0 Sunday .. 6 Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Month `delta` months away from year/month. */
export function shiftMonth(year: number, month: number, delta: number): { year: number; month: number } {
  const i = year * 12 + (month - 1) + delta;
  return { year: Math.floor(i / 12), month: (i % 12) + 1 };
}

/** Same day of the month `delta` months away, clamped to the month's length. */
export function shiftDayByMonths(n: number, delta: number): number {
  const p = partsOf(n);
  const t = shiftMonth(p.year, p.month, delta);
  return dayNumber(t.year, t.month, Math.min(p.day, daysInMonth(t.year, t.month)));
}

/** Monday of the ISO week containing day n. */
export function mondayOf(n: number): number {
  return n - ((weekdayOf(n) + 6) % 7);
}

/** The weekday `weekday` on or before day n (strictly before when `strict`). */
export function weekdayOnOrBefore(n: number, weekday: number, strict = false): number {
  const back = (weekdayOf(n) - weekday + 7) % 7;
  return n - (back === 0 && strict ? 7 : back);
}

/** The weekday `weekday` strictly after day n. */
export function weekdayAfter(n: number, weekday: number): number {
  const ahead = (weekday - weekdayOf(n) + 7) % 7;
  return n + (ahead === 0 ? 7 : ahead);
}

// ---------- values ----------

export const UNRESOLVED: DateValue = { start: null, end: null, precision: 'unknown' };

export function dayValue(n: number): DateValue {
  return { start: isoOf(n), end: isoOf(n), precision: 'day' };
}

export function monthValue(year: number, month: number): DateValue {
  return {
    start: isoOf(dayNumber(year, month, 1)),
    end: isoOf(dayNumber(year, month, daysInMonth(year, month))),
    precision: 'month',
  };
}

export function yearValue(year: number): DateValue {
  return { start: isoOf(dayNumber(year, 1, 1)), end: isoOf(dayNumber(year, 12, 31)), precision: 'year' };
}

export function rangeValue(start: number, end: number, precision: DatePrecision): DateValue {
  return start <= end
    ? { start: isoOf(start), end: isoOf(end), precision }
    : { start: isoOf(end), end: isoOf(start), precision };
}
