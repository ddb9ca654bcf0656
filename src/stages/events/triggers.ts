// Event triggers as data (src/data/triggers.json), validated and compiled once.
import * as z from 'zod';
import raw from '../../data/triggers.json' with { type: 'json' };
import { EVENT_TYPES } from '../../records/schemas.js';
import { escapeRegExp } from '../actors/phrases.js';
import { openingsOf } from './openings.js';

const Rule = z.object({
  id: z.string().regex(/^event\.[a-z0-9.-]+$/),
  kind: z.string().min(1),
  event_type: z.enum(EVENT_TYPES),
  sub_event_type: z.string().min(1),
  forms: z.array(z.string().min(1)).min(1),
  passive: z.array(z.string().min(1)).optional(),
  /** Among triggers of one kind in a clause, the higher rank leads ("a grenade" over "an explosion"); default 0. */
  rank: z.number().int().optional(),
});
/** triggers.json, checked by the build and the tests (src/data/check.ts), not at start-up. */
export const TriggersSchema = z.object({ rules: z.array(Rule).min(1) });

export type TriggerKind =
  | 'territory' | 'clash' | 'air' | 'shelling' | 'suicide' | 'explosive' | 'chemical' | 'execution'
  | 'abduction' | 'kill' | 'destruction' | 'disrupted' | 'agreement' | 'arrests' | 'protest' | 'riot';

export interface TriggerRule {
  id: string;
  kind: TriggerKind;
  event_type: (typeof EVENT_TYPES)[number];
  sub_event_type: string;
  re: RegExp;
  /** The same pattern, matched only where it is put (lastIndex). */
  at: RegExp;
  passive: RegExp | null;
  /** The strings (lower-cased) one of which each match opens with; null: any. */
  openings: string[] | null;
  rank: number;
}

export interface TriggerHit {
  rule: TriggerRule;
  start: number;
  end: number;
  text: string;
  /** "was retaken by": the actor follows "by". */
  passive: boolean;
}

const alternation = (forms: string[]) => `\\b(?:${[...forms].sort((a, b) => b.length - a.length).join('|')})\\b`;

/** How many letters of a form open it: "offens" and "assaul" are rare in a sentence, "the" and "its" are not. */
const OPENING = { shortest: 3, longest: 6 };

function openingsOfForms(forms: string[]): string[] | null {
  const out = new Set<string>();
  for (const form of forms) {
    const o = openingsOf(form, OPENING.shortest, OPENING.longest);
    if (!o) return null;
    for (const x of o) out.add(x);
  }
  return [...out];
}

export const TRIGGER_RULES: TriggerRule[] = (raw as z.infer<typeof TriggersSchema>).rules.map((r) => ({
  id: r.id,
  kind: r.kind as TriggerKind,
  event_type: r.event_type,
  sub_event_type: r.sub_event_type,
  re: new RegExp(alternation(r.forms), 'gi'),
  at: new RegExp(alternation(r.forms), 'iy'),
  passive: r.passive ? new RegExp(`^(?:${r.passive.join('|')})$`, 'i') : null,
  openings: openingsOfForms(r.forms),
  rank: r.rank ?? 0,
}));

/** An ASCII letter in lower case; any other character as it is. */
const lowerCode = (c: number) => (c >= 65 && c <= 90 ? c | 32 : c);
/** Three ASCII characters as one small integer, the key of the openings that begin with them. */
const headKey = (a: number, b: number, c: number) => (a << 14) | (b << 7) | c;

/** The openings by their first three letters, with the rules they open. */
const BY_HEAD = new Map<number, { opening: string; rule: number }[]>();
for (const [i, rule] of TRIGGER_RULES.entries()) {
  for (const opening of rule.openings ?? []) {
    const key = headKey(opening.charCodeAt(0), opening.charCodeAt(1), opening.charCodeAt(2));
    BY_HEAD.set(key, [...(BY_HEAD.get(key) ?? []), { opening, rule: i }]);
  }
}
/** A word that opens as some rule's match must ("air st", "warpla"): where to look for the rules it opens. */
const OPENING_WORD = new RegExp(`\\b(?:${[...new Set(TRIGGER_RULES.flatMap((r) => r.openings ?? []))].map(escapeRegExp).join('|')})`, 'gi');

/** Whether `text` at `at` reads `opening` (lower case, ASCII), as a case-insensitive pattern would. */
function opensWith(text: string, at: number, opening: string): boolean {
  if (at + opening.length > text.length) return false;
  for (let j = 0; j < opening.length; j++) if (lowerCode(text.charCodeAt(at + j)) !== opening.charCodeAt(j)) return false;
  return true;
}

/**
 * Where each rule's matches may start in `text`: the starts of the words that
 * open as the rule's matches must (every match starts at a word's start), in
 * order; null for a rule whose openings are not known, to be searched
 * through. Most sentences name no trigger, and a rule need not be tried
 * between its openings.
 */
export function matchStarts(text: string): (number[] | null)[] {
  const starts = TRIGGER_RULES.map((r): number[] | null => (r.openings === null ? null : []));
  OPENING_WORD.lastIndex = 0;
  for (let m = OPENING_WORD.exec(text); m; m = OPENING_WORD.exec(text)) {
    const i = m.index;
    // (a case-insensitive pattern's ASCII letter matches only ASCII: the three are ASCII)
    for (const o of BY_HEAD.get(headKey(lowerCode(text.charCodeAt(i)), lowerCode(text.charCodeAt(i + 1)), lowerCode(text.charCodeAt(i + 2)))) ?? []) {
      const list = starts[o.rule];
      if (list && list[list.length - 1] !== i && opensWith(text, i, o.opening)) list.push(i);
    }
    // (the next word may start inside this one's opening: "re-take")
    OPENING_WORD.lastIndex = i + 1;
  }
  return starts;
}

/** A rule's matches in `text`, tried only at `starts` when they are known; left to right, none overlapping, as a search through would find them. */
function matchesOf(rule: TriggerRule, text: string, starts: number[] | null): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (starts === null) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) out.push(m);
    return out;
  }
  let end = 0;
  for (const start of starts) {
    if (start < end) continue;
    rule.at.lastIndex = start;
    const m = rule.at.exec(text);
    if (!m) continue;
    out.push(m);
    end = start + m[0].length;
  }
  return out;
}

/** How specific a kind is: when one sentence has several, the most specific leads. */
export const KIND_PRIORITY: Record<TriggerKind, number> = {
  territory: 10, suicide: 9, chemical: 9, explosive: 8, air: 8, shelling: 7, execution: 7, abduction: 6,
  clash: 5, destruction: 4, disrupted: 4, agreement: 3, arrests: 3, riot: 3, protest: 2, kill: 1,
};

const PASSIVE_AUX = /\b(?:was|were|been|being|is|are|be|got)\s+(?:\w+ly\s+)?$/i;

/**
 * ("a bomb attack on a US convoy", "a suicide attack on the base"): a weapon's hit that opens the words of a fight's
 * wins over the longer fight, as the more specific kind.
 */
const namesWeapon = (a: TriggerHit, b: TriggerHit) => b.rule.kind === 'clash' && a.start < b.start && KIND_PRIORITY[a.rule.kind] > KIND_PRIORITY.clash && a.rule.kind !== 'territory';

/** Every trigger in a piece of text; offsets relative to it. Overlaps: the longer hit wins, but for a weapon's before a fight's. */
export function findTriggers(text: string): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const starts = matchStarts(text);
  for (let r = 0; r < TRIGGER_RULES.length; r++) {
    if (starts[r]?.length === 0) continue;
    const rule = TRIGGER_RULES[r]!;
    for (const m of matchesOf(rule, text, starts[r] ?? null)) {
      const word = m[0];
      const passive = !!rule.passive?.test(word) && PASSIVE_AUX.test(text.slice(Math.max(0, m.index - 30), m.index));
      hits.push({ rule, start: m.index, end: m.index + word.length, text: word, passive });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: TriggerHit[] = [];
  for (const h of hits) {
    const clash = kept.find((k) => h.start < k.end && k.start < h.end);
    if (!clash) kept.push(h);
    else if (!namesWeapon(clash, h) && (namesWeapon(h, clash) || h.end - h.start > clash.end - clash.start)) kept[kept.indexOf(clash)] = h;
  }
  return kept;
}
