// The rules of what is not an event: each applies to the sentence it was
// written for, and that sentence gives no event.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/index.js';
import { SENTENCE_RULES, TRIGGER_RULES, sentenceRuleAt, triggerRuleAt } from '../src/stages/events/not-events.js';
import { findTriggers } from '../src/stages/events/triggers.js';

const events = (text: string) => extractArticle(text, { referenceDate: '2016-06-04' }).events;

describe('rules that make a trigger no event', () => {
  it('have distinct ids', () => {
    const ids = TRIGGER_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(TRIGGER_RULES.map((r) => [r.id, r.example]))('%s applies to its example, which gives no event: %s', (id, example) => {
    const dated = /\b(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(example);
    expect(findTriggers(example).map((h) => triggerRuleAt(h, example, dated))).toContain(id);
    expect(events(example)).toEqual([]);
  });
});

describe('rules that make a sentence no event', () => {
  it.each(SENTENCE_RULES.map((r) => [r.id, r.example]))('%s applies to its example, which gives no event: %s', (id, example) => {
    expect(sentenceRuleAt(example)).toBe(id);
    expect(events(example)).toEqual([]);
  });

  it('a campaign launched under its name is an event; one named as the frame of a side\'s fight is not', () => {
    expect(events('Turkey launched an offensive dubbed Euphrates Shield against IS in Jarablus on Wednesday.').map((e) => e.actor1?.id)).toEqual(['turkey']);
  });

  it('a report of the day is none of them', () => {
    const text = 'Russian air strikes killed 12 civilians in the town of Ariha on Sunday.';
    expect(sentenceRuleAt(text)).toBeNull();
    expect(findTriggers(text).map((h) => triggerRuleAt(h, text, true))).toContain(null);
    expect(events(text)).toHaveLength(1);
  });
});
