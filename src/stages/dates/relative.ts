// Finds and resolves the rule-table expressions of src/data/dates.ts: the
// relative ones ("last week", "the past three months") against the
// publication date, and bare years ("in 2014") on their own.
import type { DateValue } from '../../document/model.js';
import { DATE_RULES, type DateRule } from '../../data/dates.js';
import {
  UNRESOLVED,
  dayNumber,
  dayValue,
  isValidDay,
  mondayOf,
  monthValue,
  partsOf,
  rangeValue,
  shiftDayByMonths,
  shiftMonth,
  weekdayOnOrBefore,
  weekdayOf,
  yearValue,
} from './calendar.js';
import { monthNumber, type DateCandidate } from './candidate.js';

interface CompiledRule {
  rule: DateRule;
  re: RegExp;
  before: RegExp | null;
}

const COMPILED: CompiledRule[] = DATE_RULES.map((rule) => ({
  rule,
  re: new RegExp(rule.pattern, `${rule.flags}dg`),
  before: rule.before ? new RegExp(rule.before) : null,
}));

/** Rule priority over chrono when two finds have the same length. */
const RULE_PRIORITY = 2;

const COUNT_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90,
};

/** A count, or null for vague ones ("a few", "several", "recent"). */
function countOf(word: string | undefined): number | null {
  if (word === undefined) return 1;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(w)) return +w;
  return COUNT_WORDS[w] ?? null;
}

type Unit = 'hour' | 'day' | 'week' | 'month' | 'year';

function unitOf(word: string | undefined): Unit | null {
  const w = (word ?? '').toLowerCase();
  if (w.startsWith('hour')) return 'hour';
  if (w.startsWith('day')) return 'day';
  if (w.startsWith('week')) return 'week';
  if (w === 'fortnight') return 'week';
  if (w.startsWith('month')) return 'month';
  if (w.startsWith('year')) return 'year';
  return null;
}

function weekOf(n: number): DateValue {
  const monday = mondayOf(n);
  return rangeValue(monday, monday + 6, 'week');
}

function monthAt(pub: number, delta: number): DateValue {
  const p = partsOf(pub);
  const t = shiftMonth(p.year, p.month, delta);
  return monthValue(t.year, t.month);
}

function unitAt(unit: Unit, pub: number, delta: number): DateValue {
  switch (unit) {
    case 'hour':
    case 'day':
      return dayValue(pub + delta);
    case 'week':
      return weekOf(pub + 7 * delta);
    case 'month':
      return monthAt(pub, delta);
    case 'year':
      return yearValue(partsOf(pub).year + delta);
  }
}

/**
 * A window that ends at publication ("in the past three months"). Windows of
 * up to two weeks are week precision; longer ones keep their bounds but no
 * calendar month or year describes them, so their precision is unknown.
 */
function rollingWindow(unit: Unit, count: number | null, pub: number): DateValue {
  switch (unit) {
    case 'hour':
      // "In the past few hours, regime forces have made important advances"
      if (count === null || count <= 24) return dayValue(pub);
      return rangeValue(pub - Math.ceil(count / 24), pub, 'week');
    case 'day':
    case 'week': {
      const days = (count ?? (unit === 'day' ? 7 : 2)) * (unit === 'week' ? 7 : 1);
      return rangeValue(pub - days, pub, days <= 14 ? 'week' : 'unknown');
    }
    case 'month':
    case 'year':
      if (count === null) return UNRESOLVED;
      return rangeValue(shiftDayByMonths(pub, -count * (unit === 'year' ? 12 : 1)), pub, 'unknown');
  }
}

function resolveRule(rule: DateRule, g: Record<string, string | undefined>, pub: number | null): DateValue {
  if (rule.kind === 'year') return yearValue(+g.year!);
  if (rule.kind === 'year-range') {
    const a = +g.year!;
    // "2015-16": the second year shares the first one's century
    const b = g.year2!.length === 2 ? Math.floor(a / 100) * 100 + +g.year2! : +g.year2!;
    return a <= b ? rangeValue(dayNumber(a, 1, 1), dayNumber(b, 12, 31), 'year') : UNRESOLVED;
  }
  if (rule.kind === 'month-modified' && g.year) return monthValue(+g.year, monthNumber(g.month!)!);
  if (pub === null) return UNRESOLVED;
  const unit = unitOf(g.unit);
  switch (rule.kind) {
    case 'publication-day':
      return dayValue(pub);
    case 'days-before':
      return dayValue(pub - (rule.days ?? 1));
    case 'units-ago': {
      const count = countOf(g.n);
      if (!unit) return UNRESOLVED;
      if (count === null) return unit === 'day' ? rangeValue(pub - 7, pub - 1, 'week') : UNRESOLVED;
      return unitAt(unit, pub, -count);
    }
    case 'this-unit':
      return unit ? unitAt(unit, pub, 0) : UNRESOLVED;
    case 'last-unit':
      return unit ? unitAt(unit, pub, -1) : UNRESOLVED;
    case 'next-unit':
      return unit ? unitAt(unit, pub, 1) : UNRESOLVED;
    case 'rolling-window':
      return unit ? rollingWindow(unit, countOf(g.n), pub) : UNRESOLVED;
    case 'weekend': {
      // "last weekend" said on a weekend is the one before.
      let saturday = weekdayOnOrBefore(pub, 6);
      const wd = weekdayOf(pub);
      if (g.mod?.toLowerCase() === 'last' && (wd === 6 || wd === 0)) saturday -= 7;
      return rangeValue(saturday, saturday + 1, 'week');
    }
    case 'month-of-named-year': {
      const month = monthNumber(g.month!)!;
      const which = g.which!.toLowerCase();
      const year = partsOf(pub).year + (which === 'last' ? -1 : which === 'next' ? 1 : 0);
      const day = g.day ?? g.day2;
      if (day === undefined) return monthValue(year, month);
      return isValidDay(year, month, +day) ? dayValue(dayNumber(year, month, +day)) : UNRESOLVED;
    }
    case 'month-modified': {
      const month = monthNumber(g.month!)!;
      const p = partsOf(pub);
      const mod = g.mod!.toLowerCase();
      let year = p.year;
      if (mod === 'next') year = month > p.month ? p.year : p.year + 1;
      else if (mod === 'last') year = month < p.month ? p.year : p.year - 1;
      else year = month <= p.month ? p.year : p.year - 1;
      return monthValue(year, month);
    }
  }
  return UNRESOLVED;
}

/** Rule-table date expressions in `text` (offsets shifted by `offset`). */
export function findRuleDates(text: string, publishedDay: number | null, offset: number): DateCandidate[] {
  const out: DateCandidate[] = [];
  const lower = text.toLowerCase();
  for (const { rule, re, before } of COMPILED) {
    if (!rule.cues.some((w) => lower.includes(w))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const g = m.groups ?? {};
      const [s, e] = m.indices?.groups?.date ?? m.indices![0];
      if (before && !g.mod && !before.test(text.slice(Math.max(0, s - 40), s))) continue;
      out.push({
        start: offset + s,
        end: offset + e,
        text: text.slice(s, e),
        value: resolveRule(rule, g, publishedDay),
        rule: rule.id,
        priority: RULE_PRIORITY,
      });
    }
  }
  return out;
}
