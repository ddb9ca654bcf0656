// Refiners over the finders' output, in this order: drop what only looks like
// a date (src/data/dates.ts NOT_A_DATE_RULES), then settle overlaps.
import { NOT_A_DATE_RULES } from '../../data/dates.js';
import type { DateCandidate } from './candidate.js';

const CONTEXT = 40;

const COMPILED = NOT_A_DATE_RULES.map((r) => ({
  id: r.id,
  text: r.text ? new RegExp(r.text, r.flags) : null,
  before: r.before ? new RegExp(`(?:${r.before})$`, r.flags) : null,
  after: r.after ? new RegExp(`^(?:${r.after})`, r.flags) : null,
  unlessBefore: r.unlessBefore ? new RegExp(`(?:${r.unlessBefore})$`, r.flags) : null,
}));

/** The id of the not-a-date rule that applies to a candidate, or null. */
export function notADateRuleFor(c: DateCandidate, fullText: string): string | null {
  const before = fullText.slice(Math.max(0, c.start - CONTEXT), c.start);
  const after = fullText.slice(c.end, c.end + CONTEXT);
  for (const r of COMPILED) {
    if (r.text && !r.text.test(c.text)) continue;
    if (r.before && !r.before.test(before)) continue;
    if (r.after && !r.after.test(after)) continue;
    if (r.unlessBefore && r.unlessBefore.test(before)) continue;
    return r.id;
  }
  return null;
}

export function dropNotDates(candidates: DateCandidate[], fullText: string): DateCandidate[] {
  return candidates.filter((c) => notADateRuleFor(c, fullText) === null);
}

/**
 * One mention per stretch of text: the longer match first, then the higher
 * priority (the rule table over chrono), then the earlier one. Length comes
 * first because "May 2015" (chrono) must beat the year rule's "2015", and
 * "last September" (rule) chrono's "September"; at equal length, "this week"
 * is the rule table's.
 */
export function removeOverlaps(candidates: DateCandidate[]): DateCandidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const kept: DateCandidate[] = [];
  for (const c of ranked) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
