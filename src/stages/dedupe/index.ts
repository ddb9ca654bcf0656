// Within-article deduplication: the headline, the lead and the body often
// report one event. Events of one type at one place with compatible actors
// become one record with all their evidence; a bare "killed" event is folded
// into the more specific event at its place.
import type { EventDraft } from '../events/draft.js';
import { regainsForState, UNIDENTIFIED } from '../events/roles.js';
import { MS_PER_DAY } from '../dates/calendar.js';
import { CITY_POPULATION, isLargeCity, km, provinceOf } from '../places/index.js';
import { escapeRegExp } from '../actors/phrases.js';
import { ANOTHER_ACT_OPENS, clauseOf } from '../events/clauses.js';
import { findTriggers } from '../events/triggers.js';

// "Raqqa province" and "Raqqa" in one story are one place to a reader: the name decides.
const placeKey = (d: EventDraft) => (d.location ? `${d.location.place.name}|${d.location.place.country_code}` : '');
// An unidentified armed group is what a report says when it does not know the side another report names.
// ("The Syrian Arab Army liberated the hilltop" and "the Tiger Forces stormed the hilltop": a unit and the side it belongs to)
// ("US airstrikes kill 23 civilians" and "airstrikes carried out by the US-led coalition": the coalition's strikes are
// reported as the United States' and the other way round)
const TOLD_EITHER_WAY = new Set(['united-states|us-led-coalition', 'us-led-coalition|united-states']);
const compatible = (a: EventDraft['actor1'], b: EventDraft['actor1']) =>
  !a || !b || a.info.id === b.info.id || a.info.id === UNIDENTIFIED || b.info.id === UNIDENTIFIED || a.info.id === b.info.group || b.info.id === a.info.group ||
  TOLD_EITHER_WAY.has(`${a.info.id}|${b.info.id}`);

// ("IS captured several army positions" and "troops repelled the IS attack on villages", "troops kill at least 50
// jihadists near the Lebanese border" and "the jihadists clashed ... with the regime troops": a battle's two reports
// may name its sides either way round)
const reversedSides = (a: EventDraft, b: EventDraft) =>
  a.event_type === 'Battles' && b.event_type === 'Battles' && !!a.actor1 && !!a.actor2 && !!b.actor1 && !!b.actor2 && a.actor1.info.id === b.actor2.info.id && a.actor2.info.id === b.actor1.info.id;

// "Russian forces ... have been heavily involved in the offensive to retake Palmyra":
// the backer of one report's actor is that actor's side in another report.
const toll = (d: EventDraft) => d.fatalities?.best ?? null;
// ("Eight children killed in Turkish artillery strike" and "11 Kurdish civilians were killed ... including eight children":
// a headline that counts a part of the dead the report counts whole)
const countsPartOf = (a: EventDraft, b: EventDraft) =>
  (toll(a) ?? 0) < (toll(b) ?? 0) &&
  !!a.fatalities?.details.length &&
  a.fatalities.details.every((d) => {
    const among = new RegExp(String.raw`\b(?:including|among\s+them|among\s+whom|of\s+whom)\s+(?:at\s+least\s+)?${escapeRegExp(d.text.toLowerCase())}`, 'i');
    return b.evidence.some((s) => among.test(s.text));
  });
/** Two reports' tolls do not disagree: one of them gives none, or both give the same, or one counts a part the other counts whole. */
const tollsAgree = (a: EventDraft, b: EventDraft) => toll(a) === null || toll(b) === null || toll(a) === toll(b) || countsPartOf(a, b) || countsPartOf(b, a);
/** The trigger of an attack that does not say how it was carried out ("terrorists attacked the town"). */
const GENERIC_ATTACK = 'event.civilians.attack';

const backs = (x: EventDraft, y: EventDraft) => !!x.actor1 && y.assoc1.some((a) => a.info.id === x.actor1!.info.id);
/** "Iranian targets" and "Iranian-backed militia positions": one report's target is the other's target's backer */
const backsTarget = (x: EventDraft, y: EventDraft) => !!x.actor2 && y.assoc2.some((a) => a.info.id === x.actor2!.info.id);

const GAS_OR_THE_ATTACK = /\b(?:gas|gases|chemical|chlorine|sarin|toxic|poison\w*|nerve\s+agents?|the\s+attack)\b/i;
const deliveryTellsGas = (a: EventDraft, b: EventDraft) => (a.trigger.rule.kind === 'chemical' ? b : a).evidence.some((s) => GAS_OR_THE_ATTACK.test(s.text));

/** A gas attack and the strike or shelling that delivered it (never a car bomb told at the same place). */
function gasDelivered(a: EventDraft, b: EventDraft): boolean {
  const chemical = (d: EventDraft) => d.trigger.rule.kind === 'chemical';
  const delivery = (d: EventDraft) => ['air', 'shelling'].includes(d.trigger.rule.kind);
  return (chemical(a) && delivery(b)) || (chemical(b) && delivery(a));
}

/** A toll large enough that the same figure told twice of one side at one place is one count of the dead. */
const SAME_DEAD_MIN = 10;
// (a bare killing is folded in by absorbKills, which knows the event it counts)
const isExecution = (d: EventDraft) => d.trigger.rule.kind === 'execution';

function sameEvent(a: EventDraft, b: EventDraft): boolean {
  if (placeKey(a) !== placeKey(b)) return false;
  // "Rocket attacks killed 5 people in Damascus on Thursday" and "five people had been killed in
  // bombardment by Takfiri terrorists": one kind, one place, one day, one toll is one event,
  // however each report names the sides
  if (a.sub_event_type === b.sub_event_type && toll(a) !== null && toll(a)! > 0 && toll(a) === toll(b) && datesAgree(a, b)) return true;
  // ("Islamic State killed 270 soldiers guards and staff when they captured a Syrian gas field on Thursday" and "on Saturday
  // ... the Islamic State had killed and executed 270 people during the assault": one side's executions of the same many
  // at one place within days are those deaths told again, whatever the other report calls the act)
  if (toll(a) !== null && toll(a)! >= SAME_DEAD_MIN && toll(a) === toll(b) && !!a.actor1 && a.actor1.info.id === b.actor1?.info.id && [a, b].some(isExecution) && !daysApart(a, b, 4)) return true;
  const sameSide = compatible(a.actor1, b.actor1) || (a.event_type === b.event_type && (backs(a, b) || backs(b, a)));
  const samePair = sameSide && (compatible(a.actor2, b.actor2) || backsTarget(a, b) || backsTarget(b, a));
  const battle = (d: EventDraft) => d.event_type === 'Battles';
  const reversed = reversedSides(a, b);
  // ("More than 40 people have been killed ... after a massive suicide truck bombing claimed by Islamic State" and "the
  // truck bomb demolished the facade of the headquarters of the Kurdish militia": one blast at one place and day, told by
  // the people it killed and by the side it targeted)
  // "a suicide attacker detonated a car bomb" and "the blast": one explosion
  const blast = (d: EventDraft) => d.trigger.rule.kind === 'suicide' || d.trigger.rule.kind === 'explosive';
  const civiliansOrNone = (d: EventDraft) => !d.actor2 || d.actor2.info.id === 'civilians';
  if (!samePair && blast(a) && blast(b) && sameSide && !!a.actor1 && (civiliansOrNone(a) || civiliansOrNone(b)) && datesAgree(a, b) && tollsAgree(a, b)) return true;
  // ("IS militants attacked the posts of the Hashd units, but the units' fighters fought back": in one sentence, the side
  // attacked fighting back at its attacker, told with no name of its own, is the same fight)
  const foughtBack = (x: EventDraft, y: EventDraft) => !!x.actor1 && !y.actor1 && x.actor1.info.id === y.actor2?.info.id;
  if (a.sentence === b.sentence && battle(a) && battle(b) && (foughtBack(a, b) || foughtBack(b, a))) return true;
  if (!samePair && !reversed) return false;
  if (reversed && !samePair) return (a.trigger.rule.kind === 'clash' || b.trigger.rule.kind === 'clash') && battleDays(a, b);
  if (a.event_type === b.event_type && a.sub_event_type === b.sub_event_type) return datesAgree(a, b);
  // ("Masked men gun down Iraqi protesters in Karbala" and "Iraqis took to the streets ... protesting": one protest at one
  // place and day, however much of the force met it each report tells)
  if (a.event_type === 'Protests' && b.event_type === 'Protests') return datesAgree(a, b);
  if (blast(a) && blast(b)) return datesAgree(a, b);
  // "the regime air strike dropped chemical bombs", "barrel bombs containing chlorine": the gas attack is how it was delivered
  // (not when their dead disagree: "One woman was killed in an air strike Saturday on the Syrian town of Khan Sheikhun" is
  // not "a suspected chemical weapons attack on Tuesday that killed 87 civilians" there)
  if (gasDelivered(a, b)) return datesAgree(a, b) && tollsAgree(a, b);
  // "Jets pounded Aleppo" then "the bombardment killed 84": bombardment that does not say
  // by what is the air strike told again
  const air = (d: EventDraft) => d.trigger.rule.kind === 'air';
  const bombardment = (d: EventDraft) => d.trigger.rule.id === 'event.bombardment';
  if ((air(a) && bombardment(b)) || (air(b) && bombardment(a))) return datesAgree(a, b);
  // "Israeli strikes hit Iranian targets near Damascus" over "Israeli missiles struck militia positions near
  // Damascus airport": one side's strikes and its missiles at one place and day are one attack
  const missiles = (d: EventDraft) => d.trigger.rule.kind === 'shelling' && /\bmissiles?\b/i.test(d.trigger.text);
  if (((air(a) && missiles(b)) || (air(b) && missiles(a))) && !!a.actor1 && a.actor1.info.id === b.actor1?.info.id) return datesAgree(a, b);
  // "terrorists attacked their buses" and "an explosives-laden vehicle hit their buses": an attack
  // that does not say how is the violent event of the place and day told again
  const attack = (d: EventDraft) => d.trigger.rule.id === GENERIC_ATTACK;
  const violent = (d: EventDraft) => d.event_type !== 'Strategic developments' && d.event_type !== 'Protests' && d.event_type !== 'Riots';
  if ((attack(a) && violent(b)) || (attack(b) && violent(a))) return datesAgree(a, b);
  // "regime forces committed a new massacre this morning, as five civilians were killed in rocket attacks": a massacre
  // told without its means is the violent act that carried it out
  // (in one sentence: "Al-Faris described the attack as a massacre committed by the regime during Ramadan, which began last
  // week" dates the month, not the attack)
  // ("Russia Strikes a Market in Jisr al-Shughur, Resulting in a Massacre": so is a headline's massacre of the side the story names)
  const headlineOfSide = (m: EventDraft, o: EventDraft) => m.sentence.index === 0 && !!m.actor1 && m.actor1.info.id === o.actor1?.info.id;
  if ((massacre(a) && violent(b)) || (massacre(b) && violent(a))) return (a.sentence === b.sentence || headlineOfSide(massacre(a) ? a : b, massacre(a) ? b : a)) && datesAgree(a, b) && tollsAgree(a, b);
  // A clash report and a territory report of the same sides at one place are
  // one battle, unless each is dated and the days differ.
  if (battle(a) && battle(b) && (a.trigger.rule.kind === 'clash' || b.trigger.rule.kind === 'clash') && (a.actor1 || b.actor1)) return battleDays(a, b);
  return false;
}

/** Two reports of a battle fit one day: unless each is dated and the days differ ("had died since Tuesday in the fight over Tabqa base" and its capture on Sunday: a span holds the day). */
function battleDays(a: EventDraft, b: EventDraft): boolean {
  const held = (x: EventDraft, y: EventDraft) => !!x.date.start && !!y.date.start && x.date.start <= y.date.start && (x.date.end ?? x.date.start) >= (y.date.end ?? y.date.start);
  return !(a.dateStrength === 2 && b.dateStrength === 2 && a.date.start !== b.date.start && !held(a, b) && !held(b, a)) && datesAgree(a, b);
}

// (a participle, "... just as children were leaving it killing five people", goes on telling the act before it)
// ("Eleven civilians were killed ... while 44 others were injured in terrorist attacks with rocket shells": the clause
// that counts the wounded tells the act both counts are of)
const WOUNDED_OF_THE_ACT_BETWEEN = /^[^.;]*?\bwhile\s+(?:\d+|\w+)\s+(?:others?|more|people|civilians)\s+(?:were|was)\s+(?:injured|wounded)\s+(?:in|by|due\s+to)\b[^.;]*$/i;
const woundedOfTheAct = (a: EventDraft, b: EventDraft) => {
  const [x, y] = a.trigger.start < b.trigger.start ? [a, b] : [b, a];
  return WOUNDED_OF_THE_ACT_BETWEEN.test(a.sentence.text.slice(x.trigger.end, y.trigger.start));
};
const otherClause = (a: EventDraft, b: EventDraft) =>
  a.sentence === b.sentence && !/^killing$/i.test(b.trigger.text) && clauseOf(a.sentence.text, a.trigger.start)[0] !== clauseOf(b.sentence.text, b.trigger.start)[0] && !woundedOfTheAct(a, b);

const killerIsTarget = (k: EventDraft, e: EventDraft) => !!k.actor1 && !!k.actor2 && k.actor1.info.id === e.actor2?.info.id && k.actor2.info.id !== e.actor1?.info.id;

/**
 * ("A suicide bomber killed at least 16 people ... in Qamishli" and, later, "SANA said 15 people were killed but did not
 * specify whether they included civilians"): a count of "people" by no one's hand, dated by no words of its own, told
 * after an act at the place whose toll it nearly gives, is that act's dead counted by another source.
 */
const recounted = (k: EventDraft, e: EventDraft) =>
  !k.actor1 && (!k.actor2 || k.actor2.info.id === 'civilians') && k.dateStrength < 2 && k.sentence.index > e.sentence.index && (toll(k) ?? 0) > 0 && (toll(e) ?? 0) > 0 && Math.max(toll(k)!, toll(e)!) <= 2 * Math.min(toll(k)!, toll(e)!);

/** A bare report of deaths ("ISIS lost at least 400 militants in the battle for Palmyra") joins the event it counts. */
function absorbKills(events: EventDraft[]): EventDraft[] {
  const out = [...events];
  for (const k of events.filter((e) => e.trigger.rule.kind === 'kill')) {
    const ids = (e: EventDraft) => [e.actor1?.info.id, e.actor2?.info.id].filter(Boolean);
    const candidates = out.filter(
      // ("A similar bombing on July 25 killed seven" is another week's event; a page's
      // header date and "on Saturday" can differ by a day)
      // ("ISIS killed more than 50 people in an attack on two villages" is not the army's offensive against ISIS:
      // the killer is not the other report's target, unless the two name the same sides the other way round)
      // ("rocket shells at al-Hamadaniya killing one woman ... while one child was killed by a sniper's gunfire": the dead
      // of another clause of the same sentence are another act's)
      // ("On Sunday 11 civilians were killed in Eastern Ghouta" is not Tuesday's shelling there: each told on its own day)
      // ("Furthermore, unidentified shooters murdered a driver in his house": a killing told as another act is none of the acts
      // told before it)
      (e) => e !== k && e.trigger.rule.kind !== 'kill' && placeKey(e) === placeKey(k) && !(ANOTHER_ACT_OPENS.test(k.sentence.text) && e.sentence.index < k.sentence.index) && !otherClause(e, k) && (ids(k).length === 0 || ids(k).some((id) => ids(e).includes(id)) || recounted(k, e)) && !killerIsTarget(k, e) && !daysApart(e, k, 1) && !(e.date.start && k.date.start && weeksApart(e, k)),
    );
    if (candidates.length === 0) continue;
    const sameDate = (e: EventDraft) => (k.dateStrength === 2 ? e.date.start === k.date.start : e.dateStrength < 2 || e.date.start === k.date.start);
    candidates.sort((x, y) => Number(sameDate(y)) - Number(sameDate(x)) || Math.abs(x.sentence.index - k.sentence.index) - Math.abs(y.sentence.index - k.sentence.index));
    const target = candidates[0];
    // (the record stands where the story first told it: the count first, the kind of attack after)
    const [first, second] = [out.indexOf(target), out.indexOf(k)].sort((x, y) => x - y);
    // (the act's own count stands against another source's: "conflicting casualty figures with some saying more than 40")
    const merged = recounted(k, target) ? { ...merge(target, k), fatalities: target.fatalities, tollOverDays: target.tollOverDays } : merge(target, k);
    out.splice(second, 1);
    out[first] = merged;
  }
  return out;
}

/**
 * "Terrorist rocket attacks on Aleppo city killed a child and a woman" and "terrorists fired rocket
 * shells at al-Hamadaniya neighborhood in Aleppo city, killing one woman and one child": a report
 * that does not say how (a killing, an attack) with the toll of a report that does, on a day they
 * agree on, at places one of which holds the other, is that report told again. The record takes
 * the specific report's kind and the narrower place.
 */
function absorbSameToll(events: EventDraft[]): EventDraft[] {
  const out = [...events];
  for (const u of events.filter((e) => specificity(e) === 0 && (toll(e) ?? 0) > 0)) {
    if (!out.includes(u)) continue;
    const targets = out.filter(
      (e) => e !== u && specificity(e) > 0 && toll(e) === toll(u) && !otherClause(e, u) && datesAgree(e, u) && compatible(e.actor1, u.actor1) && compatible(e.actor2, u.actor2) && (holds(e, u) || holds(u, e)),
    );
    if (targets.length !== 1) continue;
    const t = targets[0]!;
    // (two towns within reach of each other hold each other: the specific report's stays)
    const narrower = holds(t, u) && !holds(u, t) ? u : t;
    const [first, second] = [out.indexOf(t), out.indexOf(u)].sort((x, y) => x - y);
    const merged = { ...mergeInto(t, u), location: narrower.location };
    out.splice(second, 1);
    out[first] = merged;
  }
  return out;
}

/** The place of report `wide` holds the place of report `e`: the same place, its country, its province or, for a city, a part within its reach. */
function holds(wide: EventDraft, e: EventDraft): boolean {
  const w = wide.location?.place, p = e.location?.place;
  if (!w || !p || w.country_code !== p.country_code) return false;
  if (placeKey(wide) === placeKey(e) || w.feature === 'country') return true;
  if (w.feature === 'admin1') return p.admin1 === w.name;
  return w.feature === 'populated-place' && p.feature !== 'admin1' && p.admin1 === w.admin1 && p.lat != null && w.lat != null && km(p, w) <= CITY_REACH_KM;
}

/** The two reports' dates `weeks` or more apart, at whatever strength. */
function weeksApart(a: EventDraft, b: EventDraft, weeks = 1): boolean {
  const x = Date.parse(a.date.end ?? a.date.start!), y = Date.parse(b.date.end ?? b.date.start!);
  return Math.abs(x - y) >= weeks * 7 * MS_PER_DAY;
}

/** Both reports dated by their own words, at least `days` apart. */
function daysApart(a: EventDraft, b: EventDraft, days: number): boolean {
  if (a.dateStrength < 2 || b.dateStrength < 2 || !a.date.start || !b.date.start) return false;
  return Math.abs(Date.parse(a.date.start) - Date.parse(b.date.start)) >= days * MS_PER_DAY;
}

/** A report dated only by the day someone told of it. */
const toldDay = (d: EventDraft) => d.explain.date?.startsWith('date.told(') ?? false;

function datesAgree(a: EventDraft, b: EventDraft): boolean {
  if (!a.date.start || !b.date.start) return true;
  // A report dated only by the day of publication agrees with the days before it
  // (a follow-up a week later), not with "a similar twin bombing ... in May"
  if (a.dateStrength < 2 || b.dateStrength < 2) return (a.dateStrength < 1 || b.dateStrength < 1) || !weeksApart(a, b, 2);
  // Two days: one event only on one day ("on Monday" and "on Tuesday" are two), unless a day is only when the report
  // was told of one place ("a Turkish official said on Thursday", "the governor said early on Friday"): that day or the next
  if (a.date.precision === 'day' && b.date.precision === 'day') return a.date.start === b.date.start || ((toldDay(a) || toldDay(b)) && placeKey(a) === placeKey(b) && !daysApart(a, b, 2));
  // "this week" and "on Friday": the week holds the day
  return a.date.start <= (b.date.end ?? b.date.start) && b.date.start <= (a.date.end ?? a.date.start);
}

const PRECISION_RANK: Record<string, number> = { day: 4, week: 3, month: 2, year: 1, unknown: 0 };
// (a day the act is told on says less than the day it is dated by)
const dateRank = (d: EventDraft) => d.dateStrength * 10 + PRECISION_RANK[d.date.precision] - (toldDay(d) ? 0.5 : 0);

/** How well a record fits a new draft: same sub-type and day beat a clash folded into a battle. */
function fit(o: EventDraft, d: EventDraft): number {
  if (!sameEvent(o, d)) return -1;
  const ids = (e: EventDraft) => [e.actor1?.info.id, e.actor2?.info.id].filter(Boolean);
  const shared = ids(d).filter((id) => ids(o).includes(id)).length;
  return shared * 2 + (o.sub_event_type === d.sub_event_type ? 1 : 0) + (o.date.start === d.date.start ? 1 : 0);
}

/** "committed a new massacre": an act named by what it did to people, not by how. */
const massacre = (d: EventDraft) => /^massacr/i.test(d.trigger.text);

function specificity(d: EventDraft): number {
  const kind = d.trigger.rule.kind;
  return kind === 'kill' || d.trigger.rule.id === GENERIC_ATTACK || massacre(d) ? 0 : kind === 'clash' || kind === 'explosive' ? 1 : kind === 'chemical' ? 3 : 2;
}

const TERRITORY_SUBS = new Set(['Government regains territory', 'Non-state actor overtakes territory']);

function merge(into: EventDraft, from: EventDraft): EventDraft {
  // (of a headline's killing and the body's, the body's when it alone names both sides: "Three killed in Khanaqin ISIS
  // attack" and "Three people were killed after ISIS militants attacked a village": the body says whom the attack was on)
  const sided = (e: EventDraft) => Number(!!e.actor1) + Number(!!e.actor2);
  const bodyTells = into.trigger.rule.kind === 'kill' && from.trigger.rule.kind === 'kill' && into.sentence.index === 0 && from.sentence.index > 0 && sided(from) === 2 && sided(into) < 2;
  const lead = specificity(from) > specificity(into) || bodyTells ? from : into;
  const other = lead === into ? from : into;
  const evidence = [...lead.evidence];
  for (const s of other.evidence) if (!evidence.includes(s)) evidence.push(s);
  // A figure beats "dozens"; a day's toll of the act told again beats one over several days ("nearly 50 people over the
  // past two days" and "On Tuesday 25 people were killed in air strikes": the day's strikes killed 25; not a bare count of
  // dead folded in, which may be another act's); then the larger figure
  const fat = [lead, other].filter((d) => !!d.fatalities).map((d) => ({ toll: d.fatalities!, overDays: !!d.tollOverDays, dayAct: !d.tollOverDays && d.trigger.rule.kind !== 'kill' }));
  const spanned = fat.some((f) => f.overDays);
  fat.sort((x, y) => Number(y.toll.best !== null) - Number(x.toll.best !== null) || (spanned ? Number(y.dayAct) - Number(x.dayAct) : 0) || (y.toll.best ?? y.toll.low ?? 0) - (x.toll.best ?? x.toll.low ?? 0));
  const assoc1 = [...lead.assoc1];
  for (const a of other.assoc1) if (!assoc1.some((x) => x.info.id === a.info.id)) assoc1.push(a);
  const assoc2 = [...lead.assoc2];
  for (const a of other.assoc2) if (!assoc2.some((x) => x.info.id === a.info.id)) assoc2.push(a);
  const date = dateRank(other) > dateRank(lead) ? other : lead;
  // "Seven militants from Al-Nusra Front were killed" told with "US-led Air Strikes Kill 7
  // Al-Nusra Gunmen": when the reports put one side in opposite roles, the one naming both sides decides
  const both = (e: EventDraft) => !!e.actor1 && !!e.actor2;
  const swapped = !!lead.actor1 && !!other.actor2 && lead.actor1.info.id === other.actor2.info.id;
  // (not a taking: "the rebels completely seized control of Hardatnin" keeps its taker when "Syrian regime forces killed
  // 48 alleged rebels in Hardatnin" is folded in; the killers are the side it was taken from)
  const takes = lead.trigger.rule.kind === 'territory';
  const roles = swapped && both(other) && !both(lead) && !takes ? other : lead;
  const rest = roles === lead ? other : lead;
  // A backer folded in stays a backer: "Russian forces" in a Syrian army battle
  const rolesActor1 = backs(roles, rest) && rest.actor1 ? rest.actor1 : roles.actor1;
  const actor1 = rolesActor1?.info.id === UNIDENTIFIED && rest.actor1 ? rest.actor1 : rolesActor1 ?? rest.actor1;
  // One side does not act on itself: the other report's target is dropped rather than made so
  // (and a battle is fought by two armed sides: the civilians another report counts are its dead, not its side)
  const actor2 = [roles.actor2, rest.actor2, swapped && takes ? rest.actor1 : null].find((a) => a && a.info.id !== actor1?.info.id && !(lead.event_type === 'Battles' && a.info.type === 'civilians')) ?? null;
  // (an associate of one report that the merged record names as a side is no associate of it)
  const notSide = (a: { info: { id: string } }) => a.info.id !== actor1?.info.id && a.info.id !== actor2?.info.id;
  return withTakersKind({
    ...lead,
    sub_event_type: lead.event_type === 'Protests' && other.event_type === 'Protests' ? severer(lead.sub_event_type, other.sub_event_type) : lead.sub_event_type,
    actor1,
    actor2,
    assoc1: assoc1.filter(notSide),
    assoc2: assoc2.filter(notSide),
    evidence,
    date: date.date,
    dateStrength: date.dateStrength,
    fatalities: fat[0]?.toll ?? null,
    tollOverDays: fat[0]?.overDays ?? false,
    unnamedTarget: lead.unnamedTarget ?? other.unnamedTarget ?? null,
    sources: [...new Set([...lead.sources, ...other.sources])],
    contested: lead.contested || other.contested,
    explain: { ...other.explain, ...lead.explain, date: date.explain.date ?? lead.explain.date, dedupe: 'dedupe.same-event' },
  });
}

/** Of two reports of one protest, the kind that tells the most force met it. */
const PROTEST_SEVERITY = ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'];
const severer = (a: string, b: string) => (PROTEST_SEVERITY.indexOf(b) > PROTEST_SEVERITY.indexOf(a) ? b : a);

/**
 * A merged record's taking is of the kind its taker makes it, as for one report: a state regains
 * territory, a non-state actor overtakes it (a side that belongs to a larger one keeps the kind its
 * report gave it).
 */
function withTakersKind(d: EventDraft): EventDraft {
  if (d.event_type !== 'Battles' || !TERRITORY_SUBS.has(d.sub_event_type) || !d.actor1) return d;
  const sub = regainsForState(d.actor1.info) ? 'Government regains territory' : d.actor1.info.group ? d.sub_event_type : 'Non-state actor overtakes territory';
  return sub === d.sub_event_type ? d : { ...d, sub_event_type: sub };
}

/** A vaguer report folded into a more precise one, which keeps its place, its kind and its trigger. */
function mergeInto(target: EventDraft, vague: EventDraft): EventDraft {
  return withTakersKind({ ...merge(target, vague), location: target.location, sub_event_type: target.sub_event_type, event_type: target.event_type, trigger: target.trigger });
}

export function dedupeEvents(drafts: EventDraft[]): EventDraft[] {
  const out: EventDraft[] = [];
  for (const d of drafts) {
    let i = -1;
    for (let j = 0, best = -1; j < out.length; j++) {
      const f = fit(out[j], d);
      if (f > best) [i, best] = [j, f];
    }
    if (i >= 0) out[i] = merge(out[i], d);
    else out.push(d);
  }
  // A merge can make two earlier records the same: one more pass.
  const final: EventDraft[] = [];
  for (const d of out) {
    const i = final.findIndex((o) => sameEvent(o, d));
    if (i >= 0) final[i] = merge(final[i], d);
    else final.push(d);
  }
  return absorbHeadlineSummary(absorbUnplaced(absorbHeadline(absorbCountryWide(absorbProvinceWide(absorbHeadlineToll(absorbCityWide(absorbVague(absorbSameToll(absorbKills(final))))))))));
}

/**
 * "ISIL Kills over 50 in Central Syria Attack" over "ISIL killed more than 50 people in an
 * attack on two villages in Hama province": a headline that only says "attack" or "kills"
 * is the story's event told short; it joins the one report of the same side at the place.
 */
function absorbHeadline(events: EventDraft[]): EventDraft[] {
  const head = events.find((e) => e.sentence.index === 0 && (e.trigger.rule.kind === 'kill' || e.trigger.rule.kind === 'clash') && !e.actor2);
  if (!head) return events;
  const targets = events.filter(
    (e) => e !== head && e.sentence.index > 0 && placeKey(e) === placeKey(head) && !!e.actor1 && e.actor1.info.id === head.actor1?.info.id && datesAgree(e, head),
  );
  if (targets.length !== 1) return events;
  const t = targets[0]!;
  const merged = { ...mergeInto(t, head), actor2: t.actor2 };
  return events.filter((e) => e !== head).map((e) => (e === t ? merged : e));
}

/**
 * "6 citizens killed 22 injured in terrorist attacks with shells in Damascus Aleppo and Idleb", then "terrorist groups
 * ... targeted al-Salyhiah neighborhood killing a woman": a headline that sums up the day's attacks over several
 * places, naming no side nor how many at each (shells at most), is told again by the body's first violent act at each place.
 */
function absorbHeadlineSummary(events: EventDraft[]): EventDraft[] {
  // ("in terrorist attacks with shells in Damascus Aleppo and Idleb": shells fired by unnamed terrorists say how, not who)
  const saysNotWho = (e: EventDraft) => !e.actor1 || (e.actor1.info.id === UNIDENTIFIED && e.trigger.rule.kind === 'shelling');
  const summary = (e: EventDraft) => e.sentence.index === 0 && (specificity(e) === 0 || e.trigger.rule.kind === 'shelling') && saysNotWho(e) && toll(e) === null && !!e.location && e.location.place.feature !== 'country';
  const out = [...events];
  for (const v of events.filter(summary)) {
    const where = v.location!.place;
    const inside = (e: EventDraft) => holds(v, e) || (e.location?.place.feature === 'unresolved' && e.location.place.country_code === where.country_code && e.location.place.admin1 === provinceOf(where));
    const t = out.find((e) => e !== v && e.sentence.index > 0 && VIOLENT_TYPES.has(e.event_type) && inside(e) && datesAgree(e, v) && compatible(e.actor2, v.actor2));
    if (!t) continue;
    out[out.indexOf(t)] = mergeInto(t, v);
    out.splice(out.indexOf(v), 1);
  }
  return out;
}

/**
 * "A salvo of US cruise missiles have severely damaged a Syrian regime airbase" and "Fifty nine US cruise
 * missiles struck a Syrian regime airbase in Homs province": a report whose own words name no place,
 * placed at the story's focus, joins the one same kind of act between the same two sides that the
 * story places by its words.
 */
function absorbUnplaced(events: EventDraft[]): EventDraft[] {
  const unplaced = (e: EventDraft) => e.explain.location === 'location.article-focus';
  const samePair = (e: EventDraft, v: EventDraft) => !!e.actor1 && e.actor1.info.id === v.actor1?.info.id && !!e.actor2 && e.actor2.info.id === v.actor2?.info.id;
  // (placed below a country: not "has taken three Syrian military bases ... boosted by arms seized in Iraq")
  const placed = (e: EventDraft) => !!e.location && e.location.place.feature !== 'country';
  return absorbWider(events, (e) => unplaced(e) && !!e.actor1 && !!e.actor2, (e, v) => placed(e) && samePair(e, v) && tollsAgree(e, v));
}

/**
 * "Victims of a suspected chemical attack in Syria" and the attack on Khan Sheikhoun
 * told later: a report placed only at a country joins the same kind of event at a
 * place in that country. A count the article gives for the whole country ("across
 * the country") stays its own record.
 */
function absorbCountryWide(events: EventDraft[]): EventDraft[] {
  const countryWide = (e: EventDraft) => e.location?.place.feature === 'country' && e.explain.location !== 'location.nationwide';
  // ("Coalition strikes continue against ISIS in Syria, Iraq" over the day-by-day strikes near Abu Kamal: a headline at a
  // country sums up the story's acts there, and joins the first of them)
  return absorbWider(events, countryWide, (e, v) => e.location?.place.country_code === v.location!.place.country_code, undefined, (v) => v.sentence.index === 0);
}

/**
 * "18 Civilians Killed in Barrel Bomb Attack on Rural Aleppo" over "a massacre in the
 * village of al-Bureij northeast of Aleppo where 18 civilians were killed": a report
 * placed only at a province joins the one same kind of event at a place in it, when
 * their counts do not disagree.
 */
function absorbProvinceWide(events: EventDraft[]): EventDraft[] {
  const provinceWide = (e: EventDraft) => e.location?.place.feature === 'admin1';
  return absorbWider(events, provinceWide, (e, v) => e.location?.place.admin1 === v.location!.place.name && e.location?.place.country_code === v.location!.place.country_code && tollsAgree(e, v));
}

/**
 * "Aleppo bomb blast kills six" over "a bomb blast killed six people in the Salah al-Din
 * district of Aleppo": a headline placed at a city joins the one same kind of event at
 * a part of it (a place of its province within the city's reach).
 */
function absorbCityWide(events: EventDraft[]): EventDraft[] {
  const cityHeadline = (e: EventDraft) => e.sentence.index === 0 && e.location?.place.feature === 'populated-place';
  // ("rebels hit government-held areas of Aleppo in ... an escalation of mortar attacks" and, next, "attacks on Sunday on
  // Hamadaniyah Midan and other neighbourhoods by insurgents killed at least 20 people": a report at a city that counts no
  // dead, and the same kind of act at a part of it told right after, are one act told twice)
  const citySummary = (e: EventDraft) => e.evidence.some((x) => x.index > 0) && toll(e) === null && !!e.location && isLargeCity(e.location.place);
  // (the body's sentence of a city report the headline joined counts, not the headline's)
  const toldRightAfter = (e: EventDraft, v: EventDraft) => v.evidence.some((x) => x.index > 0 && e.sentence.index > x.index && e.sentence.index - x.index <= 1);
  const partOfIt = (e: EventDraft, v: EventDraft) => {
    const p = e.location?.place, city = v.location!.place;
    // ("targeted al-Salyhiah neighborhood" right after the city's report: a quarter the gazetteer does not know, whatever
    // province the story's context lent it)
    const quarter = !!p && p.feature === 'unresolved' && v.evidence.some((x) => Math.abs(e.sentence.index - x.index) <= 1) && new RegExp(`${escapeRegExp(p.name)}\\s+(?:neighbou?rhood|district|quarter)\\b`, 'i').test(e.sentence.text);
    if (!p || p.name === city.name || (p.admin1 !== city.admin1 && !quarter) || !tollsAgree(e, v)) return false;
    if (quarter) return true;
    // a part the gazetteer does not know, told as the city's: "the Salah al-Din district of Aleppo"
    const partOf = p.feature === 'unresolved' && partOfCity(p.name, city.name).test(e.sentence.text);
    return partOf || km(p, city) <= CITY_REACH_KM;
  };
  // ("The death toll of a terrorist attack near Aleppo ... surpasses 130" over "a suicide attacker detonated a car bomb in the
  // Rashidin neighborhood of Aleppo": a headline that does not say how joins the violent act at a part of its city)
  const saysNotHow = (e: EventDraft, v: EventDraft) => specificity(v) === 0 && specificity(e) > 0 && VIOLENT_TYPES.has(e.event_type);
  const told = absorbWider(events, cityHeadline, partOfIt, saysNotHow);
  // ("Terrorists of the so called Jaish al-Islam targeted with rocket shells a number of the residential neighborhoods in
  // Damascus city" and, next, "terrorist groups targeted al-Salyhiah neighborhood killing a woman": a part's killing that
  // does not say how is the city's act told again)
  const partsKilling = (e: EventDraft, v: EventDraft) => specificity(e) === 0 && VIOLENT_TYPES.has(v.event_type);
  const summed = absorbWider(told, citySummary, (e, v) => toldRightAfter(e, v) && (e.location?.place.population ?? 0) < CITY_POPULATION && partOfIt(e, v), partsKilling);
  // ("Six people were killed Sunday by a car bomb in a Homs district" and, next, "six people were killed ... in a car bomb
  // attack on the Zahraa district": one count at a city and the same count at a part of it, told together, are one act)
  const cityToll = (e: EventDraft) => toll(e) !== null && !!e.location && isLargeCity(e.location.place);
  return absorbWider(summed, cityToll, (e, v) => Math.abs(e.sentence.index - v.sentence.index) <= 2 && toll(e) === toll(v) && (e.location?.place.population ?? 0) < CITY_POPULATION && partOfIt(e, v));
}
// ("the neighborhood of Sakhour ... in eastern Aleppo": the part named after its kind, the city after it in the sentence)
const partOfCity = (part: string, city: string) =>
  new RegExp(
    `${escapeRegExp(part)}\\s+(?:district|neighbou?rhood|quarter|area)\\s+(?:of|in)\\s+(?:the\\s+city\\s+of\\s+)?${escapeRegExp(city)}\\b` +
      `|\\b(?:district|neighbou?rhood|quarter)\\s+of\\s+${escapeRegExp(part)}\\b[^.;]{0,120}?\\b(?:in|of)\\s+(?:(?:eastern|western|northern|southern|central|east|west|north|south)\\s+)?${escapeRegExp(city)}\\b`,
    'i',
  );
const CITY_REACH_KM = 12;
const VIOLENT_TYPES = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);

/**
 * "Syrian government air strikes kill 23 in Idlib market" over "warplanes bombed a crowded
 * market in the town of Saraqeb in Idlib province ..., killing at least 23 people": a
 * headline joins the one same kind of event of its province with the same toll.
 */
function absorbHeadlineToll(events: EventDraft[]): EventDraft[] {
  const headline = (e: EventDraft) => e.sentence.index === 0 && (toll(e) ?? 0) > 0;
  return absorbWider(
    events,
    headline,
    (e, v) => {
      const p = e.location?.place, h = v.location!.place;
      if (!p || p.country_code !== h.country_code || toll(e) !== toll(v)) return false;
      // ("Bomb blast kills 60 in Damascus suburb" and the car bomb in al-Rankus: a suburb lies outside the city's own province)
      return (!!p.admin1 && p.admin1 === provinceOf(h)) || (p.lat != null && h.lat != null && km(p, h) <= SUBURB_REACH_KM);
    },
    // ("Three civilians killed in rocket attack in Aleppo ISIS attacks Hasaka city with mortars and car bombs": a headline
    // run into the next one led with the other's car bombs; the rockets it names are the body's shelling of al-Ramouseh)
    // ("ISIS militants kill 4 Kakei Kurds in southern Kirkuk" and the attack on a house in Liheb that killed four: a headline's
    // bare killing says not how, and is the body's violent act with its toll; not once the body has told it at its place)
    (e, v) => (e.event_type === v.event_type && findTriggers(v.sentence.text).some((h) => h.rule.kind === e.trigger.rule.kind)) || (v.trigger.rule.kind === 'kill' && v.evidence.length === 1 && VIOLENT_TYPES.has(e.event_type)),
  );
}
const SUBURB_REACH_KM = 40;

/**
 * ("Douma" and then "In addition, other warplanes believed to be Russian hit the town of Hammoriyya"): an act a sentence
 * tells as another, at another place, is not the wider report's.
 */
const toldApart = (a: EventDraft, b: EventDraft) =>
  [a, b].some((d) => ANOTHER_ACT_OPENS.test(d.sentence.text)) && !!a.location && !!b.location && a.location.place.name !== b.location.place.name;

/**
 * Folds each wide report into the one same-kind event that `inside` places within it; `alsoKind`
 * lets another kind of event count as the same.
 */
function absorbWider(
  events: EventDraft[],
  wide: (e: EventDraft) => boolean,
  inside: (e: EventDraft, v: EventDraft) => boolean,
  alsoKind: (e: EventDraft, v: EventDraft) => boolean = () => false,
  /** Whether a wide report with several events inside it joins the first of them rather than staying apart. */
  firstOfMany: (v: EventDraft) => boolean = () => false,
): EventDraft[] {
  const out = [...events];
  for (const v of events.filter(wide)) {
    const targets = out.filter(
      (e) =>
        e !== v && !wide(e) && inside(e, v) &&
        // ("Suspected Gas Attack in Syrias Idlib" and "They claimed the attack was caused by an airstrike" on Khan Sheikhoun:
        // a gas attack and its delivery, when the strike's report speaks of the gas or points back at the attack)
        ((e.event_type === v.event_type && e.sub_event_type === v.sub_event_type) || (gasDelivered(e, v) && deliveryTellsGas(e, v)) || alsoKind(e, v)) &&
        compatible(e.actor1, v.actor1) && compatible(e.actor2, v.actor2) && datesAgree(e, v) && !toldApart(e, v) &&
        // "IS overran swathes of Syria in 2014" does not lend its year to an undated report (a day it may:
        // "neutralized seven terrorists in northern Syria on Saturday ... spotted near Ras al-Ain and neutralized")
        !(v.dateStrength === 2 && e.dateStrength < 2 && v.date.precision !== 'day'),
    );
    if (targets.length !== 1 && !(targets.length > 1 && firstOfMany(v))) continue;
    // the story's order: the merged event stands where the first of the two was told
    const t = targets.reduce((a, b) => (b.sentence.index < a.sentence.index ? b : a));
    const [ti, vi] = [out.indexOf(t), out.indexOf(v)];
    // (a gas attack folded with its delivery keeps the gas, at the narrower place)
    const merged = gasDelivered(t, v) ? { ...merge(t, v), location: t.location } : mergeInto(t, v);
    // ("on the eastern banks of the Euphrates river" in Deir ezzor: a river says less than the province it runs through)
    out[Math.min(ti, vi)] = t.location?.place.feature === 'river' && v.location && v.location.place.feature !== 'country' ? { ...merged, location: v.location } : merged;
    out.splice(Math.max(ti, vi), 1);
  }
  return out;
}

/**
 * "SDF rebels pushed into Isis territory near the Turkish border": a place
 * with no position of its own (a border) says less than the town where the
 * same sides fight the same kind of event in the story; that event takes it.
 */
function absorbVague(events: EventDraft[]): EventDraft[] {
  const vague = (e: EventDraft) => !!e.location && e.location.place.lat == null && e.location.place.feature !== 'unresolved';
  const out = [...events];
  for (const v of events.filter(vague)) {
    const targets = out.filter(
      (e) => e !== v && !vague(e) && e.event_type === v.event_type && ((!!e.actor1 && e.actor1.info.id === v.actor1?.info.id && compatible(e.actor2, v.actor2)) || reversedSides(e, v)) && datesAgree(e, v),
    );
    if (!targets.length) continue;
    targets.sort((a, b) => b.evidence.length - a.evidence.length);
    const t = targets[0];
    out[out.indexOf(t)] = mergeInto(t, v);
    out.splice(out.indexOf(v), 1);
  }
  return out;
}
