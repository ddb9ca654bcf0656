// Date rules as data: the relative expressions that news uses ("last week",
// "earlier this year", "the past three months", "in 2014") and the numbers and
// words that only look like dates ("60 per cent", "a march", "Sunday Times").
// Each rule has a stable id (what tests assert and --explain prints) and one
// line of real text it is for. Calendar expressions with a month or a weekday
// ("20 March, 2016", "on Tuesday") are found by chrono, through src/nlp/chrono.ts.

export type DateRuleKind =
  /** today, tonight, this morning */
  | 'publication-day'
  /** yesterday (1), the day before yesterday (2): `days` back */
  | 'days-before'
  /** three days ago, a year ago */
  | 'units-ago'
  /** this week, earlier this month, so far this year */
  | 'this-unit'
  /** last week, last month, late last year */
  | 'last-unit'
  /** next week */
  | 'next-unit'
  /** the past three months, in recent days, the last 24 hours */
  | 'rolling-window'
  /** over the weekend, last weekend */
  | 'weekend'
  /** last September, early June, mid-July 2014 */
  | 'month-modified'
  /** August last year, 10 September last year */
  | 'month-of-named-year'
  /** in 2014, since 2013, early 2014 */
  | 'year'
  /** 2011-2014 */
  | 'year-range';

export interface DateRule {
  id: string;
  kind: DateRuleKind;
  /**
   * Regular expression source. Named groups: `date` (the span of the mention;
   * the whole match when absent), `n` (a count), `unit`, `mod`, `month`, `year`, `year2`, `day`, `day2`, `which`.
   */
  pattern: string;
  /** Flags besides `d` and `g`. */
  flags: string;
  /** For `days-before`: how many days before publication. */
  days?: number;
  /** The text just before the match must end with this (regex source), unless group `mod` matched. */
  before?: string;
  /**
   * Lower-case words one of which every match holds: the pattern only runs on
   * text that holds one of them (a plain substring search of the lower-cased
   * text, far cheaper than the pattern's own scan). Case-insensitive patterns
   * fold ASCII letters only (no `u` flag), so lower-casing the text loses none.
   */
  cues: string[];
  example: string;
}

/** Counts as words: "three days ago", "the past few months". */
const COUNT =
  '\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|few|a\\s+few|several|a\\s+couple\\s+of|couple\\s+of';

const MONTH =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';

/** Years a conflict article speaks of; wider numbers are counts, not years. */
const YEAR = '19[5-9]\\d|20[0-4]\\d';
/** What every year of YEAR begins with. */
const YEAR_CUES = ['19', '20'];
/** What every month of MONTH begins with, lower-cased. */
const MONTH_CUES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const YEAR_MOD =
  '[Ee]arly|[Ll]ate|[Mm]id|(?:[Tt]he\\s+)?(?:end|start|beginning|middle|spring|summer|autumn|fall|winter)\\s+of|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter';

export const DATE_RULES: DateRule[] = [
  {
    id: 'date.relative.today',
    kind: 'publication-day',
    pattern: '\\b(?:(?:earlier|later)\\s+)?(?:today|tonight|this\\s+(?:morning|afternoon|evening))\\b',
    flags: 'i',
    cues: ['today', 'tonight', 'morning', 'afternoon', 'evening'],
    example: '"We are getting closer to the centre of Hajin today."',
  },
  {
    id: 'date.relative.day-before-yesterday',
    kind: 'days-before',
    days: 2,
    pattern: '\\bthe\\s+day\\s+before\\s+yesterday\\b',
    flags: 'i',
    cues: ['yesterday'],
    example: 'Rebels shelled the town the day before yesterday.',
  },
  {
    id: 'date.relative.yesterday',
    kind: 'days-before',
    days: 1,
    pattern: '\\b(?:yesterday|(?:late\\s+)?last\\s+night)\\b',
    flags: 'i',
    cues: ['yesterday', 'night'],
    example: 'Air strikes hit the hospital yesterday, the monitor said.',
  },
  {
    id: 'date.relative.ago',
    kind: 'units-ago',
    pattern: `\\b(?<n>${COUNT})\\s+(?<unit>days?|weeks?|months?|years?)\\s+ago\\b`,
    flags: 'i',
    cues: ['ago'],
    example: 'The town was captured by the jihadists two years ago.',
  },
  {
    id: 'date.relative.this-unit',
    kind: 'this-unit',
    pattern: '\\b(?:(?:earlier|later)\\s+)?this\\s+(?<unit>week|month|year)s?\\b(?!-)',
    flags: 'i',
    cues: ['this'],
    // not "This week-long campaign of bombing"
    example: 'the operation to re-take the Isis stronghold of Palmyra earlier this year',
  },
  {
    id: 'date.relative.part-of-this-unit',
    kind: 'this-unit',
    pattern: '\\b(?:the\\s+)?(?:start|beginning|end|middle|first\\s+half|second\\s+half)\\s+of\\s+(?:the|this)\\s+(?<unit>year|month)\\b',
    flags: 'i',
    cues: ['year', 'month'],
    example: 'More than 1,000 civilians have been killed since the start of the year.',
  },
  {
    id: 'date.relative.last-unit',
    kind: 'last-unit',
    pattern: '\\b(?:(?:early|late|earlier)\\s+)?last\\s+(?<unit>week|month|year)\\b(?!-)',
    flags: 'i',
    cues: ['last'],
    example: 'They have made little progress since then, but last week intensified their attacks.',
  },
  {
    id: 'date.relative.next-unit',
    kind: 'next-unit',
    pattern: '\\bnext\\s+(?<unit>week|month|year)\\b(?!-)',
    flags: 'i',
    cues: ['next'],
    example: 'Talks are due to resume in Geneva next week.',
  },
  {
    id: 'date.rolling.past-n-units',
    kind: 'rolling-window',
    pattern: `\\b(?:the\\s+)?(?:past|last|previous)\\s+(?<n>${COUNT})\\s+(?<unit>hours|days|weeks|months|years)\\b`,
    flags: 'i',
    cues: ['past', 'last', 'previous'],
    example: 'In the past three months, the group has lost 8 percent of its territories.',
  },
  {
    id: 'date.rolling.past-unit',
    kind: 'rolling-window',
    pattern: '\\b(?:the\\s+)?past\\s+(?<unit>day|week|fortnight|month|year)\\b',
    flags: 'i',
    cues: ['past'],
    example: 'Fighting over the past week has displaced thousands.',
  },
  {
    id: 'date.rolling.recent-units',
    kind: 'rolling-window',
    pattern: '\\b(?<n>recent)\\s+(?<unit>days|weeks|months)\\b',
    flags: 'i',
    cues: ['recent'],
    example: 'The US-led coalition has been striking targets in Raqqa in recent days.',
  },
  {
    id: 'date.relative.weekend',
    kind: 'weekend',
    pattern: '\\b(?:(?<mod>last|this|past)\\s+)?weekend\\b',
    flags: 'i',
    cues: ['weekend'],
    example: 'Government forces advanced over the weekend.',
  },
  {
    id: 'date.month.modified',
    kind: 'month-modified',
    pattern: `\\b(?<mod>[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate|[Mm]id|(?:[Tt]he\\s+)?(?:end|start|beginning|middle)\\s+of)[\\s-]+(?<month>${MONTH})\\.?(?:,?\\s+(?<year>${YEAR}))?\\b`,
    flags: '',
    cues: MONTH_CUES,
    example: 'Russian forces, which intervened in support of longtime ally Assad last September',
  },
  {
    id: 'date.month.of-named-year',
    kind: 'month-of-named-year',
    pattern: `\\b(?:(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?(?<month>${MONTH})\\.?(?:\\s+(?<day2>\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(?<which>last|this|next)\\s+year\\b`,
    flags: '',
    cues: ['year'],
    example: 'In August last year another car bomb killed 20 people.',
  },
  {
    id: 'date.year.range',
    kind: 'year-range',
    pattern: `(?<![\\w.,$£€#/:'’-])(?<year>${YEAR})\\s*[-–/]\\s*(?<year2>${YEAR}|\\d\\d)(?![\\w%]|[.,:]\\d)`,
    flags: '',
    cues: YEAR_CUES,
    example: 'the 2011-2014 drought that drove farmers into the cities; the 2015-16 budget',
  },
  {
    id: 'date.year.in-context',
    kind: 'year',
    pattern: `(?<![\\w.,$£€#/:'’-])(?:(?<mod>${YEAR_MOD})[\\s-]+)?(?<year>${YEAR})(?![\\w%]|[.,:]\\d|[-–/]\\d|\\s*(?:per\\s*cent|percent)\\b)`,
    flags: '',
    cues: YEAR_CUES,
    before:
      "(?:\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Dd]uring|[Tt]hrough|[Tt]hroughout|[Bb]efore|[Aa]fter|[Bb]etween|[Oo]f|[Ss]ince|[Aa]round|[Cc]irca|[Aa]nd|[Oo]r|[Tt]o|[Yy]ears?|[Ee]nd|[Ss]tart|[Tt]he)\\s+(?:the\\s+)?|\\(\\s*|\\b(?:19|20)\\d\\d\\s*[-–]\\s*)$",
    example: 'IS overran large swathes of Syria and neighbouring Iraq in 2014.',
  },
  {
    // a year that names an event by when it happened: "a lightning 2014 campaign", "its 2017 offensive"
    id: 'date.year.of-event',
    kind: 'year',
    pattern: `(?<![\\w.,$£€#/:'’-])(?<year>${YEAR})(?=\\s+(?:campaign|offensive|war|attack|attacks|assault|battle|siege|uprising|revolution|invasion|blitz|advance|takeover|capture|conquest|push|operation|bombing|bombings|massacre|ceasefire|truce|deal|agreement|accord|protests|crackdown|coup)\\b)`,
    flags: '',
    cues: YEAR_CUES,
    example: 'The terrorist group seized large areas of both Syria and Iraq in a lightning 2014 campaign.',
  },
];

/**
 * Words that a month-only mention ("July") needs just before it to be a date.
 * "In July, it lost Mosul" and "since March" qualify.
 */
export const BARE_MONTH_CONTEXT =
  '(?:\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Dd]uring|[Tt]hrough|[Tt]hroughout|[Bb]efore|[Aa]fter|[Bb]etween|[Oo]f|[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate|[Ee]nd|[Ss]tart|[Aa]nd|[Oo]r|[Tt]o)\\s+(?:(?:the\\s+)?(?:month\\s+of\\s+))?|\\bmid-|\\(\\s*)$';

/**
 * Things that look like dates but are not. A rule applies to a found mention
 * when all its given tests pass: `text` on the mention's text, `before` on the
 * text just before it (anchored at its end), `after` on the text just after it
 * (anchored at its start), and `unlessBefore` fails on the text before it.
 */
export interface NotADateRule {
  id: string;
  text?: string;
  before?: string;
  after?: string;
  /** The rule does not apply when the text just before the mention ends with this. */
  unlessBefore?: string;
  /** Regex flags for all tests. */
  flags: string;
  example: string;
}

const COUNT_NOUN =
  'people|persons|lives|individuals|civilians|fighters|militants|militiamen|gunmen|servicemen|rebels|jihadists|insurgents|combatants|troops|soldiers|personnel|policemen|men|women|children|refugees|migrants|families|residents|members|deaths|dead|casualties|killed|wounded|injured|prisoners|detainees|hostages|displaced|homes|houses|buildings|villages|positions|targets|strikes|airstrikes|air\\s+strikes|raids|sorties|rockets|missiles|shells|bombs|vehicles|tanks|tons|tonnes|km|kilometres|kilometers|miles|metres|meters|dollars|euros|pounds|hectares|acres|votes|cases|times|hours|minutes|days|weeks|months|years';

const BARE_YEAR = `^(?:${YEAR})$`;

export const NOT_A_DATE_RULES: NotADateRule[] = [
  {
    id: 'date.not.lowercase-month',
    // Month names are capitalised in English: lowercase ones are verbs and nouns.
    text: '^(?:in\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b',
    flags: '',
    example: 'Thousands joined a march on the capital; the talks may resume.',
  },
  {
    id: 'date.not.lowercase-weekday',
    text: '^(?:on\\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b',
    flags: '',
    example: 'A scorching Baghdad heat clung on, although the sun had set a few hours before.',
  },
  {
    id: 'date.not.bare-month',
    // A month with neither day nor year needs a word that makes it a time:
    // "In July, it lost Mosul" is a date, "May God protect them" is not.
    text: `^(?:${MONTH})\\.?$`,
    unlessBefore: BARE_MONTH_CONTEXT,
    flags: '',
    example: 'Theresa May said the attack was a crime.',
  },
  {
    id: 'date.not.year-count',
    text: BARE_YEAR,
    after: `^(?:(?:\\s*(?:and|or|to|-|–)\\s*[\\d,]+)?\\s+(?:[A-Za-z-]+\\s+)?(?:${COUNT_NOUN})\\b|\\s+(?:to|and)\\s+(?:a\\s+few\\s+|several\\s+)?(?:hundreds?|dozens?|thousands?)\\b)`,
    // "In 2014 jihadists seized Mosul" is a year: after "in", "since" and the like, a year stays a year.
    unlessBefore: '\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Tt]hroughout|[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate)\\s+$',
    flags: '',
    example: 'the 2000 Syrian fighters who crossed; the population fell from 2000 to a few hundred.',
  },
  {
    id: 'date.not.year-quantity',
    text: BARE_YEAR,
    before:
      '\\b(?:about|around|some|nearly|almost|over|than|least|most|up\\s+to|estimated|roughly|approximately|total\\s+of|number\\s+of|No\\.?|number|code|Resolution|resolution|route|Route|flight|Flight)\\s+$',
    flags: '',
    example: 'Nearly 2000 people were killed; UN Security Council Resolution 2254.',
  },
  {
    id: 'date.not.named-group',
    // Lebanon's "March 14 alliance", Egypt's "6 April Youth Movement".
    text: `^(?:\\d{1,2}\\s+(?:${MONTH})|(?:${MONTH})\\s+\\d{1,2})$`,
    after: '^\\s+(?:[Aa]lliance|[Mm]ovement|[Cc]oalition|[Bb]loc|[Cc]amp|[Bb]rigades?|[Dd]ivision|[Rr]evolution|[Mm]artyrs|[Yy]outh|[Gg]roup|[Ff]orces|[Pp]arty|[Cc]urrent)\\b',
    flags: '',
    example: 'The March 14 alliance accused Hezbollah of dragging Lebanon into the war.',
  },
  {
    id: 'date.not.year-count-range',
    // the second end of a range of counts: "between 1500 and 2000", "from 300 to 2000"
    text: BARE_YEAR,
    before: '(?:^|\\D)(?!(?:19[5-9]\\d|20[0-4]\\d)\\b)\\d[\\d,]*\\s*(?:to|and|or|-|–)\\s*$',
    flags: '',
    example: 'Estimates of the dead range from 1500 to 2000.',
  },
  {
    id: 'date.not.year-toll',
    text: BARE_YEAR,
    before: '\\b(?:rose|risen|rising|increased|climbed|jumped|reached|reaching|stood|stands|toll\\s+(?:of|to|at)|at)\\s+(?:to\\s+|at\\s+)?$',
    flags: 'i',
    example: 'The death toll in the city rose to 2000.',
  },
  {
    id: 'date.not.outlet-weekday',
    text: '^Sunday$',
    after: '^\\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Mail|Observer|People|Independent)\\b',
    flags: '',
    example: 'the Sunday Times reported',
  },
  {
    id: 'date.not.named-day',
    text: '^(?:Sunday|Friday|Monday|Tuesday|Saturday)$',
    before: '\\b(?:Bloody|Black|Good|Cyber|Super|Ash|Holy)\\s+$',
    flags: '',
    example: 'the anniversary of Bloody Sunday',
  },
  {
    id: 'date.not.generic-weekday',
    text: '^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$',
    before: '\\b(?:every|each|most|on\\s+a)\\s+$',
    flags: 'i',
    example: 'Protesters gathered every Friday after prayers.',
  },
  {
    id: 'date.not.outlet-today',
    text: '^today$',
    before: '\\b(?:Russia|USA|Syria|Iraq|Turkey|Lebanon|Gulf|Egypt)\\s+$',
    flags: 'i',
    example: 'Russia Today broadcast the footage.',
  },
];

