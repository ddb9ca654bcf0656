// The openings of a trigger rule: the letters each of its matches opens with.
// A sentence with no word that opens so is not searched for the rule, so the
// openings must hold for every match the rule can make.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openingsOf } from '../src/stages/events/openings.js';
import { TRIGGER_RULES, findTriggers, matchStarts } from '../src/stages/events/triggers.js';
import { SENTENCE_RULES, TRIGGER_RULES as NOT_EVENT_RULES } from '../src/stages/events/not-events.js';

const sorted = (s: Set<string> | null) => (s ? [...s].sort() : null);

describe('openings of a pattern', () => {
  it.each([
    ['air ?strikes?', 3, 6, ['air st', 'airstr']],
    ['(?:jets|warplanes) hit', 3, 6, ['jets h', 'warpla']],
    ['IEDs?', 3, 6, ['ied', 'ieds']],
    ['regain(?:s|ed|ing)?', 3, 6, ['regain']],
    // a class of a few letters is read letter by letter, a wide one ends the opening
    ['gas[- ](?:filled|laden)', 3, 6, ['gas fi', 'gas la', 'gas-fi', 'gas-la']],
    ['made (?:\\w+ )?gains', 3, 6, ['made ', 'made g']],
    ['lost [\\d,]+', 3, 6, ['lost ,', 'lost 0', 'lost 1', 'lost 2', 'lost 3', 'lost 4', 'lost 5', 'lost 6', 'lost 7', 'lost 8', 'lost 9']],
    // lookarounds only narrow a match: they are passed over
    ['strikes?(?<!\\b(?:on|hunger) strikes?)(?= (?:kill|hit)\\b)', 3, 8, ['strike', 'strikes']],
    ['(?<=\\bRussian )raids?', 3, 6, ['raid', 'raids']],
    ['Shell(?:ing|ed)', 3, 4, ['shel']],
    ['a{2,}b', 3, 3, ['aaa', 'aab']],
  ])('%s opens with the strings of %i to %i letters it must', (pattern, shortest, longest, expected) => {
    expect(sorted(openingsOf(pattern, shortest, longest))).toEqual([...expected].sort());
  });

  it.each([
    ['an?', 'a match may be shorter than the shortest opening'],
    ['\\w+ed', 'it may open with any letter'],
    ['.ed', 'it may open with any character'],
    ['[^a]ed', 'a negated class may be anything'],
    ['\\s+killed', 'it opens with a space, not a word'],
    ['-?attack', 'it may open with no word character'],
    ['é(?:t|s)é', 'a letter outside ASCII has more than one case'],
    ['(?:a?)*bcd', 'a loop over what may match nothing'],
  ])('%s has none: %s', (pattern) => {
    expect(openingsOf(pattern, 3, 6)).toBeNull();
  });
});

const SEEDS = join(import.meta.dirname, '..', 'fixtures', 'seeds');
const texts = [
  ...readdirSync(SEEDS).flatMap((f) => readFileSync(join(SEEDS, f), 'utf8').split(/(?<=[.!?])\s+|\n+/)),
  ...NOT_EVENT_RULES.map((r) => r.example),
  ...SENTENCE_RULES.map((r) => r.example),
  'AIR STRIKES hit the town. Air-Raids on Douma; IEDs went off; IED blasts. Jets on Sunday pounded rebel positions.',
  'Rebels Retook the village after clashes; the army LAUNCHED an offensive and regime forces shelled Daraya.',
  'Syria’s İdlib: Kurdish fighters seized the town, 12 were killed and two journalists were taken hostage.',
  'Islamic State lost 1,200 fighters; protesters stormed the embassy; a ceasefire was agreed; troops arrested 20.',
];

describe('openings of the trigger rules', () => {
  it('every match of a rule opens with one of its openings', () => {
    const misses: string[] = [];
    for (const text of texts) {
      for (const rule of TRIGGER_RULES) {
        if (!rule.openings) continue;
        rule.re.lastIndex = 0;
        for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
          const at = text.slice(m.index).toLowerCase();
          if (!rule.openings.some((o) => at.startsWith(o))) misses.push(`${rule.id}: ${m[0]}`);
        }
      }
    }
    expect(misses).toEqual([]);
  });

  it('every match of a rule starts where a word opens as its matches must', () => {
    const misses: string[] = [];
    for (const text of texts) {
      const starts = matchStarts(text);
      TRIGGER_RULES.forEach((rule, r) => {
        rule.re.lastIndex = 0;
        for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) if (starts[r] && !starts[r]!.includes(m.index)) misses.push(`${rule.id}: ${m[0]}`);
      });
    }
    expect(misses).toEqual([]);
  });

  it('a sentence with no trigger word runs no rule', () => {
    expect(matchStarts('The weather in the north of the country was mild on Tuesday.').every((x) => x?.length === 0)).toBe(true);
    expect(findTriggers('The weather in the north of the country was mild on Tuesday.')).toEqual([]);
  });

  it('a rule is tried where its openings are', () => {
    const text = 'The army said on Sunday that its jets struck the town after an air strike hit it.';
    expect(matchStarts(text)[TRIGGER_RULES.findIndex((r) => r.id === 'event.air.strike')]).toEqual([text.indexOf('jets'), text.indexOf('struck'), text.indexOf('air strike'), text.indexOf('strike hit'), text.indexOf('hit it')]);
  });

  it('the triggers found by trying the openings are those of the rules searched through', () => {
    for (const text of texts) {
      const through = TRIGGER_RULES.flatMap((rule) => {
        rule.re.lastIndex = 0;
        return [...text.matchAll(rule.re)].map((m) => `${rule.id}@${m.index}:${m[0]}`);
      });
      const tried = findTriggers(text).map((h) => `${h.rule.id}@${h.start}:${h.text}`);
      // (the triggers kept are the search's, less the shorter of two that overlap)
      expect(tried.every((t) => through.includes(t))).toBe(true);
    }
  });

  it('the triggers found are those of the rules searched in full', () => {
    expect(findTriggers(texts[texts.length - 4]!).map((h) => [h.rule.id, h.text])).toEqual([
      ['event.air.strike', 'AIR STRIKES'],
      ['event.air.strike', 'Air-Raids'],
      ['event.explosive', 'IEDs'],
      ['event.explosive', 'IED'],
      ['event.explosive', 'blasts'],
      ['event.air.strike', 'Jets on Sunday pounded'],
    ]);
  });
});
