// Where an event happened: the place the trigger's phrase names ("in", "at",
// "near", "of", "into"), not every place in the sentence; a list of places
// ("in Raqqa, Manbij and Mar'a") gives one event per place.
import type { PlaceMention } from '../../document/model.js';
import type { TriggerHit } from './triggers.js';
import { COMPASS_SRC, DISTANCE_SRC, isLargeCity, provinceOf } from '../places/find.js';
import { SERVED_AS } from './not-events.js';

export interface LocationPick {
  places: PlaceMention[];
  rule: string;
}

// ("in Syria's southern Sweida province": a country's possessive before the place it holds)
const LOCATIVE_BEFORE = /\b(?:in|at|near|into|on|outside|around|inside|across|throughout|within|towards|toward|to|of|over|for|from|entered|enter|entering|retake|retook|recaptured|captured|seized|took|take|liberated|struck|hit|shelled|bombed|targeted|targeting|besieged|stormed)\s+(?:(?:Syria|Iraq|Turkey|Lebanon|Jordan|Israel|Iran)['’]?s\s+(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|northeast|northwest|southeast|southwest)\s+)?)?(?:the\s+)?(?:(?:\w+[- ]){0,3}?(?:town|city|village|province|governorate|region|area|district|outskirts|countryside|suburb|neighbourhood|neighborhood|heart|centre|center|edge|stronghold|bastion|capital|desert|border|pocket|countryside)\s+(?:of\s+)?)?(?:the\s+)?(?:(?:sprawling|notorious|besieged|embattled|restive|beleaguered|infamous|overcrowded|contested|strategic|rebel-held|regime-held)\s+)?$/i;
const BETWEEN_PLACES_BEFORE = /\bbetween\s+(?:the\s+)?(?:(?:provinces|governorates|cities|towns|villages|districts)\s+of\s+)?$/i;
/** Whether the place at `start` is the first of two that "between" names ("between the provinces of Diyala and Salahuddin"). */
const opensBetween = (text: string, start: number) => BETWEEN_PLACES_BEFORE.test(text.slice(Math.max(0, start - 50), start));
const MARKET_AFTER = /^\s+(?:market|souk|bazaar|square)\b/i;
const IN_TOWN_BEFORE = /\bin\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$/i;
const ORIGIN_BEFORE = /\b(?:from|fled|flee|fleeing|via|through)\s+(?:the\s+)?(?:\w+\s+)?$/i;
// "pro-Damascus", "Britain-based", "Raqqa road" are not where things happened
// ("on Rajou street in the city center", "Baghdad Street in Damascus": a street named after a town is where the town's name is not)
const ATTRIBUTIVE_AFTER = /^(?:-based|-backed|-led|-born|\s+(?:road|highway|motorway|airport|dam|street|avenue|roundabout)\b)/i;
// ("a village seized by rebels near the road to Hama", "the highway linking Damascus and Homs": where a road leads, not where the act was)
const ROAD_TO_BEFORE = /\b(?:road|highway|motorway|route|supply\s+line)s?\s+(?:(?:that\s+)?(?:leads?|leading|runs?|running)\s+)?(?:to|linking|connecting|between)\s+(?:the\s+)?(?:(?:cities|city|towns?)\s+of\s+)?(?:[\w'’-]+\s+and\s+)?$/i;
// ("had recaptured the town, which lies on the border with Iraq in the eastern Deir Ezzor province, from the militants": where
// the town told before lies, not another place)
const TOWN_DESCRIBED_BEFORE = /\bthe\s+(?:town|city|village)\s*,?\s+(?:which|that)\s+(?:lies|is\s+located|is\s+situated|sits|stands)\b[^.;:]*$/i;
// ("killed at least four members of the PKK in northern Iraq on Sunday, authorities in the autonomous Kurdistan region said":
// where the tellers are, not where it happened)
const TELLERS_IN_BEFORE = /\b(?:authorities|officials|sources|police|officers|residents|activists|doctors|medics|monitors)\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;
const TELLS_AFTER = /^\s*(?:region|province|city|governorate)?\s*,?\s*(?:said|say|says|told|reported|confirmed)\b/i;
// ("she said, speaking from the Turkish border town of Gaziantep": where the teller spoke from)
const SPOKE_FROM_BEFORE = /\b(?:speaking|reporting|writing|talking|interviewed)\s+(?:by\s+(?:phone|telephone)\s+)?from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:(?:town|city|village|capital)\s+of\s+)?$/i;
export const isTellersPlace = (text: string, p: { start: number; end: number }) =>
  (TELLERS_IN_BEFORE.test(text.slice(Math.max(0, p.start - 50), p.start)) && TELLS_AFTER.test(text.slice(p.end, p.end + 30))) || SPOKE_FROM_BEFORE.test(text.slice(Math.max(0, p.start - 70), p.start));
const BORDERING_BEFORE = /\b(?:bordering|borders|adjoining|adjacent\s+to)\s+(?:the\s+)?$/i;
const CLAUSE_VERB_AFTER = /^\s+(?:remains?|is|was|were|are|has|have|had|fell|came|lies)\b/i;
// ("50 civilians west of Aleppo": where they died, told by its bearing)
const PEOPLE_FROM_BEFORE = /\b(?:residents|people|natives|inhabitants|evacuees|villagers|families|civilians|Syrians)\s+(?:(?!(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|northern|southern|eastern|western)\b)\w+\s+){0,2}?(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:(?:towns?|villages?|cities|city)\s+of\s+)?(?:[\w-]+\s+and\s+)?$/i;
// where a group is active or its gunners sit ("terrorists positioned in", "militants operating in")
const ACTIVE = String.raw`(?:operating|operates|active|based|present|deployed|stationed|positioned|located|entrenched|holed up)`;
const ACTIVE_IN_BEFORE = new RegExp(String.raw`\b${ACTIVE}\s+(?:in|across)\s+(?:both\s+)?(?:the\s+)?(?:[\w-]+\s+(?:and|or)\s+)?$`, 'i');
// ("Islamic State militants who control much of Syria and Iraq, fired 44 mortars at Kurdish parts of the town": what a side
// holds, said of it, is not where it acted)
const HOLDS_BEFORE = /\b(?:who|which|that)\s+(?:now\s+|still\s+|already\s+)?(?:controls?|controlled|holds?|held|rules?|ruled|occup(?:y|ies|ied)|seized|overran|captured)\s+(?:much|most|large\s+(?:parts|swathes|swaths|areas|tracts)|parts|swathes|swaths|areas|territory|chunks|a\s+third|half)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+(?:and|or)\s+)?$/i;
/**
 * "buses carrying evacuees from Fuaa", "militants of the group operating in Iraq and Syria",
 * "terrorists based in Eastern Ghouta", "militants who control much of Syria and Iraq": where people come from, or a
 * group is active or holds ground, not where it happened.
 */
export function isWhereFrom(text: string, start: number): boolean {
  return isPeopleFrom(text, start) || ACTIVE_IN_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || isHeldGround(text, start);
}
const isHeldGround = (text: string, start: number) => HOLDS_BEFORE.test(text.slice(Math.max(0, start - 70), start));
// ("a woman originally from the northern Iraqi city of Mosul died of bullet wounds", "a native of Aleppo": where a victim came from)
const ORIGINALLY_FROM_BEFORE = /\b(?:originally|originating|hailing|hails?|natives?|native)\s+(?:from|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:(?:towns?|villages?|cities|city|province|governorate|camp)\s+of\s+)?$/i;
const isPeopleFrom = (text: string, start: number) => {
  const before = text.slice(Math.max(0, start - 60), start);
  return PEOPLE_FROM_BEFORE.test(before) || ORIGINALLY_FROM_BEFORE.test(before);
};
// "targeted al-Salyhiah neighborhood", "landed in the neighborhoods of al-Jamiliyeh": a quarter the sentence
// names as hit, one the gazetteer does not know, lies in the story's city
const QUARTER_NAME = String.raw`(?:(?:al|el|ad|ar|as|ash|at|az)-)?\p{Lu}[\p{L}'’-]*`;
const NAMED_QUARTER = new RegExp(
  String.raw`\b(?<!\b${ACTIVE}\s+)(?:targeted|targeting|hit|hitting|shelled|struck|on|at|in|into)\s+` +
    String.raw`(?:(?:the\s+)?${QUARTER_NAME}(?:\s+${QUARTER_NAME}){0,2}\s+(?:neighbou?rhood|street|square|quarter)\b|the\s+(?:neighbou?rhoods?|streets?|quarters?)\s+of\s+${QUARTER_NAME})`,
  'u',
);
const STORY_PLACE_AFTER = /^[^.;]{0,80}?\b(?:in|on|at|into|across)\s+the\s+(?:city|town|capital|village)\b(?!\s+of\b)/i;
// ("damaged a Syrian regime airbase that was used as a launchpad for a chemical attack on an opposition village in Idlib":
// the places of what a place served for are that act's)
const SERVED_FOR_BETWEEN = new RegExp(String.raw`\b(?:(?:that|which)\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?used\s+(?:as|for|to)|${SERVED_AS})\b`, 'i');
const BACKDROP_BETWEEN = /\b(?:came|comes|come)\s+(?:as|amid|while|after|days after|a day after|hours after)\b/i;
const REPORT_BETWEEN = /\b(?:said|says|announced|claimed|reported|stated|added|told|confirmed|confirms|denied|revealed|acknowledged)\b/i;
const CROWD_KINDS = new Set(['protest', 'riot']);
const LIST_JOINER = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)$/;
// "the neighborhoods of", "the eastern districts of": what follows is a list of one city's parts
const PARTS_LIST_BEFORE = /\b(?:neighbou?rhoods|districts|quarters)\s+of\s+(?:the\s+)?$/i;
// "the town of Madaya west of the Syrian capital Damascus", "Tal Qarrah, 20 km north of Aleppo":
// the second place only tells where the first lies
const REFERENCE_AFTER_PLACE = new RegExp(String.raw`^\s*,?\s*${DISTANCE_SRC}(?:${COMPASS_SRC}|just)\s+(?:of|from|outside)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$`, 'i');
/** Whether a place only tells where another place named before it lies ("Tal Qarrah, 20 km north of Aleppo"). */
const isReferencePlace = (text: string, p: PlaceMention, places: PlaceMention[]) => places.some((q) => q !== p && q.end <= p.start && REFERENCE_AFTER_PLACE.test(text.slice(q.end, p.start)));
/**
 * ("the besieged town of Madaya west of the Syrian capital Damascus"): a capital a place is told to lie a direction from,
 * which only says where the place is.
 */
export const isCapitalReference = (text: string, p: PlaceMention, places: PlaceMention[]) =>
  /\bcapital\s+$/i.test(text.slice(Math.max(0, p.start - 10), p.start)) && isReferencePlace(text, p, places);

// ("In IS-controlled Fallujah, which lies about half way between Ramadi and Baghdad": the places a place lies between)
const LIES_BETWEEN_BEFORE = /\b(?:which|that)\s+(?:lies|lay|is\s+located|is\s+situated|sits)\s+(?:[\w-]+\s+){0,3}?between\s+(?:the\s+)?(?:[\w'’-]+\s+(?:and|&)\s+)?$/i;
/** Whether a place is one that another place is told to lie between. */
export const liesBetween = (text: string, p: PlaceMention) => LIES_BETWEEN_BEFORE.test(text.slice(Math.max(0, p.start - 70), p.start));

const TAKEN_OBJECT_BETWEEN = /^\s+(?:(?:full\s+)?control\s+(?:of|over)\s+)?(?:the\s+)?(?:(?:strategic|key|nearby|besieged|rebel-held|town|city|village|area|district)\s+)*(?:of\s+)?$/i;
// "Qaryatain City in Homs", "Saraqeb, Idlib": what a place is said to lie in
const IN_CONTAINER_BETWEEN = /^(?:\s+(?:city|town|village|area|district))?\s*(?:,|\s+in)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|rural)\s+)?$/i;
// "Idlib province came under heavy bombardment", "the town has come under fire": the place the act fell on
const CAME_UNDER_BETWEEN = /^(?:\s+(?:province|governorate|region|district|city|town|village|countryside|area|neighbou?rhood))?\s+(?:(?:has|have|had)\s+)?(?:came|comes|come|coming)\s+under\s+(?:[\w-]+\s+){0,2}$/i;
const BORDER_OF_PLACE_BETWEEN = /^(?:\s+(?:province|governorate|region|district|city|town|village|countryside))?\s*,?\s*(?:near|along|close\s+to|by|on)\s+(?:the\s+)?$/i;

function rank(p: PlaceMention): number {
  switch (p.place.feature) {
    case 'populated-place':
    case 'landmark':
    case 'unresolved':
      return 0;
    case 'admin2':
    case 'region':
    case 'river':
    case 'border':
      return 1;
    case 'admin1':
      return 2;
    default:
      return 3;
  }
}

/**
 * @param text the sentence; place and trigger offsets relative to it
 */
/** "Ankara said it is targeting IS", "Damascus denied": a capital standing for its government. */
const METONYM_AFTER = /^['’]?s?\s+(?:(?:which|that|who)\s+)?(?:has\s+|had\s+|have\s+)?(?:said|says|say|denied|denies|accused|accuses|claimed|claims|announced|announces|insisted|insists|warned|warns|rejected|rejects|responded|condemned|condemns|blamed|blames|wants|considers|backed|backs|supports|supported|sent|declared|declares|agreed|agrees|stepped up|steps up|vowed|vows|urged|urges|demanded|demands|has\s+been\s+\w+ing)\b/i;
/** "backed by Moscow", "called on Damascus to", "accused Damascus of that attack": a capital standing for its government. */
const METONYM_BEFORE = /\b(?:backed|supported|armed|funded|sponsored)\s+by\s+$|\b(?:called on|urged|pressed|allied with|allies of|ally of|accused|accuses|accusing|blamed|blames|blaming|condemned|condemns|critici[sz]ed)\s+$/i;

// "its Damascus ally", "the Damascus government", "Moscow's envoy"
const GOVERNMENT_AFTER = /^['’]?s?\s+(?:ally|allies|government|regime|authorities|officials|delegation|envoy|leadership)\b/i;

// "(a terrorist group banned in Russia)": the note news agencies add, not a place of the story
const BANNED_IN_BEFORE = /\b(?:banned|outlawed|prohibited|proscribed)\s+in\s+(?:the\s+)?$/i;

// "leading Damascus to bomb separatist positions", "pushing Ankara to respond": a capital that is made to act
const INFINITIVE_AFTER = /^\s+to\s+(?:bomb|strike|attack|respond|retaliate|launch|send|deploy|negotiate|accept|withdraw|stop|halt|allow|end|intervene|escalate)\b/i;

/** A place name standing for its government, or a news agency's note, at [start, end) of text. */
export function isMetonym(text: string, start: number, end: number): boolean {
  return METONYM_AFTER.test(text.slice(end, end + 30)) || INFINITIVE_AFTER.test(text.slice(end, end + 20)) || GOVERNMENT_AFTER.test(text.slice(end, end + 16)) || BANNED_IN_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || METONYM_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

/** The war's own countries: a possessive of a place elsewhere ("Moscow's aerial bombing", "Ankaras offensive") is its government. */
const WAR_COUNTRIES = new Set(['SY', 'IQ']);

/** "Moscow's", or "Moscows" where the apostrophe was lost, of a place outside the war's countries. */
export function isForeignPossessive(p: PlaceMention, after: string): boolean {
  if (WAR_COUNTRIES.has(p.place.country_code ?? '')) return false;
  const lost = /s$/i.test(p.text) && !/s$/i.test(p.place.name);
  return lost || /^['’]?s\b/.test(after);
}

// "in Kilis", "the Turkish town of Kilis", "at Hmeimim": how a place outside the war is named as where it happened
const LOCATIVE_NEAR = /\b(?:in|at|near|into|on|outside|inside|across|of|to|toward|towards|around)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;

/** A place outside the war's countries ("In Washington the Pentagon confirmed eight US strikes ... in Aleppo province": where it was told). */
export const isAbroad = (p: PlaceMention) => !!p.place.country_code && !WAR_COUNTRIES.has(p.place.country_code);

/** A place outside the war's countries is where it happened only when the words say so: not "Moscow which holds a veto". */
export function isForeignBystander(p: PlaceMention, before: string): boolean {
  return isAbroad(p) && p.place.feature !== 'border' && !LOCATIVE_NEAR.test(before) && !IN_COUNTRY_COMMA_BEFORE.test(before);
}
// ("in southeast Turkey, Hakkari": a place told after the country it lies in, a comma between)
const IN_COUNTRY_COMMA_BEFORE = /\b(?:in|at|near|inside)\s+(?:(?:(?:north|south)?(?:east|west)(?:ern)?|northern|southern)\s+)?\p{Lu}[\p{L}'’-]+\s*,\s*$/u;

/**
 * `gunnersAtLast`: where the gunners sit counts even when the sentence names the quarter they hit (the
 * last resort of a story that names no other place).
 */
export function pickLocations(text: string, trigger: TriggerHit, places: PlaceMention[], gunnersAtLast = false): LocationPick | null {
  const notBackdrop = places.filter(
    (p) =>
      !isForeignBystander(p, text.slice(Math.max(0, p.start - 30), p.start)) &&
      !ATTRIBUTIVE_AFTER.test(text.slice(p.end, p.end + 12)) &&
      !ROAD_TO_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start)) &&
      !TOWN_DESCRIBED_BEFORE.test(text.slice(Math.max(0, p.start - 100), p.start)) &&
      !isTellersPlace(text, p) &&
      // ("Protesters in Daraa demanded the release of detainees": the crowd in the place speaks, not the place)
      (!isMetonym(text, p.start, p.end) || (CROWD_KINDS.has(trigger.rule.kind) && /\b(?:in|at|inside)\s+$/i.test(text.slice(Math.max(0, p.start - 8), p.start)))) &&
      !isForeignPossessive(p, text.slice(p.end, p.end + 3)) &&
      // ("in an eastern province bordering Iraq": the place a border is shared with is no place of the act)
      !BORDERING_BEFORE.test(text.slice(Math.max(0, p.start - 24), p.start)) &&
      !liesBetween(text, p) &&
      // "Wednesday's explosion came as Kurdish forces pressed on to take Manbij": the places of what it came amid are not its own
      !(p.start >= trigger.end && (BACKDROP_BETWEEN.test(text.slice(trigger.end, p.start)) || SERVED_FOR_BETWEEN.test(text.slice(trigger.end, p.start)))),
  );
  // ("residents of Fuaa and Kafraya lost their lives", "buses carrying evacuees from Fuaa": where the people came from)
  // ("IS abducted 30 civilians from Qaryatain": people are taken from where they are)
  const takenFrom = trigger.rule.kind === 'abduction';
  let usable = takenFrom ? notBackdrop : notBackdrop.filter((p) => !isWhereFrom(text, p.start));
  // ("terrorists positioned in Bani Zaid fired rocket shells on the neighbourhood": with no other
  // place named, where the gunners sit is the nearest thing to where it happened)
  // (not when the act names its place as the story's: "terrorists based in Eastern Ghouta fired mortar shells at
  // residential neighborhoods in the city": the city told before)
  // (nor when it names the quarter it fell on: "terrorist groups positioned in the Eastern Ghouta targeted al-Salyhiah
  // neighborhood killing a woman": the quarter lies in the story's city)
  if (usable.length === 0 && !STORY_PLACE_AFTER.test(text.slice(trigger.end)) && (gunnersAtLast || !NAMED_QUARTER.test(text))) usable = notBackdrop.filter((p) => !isPeopleFrom(text, p.start) && !isHeldGround(text, p.start));
  // ("Hundreds of residents of Maarat al-Numan demonstrated": people protest where they live)
  if (usable.length === 0 && (trigger.rule.kind === 'protest' || trigger.rule.kind === 'riot')) usable = notBackdrop;
  if (usable.length === 0) return null;
  const allowOrigin = trigger.rule.kind === 'territory' || takenFrom;
  const scored = usable.map((p) => {
    const before = text.slice(Math.max(0, p.start - 60), p.start);
    let score = 0;
    if (LOCATIVE_BEFORE.test(before)) score += 30;
    if (!allowOrigin && ORIGIN_BEFORE.test(before)) score -= 40;
    const distance = p.start >= trigger.end ? p.start - trigger.end : trigger.start - p.end;
    score -= Math.min(distance, 200) / 8;
    if (p.start >= trigger.end) score += 4; // "retook the city of Palmyra": objects follow
    // ("fighting the regime in Idlib and Aleppo DAESH said on Monday they were responsible for a suicide bombing ... near
    // the Atmeh border crossing": a place before the report of the act is the frame's, the act's own place says more)
    else if (REPORT_BETWEEN.test(text.slice(p.end, trigger.start))) score -= isAbroad(p) ? 60 : 15;
    // ("Syrian Army Retakes Qaryatain City in Homs": the place a taking names right after it is the place taken)
    if (trigger.rule.kind === 'territory' && p.start >= trigger.end && TAKEN_OBJECT_BETWEEN.test(text.slice(trigger.end, p.start))) score += 30;
    if (p.end <= trigger.start && CAME_UNDER_BETWEEN.test(text.slice(p.end, trigger.start))) score += 40;
    // ("in southeast Turkey, Hakkari": the place told after its country, a comma between, says where in it)
    if (usable.some((q) => q.place.feature === 'country' && q.place.country_code === p.place.country_code && q.end <= p.start && IN_COUNTRY_COMMA_BEFORE.test(text.slice(Math.max(0, q.start - 30), p.start)))) score += 40;
    if (isReferencePlace(text, p, usable)) score -= 60;
    // ("in the Kurdistan Region's Zakho", "in Hama province's Kafr Zita": the place a possessive place holds is where it happened)
    if (usable.some((q) => q !== p && q.end <= p.start && /^(?:\s+(?:province|governorate|region|district))?['’]s\s+$/i.test(text.slice(q.end, p.start)))) score += 30;
    // "an outpost in Hakkari province, near the Iraqi border": the border says where in the place named before it
    if (p.place.feature === 'border' && usable.some((q) => q !== p && q.place.feature !== 'border' && q.end <= p.start && BORDER_OF_PLACE_BETWEEN.test(text.slice(q.end, p.start)))) score -= 60;
    // ("Syrian Army Retakes Qaryatain City in Homs": the town, not the city of the province it lies in)
    if (usable.some((q) => q !== p && q.end <= p.start && q.place.name !== p.place.name && !!q.place.admin1 && q.place.admin1 === p.place.name && provinceOf(p.place) === p.place.name && IN_CONTAINER_BETWEEN.test(text.slice(q.end, p.start)))) score -= 40;
    // ("a patrol operating between the provinces of Diyala and Salahuddin": a place between two says less than one named alone)
    if (opensBetween(text, p.start) || usable.some((q) => q !== p && q.end <= p.start && /^\s+and\s+(?:the\s+)?$/i.test(text.slice(q.end, p.start)) && opensBetween(text, q.start))) score -= 20;
    // ("in Al-Hal market near the industrial zone in Afrin city": a market or square named like a place lies in the town told after it)
    if (MARKET_AFTER.test(text.slice(p.end, p.end + 10)) && usable.some((q) => q !== p && q.start > p.end && q.start - p.end < 90 && IN_TOWN_BEFORE.test(text.slice(Math.max(0, q.start - 20), q.start)))) score -= 60;
    score -= rank(p) * 6; // a town says more than a province, a province more than a country
    return { p, score };
  });
  scored.sort((a, b) => b.score - a.score || a.p.start - b.p.start);
  const best = scored[0].p;
  // A list around the chosen place: "in Raqqa, Manbij and Mar'a"
  const sorted = [...usable].sort((a, b) => a.start - b.start);
  let i = sorted.indexOf(best);
  let lo = i, hi = i;
  // ("attacks with shells in Damascus Aleppo and Idleb": a list of cities or provinces whose commas the page lost, closed by "and")
  const gapAt = (k: number) => text.slice(sorted[k - 1]!.end, sorted[k]!.start);
  const major = (p: PlaceMention) => p.place.feature === 'admin1' || isLargeCity(p.place);
  const joins = (k: number): boolean => {
    if (LIST_JOINER.test(gapAt(k))) return true;
    if (!/^\s+$/.test(gapAt(k)) || !major(sorted[k - 1]!) || !major(sorted[k]!)) return false;
    for (let j = k + 1; j < sorted.length; j++) {
      if (/^\s*,?\s*and\s+$/.test(gapAt(j))) return major(sorted[j]!);
      if (!/^\s+$/.test(gapAt(j)) || !major(sorted[j]!)) return false;
    }
    return false;
  };
  while (lo > 0 && joins(lo) && rank(sorted[lo - 1]) === rank(best)) lo--;
  // "advance on Manbij and Fallujah remains under attack": a place before its own verb starts a new clause
  const opensClause = (p: PlaceMention) => CLAUSE_VERB_AFTER.test(text.slice(p.end, p.end + 20));
  while (hi < sorted.length - 1 && joins(hi + 1) && rank(sorted[hi + 1]) === rank(best) && !opensClause(sorted[hi + 1])) hi++;
  i = hi - lo;
  // ("fired rocket shells on the neighborhoods of al-Hamadanyia and Halab al-Jadida": the parts of one city are one
  // place hit, the city when the list names it, else the first part)
  if (i > 0 && PARTS_LIST_BEFORE.test(text.slice(Math.max(0, sorted[lo].start - 30), sorted[lo].start))) {
    const listed = sorted.slice(lo, hi + 1);
    const cities = listed.filter((p) => isLargeCity(p.place));
    // (not "the residential neighborhoods of Damascus and Aleppo": two cities' parts)
    if (cities.length <= 1) return { places: [cities[0] ?? listed[0]!], rule: 'location.parts-list' };
  }
  // ("operating between the provinces of Diyala and Salahuddin": two places that bound one act's, the first)
  if (i === 1 && opensBetween(text, sorted[lo]!.start)) return { places: [sorted[lo]!], rule: 'location.between' };
  if (i > 0) return { places: sorted.slice(lo, hi + 1), rule: 'location.list' };
  // "the town of Hajin in Deir Ezzor province": the town, not its province
  return { places: [best], rule: LOCATIVE_BEFORE.test(text.slice(Math.max(0, best.start - 60), best.start)) ? 'location.locative' : 'location.nearest' };
}
