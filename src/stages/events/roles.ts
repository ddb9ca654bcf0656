// Who acts and who is acted upon, from the sentence's structure around the
// trigger: passive "was retaken by X", "airstrikes by X", "between X and Y",
// subject before / object after the trigger, and backers ("backed by
// Russian forces", "with support from Russia") as associated actors.
import type { ActorInfo, ActorMention } from '../../document/model.js';
import { SINCE_PASSIVE } from './clauses.js';
import type { TriggerHit } from './triggers.js';

export interface ActorPick {
  info: ActorInfo;
  mention: string;
  start: number;
}

export interface Roles {
  actor1: ActorPick | null;
  actor2: ActorPick | null;
  assoc1: ActorPick[];
  assoc2: ActorPick[];
  rule: string;
}

// "Backed by Russian forces, Syrian troops ...", "supported by coalition air strikes",
// "led on the ground by Russian forces", "with support from Russia"
// "fighting alongside Al Qaeda-affiliated Al Nusra Front against regime forces": the
// subject's companions, whichever side they stand nearer to in the sentence
// ("alongside Turkish troops against Islamic State": the enemy is no companion)
const ALLY_BEFORE_SRC = String.raw`\b(?:alongside|together with|along with)\s+(?:the\s+|other\s+|its\s+)?(?:(?!(?:against|versus|vs|fighting|battling|targeting)\b)(?:[\w'’]+-[\w'’-]+\s+|[\p{Lu}][\w'’]*\s+)){0,3}$`;
const ALLY_BEFORE = new RegExp(ALLY_BEFORE_SRC, 'iu');
// ("carrying out airstrikes near Raqqa to support the offensive of Kurdish-led Syrian Democratic Forces against Daesh",
// "in support of a major offensive by regime forces": the side the act supports fights with its author, not against it)
const SUPPORTED_BEFORE = new RegExp(String.raw`\b(?:in\s+support\s+of|to\s+support|supporting)\s+(?:the\s+|a\s+|an\s+)?(?:(?:major|new|ongoing|ground|large-scale|fresh)\s+)?(?:(?:offensive|advance|assault|operations?|push|campaign|attack)\s+(?:of|by)\s+)?(?:the\s+)?(?:(?:US|U\.S\.|coalition|Turkish|Russian|Iranian)[- ]backed\s+)?$`, 'i');
// ("strikes in Raqqa to support the Kurdish-led SDF fighting against Daesh": the side's own fight is told after it)
const OWN_ACT_AFTER = /^\s*(?:\([^)]{1,20}\)\s*)?(?:fighting|battling|advancing|attacking|pushing|clashing|who|which|as\s+they|in\s+(?:its|their))\b/i;
// "backed by Lebanese Iranian and Iraqi Shiite militias": demonyms of a list before the mention
// ("backed by its Lebanese ally Hezbollah", "backed by Lebanons Shiite Hezbollah": a country's possessive, its apostrophe lost or not)
const DEMONYM_LIST = String.raw`(?:(?:\p{Lu}\p{Ll}+(?:an|ian|ese|i|ish)|\p{Lu}\p{Ll}+['’]?s|and|Shiite|Shia|Sunni|allied|foreign)\s+){0,4}(?:(?:ally|allies|partner|partners)\s+)?`;
const BACKER_BEFORE = new RegExp(String.raw`\b(?:backed|supported|aided|assisted|helped|reinforced|escorted|accompanied|led on the ground|covered|joined)\s+(?:\w+\s+)?by\s+(?:the\s+|its\s+|their\s+)?${DEMONYM_LIST}$|\bby\s+(?:the\s+|its\s+|their\s+)?(?:\p{Lu}[\w'’-]*\s+){1,2}(?:ally|allies|partner|backer)\s+$|\bwith\s+(?:the\s+)?(?:\w+\s+)?(?:support|help|backing|cover|assistance)\s+(?:of|from)\s+(?:the\s+)?(?:[\w.]+-(?:led|backed)\s+)?$|\b(?:under the cover of|and its allies?(?: in)?)\s+(?:the\s+)?$|${ALLY_BEFORE_SRC}`, 'iu');
// Each form of BACKER_BEFORE holds "by", "with", "cover", "allie" or "alongside" (the cue folds
// case as the pattern does): most mentions have none of them before, and the pattern, tied to
// the end and read with Unicode classes, is tried at every character of the words before
const BACKER_CUE = /by|with|cover|allie|alongside/iu;
const backerBefore = (before: string) => BACKER_CUE.test(before) && BACKER_BEFORE.test(before);
export const BACKER_CUED = { id: 'cue.backer', cue: BACKER_CUE, pattern: BACKER_BEFORE };
const KILLED_IN_BEFORE = /\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:also\s+)?(?:killed|wounded|injured)\b[^.;]{0,40}?\b(?:in|during)\s+(?:the\s+|fierce\s+|heavy\s+|violent\s+){0,2}$/i;
// ("ISIS attacked PMF and Iraqi Army positions in Diyala, killing one Iraqi soldier": so is the second object of a verb)
const COORDINATED_OBJECT_BEFORE = /\b(?:on|against|targeting|attacking|attacked|targeted|struck|shelled|bombed|stormed|ambushed|hit)\s+(?:the\s+)?(?:[\w-]+\s+){1,2}(?:and|or|as well as)\s+(?:the\s+)?$/i;
// Preceding words that make an actor the object or an oblique, not the subject.
// ("dozens of Islamic State militants were killed": a count's "of" is no preposition of place or object)
// ("Syrian Kurds fighting the IS group made fresh advances": the object of a participle does not act)
// ("On Thursday IS mounted a counterattack": a day or a time is no object the side stands in)
// ("After heavy fighting the army took control": fighting told as a noun has no object)
const OBLIQUE_BEFORE = /\b(?:from|against|on|over|(?<!\b(?:dozens|scores|hundreds|thousands|tens|handful|a\s+number|group|cell|squad|band)\s)of|to|towards|toward|into|with|by|targeting|targeted|versus|vs\.?|for|near|at|in|beneath|under|inside|behind|around|outside|along|across|through|(?<!\b(?:heavy|fierce|intense|violent|bloody|renewed|fresh|sporadic|ferocious|of)\s)fighting|battling|attacking|besieging|confronting)\s+(?:the\s+)?(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|evening|night|afternoon|dawn|Eid)\b)\w+\s+)?$/i;
// ("Elsewhere in Syria rebels and government forces battled": a side named with its country, its comma lost, run into
// the phrase of "in"; the country closes that phrase and the side opens the clause)
const COUNTRY_OPENS = /^(?:Syria|Iraq|Turkey|Lebanon|Jordan|Israel|Iran|Russia|Yemen|Libya)\s+\S/;
const obliqueBefore = (before: string, mention = '') => OBLIQUE_BEFORE.test(before) && !(COUNTRY_OPENS.test(mention) && /\b(?:in|across|throughout)\s+$/i.test(before));
/** "a SDF spokesman", "an IS commander", "the Observatory's": the words after a side that make it the teller. */
const SPOKESMAN_AFTER = /^\s+(?:spokes(?:man|woman|person)|media\s+(?:office|cent(?:er|re)|wing)|official|commander|field\s+commander)\b/i;
// (after an opening that names a backer, its comma lost: "Backed by Russian airpower the troops have entered")
// (after an opening that says when: "On Thursday it mounted a counterattack", "Meanwhile they stormed")
const PRONOUN_SUBJECT = /(?:^|[,;:]\s*|\b(?:and|but|as|while|after|when)\s+|^\W*(?:backed|supported|aided|assisted|helped|covered)\s+by\s+(?:[\w'’-]+\s+){1,4}?|^\W*(?:(?:on\s+|early\s+|late\s+|last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|meanwhile|later|earlier|overnight|yesterday|today|then)\s+)(they|it|(?:he|she)(?!\s+(?:\w+\s+)?(?:said|says|told|added|reported|stated|noted|explained)\b)|the group|the militants|the jihadists|the fighters|the rebels|the troops|the soldiers|the army|the force|the forces|the alliance)\s+(?:\w+\s+){0,3}$/i;
const FRONTED_CLAUSE_BEFORE = /^\W*(?:as|while|after|when|before|although|though|since|once)\s[^,;:]*$/i;
const BELIEVED_TO_BE_BETWEEN = /^\s+(?:[\w-]+\s+)?(?:believed|thought|suspected|said|reported|alleged)\s+to\s+(?:be|have\s+been)\s+(?:(?:members|fighters|militants|elements)\s+(?:of|from)\s+)?(?:the\s+)?$/i;
// ("killed 10 senior IS leaders when they pounded": what the subject's first verb struck, the act of the pronoun that
// opens the act's clause struck too)
const OBJECT_THEN_PRONOUN_BETWEEN = /^\s+(?:[\w-]+\s+){0,2}?(?:when|as|after|while|before|once)\s+(?:they|it)\s+(?:(?:had|have|has|were|was|also|then|reportedly)\s+)*$/i;
/** The side that tells the sentence in a closing attribution: "..., the police said.", "..., the US-led coalition has confirmed." */
const closingTeller = (text: string, m: ActorMention) =>
  /,\s*(?:the\s+)?(?:[\w-]+\s+)?(?:and\s+(?:the\s+)?(?:[\w-]+\s+)?)?$/i.test(text.slice(Math.max(0, m.start - 40), m.start)) &&
  /^\s+(?:(?:has|have|had)\s+)?(?:said|says|reported|told|added|announced|confirmed)\b(?:[^,;]*$|[^,;]{0,30},)/i.test(text.slice(m.end));
/** Who tells of the act in a relative clause: "a chemical attack that opposition groups say killed hundreds". */
const relativeTeller = (text: string, m: ActorMention) =>
  /\b(?:that|which|who)\s+(?:the\s+)?(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(0, m.start - 24), m.start)) && /^\s+(?:say|says|said|claim|claims|claimed|allege|alleges|alleged|believe|believes)\b/i.test(text.slice(m.end, m.end + 12));
/** The verbs by which one side lays an act on another. */
const BLAME_VERB = String.raw`(?:accused|accuses|accusing|accuse|blamed|blames|blaming|blame)\b`;
/** After a side, the verb by which it lays the act on another: "have accused". */
const ACCUSES_AFTER = new RegExp(String.raw`^\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?${BLAME_VERB}`, 'i');
/** People who tell, never fight: those a side that tells with them is told beside ("Residents and rebels say"). */
const WITNESSES = String.raw`(?:local\s+)?(?:residents|activists|opposition\s+activists|witnesses|locals|doctors|medics|sources|officials|monitors|observers)`;
const SAYING = String.raw`(?:say|says|said|report|reports|reported|claim|claims|claimed)\b`;
/** A side that opens the sentence telling with witnesses: "Residents and rebels say warplanes ... have stepped up raids". */
const openingTeller = (text: string, m: ActorMention) =>
  (WITNESSES_AND_BEFORE.test(text.slice(0, m.start)) && SAYING_AFTER.test(text.slice(m.end, m.end + 12))) ||
  (/^\W*(?:the\s+)?(?:[\w-]+\s+)?$/i.test(text.slice(0, m.start)) && AND_WITNESSES_SAYING_AFTER.test(text.slice(m.end, m.end + 40)));
const WITNESSES_AND_BEFORE = new RegExp(String.raw`^\W*${WITNESSES}\s+(?:and|&)\s+(?:the\s+)?(?:[\w-]+\s+)?$`, 'i');
const SAYING_AFTER = new RegExp(String.raw`^\s+${SAYING}`, 'i');
const AND_WITNESSES_SAYING_AFTER = new RegExp(String.raw`^\s+(?:and|&)\s+${WITNESSES}\s+${SAYING}`, 'i');
/** A side that tells of what follows: "Turkey's military announced Monday that". */
const TELLS_AFTER = /^\s+(?:(?:also|later|earlier)\s+)?(?:said|says|announced|reported|stated|confirmed)\b(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?\s+(?:that\s+)?(?!(?:it|they|its|their)\b)/i;
/** An opening that picks one of the acts just told: "In one of the attacks,", "In another attack", "In the deadliest raid". */
const ONE_OF_THE_ACTS = /^\W*(?:in|during)\s+(?:one|another|the\s+(?:first|second|third|last|latest|deadliest|biggest|largest|worst))\s+(?:of\s+(?:the|these|those)\s+)?(?:[\w-]+\s+)?(?:attacks?|assaults?|bombings?|raids?|incidents?|ambushes)\b/i;
/** The pronoun words only a state's forces are called by. */
const STATE_ANAPHOR = /^the\s+(?:troops|soldiers|army)$/i;

/** The `n` characters before `at`; cut inside the text, they start with "…", so that "^" in a pattern means the sentence's start only. */
const wordsBefore = (text: string, at: number, n: number) => (at <= n ? text.slice(0, at) : `…${text.slice(at - n, at)}`);

/**
 * "members of Syrian government forces and its allies - who include members of the Lebanese group Hezbollah and
 * other Iranian-backed militias - were killed in fighting": a side named in an aside between dashes or brackets that
 * closes before the act is not its subject.
 */
function inAside(text: string, m: ActorMention, trigger: TriggerHit): boolean {
  const before = text.slice(0, m.start);
  const between = text.slice(m.end, trigger.start);
  const dashes = before.match(/\s[-–—]\s/g)?.length ?? 0;
  if (dashes % 2 === 1 && /\s[-–—]\s/.test(between)) return true;
  // (not a name's acronym in brackets: "US-backed Syrian Democratic Forces (SDF) overran")
  const open = before.lastIndexOf('(');
  const close = between.indexOf(')');
  return open > before.lastIndexOf(')') && close >= 0 && !(before.slice(open + 1).trim() === '' && between.slice(0, close).trim() === '');
}

const COMPASS_CLOSES_BEFORE = /\b(?:in|to|from|across)\s+(?:the\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest|northern|southern|eastern|western)\s+$/i;

/**
 * A subject is not inside a prepositional phrase ("from the Islamic State"), not
 * a possessive or a modifier ("Isis' de-facto capital", "IS's stronghold"), and
 * not cut off from the trigger by a colon ("Isis in Syria: Government forces ...").
 */
function isSubjectCandidate(text: string, m: ActorMention, trigger: TriggerHit): boolean {
  if (holdsPlace(text, m)) return false;
  if (inAside(text, m, trigger)) return false;
  const before = text.slice(Math.max(0, m.start - 25), m.start);
  // "Units of the armed forces killed": the units are the side's own
  if (PART_OF_SIDE_BEFORE.test(wordsBefore(text, m.start, 70)) || PART_OF_SIDE_AFTER_PLACE.test(wordsBefore(text, m.start, 45))) return !/[:;]/.test(text.slice(m.end, trigger.start));
  // ("North of the capital the army shelled", commas lost: a mention that opens its own phrase after the
  // preposition's phrase is complete is no oblique)
  // ("IS gunmen in north US-backed Syrian fighters are pushing ahead", a headline run into the lead: a compass word ends its phrase)
  const ownPhrase = (/^(?:the|an?)\s/i.test(m.text) && /\b(?:the|a|an)\s+[\w'’-]+\s+$/i.test(before)) || COMPASS_CLOSES_BEFORE.test(before);
  if (obliqueBefore(before, m.text) && !ownPhrase) return false;
  // ("attacks on civilians and security forces across Syria killing 12": the second of two objects is no subject either)
  if (COORDINATED_OBJECT_BEFORE.test(text.slice(Math.max(0, m.start - 45), m.start))) return false;
  // "five strikes engaged an ISIL tactical unit and destroyed an ISIL fighting position": the object of a verb acts in no later verb of its clause
  if (OBJECT_OF_VERB_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) return false;
  if (/^(?:['’]s?\b|['’](?=\s))/.test(text.slice(m.end, m.end + 3))) return false;
  if (/[:;]/.test(text.slice(m.end, trigger.start))) return false;
  // ("As Iraqi forces fight to take Mosul, car bomb in Baghdad kills 23 people": a side in a clause fronted before
  // the comma is that clause's, not the subject of the act after it)
  if (FRONTED_CLAUSE_BEFORE.test(text.slice(0, m.start)) && text.slice(m.end, trigger.start).includes(',')) return false;
  // ("The army said a car bomb exploded in Homs", "Rebels said a helicopter dropped toxic gas": who tells of
  // what a new subject did is not its author)
  if (SPEAKER_OF_NEW_SUBJECT.test(text.slice(m.end, trigger.start))) return false;
  // ("Syrian opposition groups have accused President Bashar al-Assad's forces of launching chemical attacks": the accuser did not act)
  if (ACCUSES_AFTER.test(text.slice(m.end, trigger.start))) return false;
  // ("a chemical attack that opposition groups say killed hundreds": who says what a relative clause's subject did)
  if (/^\s+(?:say|says|said|claim|claims|claimed|allege|alleges|alleged|believe|believed)\s+$/i.test(text.slice(m.end, trigger.start))) return false;
  // ("The security forces shot one of them dead, the other three blew themselves up": the bombers blew themselves up,
  // named in the clause of the act, not a side named before a comma)
  if (/\b(?:themselves|himself|herself)\b/i.test(trigger.text) && /[,;]/.test(text.slice(m.end, trigger.start))) return false;
  // ("A U.S.-led coalition contractor was killed ... when a barrage of rockets struck": who suffered a strike told after did not fire it)
  if (STRIKE_KINDS.has(trigger.rule.kind) && SUFFERED_AFTER.test(text.slice(m.end, Math.min(trigger.start, m.end + 50))) && /\b(?:when|as|after|while)\s/i.test(text.slice(m.end, trigger.start))) return false;
  return true;
}

// a reporting verb and a complement whose subject is new to the story: "said a car bomb", "reported that an
// explosion" (not "said a unit of its forces", nor "said it", "said its fighters")
const SPEAKER_OF_NEW_SUBJECT =
  /^\s+(?:[\w-]+\s+){0,2}?(?:said|says|say|reported|reports|stated|added|told\s+[\w-]+)\s+(?:(?:on|late|early)\s+\w+\s+|(?:earlier|later|previously|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+)?(?:that\s+)?["“]?(?:an?|unidentified|unknown|armed|terrorist)\s+(?!(?:[\w-]+\s+)?(?:unit|units|number|group|detachment|force|patrol|squad|contingent|battalion|brigade)\b)(?![\w-]+\s+(?:of\s+)?(?:its|their)\b)/i;

/** "a rebel-held town", "IS-controlled territory": the side names who holds a place, not who acts */
const HOLDER_AFTER = /^-?(?:held|controlled|besieged|occupied|dominated|run)\b/i;
/** The strikes from afar, whose target may be told by the place they hit */
export const STRIKE_KINDS: ReadonlySet<string> = new Set(['air', 'shelling', 'explosive', 'chemical']);
const REPORTED = /\b(?:said|says|told|reported|according)\b/i;
const holdsPlace = (text: string, m: ActorMention) => HOLDER_AFTER.test(text.slice(m.end, m.end + 12)) || /-(?:held|controlled)$/i.test(m.text);

// ("when insurgents from the Islamic Front set off tonnes of explosives": fighters "from" a group are its own)
// ("the command said fighter jets from the U.S.-led coalition killed 10": so are its aircraft)
// ("A group of militants affiliated with the terrorist organization of ISIS abducted five shepherds": and its affiliates)
const PART_OF_SIDE_BEFORE = /(?:^|[,;]\s*|\b(?:and|as|when|after|said|says|that)\s+)(?:(?:the|some|several|\w+)\s+)?(?:(?:group|number|band|cell|squad)\s+of\s+)?(?:(?:units?|members|elements|troops|soldiers|fighters|militants|gunmen|insurgents|jihadists|terrorists|commanders|leaders|officers|detachments?|battalions?|brigades?|aircraft|jets|warplanes|planes|helicopters|drones)\s+of|(?:insurgents|militants|fighters|gunmen|rebels|jihadists|members|terrorists|groups|jets|warplanes|aircraft|planes|helicopters|drones)\s+(?:from|(?:affiliated|linked)\s+(?:with|to)|belonging\s+to|loyal\s+to))\s+(?:the\s+)?(?:(?:terrorist\s+)?(?:organi[sz]ation|group)\s+of\s+(?:the\s+)?)?$/i;
/** "in a PKK attack", "in an IS ambush": a side named as the author of the attack it is told inside */
const THEIR_ATTACK_AROUND = (text: string, m: ActorMention) => {
  const before = text.slice(Math.max(0, m.start - 25), m.start);
  // ("in a Turkish Armed Forces (TSK) and U.S.-led coalition operation": an acronym or a second side may come between)
  const act = /^\s+(?:\([^()]{1,12}\)\s+)?(?:(?:and|&)\s+(?:[\w.-]+\s+){1,3}?)?(?:[\w-]+\s+)?(?:attacks?|ambush|assault|raid|bombing|strikes?|offensive|shelling|fire|operation)\b/i.exec(text.slice(m.end, m.end + 60));
  if (!act) return false;
  if (/\bin\s+(?:(?:an?|the|a\s+joint)\s+(?:[\w-]+\s+)?)?$/i.test(before)) return true;
  // ("killed in Khanaqin ISIS attack", "in Tuz Khurmatu IS attack": a headline drops the article before a word that qualifies the attack; the act
  // ends the phrase, or "in Aleppo ISIS attacks Hasaka city" would be the verb of the next headline)
  return /\bin\s+(?:(?!(?:and|or|to|of|with|by|for|response|retaliation)\b)[\w'’-]+\s+){1,3}$/i.test(before) && /^(?:\s*$|\s*[,.;:]|\s+(?:in|on|near|at|against|outside|north|south|east|west)\b)/i.test(text.slice(m.end + act[0].length, m.end + act[0].length + 12));
};
/** Between a side and the explosive it ran onto: "('s) Humvee vehicle triggered a ", "patrol hit a roadside " */
const RAN_ONTO_BEFORE = /^(?:['’]s)?\s+(?:[\w'’-]+\s+){0,3}?(?:triggered|triggers|triggering|hit|hits|struck|ran\s+over|runs\s+over|drove\s+over|drives\s+over|stepped\s+on|steps\s+on)\s+(?:an?|the)\s+(?:[\w-]+\s+)?$/i;
const IN_THE_FIGHT_BETWEEN = /^\s+(?:[\w-]+\s+){0,2}?(?:in|during|amid)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?$/i;
/** Verbs of two sides fighting each other: "rebels and government forces battled" */
const RECIPROCAL_FIGHT = /\b(?:battled|battle|battling|clashed|clash|clashes|clashing|fought|fight|fighting)$/i;
/** A side's mention that names what is hit, not who hits: "Turkish positions", "regime checkpoints" */
const TARGET_HEAD = /\b(?:positions?|bases?|targets?|checkpoints?|posts?|outposts?|convoys?|patrols?|headquarters)$/i;
// ("In Deir Ezzor a unit of the Syrian armed forces destroyed", "Deir Ezzor Units of the army killed": after a place told first or a dateline; case matters, so no i flag)
const PART_OF_SIDE_AFTER_PLACE = /(?:^\s*|\b[Ii]n\s+)(?:[A-Z][\w'’-]*\s+){1,3}(?:(?:[Tt]he|[Aa]n?|[Ss]ome|[Ss]everal)\s+)?(?:[Uu]nits?|[Mm]embers|[Ee]lements|[Tt]roops|[Ss]oldiers|[Ff]ighters|[Dd]etachments?|[Bb]attalions?|[Bb]rigades?)\s+of\s+(?:the\s+)?$/;
// ("A Turkish soldier was killed and three wounded in a rocket attack": the wounded told between)
// ("23 members of the al-Nusra Front terrorist group were killed in clashes with": the side's head noun may come between)
// ("were killed on Friday in clashes with": the day told between the verb and the act)
const WHEN_WORDS = String.raw`(?:on\s+|early\s+|late\s+|last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|overnight)(?:\s+(?:morning|afternoon|evening|night))?`;
const WHEN_ADVERB = String.raw`(?:${WHEN_WORDS}\s+)?`;
// ("22 fighters from the Popular Mobilization Forces, an Iraqi umbrella group, were killed in": past an appositive)
const SUFFERED_BEFORE_TRIGGER = new RegExp(String.raw`^[\s)]*(?:,[^,;.]{1,80},\s*)?(?:(?:terrorist|militant|jihadist|extremist|armed|rebel|opposition)\s+)?(?:(?:group|groups|organi[sz]ation|faction|militants|fighters|terrorists|militiamen|members|elements|commanders?|cmdrs?\.?|leaders?|officials?|officers?|soldiers|troops|personnel)\s+)?(?:(?:including|among\s+them)\s+(?:[\w-]+\s+){1,3}?)?(?:(?:were|was|have been|has been|had been)\s+|(?:have|has|had)\s+(?:reportedly|also|allegedly)\s+been\s+)?(?:reportedly\s+|also\s+)?(?:(?:confirmed|reported|found|declared)\s+)?(?:killed|wounded|injured|hit|targeted|died|dead)\s*(?:${WHEN_WORDS}(?=[\s,]),?\s*)?(?:,?\s*(?:and|or|while)\s+(?:\w+\s+){0,4}?(?:(?:were|was)\s+)?(?:wounded|injured),?["”]?\s+)?\s*${WHEN_ADVERB}(?:in|by|during|when|as)\b`, 'i');
// "enabled Syrian forces to", "allowed the army to": the side a taking lets act
const ENABLED_BEFORE = /\b(?:enabled|allowed|helped|permitted|let)\s+(?:the\s+)?(?:[\w-]+\s+)?$/i;
const BESIEGER_BEFORE = /\b(?:(?:under\s+)?siege\s+(?:by|of)|besieged\s+by|encircled\s+by|surrounded\s+by)\s+(?:the\s+)?(?:[\w-]+\s+)?$/i;
// ("following dozens of strikes by jets believed to be Russian": an agent the report believes it was)
const AGENT_BY = String.raw`by\s+(?:the\s+)?(?:[\w-]+\s+)?(?:(?:believed|thought|suspected|said)\s+to\s+be\s+)?$`;
// ("troops stormed it following dozens of strikes by jets believed to be Russian": the author of the strikes that backed
// another act is no target of it)
const STRIKES_BY_BEFORE = new RegExp(String.raw`\b(?:air ?strikes?|airstrikes|strikes|raids|shelling|bombardment|bombing)\s+(?:carried\s+out\s+)?${AGENT_BY}`, 'i');
const AGENT_BY_BEFORE = new RegExp(String.raw`\b${AGENT_BY}`, 'i');
const HELD_BY_BEFORE = /\b(?:town|village|city|area|district|base|hill|neighbou?rhood)\s+(?:(?:recently|previously|formerly|long)\s+)?(?:seized|captured|held|controlled|taken|overrun)\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?$/i;
const ITS_DEAD_BEFORE = /\b(?:(?:[\w-]+\s+)of\s+(?:its|their)\s+(?:own\s+)?(?:fighters|members|soldiers|troops|men|personnel|commanders|officers|militants|forces|cadres)\s+(?:(?:were|have\s+been|had\s+been)\s+)?(?:killed|wounded|injured|died)|(?:deaths?|killing|loss|martyrdom)\s+of\s+(?:[\w-]+\s+of\s+)?(?:its|their)\s+(?:own\s+)?(?:fighters|members|soldiers|troops|men|personnel|commanders|officers|militants|cadres))\b(?![^]*\b(?:its|their)\b)/i;
const HOLDS_PLACE_CLAUSE_BEFORE = /,\s*(?:which|that|where)\s+(?:is|was|are|were|has\s+been|had\s+been)\s+(?:now\s+|still\s+)?(?:under\s+(?:the\s+)?(?:[\w-]+\s+)?control\s+of|(?:controlled|held|run|besieged)\s+by|in\s+the\s+hands\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:al-)?$/i;
const AGAINST_BEFORE = /\bagainst\s+(?:the\s+)?(?:(?:positions|posts|hideouts|gatherings|strongholds|bases|fighters|members|remnants)\s+of\s+(?:the\s+)?)?$/i;
const SUFFERED_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:were|was|had been|have been|has been)\s+(?:\w+\s+)?(?:killed|martyred|wounded|injured|hurt|slain|executed)\b/i;
const CAME_UNDER_BETWEEN = /^[\s)]*(?:[\w-]+\s+){0,12}?(?:came|comes|come|coming|has come|have come)\s+under\s+(?:an?\s+)?(?:(?!(?:by|from|of)\b)[\w-]+\s+){0,3}$/i;
const PASSIVE_AUX = /^\s*(?:[\w-]+\s+){0,2}?(?:were|was|are|is|have been|has been|had been|being|reportedly|also|all)\s+(?:\w+\s+)?$/i;
// (not "killed and injured large numbers of Islamic State terrorists": two verbs that share an object)
const NO_OBJECT_AFTER = /^(?:\s+(?:in|on|at(?!\s+(?:least|most)\b)|during|near|as|after|when|while|overnight|yesterday|today|since|and(?!\s+(?:injured|wounded|captured|arrested)\s+(?:large|dozens|scores|hundreds|tens|a|an|the|many|several|\d+|numbers?)\b)|amid|following)\b|\s*[.,;:!]|\s*$)/i;

// ("Two US service members, one department of defence (DoD) civilian and one contractor supporting DoD were killed": the
// side opens a list of the dead, each counted, before a passive)
const LIST_ITEM = String.raw`(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|his|her|their)\s+(?:[\w()'’-]+\s+){1,6}?`;
const VICTIM_LIST = String.raw`^(?:,\s*${LIST_ITEM})*,?\s*and\s+${LIST_ITEM}(?=(?:were|have\s+been|had\s+been)\s)`;
const VICTIM_LIST_GAP = new RegExp(String.raw`${VICTIM_LIST}(?:were|have\s+been|had\s+been)\s+(?:also\s+)?$`, 'i');
const VICTIM_LIST_RE = new RegExp(VICTIM_LIST, 'i');
/** The words after a side that say it suffered the act: "were killed in", or a list of the dead it opens first. */
const sufferedGap = (gap: string) => SUFFERED_BEFORE_TRIGGER.test(gap) || SUFFERED_BEFORE_TRIGGER.test(gap.replace(VICTIM_LIST_RE, ' '));

/** The side a when-clause says acted: "when Islamic State militants attacked a military headquarters". */
const WHEN_THEY_STRUCK = (text: string, m: ActorMention) =>
  /\b(?:when|as|after)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(0, m.start - 24), m.start)) &&
  /^\s+(?:[\w-]+\s+)?(?:attacked|stormed|struck|shelled|bombed|raided|ambushed|targeted|fired|opened\s+fire|detonated|blew\s+up|overran)\b/i.test(text.slice(m.end, m.end + 40));
/** Between a side's man and his passive verb: "officer and seven others were". */
const AND_OTHERS_GAP = /^\s*(?:[\w-]+\s+){0,2}?and\s+(?:\d+|[\w-]+)\s+(?:others|more|other\s+[\w-]+)\s+(?:were|have\s+been|had\s+been)\s+(?:also\s+|reportedly\s+)?$/i;

/** "Isis fighters were killed", "ISIL Terrorists Killed in Kobani": the mention is the subject of a passive, not the killer. */
function isPassiveSubject(text: string, m: ActorMention, trigger: TriggerHit): boolean {
  // ("Five leaders of the Free Syrian Army (FSA) were killed": an acronym in brackets closes the subject)
  // ("three members of the Kurdish peshmerga forces, including a senior commander, were killed": past an aside of who they were)
  const raw = text.slice(m.end, trigger.start).replace(/,\s*(?:including|among\s+them)\b[^,.;]{0,60},\s*/i, ' ');
  const gap = /^\)\s*(?:were|was|are|is|have|has|had)\b/i.test(raw) ? raw.slice(1) : raw;
  if (VICTIM_LIST_GAP.test(gap)) return true;
  // ("A senior Iraqi army officer and seven others were killed")
  if (AND_OTHERS_GAP.test(gap)) return true;
  if (/^(?:dead|died)$/i.test(trigger.text)) return /^\s*(?:[\w-]+\s+){0,3}$/.test(gap);
  // ("Syrian soldiers also killed a number of them": without a form of "be", "also" is passive only with no object after)
  if (PASSIVE_AUX.test(gap)) return /\b(?:were|was|are|is|been|being)\b/i.test(gap) || /\bin$/i.test(trigger.text) || NO_OBJECT_AFTER.test(text.slice(trigger.end, trigger.end + 40));
  // ("6 ISIS Bombers Killed.": a word or two of the subject's noun phrase may stand between)
  return /^\s*(?:[\w-]+\s+){0,2}$/.test(gap) && !/\b(?:who|which|that|and|had|have|has|was|were)\b/i.test(gap) && (/\bin$/i.test(trigger.text) || NO_OBJECT_AFTER.test(text.slice(trigger.end, trigger.end + 40)));
}

const OBJECT_OF_VERB_BEFORE = /\b(?:eliminat\w*|kill\w*|captur\w*|abduct\w*|kidnapp?\w*|destroy\w*|dismantl\w*|arrest\w*|detain\w*|raid\w*|storm\w*|target\w*|attack\w*|pound\w*|shell\w*|repel\w*|hit|hits|strikes|struck|bomb\w*|ambush\w*|defeat\w*|expel\w*|drive|drives|drove|besieg\w*|encircl\w*|engag(?:e|es|ed|ing))\s+(?:(?:at\s+least|more\s+than|nearly|about|around|some|over|up\s+to)\s+)?(?:the\s+|an?\s+|(?:a\s+)?(?:number|group)\s+of\s+|dozens\s+of\s+|scores\s+of\s+|\d+\s+|(?:two|three|four|five|six|seven|eight|nine|ten|several|many)\s+)?(?:(?:senior|top|prominent|foreign|local|high-ranking|leading|Syrian|Iraqi|Kurdish)\s+)?$/i;
// ("The army said it was recaptured": a report's words between a side and a passive)
const REPORT_IN_GAP = /\b(?:said|says|say|reported|announced|claimed|confirmed|that|it|they)\b/i;
const PARTICIPLE_OPENS = /^\W*(?:after|before|upon|while|since|following)\s+$/i;
/** "Having captured the town, the army pushed on": a perfect participle opening the sentence (not "having been ..."). */
const HAVING_OPENS = /^\W*having\s+(?:(?:already|just|successfully|finally|now)\s+)?$/i;
const FINITE_AFTER = /^\s*(?:\w+ly\s+)?(?:has|have|had|was|were|is|are|\w+ed)\b/i;
const PREPOSITION_BEFORE = /\b(?:from|against|on|over|of|to|towards|into|with|by|for|near|at|in)\s+(?:the\s+)?$/i;
const SECOND_AUTHOR_VERB = /^\s+(?:also\s+)?(?:kill|kills|killed|hit|hits|strike|strikes|struck|pound|pounds|pounded|shell|shells|shelled|bomb|bombs|bombed|target|targets|targeted|destroy|destroys|destroyed)\b/i;
const BETWEEN_UNNAMED_BEFORE = /\bbetween\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:terrorist|armed|militant|extremist|takfiri)\s+(?:groups?|organi[sz]ations?|factions?|gangs?)\s+and\s+(?:the\s+)?)?$/i;
const HELD_NOUN_BEFORE_BY = /\b(?:occupation|control|rule|grip|hands|siege|captivity|domination)\s+(?:by|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i;
const OTHER_DEED_BY = /\b(?!(?:carried|conducted|launched|perpetrated|committed|caused|staged|claimed|planted|detonated|triggered|fired|dropped|used|mounted|led|waged|unleashed|ordered)\b)\w+ed\s+(?:\w+ly\s+)?by\s+(?:the\s+)?(?:[\w-]+\s+)?$/i;
const SUSPECTED_BETWEEN = /^\s+(?:also\s+)?(?:believed|thought|suspected|presumed|reported)\s+to\s+(?:be|have\s+been)\s+(?:from\s+)?(?:the\s+)?$/i;

/** An attack whose words go on to name its target: "attack on troops". */
const ATTACK_ON_OPENS = /^(?:attacks?|assaults?|ambush(?:es)?|raids?)\s+(?:on|against|targeting)\s/i;
/** The nouns of a strike that the side carrying it out may stand before: "ISIS shelling", "regime barrel bombs" */
// ("killed in an ISIS suicide bombing", "an IS car bomb"): a bombing's noun names its author before it just as a strike's does
const STRIKE_NOUN = /^(?:(?:mortar|rocket|artillery|missile|drone|suicide|car|truck|vehicle|roadside|bomb)\s+)?(?:shelling|shells|bombardment|bombings?|bombers?|bombs?|air ?strikes?|airstrikes?|air ?raids?|raids?|barrel bombs?|mortars?|rockets?|missiles?|artillery|fire|attacks?|ambush(?:es)?|assaults?|blasts?|IEDs?)$/i;

/** "by terrorist group Jaysh al-Islam", "by the so-called Jaish al-Fatah": an agent named with what it is */
const BY_DESCRIBED = /\bby\s+(?:the\s+)?(?:(?:terrorist|armed|rebel|militant|jihadist|Islamist|extremist)\s+(?:groups?|organi[sz]ations?|factions?|militias?)\s+|(?:terrorists|militants|fighters|members|aircrafts?|warplanes|planes|jets|helicopters|forces|troops|artillery)\s+of\s+(?:the\s+)?)?(?:so-called\s+)?["“]?$/i;

const describedBy = (text: string, m: ActorMention) => BY_DESCRIBED.test(text.slice(Math.max(0, m.start - 50), m.start));

/** "carried out by", "believed to have been launched by": an act's agent, wherever the act's words stand */
// ("in an attack claimed by the Islamic State group": who claims an attack carried it out)
// ("a blast in central Istanbul that killed six people, which Ankara blamed on the PKK", "drone attacks attributed to rebel forces")
const DONE_BY_BEFORE = /\b(?:(?:carried\s+out|conducted|launched|perpetrated|committed|staged|executed|claimed)\s+by|(?:blamed|blames|blaming)\s+on|attributed\s+to)\s+(?:the\s+)?(?:so-called\s+)?$/i;
/** "A shell fired by regime troops hit the school, killing five": the agent of what was fired, when the trigger is what it did */
const FIRED_BY_BEFORE = /\b(?:fired|dropped|lobbed|planted)\s+by\s+(?:the\s+)?$/i;

/** "ISIS terrorist attack with", "IS attack using": what stands between a side and its weapon */
const ATTACK_WITH_BETWEEN = /^\s+(?:terrorist\s+|suspected\s+|deadly\s+)?(?:attacks?|strikes?|raids?|assaults?)\s+(?:with|using|involving)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/i;

/**
 * "in the heaviest raids by ...": a strike's agent named by its own noun's "by" ("the airstrikes carried out by what is
 * believed to be Russian warplanes": or the side the report believes it was)
 */
const AIR_RAIDS_BY = /\b(?:air ?strikes?|air ?raids?|airstrikes|raids|bombardment|bombing|sorties)\s+(?:carried out\s+|conducted\s+|launched\s+)?by\s+(?:what\s+(?:is|are|was|were)\s+(?:believed|thought|suspected|said)\s+to\s+be\s+)?(?:the\s+)?$/i;

/** State forces and a foreign state's forces: named first in a clash, and the only sides that fly here. */
export const isStateSide = (type: string) => type === 'state-forces' || type === 'external-force';
/** Two sides of one fight in the order coders name them: a state's forces first, else as the words told them. */
const stateFirst = <T extends { type: string }>(told: T, next: T): [T, T] => (isStateSide(next.type) && !isStateSide(told.type) ? [next, told] : [told, next]);
/** The kinds of side that carry arms: all but civilians and protesters (an unidentified armed group is of kind "other"). */
export const isArmedType = (type: string) => type !== 'civilians' && type !== 'protesters';
/**
 * The side a taking of ground is the government's regaining for: a state's forces, the militias fighting
 * for it, or a unit of a state's forces (`groupType`, the type of the side it belongs to, when known).
 */
export const regainsForState = (a: ActorPick['info'], groupType?: string) => a.type === 'state-forces' || a.id === 'progovernment-militias' || groupType === 'state-forces';
/** The side a report names when it does not know who acted. */
export const UNIDENTIFIED = 'unidentified-armed-group';

export const pick = (m: ActorMention): ActorPick => ({ info: { id: m.id, name: m.name, type: m.type, group: m.group }, mention: m.text, start: m.start });

/** A killing told by the state of its dead ("were killed in", "slain", "died"), not by a verb with a subject that killed. */
const toldDead = (trigger: TriggerHit) => trigger.rule.kind === 'kill' && /^(?:killed(?: in)?|slain|dead|died)$/i.test(trigger.text);
const RELATIVE_SUBJECT_BETWEEN = /^\s*,\s*(?:which|who)\s+(?:also\s+|then\s+|later\s+)?$/i;

/** The sides a sentence names as they stand: who acts, who is acted on, and the rule that said so. */
interface RoleDraft {
  actor1: ActorMention | null;
  actor2: ActorMention | null;
  rule: string;
}

/** A sentence's sides, parted into those named as backing a side ("backed by Russian air strikes") and the rest. */
// ("The army advanced on Palmyra with Russian air strikes", "with Russian air support": a side's air power named after
// "with" backs the act; a side itself after "with" is fought: "clashed with regime forces")
const WITH_BEFORE = /\bwith\s+(?:the\s+|its\s+|their\s+)?$/i;
const SUPPORT_MENTION = /\b(?:air\s*(?:strikes?|support|cover|power|raids?)|airstrikes|warplanes|jets|aircraft|air\s+force|backing|support)$/i;

/** Between a side and the side it helps act: "Hezbollah, allied with Bashar al-Assad, helped regime forces". */
const HELPED_SIDE_AFTER = /^\s*(?:,[^,;.]{1,70},\s*)?(?:has\s+|have\s+|had\s+)?(?:helped|assisted|aided)\s+(?:the\s+)?$/i;

function splitBackers(text: string, mentions: ActorMention[]): { backers: ActorMention[]; actors: ActorMention[] } {
  const backers: ActorMention[] = [];
  const actors: ActorMention[] = [];
  let lastBacker: ActorMention | null = null;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    // "backed by Iraqi Shiite militias and Russias air force": the list goes on as it began
    // ("... of Kurdish-led Syrian Democratic Forces (SDF)": the name's acronym in brackets is the same backer)
    const listed = !!lastBacker && /^\s*(?:,?\s*(?:and|as well as|along with)\s+(?:the\s+|by\s+)?|[([])$/i.test(text.slice(lastBacker.end, m.start));
    const support = SUPPORT_MENTION.test(m.text) && WITH_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start));
    const supported = SUPPORTED_BEFORE.test(text.slice(Math.max(0, m.start - 70), m.start)) && !OWN_ACT_AFTER.test(text.slice(m.end, m.end + 40));
    // ("The Lebanese Shia militant group, allied with Syrian President Bashar al-Assad, helped regime forces storm the city": the
    // side that helps another act backs it)
    const helper = /help|assist|aid/i.test(text.slice(m.end, m.end + 90)) && mentions.some((o) => o.start > m.end && o.id !== m.id && HELPED_SIDE_AFTER.test(text.slice(m.end, o.start)));
    if (listed || support || supported || helper || backerBefore(text.slice(Math.max(0, m.start - 45), m.start))) {
      backers.push(m);
      lastBacker = m;
    } else {
      actors.push(m);
      lastBacker = null;
    }
  }
  return { backers, actors };
}

/** The words between the two sides of "between X and Y": "Isis militants and regime troops". */
// ("between the Islamic State group (IS) and Kurdish-led Syrian Democratic Forces": after a name's acronym in brackets)
const AND_BETWEEN_SIDES = /^\s*\)?\s*(?:\w+\s+){0,3}?and\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i;
/** What joins fighters to the faction they belong to: "rebels from the Army of Islam", "fighters of Ahrar al-Sham". */
const MEMBERS_FROM = /^\s+(?:from|of|belonging\s+to)\s+(?:the\s+)?$/i;

/** The two sides of an act named as a pair: "clashes between Isis militants and regime troops", "pitted X against Y". */
function pairOfSides(text: string, trigger: TriggerHit, actors: ActorMention[], coAgents: ActorMention[]): RoleDraft | null {
  // "clashes between Isis militants and regime troops", "the clashes pitted the rebel faction Jaish al-Islam against Fateh al-Sham"
  // ("between fighters of Ahrar al-Sham and regime troops": the fighters' faction; "between Kobani's Kurdish defenders": a place's)
  const between = /\bbetween\s+(?:the\s+)?(?:(?:fighters|members|militants|militiamen|gunmen)\s+(?:of|from)\s+(?:the\s+)?|\p{Lu}[\p{L}-]*['’]?s\s+)?$/iu;
  // (the side right before "against": "pitted the rebel faction Jaish al-Islam against")
  const pit = trigger.rule.kind === 'clash' ? /\bpit(?:ted|s|ting)?\s+[^.;]{0,80}?\bagainst\s/i.exec(text.slice(trigger.end)) : null;
  const pitAt = pit ? trigger.end + pit.index : -1;
  let pairStart = pit
    ? actors.findLastIndex((m) => m.start > pitAt && m.end <= pitAt + pit[0].length)
    : actors.findIndex((m) => between.test(text.slice(Math.max(0, m.start - 20), m.start)));
  // ("clashes between rebels from the Army of Islam and ISIL": the faction the fighters come from is the side)
  while (pairStart >= 0 && !pit && actors[pairStart + 1] && MEMBERS_FROM.test(text.slice(actors[pairStart].end, actors[pairStart + 1].start))) pairStart++;
  const joiner = pit ? /^[\s),]*(?:[\w-]+[\s),]+){0,3}?against\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i : AND_BETWEEN_SIDES;
  // (a pair the trigger's act is not between: "executed 128 civilians in the town ... which has been traded between the militant group and the army")
  const pairOfAct = pairStart >= 0 && (pit || trigger.rule.kind === 'clash' || trigger.rule.kind === 'agreement' || Math.abs(actors[pairStart].start - trigger.end) < 40);
  // (past the first side's acronym in brackets: "the Islamic State group (IS) and Kurdish-led Syrian Democratic Forces")
  let second = pairStart + 1;
  while (pairStart >= 0 && actors[second] && actors[second].id === actors[pairStart].id && /^\s*\($/.test(text.slice(actors[second - 1].end, actors[second].start))) second++;
  if (!(pairOfAct && actors[second] && joiner.test(text.slice(actors[second - 1].end, actors[second].start)))) return null;
  // No side comes first in the words, so the state's forces are named first, as coders do.
  const [x, y] = [actors[pairStart], actors[second]];
  // ("Clashes between Turkish forces and Turkish-backed Syrian rebels against ISIL militants": the pair fights together
  // against the side named after "against"; the first leads, the second acts with it)
  const foe = !pit ? actors[second + 1] : undefined;
  if (foe && foe.id !== x.id && foe.id !== y.id && /^[\s),]*against\s+(?:the\s+)?$/i.test(text.slice(y.end, foe.start))) {
    coAgents.push(y);
    return { actor1: x, actor2: foe, rule: 'role.between-allies-against' };
  }
  const [actor1, actor2] = stateFirst(x, y);
  return { actor1, actor2, rule: 'role.between-x-and-y' };
}

// (acts someone is said to have done: "involved in attacks against our forces", "perpetrating acts of terrorism against")
const OTHER_ACTS_AGAINST_BEFORE = /\b(?:involved|engaged|responsible|accused|suspected|guilty|perpetrat\w*|plann\w*|carr(?:y|ied|ying)\s+out)\b[^.;]{0,40}?\b(?:attacks|acts|terrorism|crimes|violations|operations|assaults)\b[^.;]{0,30}\b(?:against|on|targeting)\s+(?:both\s+)?(?:[\w-]+\s+){0,3}$/i;
/**
 * ("arrested seven militants engaged in acts of terrorism against both military forces and civilians"): whether the words
 * at `at` are those other acts the sentence recalls were against, and so no target or victims of this act.
 */
export const againstOtherActs = (text: string, at: number) => OTHER_ACTS_AGAINST_BEFORE.test(text.slice(Math.max(0, at - 120), at));
/** A side after the trigger that other acts the words recall were against. */
const otherActsTarget = (text: string, trigger: TriggerHit, m: ActorMention) => m.start > trigger.end && againstOtherActs(text, m.start);
const HELD_COMPOUND_AFTER = /^-(?:controlled|held|run|occupied|dominated)\b/i;

/**
 * The agent an act's "by" names ("was retaken by the SDF", "airstrikes by the US-led coalition"), and
 * the side it acts on; the sides named with the agent are added to coAgents. Null when no "by" names one.
 */
function agentNamedBy(text: string, trigger: TriggerHit, actors: ActorMention[], before: ActorMention[], after: ActorMention[], coAgents: ActorMention[]): RoleDraft | null {
  // "was retaken by the SDF", "airstrikes by the US-led coalition", "airstrikes from the coalition"
  // ("the air base fell to Islamic State militants", "has fallen to the brutal Assad regime": the side it fell to took it)
  const fellTo = /\bf[ae]ll(?:s|en)? to$/i.test(trigger.text) ? after.find((m) => m.start - trigger.end < 12 || /^\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i.test(text.slice(trigger.end, m.start))) : undefined;
  // ("Nearly 50 air strikes hit rebel-held areas ... in the heaviest raids by Syrian aircraft": the raids' "by" names the strikes' agent)
  // ("The attack, believed to have been carried out by Russian aircraft, killed 18": the agent named inside the subject)
  // ("Tens of ISIS terrorists were killed in the last few days in several areas of Deir Ezzor province by army units": a passive's agent may come late)
  const toldPassive = trigger.passive || (trigger.rule.kind === 'kill' && /\b(?:was|were|been|being)\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(0, trigger.start - 30), trigger.start)));
  const doneBy =
    actors.find((m) => DONE_BY_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) ??
    (['kill', 'shelling', 'air', 'explosive'].includes(trigger.rule.kind) ? actors.find((m) => m.end <= trigger.start && FIRED_BY_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))) : undefined);
  const by =
    doneBy ??
    fellTo ??
    // (not "infiltrated from the regime-controlled west bank": a side that holds a place is no agent)
    after.find((m) => (/\b(?:by|from)\s+(?:the\s+)?(?:\w+\s+)?$/i.test(text.slice(Math.max(0, m.start - 20), m.start)) || describedBy(text, m)) && m.start - trigger.end < (toldPassive ? 100 : 60) && !HELD_COMPOUND_AFTER.test(text.slice(m.end, m.end + 12))) ??
    (trigger.rule.kind === 'air' ? after.find((m) => AIR_RAIDS_BY.test(text.slice(Math.max(0, m.start - 70), m.start))) : undefined) ??
    // ("An airstrike of the US-led anti-terror coalition": a state's air force, named by "of" right after the strike)
    (trigger.rule.kind === 'air' ? after.find((m) => isStateSide(m.type) && /^\s+of\s+(?:the\s+)?$/i.test(text.slice(trigger.end, m.start)) && !TARGET_HEAD.test(m.text)) : undefined);
  // "the fresh advance by regime forces": a "by" right after a nominal trigger names its agent
  // (not the "by" of another deed's participle: "broken a two-month siege imposed by the Islamic State")
  const otherDeed = !!by && OTHER_DEED_BY.test(text.slice(trigger.end, by.start));
  const byRight = by && by.start - trigger.end < 30 && /^\s*by\s/i.test(text.slice(trigger.end, by.start).replace(/^\s*(?:\w+\s+){0,2}?(?=by\s)/i, ' ')) && !otherDeed;
  // ("air strikes over Aleppo in support of a major offensive by regime forces": the "by" is the offensive's)
  // ("The blast puts the four-town evacuation deal brokered partly by rebel backer Qatar ... in doubt": the "by" of another
  // participle names that deed's author)
  const byOther = !!by && !byRight && ((['air', 'shelling'].includes(trigger.rule.kind) && /\b(?:offensive|campaign|siege|advance|push|support|control)\b/i.test(text.slice(trigger.end, by.start))) || otherDeed);
  // ("Sinjar has been liberated after its violent and unwanted occupation by the terrorist group ISIL": the "by" is the
  // occupation's, and the occupier lost the ground)
  const occupier = !!by && trigger.rule.kind === 'territory' && !fellTo && by !== doneBy && HELD_NOUN_BEFORE_BY.test(text.slice(trigger.end, by.start));
  const agentive = by && !byOther && !occupier && (!!fellTo || by === doneBy || trigger.passive || byRight || (['air', 'shelling', 'kill', 'explosive', 'chemical', 'execution'].includes(trigger.rule.kind) && (/\bby\s+(?:the\s+)?(?:\w+\s+)?$/i.test(text.slice(Math.max(0, by.start - 20), by.start)) || describedBy(text, by))) || (trigger.rule.kind === 'air' && by));
  if (!(by && agentive)) return null;
  const rule = trigger.passive ? 'role.passive-by' : 'role.agent-by';
  // "by Russian and Syrian government aircraft": the side named with the agent strikes with it
  // ("bombardment by the Assad regime and its ally Russia": the ally named with the agent strikes with it)
  const withBy = agentList(text, by, actors);
  for (const m of withBy) if (!coAgents.includes(m)) coAgents.push(m);
  // (a side that strikes with the agent is not the target, wherever else it is named: "Syrian troops captured two towns
  // following bombardment by the Russian and Syrian warplanes")
  const striker = (m: ActorMention) => m.id === by.id || withBy.some((w) => w.id === m.id);
  const actor2 = [...before].reverse().find((m) => !striker(m)) ?? after.find((m) => m !== by && !striker(m)) ?? null;
  return { actor1: by, actor2, rule };
}

// What may stand before the next side of a list, after its joining word: "and its ally Russia", "and the allied militias"
const LIST_MEMBER_HEAD = String.raw`(?:(?:its|their|the)\s+)?(?:allied\s+|ally\s+|allies\s+|backer\s+|partner\s+)?$`;
const LIST_JOIN = new RegExp(String.raw`^\s*(?:,\s*|,?\s*(?:and|or)\s+)${LIST_MEMBER_HEAD}`, 'i');
const LIST_CLOSE = new RegExp(String.raw`^\s*,?\s*(?:and|or)\s+${LIST_MEMBER_HEAD}`, 'i');
// ("by the Assad regime, Russia and the Iranian militias": a state named by its name alone is a member between two sides)
const LIST_STATE_BETWEEN = new RegExp(String.raw`^\s*,?\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s*,?\s+(?:and|or)\s+${LIST_MEMBER_HEAD}`, 'u');

// ("by unknown gunmen believed to be of ISIS affiliates": the side the agent is thought to be is its own, not the target)
const BELIEVED_TO_BE = /^\s*,?\s*(?:who\s+(?:are|were)\s+)?(?:believed|suspected|thought|said|reported|claimed)\s+to\s+(?:be|belong\s+to|have\s+been)\s+(?:(?:members|fighters|militants|affiliates)\s+)?(?:of|from|with|affiliated\s+(?:with|to)|linked\s+to|loyal\s+to)?\s*(?:the\s+)?$/i;

/**
 * The sides listed after an agent named by "by": "by the Assad regime, Russia and the Iranian militias", and the same
 * list with its commas lost ("by the Assad regime Russia and the Iranian militias"; a bare space joins only where an
 * "and" closes the list after it). A state named alone ("Russia") is no actor mention, but it stands in the list.
 */
function agentList(text: string, by: ActorMention, actors: ActorMention[]): ActorMention[] {
  const next = actors.filter((m) => m.start >= by.end).sort((a, b) => a.start - b.start);
  const list: ActorMention[] = [];
  let prev = by;
  for (let i = 0; i < next.length; i++) {
    const m = next[i]!;
    const gap = text.slice(prev.end, m.start);
    const joined =
      LIST_JOIN.test(gap) || LIST_STATE_BETWEEN.test(gap) || BELIEVED_TO_BE.test(gap) || (/^\s+$/.test(gap) && !!next[i + 1] && LIST_CLOSE.test(text.slice(m.end, next[i + 1]!.start)));
    if (!joined) break;
    if (m.id !== by.id) list.push(m);
    prev = m;
  }
  return list;
}

/**
 * The subject and object of the act's words ("Russian airstrikes", "The army and its militia allies took
 * control"), before the corrections the sentence's syntax makes; the sides that back the subject or act
 * with it are added to backers and coAgents.
 */
function subjectAndObject(text: string, trigger: TriggerHit, actors: ActorMention[], before: ActorMention[], after: ActorMention[], backers: ActorMention[], coAgents: ActorMention[]): { draft: RoleDraft; own: ActorMention | undefined } {
  let actor1: ActorMention | null = null;
  let actor2: ActorMention | null = null;
  let rule = 'role.subject-object';
  // The trigger's own mention can carry the actor: "Russian airstrikes", "coalition air strikes"
  // "Russian warplanes struck", "Russian jets bombed": the mention ends inside the trigger's words
  // ("in ISIS shelling on the town", "regime mortar fire": the side named right before a strike's noun)
  const own =
    actors.find((m) => m.start <= trigger.start && (m.end >= trigger.end || (m.end > trigger.start && (trigger.rule.kind === 'air' || trigger.rule.kind === 'shelling')))) ??
    // ("Warplanes believed to be Russian carried out": the side named inside the strike's words)
    (trigger.rule.kind === 'air' ? actors.find((m) => m.start > trigger.start && m.end < trigger.end) : undefined) ??
    // ("air raids believed to be Russian killed 10 civilians": the side the report suspects, right after)
    (trigger.rule.kind === 'air' ? actors.find((m) => m.start >= trigger.end && SUSPECTED_BETWEEN.test(text.slice(trigger.end, m.start))) : undefined) ??
    // ("in a Kurdish rebel attack on troops": so before an attack whose words name its target)
    (STRIKE_NOUN.test(trigger.text) || ATTACK_ON_OPENS.test(trigger.text) ? actors.find((m) => m.end <= trigger.start && /^\s+(?:(?:mortar|rocket|artillery|missile|tank|sniper)\s+)?$/i.test(text.slice(m.end, trigger.start))) : undefined) ??
    // ("in ISIS terrorist attack with toxic gas", "an IS attack using mustard gas": the side before the attack the weapon serves)
    actors.find((m) => m.end <= trigger.start && ATTACK_WITH_BETWEEN.test(text.slice(m.end, trigger.start)));
  let subject = own ?? [...before].reverse().find((m) => isSubjectCandidate(text, m, trigger));
  // ("a number of gunmen believed to be members of the ISIS terrorist organization assaulted": the side they are believed to be)
  const believed = subject && subject.id === UNIDENTIFIED ? actors.find((m) => m.start > subject!.end && m.start - subject!.end < 70 && BELIEVED_TO_BE_BETWEEN.test(text.slice(subject!.end, m.start))) : undefined;
  if (believed) subject = believed;
  if (own) rule = 'role.trigger-modifier';
  // "Army units eliminate ISIS terrorists in Deir Ezzor, restore security to villages in Hama": a verb
  // listed after a comma has the first verb's subject, not the first verb's object
  if (!own && subject && /,\s*(?:and\s+)?$/.test(text.slice(Math.max(0, trigger.start - 6), trigger.start)) && OBJECT_OF_VERB_BEFORE.test(text.slice(Math.max(0, subject.start - 30), subject.start))) {
    const first = before[0];
    if (first && first.start < subject.start && isSubjectCandidate(text, first, trigger)) subject = first;
  }
  // "The army and its militia allies took control": the first conjunct leads, the second backs it
  const head = subject && before.find((m) => m.end < subject!.start && /^\s+(?:and|along with|together with)\s+(?:(?:its|their|the)\s+(?:allied\s+)?|allied\s+)(?:\w+\s+)?$/i.test(text.slice(m.end, subject!.start)));
  if (subject && head) {
    backers.push(subject);
    subject = head;
  }
  // "Russian and Syrian warplanes", "Russian or Syrian regime war planes": the side named with the subject strikes with it
  // ("Bombardment by the Russian and Assad regime air forces hit Idlib": a "by" before the pair names its authors)
  // ("Kurdish peshmerga forces and Turkmen Shiite paramilitaries clashed": past a word that is no part of the name)
  // ("The Turkish military and Free Syrian Army (FSA) forces liberated": the subject told by its name, then its acronym)
  const named = subject && before.find((m) => m.id === subject!.id && m.end < subject!.start && /^\s*\($/.test(text.slice(m.end, subject!.start)));
  const subjectStart = (named ?? subject)?.start ?? 0;
  const coAgent = subject && before.find((m) => m.end <= subjectStart && m.id !== subject!.id && /^\s*(?:,\s*|,?\s*(?:and|or|AND|OR)\s+(?:\p{Lu}[\p{L}-]+\s+)?)$/u.test(text.slice(m.end, subjectStart)) && (!obliqueBefore(text.slice(Math.max(0, m.start - 25), m.start), m.text) || /\bby\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 8), m.start))));
  // ("Government forces and rebels agreed a ceasefire": the two are the agreement's parties)
  // ("rebels and government forces battled around a power plant": two sides that fight, with no third named after, fight each other)
  const foes = !!coAgent && trigger.rule.kind === 'clash' && RECIPROCAL_FIGHT.test(trigger.text) && !after.some((m) => m.id !== subject!.id && m.id !== coAgent.id);
  const parties = !!coAgent && (trigger.rule.kind === 'agreement' || foes);
  // ("Turkish and FSA forces captured Bulbul": a state's forces named with a non-state side lead, as coders name them)
  const stateLeads = !!coAgent && !parties && !!subject && isStateSide(coAgent.type) && !isStateSide(subject.type);
  if (stateLeads) {
    backers.push(subject!);
    subject = coAgent;
  } else if (coAgent && !parties && !backers.includes(coAgent)) backers.push(coAgent);
  // (the state's forces are named first, as coders do)
  const [first, second] = foes ? stateFirst(coAgent!, subject!) : [coAgent!, subject!];
  actor1 = parties ? first : subject ?? null;
  // ("The death toll in coordinated Islamic State group attacks in Sweida neared 250", "killed following coordinated Islamic State
  // attacks": the side whose attacks the dead fell in did the killing)
  const attacksOf = !actor1 && trigger.rule.kind === 'kill' ? after.find((m) => IN_ACTS_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) && ACTS_OF_SIDE_AFTER.test(text.slice(m.end, m.end + 30))) : undefined;
  if (attacksOf) {
    actor1 = attacksOf;
    rule = 'role.toll-of-side-acts';
  }
  // ("The capture of Mallah Farms enabled Syrian forces to besiege ...": the side a taking lets act took the ground)
  const enabled = !actor1 && !parties && trigger.rule.kind === 'territory' ? after.find((m) => ENABLED_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) && /^\s+to\s/i.test(text.slice(m.end, m.end + 5))) : undefined;
  if (enabled) {
    actor1 = enabled;
    rule = 'role.enabled-by-taking';
  }
  // ("the capture of the road came after the recapture of the farms by the Syrian army": the side a taking names
  // by "by" took ground, it did not lose it)
  // ("the warplanes targeted the districts of Bustan al-Qasr ... all of which were under siege by the Assad regime": the
  // side that besieges the place a strike hits is not its target)
  const besieger = (m: ActorMention) => STRIKE_KINDS.has(trigger.rule.kind) && BESIEGER_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
  // ("were killed in Daraa province, which is under control of Assad's force": who holds the place the dead fell in
  // neither killed them nor was killed)
  const placeHolder = (m: ActorMention) => trigger.rule.kind === 'kill' && HOLDS_PLACE_CLAUSE_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start));
  // ("recaptured a town seized by Islamic State": the side that had taken the place is the one it is taken back from)
  const heldBy = (m: ActorMention) => trigger.rule.kind === 'territory' && HELD_BY_BEFORE.test(text.slice(Math.max(0, m.start - 50), m.start));
  actor2 = parties ? second : after.find((m) => (!actor1 || m.id !== actor1.id) && !(trigger.rule.kind === 'territory' && AGENT_BY_BEFORE.test(text.slice(Math.max(0, m.start - 45), m.start)) && !heldBy(m)) && !(!STRIKE_KINDS.has(trigger.rule.kind) && STRIKES_BY_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start))) && !besieger(m) && !placeHolder(m) && !otherActsTarget(text, trigger, m)) ?? null;
  // ("Coalition air strikes, Turkish army kill 8 IS group militants": a side right after the act that does the
  // act's verb itself is a second author; what it kills or hits is the target)
  if (actor1 && actor2 && !parties && SECOND_AUTHOR_VERB.test(text.slice(actor2.end, actor2.end + 24))) {
    const second = actor2;
    const hit = after.find((m) => m.start > second.end && m.id !== second.id && m.id !== actor1!.id);
    if (hit) {
      if (!coAgents.includes(second)) coAgents.push(second);
      actor2 = hit;
      rule = 'role.second-author';
    }
  }
  if (parties) rule = foes ? 'role.two-sides-fought' : 'role.agreement-parties';
  // ("Three SDF fighters killed in Turkish drone attack": the act's own side is the author; the side killed in it,
  // told before, is its target)
  // ("Military sites linked to regime forces and Iranian militias were targeted in Israeli strikes": the list's first)
  if (own && !actor2 && !parties) {
    const listLead = (m: ActorMention) => before.find((o) => o.end <= m.start && LIST_JOIN.test(text.slice(o.end, m.start)));
    let hit = [...before].reverse().find((m) => m.end <= own.start && m.id !== own.id && SUFFERED_BEFORE_TRIGGER.test(text.slice(m.end, own.start)));
    for (let lead = hit && listLead(hit); lead && lead.id !== own.id; lead = listLead(lead)) hit = lead;
    actor2 = hit ?? null;
  }
  // ("The SDF acknowledged that four of its fighters were killed ... in a Turkish drone strike": the side "its" dead are
  // told of, named before them, suffered the act)
  if (actor1 && !actor2 && !parties) {
    const theirDead = ITS_DEAD_BEFORE.exec(text.slice(0, trigger.start));
    const side = theirDead ? [...before].reverse().find((m) => m.end <= theirDead.index && m.id !== actor1!.id && m !== own && isArmedType(m.type)) : undefined;
    if (side) actor2 = side;
  }
  // "operations against the positions of Jabhat al-Nusra terrorists in Hama, killing scores of them": what the act was against
  if (actor1 && !actor2 && !parties) actor2 = before.find((m) => m.start > actor1!.end && m.id !== actor1!.id && AGAINST_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) ?? null;
  // "The SDF said it had killed 30 IS fighters in clashes near Hajin": the side the subject killed or hit in the fight
  // the trigger names (not the object of another verb: "eliminate ISIS terrorists in Deir Ezzor, restore security to villages")
  if (actor1 && !actor2 && !parties) actor2 = before.find((m) => m.start > actor1!.end && m.id !== actor1!.id && OBJECT_OF_VERB_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) && (IN_THE_FIGHT_BETWEEN.test(text.slice(m.end, trigger.start)) || OBJECT_THEN_PRONOUN_BETWEEN.test(text.slice(m.end, trigger.start)))) ?? null;
  // "two Turkish soldiers were martyred when PKK terrorists attacked a military outpost": who suffered, told first, was attacked
  if (actor1 && !actor2 && !parties) actor2 = before.find((m) => m.end <= actor1!.start && m.id !== actor1!.id && SUFFERED_AFTER.test(text.slice(m.end, m.end + 40))) ?? null;
  // "The rebel-held town came under heavy shelling", "pounding the rebel-held enclave with barrel bombs":
  // who holds the place a strike hits is on the receiving end (not one a reporter's clause names: "operating in rebel-held areas said")
  if (!actor2 && STRIKE_KINDS.has(trigger.rule.kind)) actor2 = before.find((m) => holdsPlace(text, m) && m.id !== actor1?.id && trigger.start - m.end < 80 && !REPORTED.test(text.slice(m.end, trigger.start))) ?? null;
  return { draft: { actor1, actor2, rule }, own };
}

/**
 * What the sentence's syntax says of the sides found: the subject of a passive suffered the act, a side
 * that lost men was hit, an opening participle has the main clause's subject. `own`: the side named in the
 * trigger's own words ("Russian airstrikes"), which stays the author.
 */
function correctedBySyntax(text: string, trigger: TriggerHit, before: ActorMention[], after: ActorMention[], draft: RoleDraft, own: ActorMention | undefined): RoleDraft {
  let { actor1, actor2, rule } = draft;
  // "An Iraqi army helicopter was shot down near Baiji": the subject of a passive with no agent named suffered it
  // ("IS militants were driven out of the village": the side a passive taking names as its subject lost the ground)
  const passiveLoser = trigger.rule.kind === 'territory' && !!actor1 && PASSIVE_AUX.test(text.slice(actor1.end, trigger.start)) && !REPORT_IN_GAP.test(text.slice(actor1.end, trigger.start));
  if (trigger.passive && (trigger.rule.kind === 'clash' || passiveLoser) && actor1 && !own && actor1.end <= trigger.start) {
    actor2 = actor1;
    actor1 = null;
    rule = 'role.passive-subject-suffered';
  }
  // ("a vehicle belonging to the SDF came under drone attack": the side that came under the act suffered it)
  if (actor1 && !own && actor1.end <= trigger.start && CAME_UNDER_BETWEEN.test(text.slice(actor1.end, trigger.start))) {
    actor2 = actor1;
    // ("came under heavy artillery fire from the PKK": the side it came from)
    actor1 = after.find((m) => m.id !== actor2!.id && m.start - trigger.end < 30 && /^\s+(?:from|by)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$/i.test(text.slice(trigger.end, m.start))) ?? null;
    rule = 'role.came-under';
  }
  // ("intense fighting was reported between the Syrian army and terrorist groups", "Tough battle is underway between the
  // terrorist groups and the Syrian government forces": a side named after "between" is a party to the fight, not its
  // target, when the other party goes unnamed)
  const namedAfter = (m: ActorMention) => after.some((o) => o.start > m.end && o.id !== m.id && o.group !== m.id);
  if (!actor1 && actor2 && trigger.rule.kind === 'clash' && BETWEEN_UNNAMED_BEFORE.test(text.slice(Math.max(0, actor2.start - 50), actor2.start)) && !namedAfter(actor2)) {
    actor1 = actor2;
    actor2 = null;
    rule = 'role.between-x-and-unnamed';
  }
  // ("clashes continue between the regime forces and militiamen loyal to them ... against Jaysh al-Islam": a side and its
  // unnamed allies fight the side named after "against")
  if (!actor1 && actor2 && trigger.rule.kind === 'clash' && BETWEEN_UNNAMED_BEFORE.test(text.slice(Math.max(0, actor2.start - 50), actor2.start))) {
    const side = actor2;
    const foe = after.find((m) => m.start > side.end && m.id !== side.id && m.start - side.end < 120 && /\bagainst\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 12), m.start)) && !/[.;]/.test(text.slice(side.end, m.start)));
    if (foe) {
      actor1 = side;
      actor2 = foe;
      rule = 'role.between-allies-against';
    }
  }
  // ("Clashes kill Iraqi forces and ISIS members north of Baghdad": the fight killed men of both sides it names)
  if (!actor1 && actor2 && trigger.rule.kind === 'clash' && /^\s+(?:kill|kills|killed|leave|leaves|left)\s+(?:(?:at\s+least\s+)?[\w-]+\s+)?$/i.test(text.slice(trigger.end, actor2.start))) {
    const first = actor2;
    const other = after.find((m) => m.start > first.end && m.id !== first.id && isArmedType(m.type) && /^\s+(?:and|as\s+well\s+as)\s+(?:[\w-]+\s+)?$/i.test(text.slice(first.end, m.start)));
    if (other && isArmedType(first.type)) {
      [actor1, actor2] = stateFirst(first, other);
      rule = 'role.both-sides-lost';
    }
  }
  // ("Over 60 terrorists were killed ... in clashes with the army": the side the unnamed dead fought killed them)
  if (!actor1 && actor2 && trigger.rule.kind === 'clash' && KILLED_IN_BEFORE.test(text.slice(Math.max(0, trigger.start - 60), trigger.start)) && /^\s+with\s+(?:the\s+)?$/i.test(text.slice(trigger.end, actor2.start))) {
    actor1 = actor2;
    actor2 = null;
    rule = 'role.fought-the-dead';
  }
  // "After heavy fighting during the night, the army is in full control": the main clause's subject acts
  if (!actor1 && actor2 && /,\s*(?:the\s+)?$/i.test(text.slice(trigger.end, actor2.start)) && !/\b(?:by|from|against|with|of|on)\b/i.test(text.slice(trigger.end, actor2.start))) {
    actor1 = actor2;
    actor2 = after.find((m) => m.start > actor1!.start && m.id !== actor1!.id) ?? null;
    rule = 'role.fronted-adverbial';
  }
  // "Isis fighters were killed in Raqqa", "50 ISIL Terrorists Killed in Kobani": the subject of a passive killing suffered it
  // ("IS militants killed in Raqqa air strikes": the strikes' target, told before them)
  // (not "fighters and two civilians were killed in clashes between rival groups": the fight's sides are named after it)
  const sufferedBefore = !!actor1 && !['kill', 'territory'].includes(trigger.rule.kind) && sufferedGap(text.slice(actor1.end, trigger.start)) && !/^\s+between\b/i.test(text.slice(trigger.end, trigger.end + 12));
  if (actor1 && (sufferedBefore || (toldDead(trigger) && actor1.end <= trigger.start && isPassiveSubject(text, actor1, trigger)))) {
    // "45 opposition fighters and 43 regime forces had been killed": both sides lost men, in a fight between them
    // (not "members of the Lebanese group Hizbollah and other Iranian-backed militias were killed": one side's kinds)
    // (not civilians killed beside fighters: "One civilian and one rebel fighter were also killed in a strike")
    // ("At least 88 rebel and regime forces have been killed in two days of clashes": so when the two were read as the fight's sides)
    const lostWith = (m: ActorMention) => m.end < actor1!.start && m.id !== actor1!.id && m.type !== 'civilians' && actor1!.type !== 'civilians' && /^\s*(?:and|as well as)\s+(?:(?:at least|about|around|some|more than)\s+)?(?:[\d,]+\s+)?(?!(?:other|allied|fellow)\s)(?:\w+\s+)?$/i.test(text.slice(m.end, actor1!.start));
    const other = actor2 ? (lostWith(actor2) ? actor2 : undefined) : before.find(lostWith);
    if (other) {
      [actor1, actor2] = stateFirst(other, actor1);
      rule = 'role.both-sides-lost';
    } else {
      // ("Two Turkish soldiers were killed in clashes with ISIS": the side they fought is named after)
      // ("A Turkish soldier was killed in a PKK attack": the side whose attack it was)
      // ("30 Nusra Front militants were killed by the Syrian army and its allies in clashes": the agent told before the trigger)
      const byBefore = before.find((m) => m.start > actor1!.end && m.id !== actor1!.id && /\bby\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 8), m.start)));
      // ("killed during fighting with militants of the Islamic State group": the men of the side it fought)
      // ("were killed overnight when Islamic State militants attacked a military headquarters": the side whose act the clause tells)
      const opponent = actor2 && (/\b(?:with|by|from|against)\s+(?:the\s+)?(?:[\w-]+\s+|(?:militants|fighters|members|elements|forces|troops|units|gunmen)\s+(?:of|from)\s+(?:the\s+)?)?$/i.test(text.slice(Math.max(0, actor2.start - 40), actor2.start)) || THEIR_ATTACK_AROUND(text, actor2) || WHEN_THEY_STRUCK(text, actor2)) ? actor2 : byBefore ?? null;
      actor2 = actor1;
      actor1 = opponent;
      rule = 'role.passive-subject-suffered';
    }
  }
  // ("Turkey's military announced Monday that 16 soldiers were killed ... in a Kurdish rebel attack": the side that tells of
  // its dead did not kill them; the side whose attack it was did)
  if (actor1 && actor2 && !own && toldDead(trigger) && actor2.start >= trigger.end && TELLS_AFTER.test(text.slice(actor1.end, actor1.end + 40)) && THEIR_ATTACK_AROUND(text, actor2)) {
    actor1 = actor2;
    actor2 = null;
    rule = 'role.their-attack';
  }
  // ("Five soldiers were killed in an ISIS attack", "13 killed and 25 injured in ISIS attack": with no side named for the
  // dead, the side whose attack it was is its author)
  if (!actor1 && actor2 && !own && toldDead(trigger) && actor2.start >= trigger.end && THEIR_ATTACK_AROUND(text, actor2)) {
    actor1 = actor2;
    actor2 = null;
    rule = 'role.their-attack';
  }
  // "ISIS lost at least 400 militants in the battle": the side that loses men is acted upon
  if (actor1 && /^\s*(?:\w+\s+)?(?:lost|suffered|sustained)\b/i.test(text.slice(actor1.end, actor1.end + 25)) && ['clash', 'kill'].includes(trigger.rule.kind)) {
    actor2 = actor1;
    actor1 = null;
    rule = 'role.loser-is-target';
  }
  // "An Iraqi army Humvee triggered a landmine", "a Turkish patrol hit a roadside bomb", "a soldier stepped on a mine":
  // the side that set the explosive off by driving or walking onto it is its victim, not its author
  if (actor1 && trigger.rule.kind === 'explosive' && actor1.end <= trigger.start && RAN_ONTO_BEFORE.test(text.slice(actor1.end, trigger.start))) {
    actor2 = actor1;
    actor1 = null;
    rule = 'role.ran-onto-explosive';
  }
  // ("After establishing control over the oil station ... the army has continued advancing", "Having captured
  // Maskana on Monday, the army pushed on": a sentence that opens with a participle has the main clause's subject,
  // named after it; what the participle took it from is the target)
  const opening = text.slice(0, trigger.start);
  if (!actor1 && ((PARTICIPLE_OPENS.test(opening) && /^\w+ing\b/i.test(trigger.text)) || HAVING_OPENS.test(opening))) {
    const subject = after.find((m) => FINITE_AFTER.test(text.slice(m.end, m.end + 30)) && !PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)));
    if (subject) {
      actor1 = subject;
      actor2 = after.find((m) => m.start < subject.start && m.id !== subject.id) ?? null;
      rule = 'role.opening-participle';
    }
  }
  if (!actor1) {
    // "the battle for Palmyra ... ISIS lost" / "ISIS lost at least 400 militants": a later subject
    // ("a rebel commander was also among the dead" is a victim, not the attacker)
    const victim = (m: ActorMention) => /^\s*(?:\w+\s+)?(?:was|were|is|are|has been|have been|had been)\s+(?:also\s+|reportedly\s+)?(?:among|killed|wounded|injured|dead|executed|hit|targeted)\b/i.test(text.slice(m.end, m.end + 40));
    const laterSubject = after.find((m) => !obliqueBefore(text.slice(Math.max(0, m.start - 25), m.start), m.text) && !victim(m) && /^\s*(?:(?!(?:say|says|claim|claims|allege|alleges|believe|believes)\b)\w+\s+)?(?:has|have|had|was|were|is|are|said|lost|launched|carried|took|seized|captured|retook|recaptured|killed|struck|shelled|attacked|bombed|targeted|fired|raided|stormed|ambushed|destroyed)\b/i.test(text.slice(m.end, m.end + 30)));
    if (laterSubject && ['territory', 'clash'].includes(trigger.rule.kind) === false) {
      actor1 = laterSubject;
      actor2 = after.find((m) => m !== laterSubject && m.id !== laterSubject.id && !otherActsTarget(text, trigger, m)) ?? null;
      rule = 'role.later-subject';
    }
  }
  return { actor1, actor2, rule };
}

/** "the first such attack since the city was retaken from Islamic State": the act a span of time is counted from */
const SINCE_PASSIVE_CLAUSE = new RegExp(String.raw`${SINCE_PASSIVE}[^,;]*`, 'gi');

/** The sides named inside the spans `re` (global) finds in the sentence, when the trigger is outside that span. */
function sidesInsideSpans(re: RegExp, text: string, trigger: TriggerHit, actors: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [from, to] = [m.index, m.index + m[0].length];
    if (trigger.start >= from && trigger.start < to) continue;
    for (const a of actors) if (a.start >= from && a.end <= to) out.push(a);
  }
  return out;
}

/** The sides of the act a "since" clause dates by are not the sides of an act told outside it. */
const sidesOfSinceClause = (text: string, trigger: TriggerHit, actors: ActorMention[]) => (/\bsince\b/i.test(text) ? sidesInsideSpans(SINCE_PASSIVE_CLAUSE, text, trigger, actors) : []);

/** An aside between spaced dashes: "The recapture of Heet – located near Ain al-Asad airbase where American personnel are training Iraqi army troops – would" */
const DASH_ASIDE = /\s[–—]\s[^–—.;]{5,200}?\s[–—]\s/g;

/** The sides an aside between dashes names belong to the aside, not to an act told outside it. */
const sidesOfAside = (text: string, trigger: TriggerHit, actors: ActorMention[]) => (/[–—]/.test(text) ? sidesInsideSpans(DASH_ASIDE, text, trigger, actors) : []);

/** "the Obama administration's campaign to degrade and destroy Islamic State": the foe a campaign's aim names */
const AIM_BEFORE = /\b(?:campaign|fight|war|efforts?|strategy|mission|drive|push|coalition|operations?)\s+(?:against\s+[^,;]{1,40}?\s+)?to\s+(?:(?:degrade|defeat|destroy|dismantle|eradicate|eliminate|crush|counter|combat|fight|uproot|wipe\s+out)\s*(?:,|and)?\s+){1,3}(?:the\s+)?$/i;

/** The foe a campaign's aim names is not a side of another act in the sentence ("the fighting in this city could undermine the campaign to destroy Islamic State"). */
function foesOfAim(text: string, trigger: TriggerHit, actors: ActorMention[]): ActorMention[] {
  return actors.filter((m) => m.start > trigger.end && AIM_BEFORE.test(text.slice(Math.max(0, m.start - 90), m.start)));
}

// "in coordinated Islamic State group attacks", "from the IS suicide bombings": a side named as the author of acts the dead fell in
const IN_ACTS_BEFORE = /\b(?:in|of|from|following|after|during)\s+(?:the\s+|a\s+|an\s+)?(?:(?:coordinated|deadly|simultaneous|multiple|twin|separate|series\s+of|wave\s+of)\s+)*$/i;
const ACTS_OF_SIDE_AFTER = /^\s+(?:group\s+)?(?:suicide\s+)?(?:attacks?|bombings?|assaults?|raids?|onslaught)\b/i;

/** A fight told with its two sides: "armed clashes between pro-regime and opposition forces". */
const FIGHT_BETWEEN = /\b(?:clash(?:es)?|fighting|battles?|skirmishes|firefights?)\s+between\s+(?:the\s+)?/gi;

/**
 * ("Shelling in West Aleppo left 11 people dead on Friday with reports of armed clashes between pro-regime and
 * opposition forces"): the two sides of another fight told beside an act are that fight's, not the act's
 * author and target. Only for an act that is not that fight itself.
 */
function sidesOfOtherFight(text: string, trigger: TriggerHit, actors: ActorMention[]): Set<ActorMention> {
  const out = new Set<ActorMention>();
  if (trigger.rule.kind === 'clash' || !/between/i.test(text)) return out;
  FIGHT_BETWEEN.lastIndex = 0;
  for (let m = FIGHT_BETWEEN.exec(text); m; m = FIGHT_BETWEEN.exec(text)) {
    if (m.index < trigger.end && m.index + m[0].length > trigger.start) continue;
    const at = m.index + m[0].length;
    const i = actors.findIndex((a) => a.start === at);
    if (i < 0 || !actors[i + 1] || !AND_BETWEEN_SIDES.test(text.slice(actors[i]!.end, actors[i + 1]!.start))) continue;
    out.add(actors[i]!).add(actors[i + 1]!);
  }
  return out;
}

/** The side a sentence blames for an attack ("blamed Israel for carrying out the attack", "accused the army of launching a chemical attack", "..., blaming the Islamic State group") and the sides that blame it. */
export function blameIn(text: string, mentions: ActorMention[]): { blamed: ActorMention; accusers: ActorMention[] } | null {
  if (!/\b(?:blam|accus)/i.test(text)) return null;
  // (", the monitor said, blaming the Islamic State group": a report's closing blame names the act it reports)
  const blamed = mentions.find((m) => (BLAMED_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)) && FOR_ACT_AFTER.test(text.slice(m.end, m.end + 80))) || CLOSING_BLAME_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)));
  if (!blamed) return null;
  const accusers = mentions.filter((m) => m.end <= blamed.start && ACCUSES_BETWEEN.test(text.slice(m.end, blamed.start)));
  return { blamed, accusers };
}
const CLOSING_BLAME_BEFORE = /,\s*(?:[\w-]+\s+){0,2}?blaming\s+(?:it\s+on\s+)?(?:the\s+)?$/i;
const BLAMED_BEFORE = new RegExp(String.raw`\b${BLAME_VERB}\s+(?:the\s+)?$`, 'i');
const FOR_ACT_AFTER = /^['’]?s?\s+(?:[\w-]+\s+){0,2}?(?:for|of)\s+(?:(?:carrying\s+out|launching|conducting|staging|being\s+behind|the|an|a|this|that|its|their|deadly|latest|new|chemical|suicide)\s+){0,3}(?:attacks?|strikes?|air\s*strikes?|airstrikes?|raids?|bombings?|assault|shelling|massacre)\b/i;
const ACCUSES_BETWEEN = new RegExp(String.raw`^[^.;:]{0,60}?\b(?:(?:have|has|had)\s+)?${BLAME_VERB}\s+(?:the\s+)?$`, 'i');

/**
 * The sides of an act: the pair the sentence names together, else the agent its "by" names, else
 * the subject and object of its words as the sentence's syntax corrects them; a pronoun subject
 * continues the last event.
 * @param text the sentence text; mention and trigger offsets are relative to it
 */
export function assignRoles(
  text: string,
  trigger: TriggerHit,
  mentions: ActorMention[],
  previous: { actor1: ActorPick | null; actor2: ActorPick | null } | null,
  lastState: ActorMention | null = null,
  subjectBefore: ActorMention | null = null,
): Roles {
  // ("suicide bombers blew up vehicles at the entrances, clearing the way for fellow rebels to enter": the author's own men)
  const fellows = mentions.filter((m) => /\bfellow\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start)));
  const elsewhere = new Set([...sidesOfOtherFight(text, trigger, mentions), ...sidesOfSinceClause(text, trigger, mentions), ...fellows, ...mentions.filter((m) => openingTeller(text, m)), ...foesOfAim(text, trigger, mentions), ...sidesOfAside(text, trigger, mentions)]);
  const { backers, actors } = splitBackers(text, elsewhere.size ? mentions.filter((m) => !elsewhere.has(m)) : mentions);
  // Sides that carry out the act with its author ("by the Assad regime and its ally Russia"): the author's associates, wherever they stand
  const coAgents: ActorMention[] = [];
  const before = actors.filter((m) => m.end <= trigger.start);
  // ("attacked regime positions", "attacked a government checkpoint": a side named inside the trigger's words is its object)
  // (not the teller of a closing attribution: "Dozens of people were killed in two bombings at a market in Baghdad, the police said")
  const after = actors.filter((m) => (m.start >= trigger.end || (trigger.rule.kind !== 'air' && m.start > trigger.start && m.start < trigger.end)) && !closingTeller(text, m) && !relativeTeller(text, m));
  // ("with assistance from Iraq's air force, which conducted four airstrikes in the area": a backer that a relative clause
  // makes the act's subject is its author)
  const backerWhich = backers.find((m) => m.end <= trigger.start && RELATIVE_SUBJECT_BETWEEN.test(text.slice(m.end, trigger.start)));
  if (backerWhich) {
    const target = after.find((m) => m.id !== backerWhich.id) ?? null;
    return finish(text, trigger, pick(backerWhich), target ? pick(target) : null, null, backers.filter((b) => b !== backerWhich), 'role.backer-relative-subject', coAgents);
  }
  const named = pairOfSides(text, trigger, actors, coAgents) ?? agentNamedBy(text, trigger, actors, before, after, coAgents);
  if (named) return finish(text, trigger, named.actor1 ? pick(named.actor1) : null, named.actor2 ? pick(named.actor2) : null, null, backers, named.rule, coAgents);
  const { draft, own } = subjectAndObject(text, trigger, actors, before, after, backers, coAgents);
  const { actor1, actor2, rule } = correctedBySyntax(text, trigger, before, after, draft, own);
  // ("According to a SDF spokesman, the fighters took full control of the hospital": the fighters a side's
  // spokesman tells of are that side's, whatever the event before)
  const object = actor2 ? pick(actor2) : null;
  const pronounWord = actor1 ? undefined : PRONOUN_SUBJECT.exec(text.slice(0, trigger.start))?.[1];
  const pronoun = !!pronounWord;
  const spokesman = pronoun ? actors.find((m) => m.end <= trigger.start && SPOKESMAN_AFTER.test(text.slice(m.end, m.end + 24)) && m.type !== 'civilians' && m.type !== 'protesters') : undefined;
  if (spokesman && spokesman.id !== actor2?.id) {
    // (the side's last fight goes on against the same foe)
    const foe = object ?? (previous?.actor1?.info.id === spokesman.id ? previous.actor2 : null);
    return finish(text, trigger, pick(spokesman), foe, null, backers, 'role.spokesman-side', coAgents);
  }
  // ("The province forms an important front for the Syrian governments soldiers ... Backed by Russian airpower the troops
  // have entered Raqqah Province": "the troops" are the state's forces last named, not the last event's jihadists)
  if (pronounWord && STATE_ANAPHOR.test(pronounWord) && !(previous?.actor1 && isStateSide(previous.actor1.info.type))) {
    // ("IS fighters mounted a counterattack against government forces ... as the army battled": the state the last event
    // struck fights back against its author)
    if (previous?.actor2 && isStateSide(previous.actor2.info.type)) return finish(text, trigger, previous.actor2, object ?? previous.actor1, null, backers, 'role.state-anaphor', coAgents);
    if (lastState && lastState.id !== actor2?.id) return finish(text, trigger, pick(lastState), object, null, backers, 'role.state-anaphor', coAgents);
    return finish(text, trigger, null, object, null, backers, rule, coAgents);
  }
  // ("The Islamic State group is under attack in its remaining strongholds ... On Thursday it mounted a counterattack
  // against government forces": the side the sentence before opened with, when that sentence told no act)
  if (pronoun && subjectBefore && subjectBefore.id !== actor2?.id && !STATE_ANAPHOR.test(pronounWord!)) {
    return finish(text, trigger, pick(subjectBefore), object, null, backers, 'role.pronoun-subject-before', coAgents);
  }
  // "They have so far taken at least 28 villages": a pronoun subject continues the last event
  // (not a pronoun that suffers the act: "as they were being driven out of Raqqa by a U.S.-backed offensive")
  if (pronoun && previous?.actor1 && !trigger.passive) {
    return finish(text, trigger, null, object ?? previous.actor2, previous.actor1, backers, 'role.pronoun-continues', coAgents);
  }
  // ("At least ten were killed in three attacks by IS militants ... In one of the attacks, six suicide bombers carried out a
  // pre-dawn attack": one of the acts just told is by their author)
  if (!actor1 && previous?.actor1 && ONE_OF_THE_ACTS.test(text.slice(0, trigger.start))) {
    return finish(text, trigger, null, object, previous.actor1, backers, 'role.one-of-the-acts', coAgents);
  }
  return finish(text, trigger, actor1 ? pick(actor1) : null, object, null, backers, rule, coAgents);
}

function finish(
  text: string,
  trigger: TriggerHit,
  actor1: ActorPick | null,
  actor2: ActorPick | null,
  inherited1: ActorPick | null,
  backers: ActorMention[],
  rule: string,
  coAgents: ActorMention[] = [],
): Roles {
  const a1 = actor1 ?? inherited1;
  let a2 = actor2;
  // (a side does not act on itself, nor on a unit of its own; two factions of one camp may fight: "Jaish al-Islam and Faylaq al-Rahman clashed")
  if (a1 && a2 && (a1.info.id === a2.info.id || a1.info.group === a2.info.id || a2.info.group === a1.info.id)) a2 = null;
  const assoc1: ActorPick[] = [];
  const assoc2: ActorPick[] = [];
  for (const b of coAgents) {
    const p = pick(b);
    if (p.info.id !== a1?.info.id && p.info.id !== a2?.info.id && !assoc1.some((x) => x.info.id === p.info.id)) assoc1.push(p);
  }
  for (const b of backers) {
    const p = pick(b);
    // (a side named again, "Syrian Democratic Forces (SDF)", stands where its first mention put it)
    if (p.info.id === a1?.info.id || p.info.id === a2?.info.id || [...assoc1, ...assoc2].some((x) => x.info.id === p.info.id)) continue;
    // A backer named next to the object backs the object; otherwise the actor.
    // (a side the act supports stands with its author wherever it is named)
    const ally = ALLY_BEFORE.test(text.slice(Math.max(0, b.start - 45), b.start)) || SUPPORTED_BEFORE.test(text.slice(Math.max(0, b.start - 70), b.start));
    const target = !ally && a2 && Math.abs(b.start - a2.start) < Math.abs(b.start - (a1?.start ?? trigger.start)) && b.start > trigger.end ? assoc2 : assoc1;
    target.push(p);
  }
  return { actor1: a1, actor2: a2, assoc1, assoc2, rule };
}
