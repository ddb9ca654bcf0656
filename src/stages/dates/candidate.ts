// What a date finder hands to the refiners: a mention with the priority that
// settles overlaps between finds of equal length (see removeOverlaps).
import type { DateMention } from '../../document/model.js';

export interface DateCandidate extends DateMention {
  priority: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** 1..12 for a month name or its abbreviation ("Sept"), else null. */
export function monthNumber(name: string): number | null {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 ? null : i + 1;
}
