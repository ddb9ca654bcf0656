// Event triggers as data (src/data/triggers.json), validated and compiled once.
import { z } from 'zod';
import raw from '../../data/triggers.json' with { type: 'json' };
import { EVENT_TYPES } from '../../records/schemas.js';

const Rule = z.object({
  id: z.string().regex(/^event\.[a-z0-9.-]+$/),
  kind: z.string().min(1),
  event_type: z.enum(EVENT_TYPES),
  sub_event_type: z.string().min(1),
  forms: z.array(z.string().min(1)).min(1),
  passive: z.array(z.string().min(1)).optional(),
});
const Triggers = z.object({ rules: z.array(Rule).min(1) });

export type TriggerKind =
  | 'territory' | 'clash' | 'air' | 'shelling' | 'suicide' | 'explosive' | 'chemical' | 'execution'
  | 'abduction' | 'kill' | 'destruction' | 'disrupted' | 'agreement' | 'arrests' | 'protest' | 'riot';

export interface TriggerRule {
  id: string;
  kind: TriggerKind;
  event_type: (typeof EVENT_TYPES)[number];
  sub_event_type: string;
  re: RegExp;
  passive: RegExp | null;
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

export const TRIGGER_RULES: TriggerRule[] = Triggers.parse(raw).rules.map((r) => ({
  id: r.id,
  kind: r.kind as TriggerKind,
  event_type: r.event_type,
  sub_event_type: r.sub_event_type,
  re: new RegExp(alternation(r.forms), 'gi'),
  passive: r.passive ? new RegExp(`^(?:${r.passive.join('|')})$`, 'i') : null,
}));

/** How specific a kind is: when one sentence has several, the most specific leads. */
export const KIND_PRIORITY: Record<TriggerKind, number> = {
  territory: 10, suicide: 9, chemical: 9, explosive: 8, air: 8, shelling: 7, execution: 7, abduction: 6,
  clash: 5, destruction: 4, disrupted: 4, agreement: 3, arrests: 3, riot: 3, protest: 2, kill: 1,
};

const PASSIVE_AUX = /\b(?:was|were|been|being|is|are|be|got)\s+(?:\w+ly\s+)?$/i;

/** Every trigger in a piece of text; offsets relative to it. Overlaps: the longer hit wins. */
export function findTriggers(text: string): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (const rule of TRIGGER_RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
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
    else if (h.end - h.start > clash.end - clash.start) kept[kept.indexOf(clash)] = h;
  }
  return kept;
}
