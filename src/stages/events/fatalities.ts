// Death counts in a sentence: "at least 26 Isis fighters had been killed, as
// well as nine members of Syrian security forces" is 35 (low 35); "dozens"
// is a range; "no fatalities were reported" is 0; the wounded are not dead.
import raw from '../../data/fatalities.json' with { type: 'json' };
import * as z from 'zod';
import { escapeRegExp } from '../actors/phrases.js';

/** fatalities.json, checked by the build and the tests (src/data/check.ts), not at start-up. */
export const FatalitiesSchema = z.object({
  numberWords: z.record(z.string(), z.number()),
  vague: z.record(z.string(), z.tuple([z.number(), z.number().nullable()])),
  personNouns: z.array(z.string()),
  deathWords: z.array(z.string()),
  injuryWords: z.array(z.string()),
  qualifiers: z.record(z.string(), z.string()),
  zero: z.array(z.string()),
  singularNouns: z.array(z.string()),
  maxEventToll: z.number().int().positive(),
});
const DATA = raw as unknown as z.infer<typeof FatalitiesSchema>;

const alt = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

const NUMBER_WORDS = new Map(Object.entries(DATA.numberWords));
const VAGUE = new Map(Object.entries(DATA.vague));
const QUALIFIERS = new Map(Object.entries(DATA.qualifiers));

// "at least 26", "nearly 1,000", "twenty-three", "dozens of", "a dozen"
const QUALIFIER = `(?:(${alt([...QUALIFIERS.keys()])})\\s+)?`;
// "two dozen", "three hundred", "five thousand": a multiple
const MULTIPLIERS: ReadonlyMap<string, number> = new Map([['dozen', 12], ['hundred', 100], ['thousand', 1000]]);
const NUMERAL = `(\\d{1,3}(?:,\\d{3})+|\\d+|(?:${alt([...NUMBER_WORDS.keys()].filter((w) => w !== 'a' && w !== 'an'))})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?:\\s+(?:${[...MULTIPLIERS.keys()].join('|')})\\b)?|${alt([...VAGUE.keys()])})`;
// Up to four words between the number and the noun: "26 Isis fighters", "nine members of Syrian security forces"
// Filler words are modifiers ("Isis", "alleged", "Syrian security"), never a verb,
// a number, a time word or a function word: "23 2015 Ten children" is not a count.
// A casualty word ends the phrase: "15 other injured when terrorist ..." counts no terrorist.
const CASUALTY_WORD = `${alt(DATA.deathWords)}|${alt(DATA.injuryWords)}|injure|injures|wound|wounds`;
const FILLER = `(?:(?!(?:the|a|an|number|numbers|were|was|are|is|be|been|have|has|had|saying|said|says|citing|that|there|who|which|and|or|but|in|on|at|from|to|by|with|for|as|than|when|while|after|during|years?|months?|days?|weeks?|hours?|minutes?|per|percent|kilomet\\w*|miles?|${CASUALTY_WORD})\\b)[A-Za-z][\\w'’-]*|\\d{1,3}-(?:year|month|week|day)s?-old)`;
// ... and the noun is the head: "a number of terrorist hideouts" counts hideouts, not terrorists
const THING_AFTER = `(?!\\s+(?:hideouts?|positions?|targets?|bases?|vehicles?|groups?|organi[sz]ations?|cells?|attacks?|gatherings?|headquarters|posts?|dens?|sites?|fortifications?|tunnels?|weapons|ammunition|depots?|convoys?|factions?|networks?|camps?|checkpoints?)\\b)`;
const NOUN = `((?:${FILLER}\\s+){0,3}?)(${alt(DATA.personNouns)})\\b${THING_AFTER}`;
const COUNT_RE = new RegExp(`\\b${QUALIFIER}${NUMERAL}\\s+(?:of\\s+(?:the\\s+)?)?${NOUN}`, 'gi');
const DEATH_RE = new RegExp(`\\b(?:${alt(DATA.deathWords)})\\b`, 'gi');
const INJURY_RE = new RegExp(`\\b(?:${alt(DATA.injuryWords)})\\b`, 'gi');
const OWN_INJURY = new RegExp(`^(?:${alt(DATA.injuryWords)})\\b`, 'i');
const ZERO_RE = new RegExp(`\\b(?:${alt(DATA.zero)})\\b`, 'i');
// "the death toll rose to 58", "putting the death toll at at least 70", "killing at least 12", "killed 48"
// The words between may not be a casualty word or a place preposition: "kill a woman
// injure 9" does not kill nine, "killed in four air strikes" does not kill four.
const TOLL_GAP = `(?:(?!(?:in|on|near|during|after|when|while|and|${CASUALTY_WORD})\\b)\\w+\\s+){0,3}?`;
const TOLL_RE = new RegExp(`\\b(?:death toll|toll|killing|killed|kills|kill|(?:execution|executions|massacre|beheading|beheadings|murder|slaughter|slaying) of|(?:claimed|claiming|took|taking) (?:the )?lives of|left)\\s+${TOLL_GAP}(?:at|to|of|reached|stands at|stood at|is|was)?\\s*${QUALIFIER}${NUMERAL}\\b(?!\\s*(?:%|per ?cent|km|kilomet|miles|years?|-year|hours?|days?|weeks?|months?)|\\s+to\\s+\\d)`, 'gi');
/** "in recent weeks": a window of weeks or more, which sums up violence rather than telling an event */
export const RECENT_WINDOW = String.raw`\b(?:in|over|during)\s+(?:the\s+)?recent\s+(?:weeks|months|years)\b`;
// "In the past two weeks more than 200 civilians have been killed in Aleppo", "heavy
// bombardment in recent weeks, including air strikes that killed at least 23", "airstrikes had
// killed more than 280 civilians during the two-month offensive", "Seven days
// of airstrikes had left more than 75 civilians dead", "Last month nearly 1200 civilians
// were killed": a sentence that sums up weeks of violence reports no one event.
// "have been killed since the regime launched its offensive", "since the start of the operation": a campaign's tally
const SINCE_CAMPAIGN = String.raw`\bsince\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:launched|began|started|kicked\s+off)\s+(?:its|the|their|a)\s+(?:[\w-]+\s+){0,2}?(?:offensive|campaign|operation|assault|push|drive)\b|\bsince\s+the\s+(?:start|beginning|launch|outset)\s+of\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:offensive|campaign|operation|assault|battle|siege|push)\b|\bsince\s+the\s+(?:offensive|campaign|operation|assault|siege)\s+(?:began|started|was\s+launched)\b`;
// "were killed in 21 ISIS operations in separate areas of the desert": many acts' dead
const MANY_ACTS = String.raw`\bin\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|several|multiple|numerous|a\s+series\s+of)\s+(?:separate\s+)?(?:[\w-]+\s+)?(?:operations|attacks|incidents|raids|ambushes|bombings)\s+(?:in|across|on)\s+(?:separate|several|different|various|many)\b`;
const SPAN = String.raw`\b(?:in|over|during|within)\s+the\s+(?:last|past)\s+(?:(?:few|several|\w+|\d+)\s+)?(?:weeks|months|years)\b|\b(?:during|over|in|throughout)\s+(?:the|its|their)\s+(?:\w+|\d+)[- ](?:week|month|year)(?:[- ]long)?\s+(?:offensive|campaign|operation|siege|assault|battle|bombardment|war)\b|${RECENT_WINDOW}|\b(?:(?:\w+|\d+)\s+(?:days|weeks|months)|a\s+(?:week|month))\s+of\s+(?:(?:\w+\s+)?(?:air ?strikes|raids|fighting|infighting|bombardment|bombing|shelling|clashes|violence))\b|^\s*(?:Last|This)\s+(?:month|year)\b|${SINCE_CAMPAIGN}|${MANY_ACTS}`;
const SUMMARY = new RegExp(SPAN, 'i');

/**
 * A test of a whole sentence that remembers its last answer: the sentence
 * rules and the count of the sentence's dead ask the same of one sentence,
 * one after the other.
 */
function answeringTwice(test: (text: string) => boolean): (text: string) => boolean {
  let last: string | null = null;
  let answer = false;
  return (text) => {
    if (text !== last) {
      answer = test(text);
      last = text;
    }
    return answer;
  };
}

// Each form of SPAN names a span ("days", "weeks", "month", "year") or starts "since": a
// sentence with none sums up no span, and most sentences have none
const SPAN_CUE = /days|week|month|year|since|separate|several|different|various|many/i;
// ("left as many as 46 dead, making it the deadliest for civilians ... since it began its campaign": a comparison with the
// campaign sums up no span)
const isSummary = answeringTwice((text) => SPAN_CUE.test(text) && SUMMARY.test(text.replace(SUPERLATIVE_SINCE, ' ')));
// "more than 300 people have been killed in air strikes on Aleppo since April": months summed up in the perfect
const SINCE_MONTH = /\bsince\s+(?:(?:early\s+|late\s+|mid-?)?(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)|the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?:year|month))\b/i;
const PERFECT_DEATHS = /\b(?:has|have|had)\s+(?:now\s+|so far\s+|\w+ly\s+)?(?:been\s+killed|killed|died)\b/i;

// ("Kilis ... has been hit by rockets more than 70 times this year": a record over a span)
const SPAN_RECORD = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|scores\s+of|hundreds\s+of|several|many|countless)\s+times\b|\b(?:this|last)\s+(?:year|month)\b|\bin\s+recent\s+(?:weeks|months|years)\b/i;

/**
 * "Kilis ... has been hit by rockets more than 70 times this year. More than 20 people have been killed.": the dead
 * counted in the perfect right after a record over a span are that span's toll, as they would be in one sentence.
 */
export function continuesTally(text: string, previous: string): boolean {
  return PERFECT_DEATHS.test(text) && (SPAN_RECORD.test(previous) || SINCE_MONTH.test(previous) || TALLY.test(previous));
}

// ("the coalition said its raids in Syria and Iraq had unintentionally killed at least 220 civilians": the dead of acts over
// two countries, told in the perfect)
const TWO_COUNTRIES = /\b(?:in|across)\s+(?:both\s+)?(?:Syria\s+and\s+Iraq|Iraq\s+and\s+Syria)\b/i;

// ("hundreds of militants had been killed in the campaign": a campaign's dead)
const IN_THE_CAMPAIGN = /\b(?:killed|died)\s+(?:in|during|since\s+the\s+start\s+of)\s+the\s+(?:campaign|operation)\b/i;
// ("The fighting has so far resulted in the death of at least 68 civilians": the dead the fighting has run up)
const SO_FAR_RESULTED = /\b(?:has|have|had)\s+(?:so\s+far|thus\s+far|to\s+date|now)\s+(?:resulted\s+in|caused|led\s+to|left|killed|claimed)\b/i;
// ("The SDF said 49 people were killed in these attacks": the dead of the many acts a report just counted)
const IN_THESE_ACTS = /\b(?:killed|died|dead)\s+(?:in|during|by)\s+(?:these|those|such|all\s+(?:these|those|the))\s+(?:attacks|operations|strikes|raids|incidents|bombings|assaults)\b/i;
/** The dead told in the perfect over months, over two countries or a campaign: a tally, whatever else the sentence says. */
const perfectTally = (text: string) => ((SINCE_MONTH.test(text) || TWO_COUNTRIES.test(text) || IN_THE_CAMPAIGN.test(text)) && PERFECT_DEATHS.test(text)) || SO_FAR_RESULTED.test(text) || IN_THESE_ACTS.test(text);

export function isTallySentence(text: string): boolean {
  if (perfectTally(text)) return true;
  if (!isSummary(text)) return false;
  DEATH_RE.lastIndex = 0;
  return DEATH_RE.test(text);
}

// "The death toll from Russian and Syrian strikes in the opposition-held city of Al
// Quriyah has risen to 82 people": the toll and its figure far apart
const TOLL_RISE_RE = new RegExp(`\\b(?:death toll|toll|number of (?:the )?(?:dead|deaths|fatalities|victims|martyrs|(?:people|civilians|persons|citizens)\\s+(?:who\\s+(?:were|have\\s+been|had\\s+been)\\s+)?killed|people who died|those killed))\\b[^.;]{0,120}?\\b(?:rose|risen|rises|rising|climbed|climbs|jumped|jumps|increased|increases|mounted|mounts|reached|reaches|hit|hits)\\s+(?:to\\s+)?${QUALIFIER}${NUMERAL}\\b(?!\\s*(?:%|per ?cent))`, 'gi');
// "It rose to 5 at least (...) the number of people who were killed in the city of Douma", "it increased to 6 ..., the
// number of martyrs": the figure before the toll it is
const TOLL_ROSE_BEFORE_RE = new RegExp(`\\b(?:it|the\\s+toll)\\s+(?:has\\s+)?(?:rose|risen|increased|climbed|went\\s+up)\\s+to\\s+${QUALIFIER}${NUMERAL}\\b(?=(?:\\s+at\\s+least)?[^.;]{0,200}?\\bthe\\s+number\\s+of\\s+(?:the\\s+)?(?:people|civilians|martyrs|persons|citizens|dead|victims)\\b)`, 'gi');
// "days of fighting that cost more than 500 lives", "claimed 30 lives": a count of lives lost
// "has put the death toll from a drone attack that targeted a military graduation ceremony in Homs at 80"
const TOLL_PUT_AT_RE = new RegExp(`\\b(?:put|puts|putting|placed|places|placing)\\s+(?:the|its|their)\\s+(?:(?:final|latest|initial|overall|preliminary)\\s+)?(?:death\\s+)?toll\\b[^.;]{0,120}?\\bat\\s+${QUALIFIER}${NUMERAL}\\b(?!\\s*(?:%|per ?cent))`, 'gi');
const LIVES_RE = new RegExp(`\\b(?:cost|costing|claimed|claiming|took|taking)\\s+(?:the\\s+)?${QUALIFIER}${NUMERAL}\\s+(?:lives|souls)\\b`, 'gi');
// "bringing the death toll to 45", "raised the death toll from airstrikes on a market ... the previous day to 61"
const TOLL_BRING_RE = new RegExp(`\\b(?:bringing|brought|raised|raising|revised|revising|updated|updating)\\s+(?:the\\s+|its\\s+|their\\s+)?(?:death\\s+)?toll\\b(?:\\s+(?:up|upwards))?(?:\\s+(?:from|for|of)\\s+[^.;]{0,100}?)?\\s+to\\s+${QUALIFIER}${NUMERAL}\\b(?!\\s*(?:%|per ?cent))`, 'gi');
// "a monitor said, bringing to 45 the number killed", "The Observatory updated to 18 its toll for the number of rebels
// killed": the running toll the report adds up to
const TOLL_BRING_TO_RE = new RegExp(`\\b(?:bringing|brought|raised|raising|revised|revising|updated|updating)\\s+to\\s+${QUALIFIER}${NUMERAL}(?=\\s+(?:the|its|their)\\s+(?:number\\s+(?:killed|dead|of\\s+(?:dead|deaths|victims|people\\s+killed))|(?:death\\s+)?toll)\\b)`, 'gi');
// "left dozens wounded", "killed 5 and wounded 20 others": the wounded are not dead
// ("50 others—including children and several in critical condition—were injured": an aside between dashes may come between)
const INJURED_NEXT = new RegExp(`^(?:\\s*[—–]\\s*[^—–.;]{1,80}?\\s*[—–])?\\s*(?:(?:others?|other|people|more|civilians|citizens|persons)(?:\\s*[—–]\\s*[^—–.;]{1,80}?\\s*[—–]\\s*|\\s+)){0,2}(?:(?:were|was|are|have been|had been|has been|got)\\s+)?(?:(?:also|reportedly|seriously|critically|lightly|badly)\\s+)?(?:${alt(DATA.injuryWords)}|injure|injures)\\b`, 'i');
// "More than 300000 people have been killed since the war began", "in Syria's
// three-year war": a toll of the whole war, not of the event reported.
const WAR = String.raw`(?:(?:civil|military|brutal|bloody|long)\s+)?(?:war|conflict|uprising|crisis|revolution|turmoil)(?![\w-])`;
const CUMULATIVE = new RegExp(String.raw`\b(?:since|throughout)\s+(?:the\s+|its\s+|syria'?s\s+|the\s+country'?s\s+)?${WAR}|\b(?:war|conflict|uprising|crisis|revolution)\b[^.;]{0,60}?\b(?:began|begun|erupted|broke out|started)\b|\b(?:war|conflict|uprising|crisis)\s+(?:has|had)\s+(?:since\s+|now\s+|so far\s+)?(?:killed|claimed)\b|\b(?:\w+|\d+)-(?:year|month)(?:-old)?\s+(?:civil\s+)?(?:conflict|war|rebellion|uprising|revolt)\b|\b(?:war|conflict|uprising|crisis)\s+(?:that|which|in which)\b[^.;]{0,80}\b(?:killed|claimed|died|dead)\b|\bin its \w+ year\b|\bsince\s+(?:[\w-]+\s+){0,3}2011\b|\bsince\s+(?:erupting|it began|it started|its (?:start|outbreak|beginning)|the (?:start|outbreak|beginning))\b|\bover\s+(?:the\s+(?:past|last)\s+)?(?:\w+|\d+)\s+years\b|\b(?:throughout|across)\s+the\s+war-(?:battered|torn|ravaged|wracked)\s+country\b|\bsince\s+then\b[^.;]{0,60}?\b(?:have|has)\s+been\s+killed\b|\b(?:have|has)\s+been\s+killed\b[^.;]{0,100}?\bsince\s+then\b`, 'i');

// "making it one of the deadliest confrontations ... since the start of Syria's war", "described as among the worst in the
// countrys six-year war": a comparison with the war, not its toll
const SUPERLATIVE_SINCE = /\b(?:deadliest|bloodiest|worst|biggest|largest|heaviest|fiercest|most\s+(?:intense|violent|serious|deadly))\b(?:[^.;]{0,100}?\bsince\b[^.;]*|[^.;]{0,60}?\b(?:in|of|during)\s+(?:the\s+|its\s+|syria['’]?s\s+|the\s+country['’]?s\s+)?(?:[\w-]+\s+){0,2}?(?:civil\s+)?(?:war|conflict)\b)/gi;
/** Whether the sentence tells the toll of the war as a whole ("since the war began in 2011"). */
// Each form of CUMULATIVE names the war ("war", "conflict", "uprising", "crisis", "revolution",
// "turmoil", "rebellion", "revolt"), a year, or starts "since": a sentence with none tells no
// war's toll (dropping the comparisons with the war leaves no such word that was not there)
const WAR_TOLL_CUE = /war|conflict|uprising|crisis|revol|turmoil|rebellion|year|since/i;
/** Each costly pattern with the cue words its every form holds (a test reads the forms for them). */
export const CUED_PATTERNS: readonly { id: string; cue: RegExp; pattern: RegExp }[] = [
  { id: 'cue.war-toll', cue: WAR_TOLL_CUE, pattern: CUMULATIVE },
  { id: 'cue.span', cue: SPAN_CUE, pattern: SUMMARY },
];
// "marking the sixth killing in the camp since the beginning of the month": the place of one act in a series, not a tally
const ORDINAL_SINCE = /\b(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\s+(?:[\w'’-]+\s+){0,5}?since\b[^,.;]*/gi;
export const isWarToll = answeringTwice((text) => WAR_TOLL_CUE.test(text) && CUMULATIVE.test(text.replace(SUPERLATIVE_SINCE, ' ').replace(ORDINAL_SINCE, ' ')));
// "More than 550 civilians have been killed in the last two months", "since April":
// a tally over weeks or months, not the toll of the event reported. (The sentence may
// still report an event: "Mosul, held by the jihadists since June 2014".)
const TALLY = new RegExp(String.raw`\b(?:in|over|during|within|for)\s+the\s+(?:last|past|first)\s+(?:(?:few|several|\w+|\d+)\s+)?(?:weeks?|months?|years?)\b|\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?:year|month)\b|\bsince\s+(?:the\s+(?:start|beginning|end)\s+of\s+|early\s+|late\s+|mid-?)?(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|(?:19|20)\d\d)(?![\w-])|\b(?:campaign|offensive|bombardment|bombing|siege|air war|infighting)\s+(?:has|have|had)\s+(?:so far\s+|now\s+|already\s+)?(?:killed|claimed)\b|\b(?:has|have|had)\s+(?:been\s+)?(?:so far\s+)?(?:killed|claimed)\b[^.;]{0,80}\b(?:this|last|that)\s+(?:year|month)\b|\bfrom\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))(?:,?\s+\d{4})?\s+(?:to|until|till|through)\s+`, 'i');
// "in Syria's three-year war": the whole war's toll when the figure is that large
const IN_THE_WAR = new RegExp(String.raw`\b(?:in|during|over)\s+(?:the\s+|its\s+|this\s+|syria'?s\s+|the\s+country'?s\s+)?(?:(?:\w+|\d+)[- ](?:years?|months?)(?:[- ]old)?\s+)?(?:(?:Syrian|Iraqi|Yemeni|Libyan|Afghan)\s+)?${WAR}`, 'i');
// "Russia has so far lost at least 12 soldiers in the Syrian war": a war's tally, however small
const SO_FAR = /\b(?:so\s+far|to\s+date|in\s+total|altogether|all\s+told)\b/i;
// "killed in 2016": a year is not a count
const YEAR = /^(?:19|20)\d\d$/;
// "58 dead", "Dozens have died", "hundreds were killed"
const DEAD_AFTER_RE = new RegExp(`\\b${QUALIFIER}${NUMERAL}\\s+(?:(?:have|had|were|are|was)\\s+(?:been\\s+)?)?(?:dead|deaths|fatalities|killed|died|bodies)\\b`, 'gi');

// One person: "the beheading of the city's 82-year-old former antiquities chief",
// "an Isis militant who was reportedly killed", "killing a child"
const SINGULAR = `(${alt(DATA.singularNouns)})(?![\\w'’-])`;
/** A spelled-out number above one ("two", "a dozen"): the count of the others a single one is told with. */
const MANY_WORD = alt([...NUMBER_WORDS.keys()].filter((w) => w !== 'a' && w !== 'an' && w !== 'one'));
/** A person named with an age: "Seif Abdul Ajel, 22,", "Ahmad al-Hamad, aged 45,". */
export const AGED_PERSON = /\b([A-Z][\w'’-]+(?:\s+(?:(?:al|el|bin|ibn|Abu|Abdul|Abdel)[\s-]+)?[A-Z][\w'’-]+){1,3}),\s+(?:aged\s+)?\d{1,2}(?:,|\s+(?=was\b))/;
const ONE_RES = [
  // "A member of the Turkish Red Crescent was killed in an attack on their vehicle", "a member of the SDF was killed"
  new RegExp(`\\b(?:a|an|one)\\s+(member|volunteer|worker|employee|fighter|officer|soldier|commander|leader)\\s+of\\s+(?:the\\s+)?(?:[\\w'’().-]+\\s+){0,5}?(?:who\\s+)?(?:was|had been|has been)\\s+(?:\\w+\\s+)?(?:killed|shot dead|executed|beheaded|murdered|assassinated)\\b`, 'gi'),
  // "Seif Abdul Ajel, 22, was found killed by shots to the head"
  new RegExp(`${AGED_PERSON.source}\\s*(?:who\\s+)?(?:was|had been|has been)\\s+(?:\\w+\\s+)?(?:killed|shot dead|(?<=found )dead|executed|beheaded|murdered|assassinated)\\b`, 'g'),
  new RegExp(`\\b(?:beheading|execution|killing|assassination|murder|death|shooting dead|(?:claiming|claimed|took|taking) the life) of (?:the |a |an |his |her |its |their )?(?:[\\w'’-]+\\s+){0,5}?${SINGULAR}`, 'gi'),
  new RegExp(`\\b(?:a|an) (?:[\\w'’-]+\\s+){0,3}?${SINGULAR}\\s+(?:who\\s+)?(?:was|had been|has been)\\s+(?:\\w+\\s+)?(?:killed|shot dead|(?<=found )dead|executed|beheaded|murdered|assassinated)\\b`, 'gi'),
  // a headline without its verb "was": "A child killed 7 people injured in terrorist attacks"
  new RegExp(`^(?:\\d{1,2}\\s+\\w+\\s+\\d{4}\\s+)?(?:a|an|one) (?:[\\w'’-]+\\s+){0,2}?${SINGULAR}\\s+(?:killed|dies|died|dead)\\b`, 'gi'),
  new RegExp(`\\b(?:killing|killed|kills|kill|beheaded|executed|assassinated|murdered|shot dead|shoots dead|shooting dead|gunned down|fatally (?:shot|stabbed)|fatally shooting)\\s+(?:a|an|the|one)\\s+(?:[\\w'’-]+\\s+){0,4}?${SINGULAR}`, 'gi'),
  // "killing four soldiers and a civilian": one more after a count of the dead ("two of his brothers and his niece")
  new RegExp(`\\b(?=(?:a|an|one|his|her|their)\\s)(?<=\\b(?:\\d+|${MANY_WORD})\\s+(?:[\\w'’-]+\\s+){0,2}?(?:[\\w'’-]+s|women|men|children|people)\\s+and\\s+)(?:a|an|one|his|her|their)\\s+(?:[\\w'’-]+\\s+){0,2}?${SINGULAR}(?!\\s+(?:[\\w'’-]+\\s+){0,2}?(?:was|were|is|are)\\s+(?:also\\s+)?(?:wounded|injured|hurt|arrested|abducted|kidnapped))`, 'gi'),
  // "A woman and her three children ... were killed", "A Turkish soldier and 4 mercenaries have been killed": one before the
  // count of the others
  new RegExp(`\\b(?:a|an|one)\\s+(?:[\\w'’-]+\\s+){0,3}?${SINGULAR}(?=\\s+and\\s+(?:(?:his|her|their|its)\\s+)?(?:\\d+|${MANY_WORD})\\s+[^.;]{0,80}?\\b(?:were|have\\s+been|had\\s+been)\\s+(?:\\w+\\s+)?(?:killed|shot dead|executed|beheaded|murdered)\\b)`, 'gi'),
  // "... as well as another child were killed": one more
  new RegExp(`\\b(?:another|one\\s+more)\\s+(?:[\\w'’-]+\\s+){0,2}?${SINGULAR}(?=,?\\s+(?:(?:was|were|had\\s+been|has\\s+been|have\\s+been)\\s+(?:also\\s+)?)?(?:killed|shot dead|executed|beheaded|murdered)\\b)`, 'gi'),
  // A headline in title case: "Syrian Army Kills Top Terrorist Commander in Daraa"
  new RegExp(`\\b(?:Kills|Killed|Kill)\\s+(?:[A-Z][\\w'’-]*\\s+){0,3}?(${DATA.singularNouns.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})(?![\\w'’-])`, 'g'),
];

// "A woman and a child were killed": two people, one noun each
const TWO_RE = new RegExp(`\\b(?:a|an|one) (?:[\\w'’-]+\\s+){0,2}?${SINGULAR}\\s+and\\s+(?:a|an|one|his|her|their) (?:[\\w'’-]+\\s+){0,2}?(?:${alt(DATA.singularNouns)})\\s+(?:were|have been|had been)\\s+(?:\\w+\\s+)?(?:killed|shot dead|executed|beheaded|murdered)\\b`, 'gi');

// A headline's "Terrorist attacks leave child and woman dead", "Shelling leaves a child dead"
const ONE_NOUN = `(?:a\\s+|an\\s+)?(?:[\\w'’-]+\\s+)?(?:${alt(DATA.singularNouns)})`;
const CORRECTED_AFTER = /(?<=\b(?:claimed|claim|claims|said|reported|put)\b[^.;]{0,120}),\s*(?:but|while|whereas)\s+(?=[^.;]{0,80}\bonly\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)/i;
const LEFT_WOUNDED_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:wounded|injured|hurt)\b/i;
const LEFT_DEAD = (nouns: string) => new RegExp(`\\b(?:leaves?|left|leaving)\\s+${nouns}\\s+dead\\b`, 'gi');
const TWO_LEFT_RE = LEFT_DEAD(`${ONE_NOUN}\\s+and\\s+${ONE_NOUN}`);
const ONE_LEFT_RE = LEFT_DEAD(ONE_NOUN);

const CITED_BEFORE = /\b(?:according\s+to|citing|quoting|told\s+by|said\s+by)\s+(?:[\w'’-]+\s+){0,4}?(?:and\s+)?$/i;
/** People counted by their nouns, not by a figure: two first, then one. */
const NAMED_COUNTS: [RegExp, number][] = [[TWO_RE, 2], [TWO_LEFT_RE, 2], [ONE_LEFT_RE, 1], ...ONE_RES.map((re): [RegExp, number] => [re, 1])];

export interface FatalityCount {
  /** Exact or minimum count; null when only a vague range is known. */
  count: number | null;
  low: number | null;
  high: number | null;
  qualifier: string;
  text: string;
  start: number;
  end: number;
  /** The counted noun phrase ("Isis fighters"), for assigning a side. */
  noun: string;
}

function toNumber(word: string): { count: number | null; low: number | null; high: number | null } | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d/.test(w)) {
    const n = Number(w.replace(/,/g, ''));
    return Number.isFinite(n) ? { count: n, low: n, high: n } : null;
  }
  const vague = VAGUE.get(w);
  if (vague) return { count: null, low: vague[0], high: vague[1] };
  const whole = NUMBER_WORDS.get(w);
  if (whole !== undefined) return { count: whole, low: whole, high: whole };
  // "twenty-three" adds, "a hundred" / "two hundred" / "two dozen" multiplies
  let total = 0;
  for (const p of w.split(/[- ]/)) {
    const times = MULTIPLIERS.get(p);
    const v = times ?? NUMBER_WORDS.get(p);
    if (v === undefined) return null;
    total = times ? Math.max(total, 1) * times : total + v;
  }
  return { count: total, low: total, high: total };
}

function withQualifier(n: { count: number | null; low: number | null; high: number | null }, q: string | undefined) {
  const qualifier = q ? QUALIFIERS.get(q.toLowerCase()) ?? q.toLowerCase() : n.count === null ? 'vague' : 'exact';
  if (n.count === null) return { ...n, qualifier };
  switch (qualifier) {
    case 'at least':
    case 'more than':
      return { count: n.count, low: n.count, high: null, qualifier };
    case 'up to':
      return { count: n.count, low: null, high: n.count, qualifier };
    default:
      return { ...n, qualifier };
  }
}

const TAKEN_RIGHT_BEFORE = /\b(?:captur(?:ed|ing)|abduct(?:ed|ing)|kidnapp(?:ed|ing)|arrest(?:ed|ing)|detain(?:ed|ing)|tak(?:ing|en)\s+hostage)\s+(?:at\s+least\s+|another\s+|some\s+)?$/i;

const LIST_THEN_VERB = /^(?:\s+(?:and|of|from)\s+|\s*,\s*)[^.;]{0,140}?\b(?:were|have\s+been|had\s+been)\s+(?:also\s+)?(killed|slain|dead|wounded|injured|hurt)\b/i;

/** The nearest casualty word on either side decides whether a count is of the dead. */
function classify(text: string, start: number, end: number): 'death' | 'injury' | null {
  const after = text.slice(end, end + 70);
  const before = text.slice(Math.max(0, start - 45), start);
  const firstAfter = (re: RegExp) => {
    re.lastIndex = 0;
    const m = re.exec(after);
    return m ? m.index : Infinity;
  };
  const lastBefore = (re: RegExp) => {
    re.lastIndex = 0;
    let pos = -Infinity;
    for (let m = re.exec(before); m; m = re.exec(before)) pos = m.index + m[0].length;
    return pos === -Infinity ? Infinity : before.length - pos;
  };
  // "a child were killed and twenty civilians including children were treated": the count's own verb decides
  // ("and one of his companions, whose identity was not given, was wounded", "at least two civilians, including a child, were
  // wounded": past a relative clause or an aside)
  // ("and 27 others - 13 police and 14 civilians - were injured": past an aside between dashes)
  const ownVerb = /^(?:\s*,\s*(?:who|whose|which|including|among\s+them)\b[^,.;]{0,60},|\s+[-–—]\s+[^-–—.;]{1,80}?\s+[-–—])?\s+(?:[\w-]+\s+){0,3}?(?:were|was|are|is|had been|have been|has been)\s+(?:also\s+|reportedly\s+|seriously\s+|critically\s+|lightly\s+|badly\s+)?/i.exec(after);
  if (ownVerb && /\band\s+$/i.test(before) && OWN_INJURY.test(after.slice(ownVerb[0].length))) return 'injury';
  // ("killing five people and capturing five others": a count taken, not killed)
  if (TAKEN_RIGHT_BEFORE.test(before)) return null;
  // ('"... but unfortunately they were dead," one activist told the paper': who speaks after a quote closes)
  if (/[,.!?]["”]\s*$/.test(before)) return null;
  // "killing 5 civilians and wounding 20": a verb right before the count governs it
  const dB0 = lastBefore(DEATH_RE), iB0 = lastBefore(INJURY_RE);
  if (Math.min(dB0, iB0) <= 16) return dB0 < iB0 ? 'death' : 'injury';
  // "ten children were among at least 48 people killed": then the verb right after the phrase
  const dA = firstAfter(DEATH_RE), iA = firstAfter(INJURY_RE);
  if (Math.min(dA, iA) < 40) return dA < iA ? 'death' : 'injury';
  if (Math.min(dB0, iB0) < 45) return dB0 < iB0 ? 'death' : 'injury';
  if (Math.min(dA, iA) < 70) return dA < iA ? 'death' : 'injury';
  // ("Five Shiite fighters and three members of the Kurdish peshmerga forces, including a senior commander, were killed": the
  // first of a list whose verb comes after the others)
  const listVerb = LIST_THEN_VERB.exec(text.slice(end, end + 170));
  if (listVerb) return /^(?:killed|slain|dead)$/i.test(listVerb[1]!) ? 'death' : 'injury';
  return null;
}

export interface SentenceFatalities {
  counts: FatalityCount[];
  /** "no fatalities were reported" */
  zero: boolean;
  /** Sum over the distinct groups the sentence counts, or null. */
  total: { best: number | null; low: number | null; high: number | null } | null;
  /** The sentence counts the dead of a war, a campaign or a span of time, not of one event. */
  tally: boolean;
}

const KILLED_AND_INJURED_NEXT = /^\s+(?:[\w-]+\s+){0,2}?(?:were\s+|have been\s+|had been\s+)?(?:killed|dead)\s*(?:,|and|or|&)?\s*(?:injured|wounded)\b/i;
const DEAD_NOUNS = new Set(DATA.personNouns.filter((n) => DATA.deathWords.includes(n)));
const PERSON_NOUNS = new Set(DATA.personNouns.map((n) => n.toLowerCase()));
/** ("claimed the lives of at least 11 soldiers"): the people a toll's figure counts, named right after it, or ''. */
function personNounAfter(after: string): string {
  const words = /^\s+((?:[\w'’-]+\s+){0,2}?[\w'’-]+)/.exec(after)?.[1];
  if (!words) return '';
  const parts = words.split(/\s+/);
  for (let n = parts.length; n > 0; n--) if (PERSON_NOUNS.has(parts[n - 1]!.toLowerCase())) return parts.slice(0, n).join(' ');
  return '';
}
const MONTH_BEFORE = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+$/;

const COMPANIONS_RES = [
  new RegExp(`\\b(?:alongside|along with|together with|and|with)\\s+${QUALIFIER}${NUMERAL}\\s+(?:other\\s+)?(?:of\\s+)?(?:his|her)\\s+(?:[\\w-]+\\s+)?(?:comrades|men|fighters|companions|bodyguards|aides|guards|escorts|associates|colleagues|followers|deputies|assistants|relatives|sons|brothers|family members|children|members)\\b`, 'gi'),
  // "Khaldoun and four members of his entourage were killed"
  new RegExp(`\\b(?:alongside|along with|together with|and|with)\\s+${QUALIFIER}${NUMERAL}\\s+(?:other\\s+)?(?:members|men|fighters|guards|companions|relatives|passengers)\\s+of\\s+(?:his|her)\\s+(?:entourage|family|group|convoy|escort|guard|team|unit|household)\\b`, 'gi'),
  // "Khaldoun al-Zoubi and four others were killed": a person named with the others
  new RegExp(`(?<=\\b[A-Z][\\w'’-]+(?:\\s+(?:(?:al|el|Al|El|bin|ibn|Abu|Abdul|Abdel)[\\s-]+)?[A-Z][\\w'’-]+){0,3})\\s+(?:and|along with|together with|alongside)\\s+${QUALIFIER}${NUMERAL}\\s+others\\b`, 'g'),
];

// Every pattern above needs one of these words: a sentence with none counts no dead (most sentences)
const ANY_DEATH_WORD = new RegExp(`${alt(DATA.deathWords)}|toll|lives|life|souls|left|victims|assassinat|gunned|execution|murder|massacre|beheading|slaughter|slaying`, 'i');

export function findFatalities(text: string): SentenceFatalities {
  if (!ANY_DEATH_WORD.test(text)) {
    const zero = ZERO_RE.test(text);
    return { counts: [], zero, total: zero ? { best: 0, low: 0, high: 0 } : null, tally: false };
  }
  const counts: FatalityCount[] = [];
  const taken: [number, number][] = [];
  const overlaps = (a: number, b: number) => taken.some(([x, y]) => a < y && x < b);
  const push = (m: RegExpExecArray, q: string | undefined, num: string, noun: string, requireDeath: boolean) => {
    const start = m.index, end = m.index + m[0].length;
    if (overlaps(start, end)) return;
    const n = toNumber(num);
    if (!n || YEAR.test(num)) return;
    const numStart = start + m[0].indexOf(num);
    // "more than 10 million displaced": millions are a war's figures, never one event's count
    if (/^\s*(?:million|billion|m\b|bn\b)/i.test(text.slice(numStart + num.length, numStart + num.length + 9))) return;
    // "at around 330 am whose bodies still lie there": a time of day (its colon lost), not a count
    if (/^\s*(?:a\.m\.|p\.m\.|(?:am|pm|hrs|GMT)\b|o['’]clock)/i.test(text.slice(numStart + num.length, numStart + num.length + 9))) return;
    // "killed a two-day-old baby", "a 12-year-old boy", "children aged 10": an age, not a count
    if (/^-(?:day|week|month|year)s?-old\b/i.test(text.slice(numStart + num.length, numStart + num.length + 12)) || /\baged\s+$/i.test(text.slice(Math.max(0, numStart - 8), numStart))) return;
    // "on July 25 killed at least seven": the day of a month, not a count
    if (/^\d/.test(num) && MONTH_BEFORE.test(text.slice(Math.max(0, numStart - 12), numStart))) return;
    // "a" and "one" alone are too weak: "one of the fighters", "a man" are not counts of the dead
    // "6 Lebanese martyrs": a noun that says its people died
    const deadNoun = DEAD_NOUNS.has(noun.split(/\s+/).pop()!.toLowerCase());
    if (requireDeath && !deadNoun && classify(text, start, end) !== 'death') return;
    if (INJURED_NEXT.test(text.slice(end, end + 120))) return;
    // "175 Nusra Terrorists Killed Injured", "killed or wounded": the dead and the wounded in one figure
    if (KILLED_AND_INJURED_NEXT.test(text.slice(end, end + 40))) return;
    taken.push([start, end]);
    counts.push({ ...withQualifier(n, q), text: m[0], start, end, noun });
  };
  COUNT_RE.lastIndex = 0;
  for (let m = COUNT_RE.exec(text); m; m = COUNT_RE.exec(text)) {
    const before = counts.length;
    push(m, m[1], m[2], `${m[3]}${m[4]}`.trim(), true);
    // "2016 Ninety-two civilians": a refused year must not swallow the count after it
    // (a refused "at least two civilians" is not tried again as "two civilians", closer to the word before the qualifier)
    if (counts.length === before) COUNT_RE.lastIndex = m[1] ? m.index + m[0].indexOf(m[2]!, m[1].length) + m[2]!.length : m.index + Math.max(1, m[0].search(/\s/) + 1);
  }
  DEAD_AFTER_RE.lastIndex = 0;
  for (let m = DEAD_AFTER_RE.exec(text); m; m = DEAD_AFTER_RE.exec(text)) push(m, m[1], m[2], '', false);
  for (const re of [TOLL_RE, TOLL_RISE_RE, TOLL_ROSE_BEFORE_RE, TOLL_BRING_RE, TOLL_BRING_TO_RE, TOLL_PUT_AT_RE, LIVES_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // "killing 5 people" is already counted by the noun pattern
      const numStart = m.index + m[0].lastIndexOf(m[2]);
      if (overlaps(numStart, numStart + m[2].length)) continue;
      // ("the attack left 20 soldiers wounded": those it left are the wounded)
      if (/^left\b/i.test(m[0]) && LEFT_WOUNDED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
      push(m, m[1], m[2], re === TOLL_RE ? personNounAfter(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) : '', false);
    }
  }
  for (const [re, n] of NAMED_COUNTS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (overlaps(m.index, m.index + m[0].length)) continue;
      // ("according to two witnesses and a local activist": the people a report cites are its sources, not its dead)
      if (CITED_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index))) continue;
      taken.push([m.index, m.index + m[0].length]);
      counts.push({ count: n, low: n, high: n, qualifier: 'exact', text: m[0], start: m.index, end: m.index + m[0].length, noun: m[1] });
    }
  }
  counts.sort((a, b) => a.start - b.start);
  // ("Local reports claimed eight Iraqi soldiers were killed ..., but security and hospital sources told Kurdistan 24 only
  // three were killed": a figure a report corrects is no toll)
  const corrected = CORRECTED_AFTER.exec(text);
  if (corrected && counts.some((c) => c.start < corrected.index) && counts.some((c) => c.start > corrected.index)) {
    for (let i = counts.length - 1; i >= 0; i--) if (counts[i]!.start < corrected.index) counts.splice(i, 1);
  }
  // "Ramadan al-Sabta alongside nine of his comrades were killed": the one they were with is one more
  if (counts.length === 1) {
    let m: RegExpExecArray | null = null;
    for (const re of COMPANIONS_RES) {
      re.lastIndex = 0;
      if ((m = re.exec(text))) break;
    }
    const c = counts[0]!;
    const at = m ? m.index + m[0].indexOf(m[2]!, m[0].search(/\s/)) : -1;
    if (m && c.count !== null && at >= c.start && at < c.end) counts[0] = { ...c, count: c.count + 1, low: c.low === null ? null : c.low + 1, high: c.high === null ? null : c.high + 1 };
  }
  const before = counts.length;
  for (let i = counts.length - 1; i >= 0; i--) if ((counts[i].count ?? counts[i].low ?? 0) > DATA.maxEventToll) counts.splice(i, 1);
  let tally = counts.length < before;
  if (isWarToll(text) || TALLY.test(text.replace(ORDINAL_SINCE, ' ')) || isSummary(text) || perfectTally(text) || (IN_THE_WAR.test(text) && (counts.some((c) => (c.count ?? c.low ?? 0) >= 1000) || SO_FAR.test(text)))) {
    tally ||= counts.length > 0;
    counts.length = 0;
  }
  const zero = ZERO_RE.test(text);
  return { counts, zero, total: combine(text, counts, zero), tally };
}

/**
 * Distinct groups add up ("26 Isis fighters ... as well as nine members"); a
 * group said to be among another does not ("ten children were among at least
 * 48 people"); a repeated figure is one figure.
 */
export function combine(text: string, counts: FatalityCount[], zero: boolean): SentenceFatalities['total'] {
  if (counts.length === 0) return zero ? { best: 0, low: 0, high: 0 } : null;
  const groups: FatalityCount[] = [];
  // ("seven people - five civilians and two soldiers - were killed": the parts of a toll told after a dash or a colon,
  // up to where their list ends; the end of the last part)
  let partsEnd = -1;
  for (const c of counts) {
    if (partsEnd >= 0 && /^\s*(?:,|,?\s*and)\s*$/i.test(text.slice(partsEnd, c.start))) {
      partsEnd = c.end;
      continue;
    }
    partsEnd = -1;
    const prev = groups[groups.length - 1];
    if (prev && /^(?:\s+[-–—]\s+|\s*[–—:]\s*)$/.test(text.slice(prev.end, c.start))) {
      partsEnd = c.end;
      continue;
    }
    if (prev) {
      const between = text.slice(prev.end, c.start);
      // "killed between 229 and 425 civilians": a range, not two groups
      if (/^\s*and\s*$/i.test(text.slice(prev.start + prev.text.search(/\d/) + String(prev.count ?? '').length, c.start)) && /\bbetween\s+$/i.test(text.slice(Math.max(0, prev.start - 10), prev.start + prev.text.search(/\d/)))) {
        groups[groups.length - 1] = { ...c, count: null, low: prev.count ?? prev.low, high: c.count ?? c.high, qualifier: 'range', start: prev.start, text: text.slice(prev.start, c.end) };
        continue;
      }
      // "Assad regime kills 32 ... 32 people were killed": one toll told twice
      if (c.count !== null && c.count === prev.count && (c.noun === prev.noun || !c.noun || !prev.noun)) continue;
      const before = text.slice(Math.max(0, c.start - 12), c.start);
      // ("It rose to 5 at least (a citizen woman, man and two of his children ...)": who they were, in brackets after the count)
      const bracketed = /^(?:\s+at\s+least)?\s*\([^()]*$/.test(between);
      // ("the death toll stood at 246, 135 of them civilians": a part told with its whole)
      const subset = bracketed || /\bamong\b/i.test(between) || /\bamong\s*$/i.test(before) || /\b(?:including|of whom|of them|among them)\b/i.test(between) || /^\S+\s+(?:of them|of whom)\b/i.test(c.text);
      const joined = /^[\s,]*(?:as well as|and|along with|in addition to|plus|while|,)\s*/i.test(between) || /\bas well as\b|\band\b/i.test(between);
      if (subset) {
        if ((c.count ?? c.low ?? 0) > (prev.count ?? prev.low ?? 0)) groups[groups.length - 1] = c;
        continue;
      }
      if (!joined || (c.count !== null && c.count === prev.count && c.noun === prev.noun)) {
        // separate statements of one toll: keep the larger
        if ((c.count ?? c.low ?? 0) > (prev.count ?? prev.low ?? 0)) groups[groups.length - 1] = c;
        continue;
      }
    }
    groups.push(c);
  }
  const exact = groups.every((g) => g.count !== null);
  // "up to a hundred" has no lower bound
  const low = groups.every((g) => g.low !== null) ? groups.reduce((s, g) => s + (g.low ?? 0), 0) : null;
  const highs = groups.map((g) => g.high);
  const high = highs.every((h) => h !== null) ? highs.reduce((s, h) => s + (h ?? 0), 0) : null;
  const best = exact ? groups.reduce((s, g) => s + (g.count ?? 0), 0) : null;
  return { best, low, high };
}
