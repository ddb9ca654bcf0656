// The cue words that let most sentences skip a costly pattern: each form of
// the pattern still finds what it is for, so each form holds a cue.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/index.js';
import { CUED_PATTERNS, isTallySentence, isWarToll } from '../src/stages/events/fatalities.js';
import { BACKER_CUED } from '../src/stages/events/roles.js';
import { sentenceRuleAt } from '../src/stages/events/not-events.js';

describe("a war's toll, one sentence for each of its forms", () => {
  it.each([
    'More than 300000 people have been killed throughout the brutal conflict.',
    'More than 300000 people have died since the uprising against Assad erupted.',
    'The war has claimed more than 300000 lives.',
    'The turmoil has killed thousands in Syria since its revolution.',
    'More than 250000 people have died in the five-year civil war.',
    'At least 300 people were killed in the two-month-old rebellion.',
    'The crisis which has killed over 250000 people goes on.',
    'The Syrian conflict is now in its sixth year.',
    'More than 280000 people have been killed since March 2011.',
    'Hundreds of thousands have been killed since it began.',
    'At least 4000 civilians were killed over the past five years.',
  ])('%s', (text) => {
    expect(isWarToll(text)).toBe(true);
  });

  it('a sentence without such a word is none', () => {
    expect(isWarToll('Russian air strikes killed 12 civilians in the town of Ariha on Sunday.')).toBe(false);
  });
});

describe('a tally over a span of time, one sentence for each of its forms', () => {
  it.each([
    'In the past two weeks more than 200 civilians have been killed in Aleppo.',
    'Air strikes killed 80 people during the two-month offensive on the city.',
    'More than 120 people have been killed in recent weeks in the city.',
    'Seven days of airstrikes had left more than 75 civilians dead.',
    'A week of fighting killed 40 people in the town.',
    'Last month nearly 1200 civilians were killed in Syria.',
    'At least 300 people have been killed since the regime launched its offensive on Aleppo.',
    'At least 300 people have been killed since the start of the battle for the city.',
    'At least 300 people have died since the siege began in the east of the city.',
  ])('%s', (text) => {
    expect(isTallySentence(text)).toBe(true);
    expect(sentenceRuleAt(text)).not.toBeNull();
  });
});

describe("a side's backers, one sentence for each way of naming them", () => {
  const extract = (text: string) => extractArticle(text, { referenceDate: '2016-06-04' }).events;
  it.each([
    ['Syrian government forces, with the support of Russian warplanes, recaptured Palmyra from Islamic State on Sunday.', 'russia'],
    ['Syrian government forces recaptured Palmyra under the cover of Russian air strikes on Sunday.', 'russia'],
    ['Hezbollah and its allies the Syrian army recaptured Qusayr from rebels on Sunday.', 'syrian-government'],
    ['The SDF, together with US special forces, recaptured Manbij from Islamic State on Sunday.', 'united-states'],
    ['Syrian troops backed by Iranian militias recaptured Palmyra from Islamic State on Sunday.', 'progovernment-militias'],
    ['Rebels fought alongside Turkish troops against Islamic State in al-Bab on Sunday.', 'turkey'],
  ])('%s', (text, backer) => {
    expect(extract(text).flatMap((e) => e.assoc_actor1.map((a) => a.id))).toContain(backer);
  });
});

/** The forms of a pattern: its source cut at each "|" outside groups and classes. */
function formsOf(source: string): string[] {
  const forms: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      forms.push(source.slice(start, i));
      start = i + 1;
    }
  }
  return [...forms, source.slice(start)];
}

describe('every form of a cued pattern names one of its cue words', () => {
  it.each([...CUED_PATTERNS, BACKER_CUED].map((c) => [c.id, c]))('%s', (_, { cue, pattern }) => {
    const forms = formsOf(pattern.source);
    expect(forms.length).toBeGreaterThan(1);
    expect(forms.filter((f) => !cue.test(f))).toEqual([]);
  });
});
