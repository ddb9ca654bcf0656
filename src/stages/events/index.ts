// Events: triggers (data) in each sentence, roles from the sentence's
// structure, location, date, fatalities and sources, then within-article
// deduplication. Each field remembers the rule that set it (--explain).
import type { ActorMention, ArticleDoc, DateMention, PlaceMention, Sentence } from '../../document/model.js';
import type { ArticleEvent } from '../../records/schemas.js';
import type { Resources } from '../../resources.js';
import { spansWithin } from '../../document/spans.js';
import { dedupeEvents } from '../dedupe/index.js';
import type { EventDraft } from './draft.js';
import { AGED_PERSON, combine, continuesTally, findFatalities, type SentenceFatalities } from './fatalities.js';
import { BACKDROP, dropsTrigger, notEventSentence, RECALLED_AFTER, tellsOtherActs } from './not-events.js';
import { ANOTHER_ACT_OPENS, clauseOf, sharesSubject, TITLE_CASE_BOUNDARY } from './clauses.js';
import { isAbroad, isForeignBystander, isForeignPossessive, isCapitalReference, isMetonym, isTellersPlace, isWhereFrom, liesBetween, pickLocations } from './location.js';
import { againstOtherActs, assignRoles, blameIn, isArmedType, isStateSide, pick, regainsForState, STRIKE_KINDS, UNIDENTIFIED, type ActorPick, type Roles } from './roles.js';
import { isoOf, MS_PER_DAY, parseISODay, weekdayNamed, weekdayOf } from '../dates/calendar.js';
import { findTriggers, KIND_PRIORITY, type TriggerHit, type TriggerKind } from './triggers.js';
import { calledA, CITY_POPULATION, km, lookupPlace, provinceOf } from '../places/index.js';
import { homeGovernment } from '../actors/index.js';
import { foldPhrase } from '../actors/phrases.js';

export interface EventOptions {
  explain?: boolean;
}

const ATTRIBUTION = /\b(?:said|says|say|reported|reports|according to|confirmed|told|announced|stated|claimed|quoted|cited|citing|added|documented|tallied|estimated)\b/i;
const ACCORDING_TO = /\baccording to\s+((?:local\s+)?(?:locals|residents|activists|witnesses|monitors|sources|medics|doctors|officials|a military source|military sources|a security source|security sources|state media|state television|rescuers|the white helmets|civil defence))\b/i;
const DENIAL = /\b(?:denied|denies|deny|denial|contradict(?:s|ed)?|disputed|disputes|refuted|refutes|rejected (?:the )?(?:claims?|reports?|accusations?)|dismissed (?:the )?(?:claims?|reports?)|counter-?claim|fabricated|false reports?|propaganda)\b/i;
const PRESENT_NEWS = /\b(?:ha(?:ve|s)\s+(?:\w+\s+)?(?:\w+ed|taken|made|seen|been|begun|fought|retaken|won|lost|driven|overrun)|today|tonight|this morning|on-going|ongoing|continu(?:e|es|ing)|are (?:\w+ing)|is (?:\w+ing))\b/i;
// "warplanes from the coalition": the head noun of a side's aircraft
const AIRCRAFT_HEAD_BEFORE = /\b(?:jets|warplanes|aircraft|planes|helicopters|drones|bombers)\s+(?:from|of)\s+(?:the\s+)?$/i;
/** A side named in a count of the dead ("five rebel fighters", "three Turkish soldiers"): the count is that side's */
const SIDE_WORD = /\b(?:rebel|opposition|militant|jihadist|terrorist|Kurdish|IS|ISIS|ISIL|Daesh|Turkish|Russian|American|US|Iranian|Israeli)\b/i;
/** Those who serve a state: "four soldiers", "two policemen" */
const SECURITY_NOUN = /^(?:[\w'’-]+\s+)?(?:soldiers?|troops|policemen|policeman|police(?:\s+officers?)?|servicemen|conscripts|security\s+forces|security\s+personnel|guards|border\s+guards)$/i;
/** "killed on Thursday and Friday", "5-6 April": what stands between two days that make one span */
const DAYS_JOINED = /^\s*(?:and|to|through|until|-|–)\s+(?:on\s+)?$/i;
// "In a separate incident, a car bomb exploded", "Meanwhile, rebels shelled": the day's news told on, not history
const NEWS_SEQUENCE = /^\s*(?:in\s+a\s+separate\s+(?:incident|attack|development)|separately|elsewhere|meanwhile|in\s+another\s+(?:incident|attack))\b/i;
/** "executed six young men", "executed 20 civilians": the people an execution names right after it */
const EXECUTED_PEOPLE_AFTER = /^\s+(?:(?:at\s+least|some|about|around)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens\s+of|scores\s+of|a\s+number\s+of)\s+(?:young\s+)?(?:men|youths|boys|civilians|people|residents|villagers)\b/i;
/** "an airstrike in the Ramouseh area recently seized by rebels", "in eastern Aleppo which completely fell to regime forces": a taking that describes a place */
const TAKEN_PARTICIPLE = /^(?:seized|captured|retaken|recaptured|taken|overrun|liberated|regained)$/i;
// ("targeting the areas captured by the jihadist rebels two days ago": plural places too)
const PLACE_BEFORE_PARTICIPLE = /(?:\b(?:areas?|districts?|towns?|villages?|city|cities|neighbou?rhoods?|bases?|regions?|quarter|airport|road|hills?|farms|positions|territory|territories)|\b\p{Lu}[\p{L}'’-]+)\s+(?:(?:recently|newly|just|previously|once)\s+)?$/u;
const TAKEN_PLACE_DESCRIBED = /\b(?:which|that)\s+(?:(?:had|has|have)\s+)?(?:(?:been|was|were)\s+)?(?:\w+ly\s+)?$/i;
// "rebel-held Idlib", "the village held by Islamist fighters", "the hunger-hit rebel enclave outside Damascus": a side named
// as the holder of the place hit
// ("the Islamic State groups de facto Syrian capital Raqqa": a side's capital is a place it holds)
const HELD_AFTER = /^(?:-?(?:held|controlled|besieged|dominated)|(?:\s+groups?)?(?:['’]?s)?\s+(?:(?:de\s+facto|self-declared|self-styled|so-called|last|main|key|remaining|Syrian|Iraqi)\s+){0,3}(?:enclave|bastion|stronghold|pocket|territory|areas?|districts?|neighbou?rhoods?|capital|heartland))\b/i;
// ("warplanes targeting the city of Douma, the stronghold of Jaysh Al-Islam": so is a side whose stronghold the place is)
const HELD_BY_BEFORE = /\b(?:(?:held|controlled|besieged|dominated|run)\s+by|under\s+(?:the\s+)?(?:full\s+)?control\s+of|(?:the\s+)?(?:main\s+|last\s+|key\s+)?(?:stronghold|bastion|bulwark)\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?$/i;
/** The dead that are civilians by their noun: "eight civilians", "three children" */
const CIVILIAN_NOUN = /\b(?:civilians?|citizens?|inhabitants|(?:school)?children|women|residents|villagers|patients|refugees|displaced|pupils|students)\b/i;
/** "Security forces fired on protesters", "on a crowd of protesters", "gunmen gunned down protesters": force used on a crowd, told before it */
const FORCE_ON_BETWEEN = /^\s+(?:[\w-]+\s+){0,2}?(?:fired|opened\s+fire|shot|gun(?:s|ned)?\s+down|attacked|dispersed|beat|stormed|cracked\s+down|used\s+(?:live\s+ammunition|tear\s+gas|force))\b(?:\s+(?:tear\s+gas|live\s+(?:rounds|ammunition)|bullets))?\s+(?:on|at|against|into)?\s*(?:the\s+|a\s+|an\s+)?(?:(?:crowds?|gatherings?|thousands|hundreds)\s+of\s+(?:(?:about|some|around|more\s+than|at\s+least)\s+)?(?:[\d,]+\s+)?)?(?:[\w-]+\s+)?$/i;
/** Barrel bombs, and the other means a strike told with them may have been made with */
const BARREL_BOMBS = /\bbarrel[- ]bomb(?:s|ed|ing|ings)?\b/i;
const OTHER_STRIKES = /\b(?:air ?strikes?|airstrikes?|air ?raids?|raids|shelling|rockets?|missiles?|mortars?|artillery|warplanes|jets)\b/i;
// What points back at an event told: "the attack", "Wednesdays explosion", and a taking named again by its
// place's noun ("Seizing control over the city ... came after the army units advanced")
const REFERS_BACK = /\b(?:the|that|this|(?:Satur|Sun|Mon|Tues|Wednes|Thurs|Fri|to|yester)day['’]?s)\s+(?:\w+\s+)?(?:attack|attacks|counter-?attacks?|counter-?offensive|strike|strikes|air ?strikes?|raids?|blast|explosion|bombing|bombings|shelling|assault|massacre|incident|bombardment|fighting|clashes|battle|offensive|advance)\b|^\W*(?:Seizing|Capturing|Taking|Retaking|Recapturing|Regaining|Liberating|The\s+(?:capture|seizure|recapture|liberation|fall))\s+(?:(?:full\s+|complete\s+)?control\s+(?:over|of)\s+|of\s+)?the\s+(?:city|town|village|area|district|neighbou?rhood)\b/i;
/** The kinds of event a phrase that points back names ("during the air strikes", "the blast"). */
const REFERRED_KINDS: [RegExp, TriggerKind[]][] = [
  [/\b(?:air ?strikes?|air ?raids?|raids?|bombardment)\b/i, ['air']],
  [/\bshelling\b/i, ['shelling']],
  [/\b(?:blast|explosion)\b/i, ['explosive', 'suicide']],
  [/\bbombings?\b/i, ['air', 'explosive', 'suicide']],
];
const VICTIMS = /\b(?:(?:former|ex-|onetime|one-time)\s*(?:[\w-]+\s+){0,2}?(?:rebels?|fighters?|militants?|soldiers?|officers?|members?|commanders?|leaders?|policem[ae]n)|civilians?|citizens?|(?<!\bforeign\s)nationals|inhabitants|people|persons|youths|young\s+men|teenagers|youngsters|evacuees|passengers|pilgrims|mourners|wedding guests|residents|villagers|children|women|families|worshippers|patients|displaced|refugees|students|journalists?|aid workers|volunteers|medics|medical workers|health workers|paramedics|workers|labou?rers|employees|passers-by|shoppers|(?:truffle\s+)?hunters|foragers|locals|herdsmen|fishermen|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:Iraqis?|Syrians?|Kurds?|Turks?|Lebanese|Palestinians?|Afghans?|Iranians?|Jordanians?)(?=\s+(?:and|in|on|at|near|while|who|inside)\b|\s*[,.;:]|$)|(?:a|an|the|one)\s+(?:(?!(?:rebel|army|militia|jihadist|militant|IS|ISIS|ISIL|regime|government|opposition|military|Kurdish|terrorist)\b)[\w-]+\s+){0,2}?(?:man|woman|person|child|boy|girl|doctor|teacher|nurse|farmer|shepherd|priest|imam|cleric|sheikh|judge|lawyer|engineer|mayor|mukhtar|official|civil servant|activist|tribal leader|council member|councillor|elder|preacher|businessman|merchant|driver|pharmacist|dentist|refugee|displaced person|resident|villager|student|worker|passer-by|volunteer|employee|journalist|aid worker|humanitarian worker|rescuer|paramedic|medic)|(?:a|an|one|two|three|\d+)\s+(?:members?|volunteers?|workers?|employees?|staff(?:\s+members?)?)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:Red\s+Crescent|Red\s+Cross|White\s+Helmets|Civil\s+Defen[cs]e|United\s+Nations|UN|aid\s+agency|charity|NGO|Doctors\s+Without\s+Borders|MSF))\b/i;

// "terrorists fired rocket shells", "mortar attacks by terrorist groups": an armed side the report does not name
// (not "militants" or "jihadists": those words point back at a side the story names)
const UNNAMED_ATTACKER = /\b(?:terrorists|terrorist\s+(?:groups?|organi[sz]ations?|gangs?)|terrorist\s+(?:(?:rocket|mortar|missile|sniper|artillery)\s+)?(?:attacks?|shelling|fire|rockets?|mortars?|shells|bombardment)|gunm[ae]n|insurgents|unidentified\s+(?:assailants?|attackers?|armed\s+m[ae]n)|unknown\s+armed\s+man|armed\s+men|assailants?|attackers)\b/gi;
// "terrorist group Jaysh al-Islam", "terrorists of the so-called Jaish al-Fateh": the words before a side's name
const NAMED_AFTER = /^[\s,]*(?:(?:of|from|belonging\s+to)\s+)?(?:the\s+)?(?:so-called\s+)?["“]?$/i;
const UNNAMED_BOMBER = /\b(?:terrorists?|suicide bombers?|bombers?|attackers?|assailants?|a suicide attacker)\b/i;

// "BEIRUT, Nov 24 (Reuters) -": the dateline after its date
const DATELINE_AFTER = /^\s*(?:\d{4}\s*)?\((?:Reuters|AFP|AP|Xinhua|Sputnik|SANA|Anadolu|UPI|dpa|IANS|Al Jazeera)\)\s*[-–—]/;
// "Hundreds of people protested": the verbs that make their subject a crowd
const CROWD_VERB = /^(?:protested|rallied|marched|demonstrated|rioted|took to the streets|blocked\b|burn(?:ed|t|ing|s)?\b|threw\b)/i;
// "Clashes between the two sides", "battles between both sides": the sides of the report before
const BOTH_SIDES = /\b(?:between|by|on)\s+(?:the\s+two|both)\s+(?:sides|parties|camps)\b/i;
// "Other media reports suggest at least 14", "gave a higher toll of 23", "The claim ... said 40": another source's estimate
const ALTERNATIVE_ESTIMATE = /\b(?:other|another|different|separate)\s+(?:[\w-]+\s+)?(?:reports?|sources?|accounts?|estimates?|tolls?)\b|\b(?:gave|give|gives|giving|put|puts|putting)\s+(?:a|the)\s+(?:much\s+)?(?:higher|different|larger)\s+(?:death\s+)?(?:toll|figure|number|count)\b|^\W*(?:the|its|their)\s+claim\b/i;
// "the deaths were caused by sarin", "the victims", "the attack": a report that points back at the dead
const TOLL_REFERRED = /\bthe\s+(?:deaths|dead|victims|killings|casualties|fatalities)\b|\bthose\s+(?:killed|who\s+died)\b/i;
// "The Syrian Observatory gave a slightly lower toll of 31 people killed", "The claim which did not mention a
// wedding said 40 people had been killed": another source's toll of the event told
const TOLL_BACK = /\b(?:gave|put|puts|giving|putting|reported|raised|revised)\s+(?:a|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:death\s+)?toll\b|^\W*(?:the|its|their)\s+(?:claim|statement)\s+(?:[\w-]+\s+){0,6}?(?:said|says)\b/i;
// "A picture taken on July 29 2016 shows ...": a photo's caption
const PHOTO_CAPTION = /^\W*(?:an?|the|this|file)\s+(?:picture|photo|photograph|image)\s+(?:taken\s+|released\s+|posted\s+|provided\s+|made\s+available\s+)?(?:(?:on|by|in)\s+(?:[\w'’-]+\s+){0,6})?(?:shows|showing)\b/i;
// "At least two officers were among those killed", "the Observatory said five children were among the dead": who was among the dead, opening the sentence or its report
const AMONG_OPENS = /^\W*(?:(?:[\w'’-]+\s+){1,10}?(?:said|says|reported)\s+(?:that\s+)?)?(?:(?!adding\b)[\w'’-]+\s+){0,6}?(?:were|was)\s+(?:also\s+)?among\s+(?:the|those)\b/i;
// "Those killed included six women, five children and three police officers": some of the dead, not their number
const AMONG_THE_DEAD = /\b(?:those\s+killed|those\s+who\s+died|the\s+dead|the\s+victims)\s+(?:also\s+)?(?:included|include|including|were\s+mostly)\b|\b(?:were|was)\s+(?:[\w-]+\s+){0,6}?among\s+(?:the\s+)?(?:[\w-]+\s+)?(?:dead|victims|killed)\b/i;
/** The weapon named with a killer ("Russian warplanes", "regime artillery"): its killing is a strike */
const KILLED_WITH: [RegExp, string, string][] = [
  [/\b(?:warplanes?|war ?planes|jets|aircraft|helicopters?|(?<!suicide\s)bombers|air ?forces?|planes|drones?)\b/i, 'Air/drone strike', 'sub.kill.by-aircraft'],
  [/\b(?:artillery|mortars?|tanks?|rocket launchers?)\b/i, 'Shelling/artillery/missile attack', 'sub.kill.by-artillery'],
];
const MISSILE_NAMED = /\b(?:missiles?|rockets?)$/i;
const SHELLED_WITH: [RegExp, string, string] = [MISSILE_NAMED, 'Shelling/artillery/missile attack', 'sub.kill.by-artillery'];
/** The weapon in the killer's own words or in the two words right after them ("Russian" "warplanes") */
function killedWith(text: string, mention: string): [RegExp, string, string] | undefined {
  const phrase = /^\s*(?:[\w-]+(?:\s+[\w-]+)?)?/.exec(text.slice(mention.length))![0];
  return KILLED_WITH.find(([re]) => re.test(text.slice(0, mention.length) + phrase));
}

/** "exploded", "went off near a checkpoint", "ripped through a market": a bomb's blast told */
// ("A martyrdom operation with a truck bomb hit the checkpoint": the means told between)
const WENT_OFF = /^\s+(?:(?:\w+\s+)?(?:in|at|near|on|with)\s+(?:[\w'-]+\s+){0,4}?)?(?:exploded|explodes|went off|goes off|detonated|ripped through|tore through|rocked|blew up|hit|struck|targeted|wounded|injured|wounding|injuring)\b/i;
/** "a bomb went off", "bombs exploded": the trigger names the bomb and its blast */
const BOMB_WENT_OFF = /\b(?:bombs?|IEDs?|devices?|mines?)\b.*\b(?:exploded|went off|ripped|hit|struck|detonated)\b/i;
/** "An unidentified drone hit", "unknown aircraft": a report that says it does not know who acted */
const UNKNOWN_AUTHOR = /\b(?:unidentified|unknown|unclaimed|unmarked)\s+["“]?(?:[\w-]+\s+)?(?:drones?|aircraft|jets|warplanes|planes|helicopters|gunmen|assailants|attackers)\b/i;
/** "Russian-backed Syrian regime forces", "Iranian-backed militia positions": the backers named inside an actor's own mention are associated with it */
function withMentionBackers(assoc: ActorPick[], actor: ActorPick | null, actors: ActorMention[]): ActorPick[] {
  const out = [...assoc];
  const m = actor ? actors.find((x) => x.start === actor.start && x.id === actor.info.id) : undefined;
  for (const b of m?.backers ?? []) if (!out.some((x) => x.info.id === b.id)) out.push({ info: b, mention: m!.text, start: m!.start });
  return out;
}

/** The role rules that found an agent by its "by": "carried out by", "airstrikes by" */
const BY_AGENT_RULES = new Set(['role.agent-by', 'role.passive-by']);
// ", where the group is fighting Daesh": a "where" clause after the act, which describes its place
const WHERE_AFTER = /(?:,\s*|\s+)where\s+/i;
// "In total ... at least 11 towns and villages": a count over many places
const TOTAL_OVER_PLACES = /\b(?:in\s+total|in\s+all|altogether|overall)\b|\b(?:hit|struck|targeted|across)\s+(?:at\s+least\s+|more\s+than\s+|some\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of)\s+(?:towns|villages|cities|areas|neighbou?rhoods|districts|locations)\b/i;
// "discovered the bodies of 70 civilians", "a mass grave": the dead of a killing the report does not tell
const BODIES_FOUND = /\b(?:found|discovered|unearthed|exhumed|uncovered)\s+(?:the\s+)?(?:(?:at\s+least|more\s+than|some|about)\s+)?(?:[\d,]+\s+|dozens\s+of\s+|scores\s+of\s+|hundreds\s+of\s+)?(?:bodies|corpses|remains)\b|\b(?:bodies|corpses|remains)\b[^.;]{0,60}?\b(?:were|have\s+been|had\s+been|was)\s+(?:found|discovered|unearthed|exhumed|uncovered)\b|\bmass\s+graves?\b/i;
// "were killed", "died", "wounded": the people named in the clause suffered the violence
const HARMED = /\b(?:killed|killing|kills?|died|dead|deaths?|wounded|wounding|injured|injuring|lives)\b/i;

// "10 civilians killed 15 injured in terrorist rocket attacks on Aleppo and Deir Ezzor 6 September 2016 SANA reporter in
// Aleppo said that 6 civilians ... were killed": a headline run into its lead at the dateline
const DATELINE_INSIDE = /\s(?=(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\s+\p{Lu})/u;

/**
 * The dead of an article's first sentence. When it is a headline run into its lead at the
 * dateline, the two tell one event and their counts do not add up: the lead's count, the
 * more precise, stands, and the headline's when the lead gives none.
 */
function headlineAndLead(text: string): SentenceFatalities {
  const all = findFatalities(text);
  const at = all.total ? DATELINE_INSIDE.exec(text.slice(0, 250)) : null;
  if (!at || at.index < 15) return all;
  const cut = at.index + 1;
  const head = all.counts.filter((c) => c.end <= cut);
  const lead = all.counts.filter((c) => c.start >= cut);
  if (!head.length || !lead.length) return all;
  const leadOnly = findFatalities(text.slice(cut));
  if (!leadOnly.total) return all;
  return { ...leadOnly, counts: leadOnly.counts.map((c) => ({ ...c, start: c.start + cut, end: c.end + cut })) };
}

/** A dictionary actor picked by a phrase at a place ("five women and a child" for the civilians); null when the dictionary lacks it. */
function actorAt(res: Resources, id: string, mention: string, at: number): ActorPick | null {
  const info = res.actors.get(id);
  return info ? { info, mention, start: at } : null;
}
/** The civilians a report names as hit ("five women and a child", "six young men"), picked at the trigger. */
const civiliansAt = (res: Resources, mention: string, at: number) => actorAt(res, 'civilians', mention, at);

/** The victims a trigger's sentence names: after the trigger, or before it in its clause when the clause tells harm. */
const COMBATANT = String.raw`(?:soldiers|troops|fighters|militants|rebels|militiamen|officers|gunmen|jihadists|terrorists|conscripts|servicemen|policemen|guards|prisoners\s+of\s+war|POWs)`;
// "the soldiers were (summarily) executed", "executed 50 Syrian army troops"
const COMBATANTS_BEFORE = new RegExp(String.raw`\b${COMBATANT}\s+(?:were|was|had\s+been|have\s+been)\s+(?:[\w-]+\s+)?$`, 'i');
const COMBATANTS_AFTER = new RegExp(String.raw`^\s+(?:(?:at\s+least|more\s+than|about|some|over|nearly)\s+)?(?:\d+|[\w-]+)?\s*(?:[\w-]+\s+){0,2}?${COMBATANT}\b`, 'i');

const CIVILIAN_SITE_AFTER = /^\s+(?:on|at|in|hit|hits|hitting|struck|strikes|targeted|targets|targeting)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:school|hospital|clinic|market|marketplace|mosque|church|bakery|shelter|funeral|wedding|(?:refugee|displacement|IDP)\s+camp|camp\s+for\s+(?:the\s+)?displaced)s?\b/i;
const CIVILIAN_WORK = /\bwhile\s+(?:they\s+were\s+)?(?:truffle\s+hunting|hunting|picking|collecting|harvesting|grazing|herding|tending|farming|fishing|foraging|gathering|searching\s+for\s+truffles)\b/i;

function victimsNamed(text: string, hit: TriggerHit, cs: number, ce: number): RegExpExecArray | null {
  // ("... engaged in acts of terrorism against both military forces and civilians": the victims of other acts recalled)
  const after = VICTIMS.exec(text.slice(hit.start));
  if (after && !againstOtherActs(text, hit.start + after.index)) return after;
  if (!HARMED.test(text.slice(cs, ce))) return null;
  const before = text.slice(cs, hit.start);
  // ("Seif Abdul Ajel, 22, was found killed": a person named with an age is told as a victim, not a fighter)
  return VICTIMS.exec(before) ?? AGED_PERSON.exec(before);
}

/** Which actor a counted group belongs to: "26 Isis fighters" -> islamic-state. */
function sideOf(noun: string, mentions: ActorMention[], sentence: string, count: { start: number; end: number }): string | null {
  const inside = mentions.find((m) => m.start >= count.start && m.end <= count.end + 40 && m.start <= count.end + 20);
  if (inside) return inside.id;
  if (/\b(?:civilians?|citizens?|inhabitants|children|women|residents|villagers|people)\b/i.test(noun)) return 'civilians';
  void sentence;
  return null;
}

function within<T extends { start: number; end: number }>(items: T[], s: Sentence): T[] {
  return spansWithin(items, s);
}

function relative<T extends { start: number; end: number }>(items: T[], s: Sentence): T[] {
  return items.map((m) => ({ ...m, start: m.start - s.start, end: m.end - s.start }));
}

/** Sentence-relative spans back at their article offsets. */
function absolute<T extends { start: number; end: number }>(items: T[], s: Sentence): T[] {
  return items.map((m) => ({ ...m, start: m.start + s.start, end: m.end + s.start }));
}

/** The first town or village the next two sentences name as where something was, not where people came from. */
function placeToldNext(doc: ArticleDoc, s: Sentence): PlaceMention | null {
  for (const next of doc.sentences.slice(s.index + 1, s.index + 3)) {
    for (const p of within(doc.mentions.places, next)) {
      if (p.place.feature !== 'populated-place' || isDateline(doc, p)) continue;
      const at = p.start - next.start;
      if (!isWhereFrom(next.text, at) && /\b(?:in|at|near|on|into|outside)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i.test(next.text.slice(Math.max(0, at - 40), at))) return p;
    }
  }
  return null;
}

// ("recaptured a town seized by Islamic State", "has seized a village from Islamic State": a place the act names but not by its name)
const UNNAMED_PLACE_AFTER = /^\s+(?:(?:full\s+|complete\s+)?control\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\s+)?(?:of|over)\s+)?(?:a|another)\s+(?:(?:strategic|key|small|nearby|border|major|[\w-]+-held)\s+)*(?:town|village|city|district)\b/i;
// ("Syrian government retakes town near Aleppo road": a headline drops the article)
const HEADLINE_UNNAMED_PLACE_AFTER = /^\s+(?:town|village)\b(?!\s+of\b)/i;
// ("The town of Khanaser is located some 50 km southeast of Aleppo city", "the report that the town of al-Qaryatayn had fallen")
const THE_PLACE_BEFORE = /\bthe\s+(?:(?:captured|recaptured|seized|besieged|strategic|key|embattled|nearby|small|border)\s+)*(?:town|village|city|district)\s*(?:of\s+|,\s*)$/i;

/**
 * "Syrian government forces recaptured a town seized by Islamic State near the road used to access Aleppo" and, next,
 * "The town of Khanaser is located some 50 km southeast of Aleppo city": the town an act names without its name is
 * the one "the town" of the next sentence names.
 */
const TAKING_OF_BEFORE = /^\W*(?:the\s+)?(?:capture|recapture|seizure|fall|loss)\s+of\s+$/i;

function placeNamedNext(doc: ArticleDoc, s: Sentence): PlaceMention | null {
  // (a headline's town is named after the lead that tells the act again)
  // ("Kurdish fighters seized control Tuesday of a key border town ... The capture of Tal Abyad ... was the biggest setback":
  // or the town whose taking a sentence right after names)
  for (const next of doc.sentences.slice(s.index + 1, s.index + 3)) {
    if (next.paragraph > s.paragraph + 2) break;
    const named = (m: PlaceMention) => {
      const before = next.text.slice(Math.max(0, m.start - next.start - 40), m.start - next.start);
      return THE_PLACE_BEFORE.test(before) || TAKING_OF_BEFORE.test(before);
    };
    const p = within(doc.mentions.places, next).find(named);
    if (p) return p.place.feature === 'populated-place' && !isDateline(doc, p) ? p : null;
  }
  return null;
}

/** A place a report covers as a whole: a country or a province. */
const isWide = (l: PlaceMention | null): boolean => !!l && (l.place.feature === 'country' || l.place.feature === 'admin1');
/** The country or province of a wide report holds the place. */
function coversPlace(wide: PlaceMention, l: PlaceMention): boolean {
  if (wide.place.feature === 'country') return !!l.place.country_code && l.place.country_code === wide.place.country_code;
  return l.place.country_code === wide.place.country_code && provinceOf(l.place) === provinceOf(wide.place);
}

interface Context {
  lastEvent: EventDraft | null;
  /** The last event that named both its sides. */
  lastPair: EventDraft | null;
  /** A toll told before any event it could join: "putting the death toll at 70". */
  pendingToll: { sentence: Sentence; fat: SentenceFatalities; actors: ActorMention[] } | null;
  lastPlace: { mention: PlaceMention; sentence: number } | null;
  /** The last place told as a city ("Deir Ezzor city", Damascus): what "the city" points back at. */
  lastCity: { mention: PlaceMention; sentence: number } | null;
  /** The last place told as a town or village ("the Syrian town of Khan Sheikhun"): what "the town" points back at. */
  lastTown: { mention: PlaceMention; sentence: number } | null;
  /** The last province told ("Raqqa province"): what "the province" points back at. */
  lastProvince: { mention: PlaceMention; sentence: number } | null;
  /** The places the article calls a town or a village somewhere. */
  towns: Set<string>;
  focus: PlaceMention | null;
  /** The last strike told over a whole country or province with its author ("government air strikes on towns across the country"). */
  lastWide: EventDraft | null;
  /** The last event of each kind. */
  lastOfKind: Map<string, EventDraft>;
  /** The last act told at a town in another country than the story's, and its sentence. */
  lastAbroad: { draft: EventDraft; sentence: number } | null;
  /** A place of the one province the story's places lie in, for a village the gazetteer lacks. */
  storyProvince: PlaceMention | null;
  /** The state's forces last named, for "the troops" of a later sentence. */
  lastState: { mention: ActorMention; sentence: number } | null;
  /** The armed side the last sentence that opened with one opened with, for "it" and "they" of the next. */
  lastSubject: { mention: ActorMention; sentence: number } | null;
}

/** A side named in an earlier sentence, with no offsets in this one's text. */
const toldBefore = (m: ActorMention): ActorMention => ({ ...m, start: -1, end: -1 });

/** The words before a side that opens its sentence as its subject ("The Islamic State group is under attack"). */
const SUBJECT_OPENS = /^\W*(?:the\s+)?$/i;

/** "BEIRUT:", "MOSCOW (Sputnik) -": where the reporter files from, not where it happened. */
function isDateline(doc: ArticleDoc, p: PlaceMention): boolean {
  // ("BEIRUT (Reuters) -", "HOMS, Syria, May 5", "TEHRAN, Apr. 14 (MNA)", "ARBIL, Iraq:": the city the story was filed from, then its country)
  if (p.text.length > 3 && p.text === p.text.toUpperCase() && /^\s*(?:[:(—–-]|,\s+\w+\.?\s+\d|,\s+[A-Z][\w.]*(?:\s+(?:of\s+)?[A-Z][\w.]*){0,3}\s*[:(—–-])/.test(doc.text.slice(p.end, p.end + 40))) return true;
  // ("Shafaq News – Damascus" on a line of its own: the agency and the city it files from)
  if (p.start < 400 && /(?:^|\n)[^\S\n]*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}\s+[–—-]\s+$/u.test(doc.text.slice(Math.max(0, p.start - 40), p.start)) && /^[^\S\n]*(?:\n|$)/.test(doc.text.slice(p.end, p.end + 3))) return true;
  // ("ERBIL, Kurdistan Region -": the region or country told after the dateline's city)
  if (/(?:^|\n)[^\S\n]*\p{Lu}{3,}(?:\s+\p{Lu}{2,})*,\s+$/u.test(doc.text.slice(Math.max(0, p.start - 30), p.start)) && /^\s*[:(—–-]/.test(doc.text.slice(p.end, p.end + 4))) return true;
  // A page flattened to one line: "Last updated at Feb 022015 Beirut Syrian government air strikes ..."
  return p.start < 160 && /(?:19|20)\d\d\s+$/.test(doc.text.slice(Math.max(0, p.start - 8), p.start)) && /^\s+\p{Lu}/u.test(doc.text.slice(p.end, p.end + 3));
}

/** A place named for its government ("Ankara said", "Moscow's bombing") or as the dateline, not as where things happen. */
function standsForOther(doc: ArticleDoc, p: PlaceMention): boolean {
  return isMetonym(doc.text, p.start, p.end) || isForeignPossessive(p, doc.text.slice(p.end, p.end + 3)) || isDateline(doc, p);
}

function focusPlace(doc: ArticleDoc): PlaceMention | null {
  // The headline's or the lead's place: where the article's story happens.
  for (const s of doc.sentences.slice(0, 6)) {
    const p = within(doc.mentions.places, s).find(
      (x) => x.place.feature !== 'country' && x.place.feature !== 'continent' && x.place.feature !== 'border' && !standsForOther(doc, x) && !isForeignBystander(x, doc.text.slice(Math.max(0, x.start - 30), x.start)) && !isWhereFrom(doc.text, x.start) && !isTellersPlace(doc.text, x),
    );
    if (!p) continue;
    // ("Turkish artillery and coalition jets hit ... in northern Syria" then "the Turkish border town of Kilis": a town abroad
    // told after the war's country is where the war reaches, not where the story's acts happen; the country is)
    const war = isAbroad(p) ? doc.mentions.places.find((m) => m.end <= p.start && m.place.feature === 'country' && !isAbroad(m)) : undefined;
    return war ?? p;
  }
  return null;
}

// "of that attack which killed", "in that bombing": the act is one told before (not "said that attack helicopters")
const THAT_ACT = /(?<!\b(?:said|says|say|reported|reports|claimed|claims|stated|announced|added|confirmed|denied|denies|warned|noted|believes?|believed|fears?|feared|shows?|showed|suggests?|suggested|means?|meant|hopes?|hoped|so|such|now)\s+)\b[Tt]hat\s+(?:[\w-]+\s+)?(?:attack|bombing|massacre|strike|raid|assault|shelling|explosion|blast|ambush|offensive)\b(?!\s+(?:helicopters?|aircraft|jets?|planes?|drones?|dogs?|boats?)\b)/;

/** Two dates whose spans share a day ("in 2016" and "on 4 April 2016"). */
function datesOverlap(a: { start: string | null; end: string | null }, b: { start: string | null; end: string | null }): boolean {
  if (!a.start || !b.start) return false;
  return a.start.slice(0, 10) <= (b.end ?? b.start).slice(0, 10) && b.start.slice(0, 10) <= (a.end ?? a.start).slice(0, 10);
}

/** The date of the sentence before `s`, which an act pointed at as "that attack" was told with. */
function datePointedBack(doc: ArticleDoc, s: Sentence): DateMention | undefined {
  if (s.index === 0) return undefined;
  return within(doc.mentions.dates, doc.sentences[s.index - 1]!).find((d) => datesAnAct(doc, d));
}

/** A date right after "since" ("since May 2015", "since dawn on Friday"). */
const isSinceWord = (text: string, d: DateMention) => /\bsince\s+(?:\w+\s+){0,2}$/i.test(text.slice(Math.max(0, d.start - 20), d.start));
const isSince = (text: string, d: DateMention) => isSinceWord(text, d) || isSinceClause(text, d);
/** A date inside a "since" clause with its own verb: "since anti-government demonstrations erupted earlier this month" starts a span. */
const isSinceClause = (text: string, d: DateMention) =>
  /\bsince\s+(?:[\w'’-]+\s+){1,5}?(?:erupted|began|begun|started|broke\s+out|(?:was|were)\s+launched|kicked\s+off)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, d.start - 80), d.start));
/** From "since <date>" to an act of the clause that says what happened then: ", when it lost the town of" */
const SINCE_WHEN_TO_ACT = /^\s*,\s*when\s+[^.;:]*$/i;
/** A date mention that says when an act was: resolved, and not the start of a span ("since 2013"). */
// ("As of Thursday, the death toll stood at 246": the day of a count is the day it was told, not the day of an act)
const AS_OF_BEFORE = /(?:^|[^\w\s]\s*)as\s+of\s+$/i;
const countedAsOf = (doc: ArticleDoc, d: DateMention) => AS_OF_BEFORE.test(doc.text.slice(Math.max(0, d.start - 12), d.start));
const datesAnAct = (doc: ArticleDoc, d: DateMention) => d.value.start !== null && d.value.precision !== 'unknown' && !isSince(doc.text, d) && !countedAsOf(doc, d);

// (", six days after rebel fighters seized the town": the act of a clause told so many days after or before the main one)
const DAYS_APART_OPENS = /^,\s+(?:(?:just|only|some)\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(days?|weeks?)\s+(after|before)\s+/i;
// "A day later,", "Two days later", "The next day": a sentence dated by the day of the one before
const DAYS_LATER_OPENS = /^\W*(?:(?:just\s+|only\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(days?|weeks?)\s+later|the\s+(?:next|following)\s+day|the\s+day\s+after)\b/i;
const DAY_COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** The days "two days", "a week" say: the count in words or figures, times seven for weeks. */
const daysSaid = (count: string, unit: string) => (DAY_COUNTS[count.toLowerCase()] ?? Number(count)) * (/^week/i.test(unit) ? 7 : 1);
/** The ISO day `n` days after `iso` (before it when `n` is negative). */
const daysFrom = (iso: string, n: number) => isoOf(parseISODay(iso)! + n);

/** A day-precise date moved by the days a clause says its act lies apart from the sentence's day. */
function shiftedByClause(text: string, hit: TriggerHit, date: ReturnType<typeof chooseDate>): ReturnType<typeof chooseDate> {
  const v = date.value;
  if (!v.start || v.precision !== 'day') return date;
  const [cs] = clauseOf(text, hit.start);
  const m = DAYS_APART_OPENS.exec(text.slice(cs));
  if (!m) return date;
  const n = daysSaid(m[1]!, m[2]!) * (m[3]!.toLowerCase() === 'after' ? -1 : 1);
  const move = (iso: string | null) => (iso ? daysFrom(iso, n) : iso);
  return { ...date, value: { ...v, start: move(v.start), end: move(v.end) }, rule: `${date.rule}+date.days-apart` };
}

/** @param dates the sentence's own dates */
function chooseDate(doc: ArticleDoc, s: Sentence, hit: TriggerHit, dates: DateMention[], ctx: Context, samePlace: boolean): { value: EventDraft['date']; strength: number; rule: string } {
  const published = doc.meta.published;
  // ("under Islamic State control since January 2014, when the extremists pushed other groups from the town": the act
  // of the clause that says when the span began is of that date)
  const began = dates.find((d) => d.value.start !== null && d.value.precision !== 'unknown' && isSinceWord(doc.text, d) && d.end <= s.start + hit.start && SINCE_WHEN_TO_ACT.test(doc.text.slice(d.end, s.start + hit.start)));
  if (began) return { value: { ...began.value, text: began.text }, strength: 2, rule: `date.since-when(${began.rule})` };
  // "in the hands of the militants since May 2015" dates a state of affairs, not the event
  const inSentence = dates.filter((d) => {
    if (d.value.start === null || d.value.precision === 'unknown') return false;
    if (isSinceClause(doc.text, d)) return false;
    if (!isSinceWord(doc.text, d)) return true;
    // "since its creation in 2013" starts a span; "since dawn on Friday" can date the fighting
    if (published) return Date.parse(published) - Date.parse(d.value.start) <= 14 * MS_PER_DAY;
    return d.value.precision === 'day';
  });
  if (inSentence.length) {
    const t = s.start + hit.start;
    // "bombardment in recent weeks, including air strikes that killed 23 people last month": a window
    // of time frames the story; a date that points at a day or a month dates the event
    // ("executing 23 others in the past five days, a monitoring group said on Monday": the day it was told is no such date)
    const rolling = (d: DateMention) => (d.rule.startsWith('date.rolling.') ? 1 : 0);
    const told = (d: DateMention) => /\b(?:said|says|reported|announced|added|stated|told\s+\w+)\s+(?:\w+\s+)?(?:on\s+)?$/i.test(doc.text.slice(Math.max(0, d.start - 30), d.start)) || countedAsOf(doc, d);
    const pointed = inSentence.some((d) => !rolling(d) && !told(d));
    // "BEIRUT, Nov 24 (Reuters) - Syrian warplanes bombed a market on Wednesday": the dateline's day is the report's
    const dateline = (d: DateMention) => (DATELINE_AFTER.test(doc.text.slice(d.end, d.end + 24)) ? 1 : 0);
    // ("have been killed in air strikes ... a monitoring group said Friday": the day it was told dates the act last)
    const toldDay = (d: DateMention) => (told(d) ? 1 : 0);
    inSentence.sort((a, b) => dateline(a) - dateline(b) || (pointed ? rolling(a) - rolling(b) : 0) || toldDay(a) - toldDay(b) || Math.abs(a.start - t) - Math.abs(b.start - t));
    const d = inSentence[0];
    // "were killed on Thursday and Friday": two days joined are the span of the event, as "5-6 April" is
    const joined = d.value.precision === 'day' ? inSentence.find((e) => e !== d && e.value.precision === 'day' && e.value.start && d.value.start && Math.abs(Date.parse(e.value.start) - Date.parse(d.value.start)) <= 6 * MS_PER_DAY && DAYS_JOINED.test(doc.text.slice(Math.min(d.end, e.end), Math.max(d.start, e.start)))) : undefined;
    if (joined) {
      const [a, b] = [d, joined].sort((x, y) => x.value.start!.localeCompare(y.value.start!));
      return { value: { start: a.value.start, end: b.value.end ?? b.value.start, precision: 'day', text: doc.text.slice(Math.min(a.start, b.start), Math.max(a.end, b.end)) }, strength: 2, rule: `date.span(${d.rule})` };
    }
    // "fighting for control over Hajin since last week": from then until the report
    if (isSince(doc.text, d) && published && d.value.start && d.value.start < published) {
      return { value: { start: d.value.start, end: published, precision: 'week', text: d.text }, strength: 2, rule: `date.since(${d.rule})` };
    }
    // "Monitor AFP Wednesday 17 Sep 2014": the headline's stamp is the day of the report, not of the event
    // (nor the day the lead tells it: "a monitor said Saturday"; not a weekday the lead dates its event by: "Tuesday 4 Apr
    // 2017 Shelling ... kills 19 At least 19 civilians were killed on Tuesday")
    if (published && ((s.index === 0 && (/\d/.test(d.text) || told(d))) || dateline(d)) && d.value.precision === 'day' && d.value.start === published) {
      return { value: { ...d.value, text: d.text }, strength: 1, rule: `date.headline-stamp(${d.rule})` };
    }
    // ("killed in an air strike, a Turkish official said on Thursday" and "martyred 33 troops, the governor said early on
    // Friday": the day a report was told bounds the act, it does not tell two acts apart)
    if (told(d)) return { value: { ...d.value, text: d.text }, strength: 2, rule: `date.told(${d.rule})` };
    return { value: { ...d.value, text: d.text }, strength: 2, rule: `date.sentence(${d.rule})` };
  }
  // ("On Wednesday, Erdogan threatened a new offensive ... A day later, a Turkish soldier was killed": so many days after
  // the day the sentence before names)
  const later = DAYS_LATER_OPENS.exec(s.text);
  const laterFrom = later ? datePointedBack(doc, s) : undefined;
  if (later && laterFrom?.value.start && laterFrom.value.precision === 'day') {
    const day = daysFrom(laterFrom.value.start, later[1] ? daysSaid(later[1], later[2]!) : 1);
    return { value: { start: day, end: day, precision: 'day', text: later[0].replace(/^\W+/, '') }, strength: 2, rule: `date.days-later(${laterFrom.rule})` };
  }
  // ("sarin gas was used in Eastern Ghouta in 2013. The United States accused Damascus of that attack which it
  // estimates killed 1429 people": the act pointed back at is the one the sentence before dates)
  const before = THAT_ACT.test(s.text.slice(Math.max(0, hit.start - 60), hit.end)) ? datePointedBack(doc, s) : undefined;
  if (before) return { value: { ...before.value, text: before.text }, strength: 2, rule: `date.pointed-back(${before.rule})` };
  const ctxDate = samePlace && ctx.lastEvent && ctx.lastEvent.sentence.paragraph >= s.paragraph - 1 && ctx.lastEvent.dateStrength === 2 ? ctx.lastEvent.date : null;
  if (ctxDate) return { value: ctxDate, strength: 1, rule: 'date.context' };
  if (published && (s.headline || s.index <= 3 || PRESENT_NEWS.test(s.text) || NEWS_SEQUENCE.test(s.text))) {
    return { value: { start: published, end: published, precision: 'day', text: null }, strength: 1, rule: 'date.publication' };
  }
  return { value: { start: null, end: null, precision: 'unknown', text: null }, strength: 0, rule: 'date.none' };
}

function findSources(doc: ArticleDoc, sentences: Sentence[]): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    if (!ATTRIBUTION.test(s.text)) continue;
    for (const org of doc.mentions.organizations) {
      if (org.mentions.some((m) => m.start >= s.start && m.end <= s.end) && !out.includes(org.name)) out.push(org.name);
    }
    const acc = ACCORDING_TO.exec(s.text);
    if (acc && !out.includes(acc[1])) out.push(acc[1]);
  }
  return out;
}

/** Quotation marks hide nothing: "took 'complete control over" is "took complete control over". */
const unquote = (text: string) => text.replace(/["'“”‘’]/g, ' ');

/** The mentions inside one sentence, found once for all that asks of them. */
interface SentenceMentions {
  actors: ActorMention[];
  places: PlaceMention[];
  dates: DateMention[];
}

/** The hits that lead a sentence's events: one per clause, and beside it a remote-violence act with its own agent. */
function leadHits(s: Sentence, inSentence: SentenceMentions): TriggerHit[] {
  const triggers = findTriggers(unquote(s.text));
  const actorsIn = inSentence.actors;
  // (whether the sentence names a date, found once for all its triggers)
  const dated = triggers.length > 0 && inSentence.dates.length > 0;
  const hits = triggers.filter((h) => !dropsTrigger(h, s.text, dated));
  if (hits.length === 0 || notEventSentence(s.text)) return [];
  // One lead event per sentence: the most specific kind, and among equals the
  // one with its subject right before it ("SDF rebels pushed into"); a
  // remote-violence trigger with its own agent is a second event.
  const hasSubject = (h: TriggerHit) =>
    // "an offensive led by a Kurdish-Arab alliance": an agent named by "by" counts most
    (/^\s*(?:\w+\s+){0,2}?by\s/i.test(s.text.slice(h.end, h.end + 30)) && actorsIn.some((m) => m.start - s.start >= h.end && m.start - s.start - h.end < 40) ? 2 : 0) +
    // "Syrian air strikes": the actor's own mention holds the trigger
    (actorsIn.some((m) => (m.end - s.start <= h.start && h.start - (m.end - s.start) < 30) || (m.start - s.start <= h.start && m.end - s.start >= h.end)) ? 1 : 0);
  // "killed in an air strike on Khan Sheikhun, site of a chemical weapons attack earlier this week": the attack recalled does not lead
  // ("executed six young men in the neighborhood of Sakhour ... in eastern Aleppo which completely fell to regime forces":
  // a taking told of a place in a relative clause describes the place; the act told of the people leads)
  // ("an airstrike in the Ramouseh area recently seized by rebels from government forces": so does a participle after the place)
  const describesPlace = (h: TriggerHit) => {
    if (h.rule.kind !== 'territory') return false;
    const before = s.text.slice(Math.max(0, h.start - 40), h.start);
    return TAKEN_PLACE_DESCRIBED.test(before) || (TAKEN_PARTICIPLE.test(h.text) && PLACE_BEFORE_PARTICIPLE.test(before) && /^\s+by\s/i.test(s.text.slice(h.end, h.end + 4)));
  };
  const recalled = (h: TriggerHit) => RECALLED_AFTER.test(s.text.slice(h.end, h.end + 40)) || describesPlace(h);
  // Each clause reports at most one lead event ("..., as the SDF advance on Manbij").
  const byClause = new Map<number, TriggerHit[]>();
  for (const h of hits) {
    const key = clauseOf(s.text, h.start)[0];
    byClause.set(key, [...(byClause.get(key) ?? []), h]);
  }
  const leads: TriggerHit[] = [];
  for (const group of byClause.values()) {
    group.sort((a, b) => Number(recalled(a)) - Number(recalled(b)) || KIND_PRIORITY[b.rule.kind] - KIND_PRIORITY[a.rule.kind] || b.rule.rank - a.rule.rank || Number(hasSubject(b)) - Number(hasSubject(a)) || a.start - b.start);
    const lead = group[0];
    // ("Fierce fighting shelling and car bombs killed at least 18 regime forces": means listed together, with no agent of
    // their own, are one act's)
    const extra = group.find((h) => h !== lead && h.rule.kind !== lead.rule.kind && ['air', 'shelling', 'suicide', 'explosive', 'chemical'].includes(h.rule.kind) && lead.rule.kind !== 'air' && !(hasSubject(h) === 0 && listedWith(s.text, h, lead)));
    leads.push(lead, ...(extra ? [extra] : []));
  }
  return leads;
}

/** Two acts' words joined in one list ("fighting shelling and car bombs", "shelling, car bombs"): the means of one act. */
function listedWith(text: string, a: TriggerHit, b: TriggerHit): boolean {
  const [x, y] = a.start < b.start ? [a, b] : [b, a];
  return /^[\s,]*(?:and\s+|or\s+)?(?:[\w-]+\s+){0,2}$/i.test(text.slice(x.end, y.start));
}

/**
 * One lead act's share of its sentence (offsets sentence-relative): its clause, and the sides and
 * places told in it ("A car bomb killed 12 people in Azaz on Monday, as Turkish-backed rebels
 * advanced on al-Bab": a clause that tells its own event keeps its sides, places and dead to it).
 */
interface ActScope {
  hit: TriggerHit;
  cs: number;
  ce: number;
  /** Lies in another lead act's clause. */
  inOther: (x: { start: number; end: number }) => boolean;
  /** The sides that may play a role in the act. */
  actors: ActorMention[];
  /** The places that may be where it happened. */
  places: PlaceMention[];
}

function actScopes(s: Sentence, hits: TriggerHit[], allActors: ActorMention[], allPlaces: PlaceMention[]): ActScope[] {
  const leadClauses = hits.map((h) => clauseOf(s.text, h.start));
  return hits.map((hit, i) => {
    const [cs, ce] = leadClauses[i]!;
    const others = leadClauses.filter(([a, b]) => a !== cs || b !== ce);
    const inOther = (x: { start: number; end: number }) => others.some(([a, b]) => x.start >= a && x.end <= b);
    const inClause = <T extends { start: number; end: number }>(xs: T[]) => {
      const c = xs.filter((x) => x.start >= cs && x.end <= ce);
      return c.length ? c : xs.filter((x) => !inOther(x));
    };
    // ("Air strike struck a Hezbollah position in eastern Homs province where the Iran-backed Lebanese group is
    // fighting Daesh alongside the Syrian regime": the sides of a "where" clause after the act describe the place)
    const where = WHERE_AFTER.exec(s.text.slice(hit.end, ce));
    // ("Syrian Army Retakes Qaryatain City in Homs Kills over 50 Terrorists in Hama": the second verb's subject is the first's)
    const subject = sharesSubject(s.text, cs) && !allActors.some((a) => a.start >= cs && a.end <= ce) ? subjectOfFirstClause(s.text, hits, allActors) : [];
    const clauseActors = subject.length ? subject : inClause(allActors);
    const outsideWhere = where ? clauseActors.filter((a) => a.start < hit.end + where.index) : clauseActors;
    // ("Toxic Gas Dropped on Syrian Town After Russian Helicopter is Shot Down": a title-case headline's later clause is another act's)
    const titleTail = s.text.slice(hit.end).search(TITLE_CASE_BOUNDARY);
    const actors = (outsideWhere.length ? outsideWhere : clauseActors).filter((a) => titleTail < 0 || a.start < hit.end + titleTail);
    // A place named inside an actor's phrase ("Russian forces", "backed by Russia") is not where it happened.
    // ("In IS-controlled Fallujah, which lies about half way between Ramadi and Baghdad, 30 civilians were killed": the places
    // a place lies between leave the clause to the place told before them)
    const places = inClause(allPlaces.filter((p) => !liesBetween(s.text, p))).filter((p) => !allActors.some((a) => p.start >= a.start && p.end <= a.end));
    return { hit, cs, ce, inOther, actors, places };
  });
}

/** The sides named before the first act of a sentence's first clause: its subject. */
function subjectOfFirstClause(text: string, hits: TriggerHit[], actors: ActorMention[]): ActorMention[] {
  const [, end] = clauseOf(text, 0);
  const first = Math.min(...hits.filter((h) => h.start < end).map((h) => h.start));
  return actors.filter((a) => a.end <= first);
}

/** An act's two sides as they stand, and the rule behind each field so far (--explain). */
interface Sides {
  actor1: ActorPick | null;
  actor2: ActorPick | null;
  explain: Record<string, string>;
}

/** The civilians they killed are no side: "Clashes between the two sides killed 23 civilians". */
const isArmedPick = (a: ActorPick | null) => !!a && a.info.type !== 'civilians';

/**
 * The sides the sentence's structure gives an act, with those the report names as its backers;
 * null when the act is no event after all ("its fighters marched about 3 kilometers").
 */
function sidesOfAct(s: Sentence, sc: ActScope, ctx: Context): { sides: Sides; roles: Roles; assoc1: ActorPick[] } | null {
  const { hit, actors } = sc;
  const lastState = ctx.lastState && s.index - ctx.lastState.sentence <= 2 ? toldBefore(ctx.lastState.mention) : null;
  // (the side the sentence before opened with, when no act was told since the one before it)
  const subjectBefore = ctx.lastSubject && ctx.lastSubject.sentence === s.index - 1 && (!ctx.lastEvent || ctx.lastEvent.sentence.index < s.index - 1) ? toldBefore(ctx.lastSubject.mention) : null;
  const roles = assignRoles(s.text, hit, actors, ctx.lastEvent, lastState, subjectBefore);
  let { actor1, actor2 } = roles;
  const bothSides = !isArmedPick(actor1) && !isArmedPick(actor2) && !!ctx.lastPair && BOTH_SIDES.test(s.text.slice(sc.cs, sc.ce));
  if (bothSides) {
    actor1 = ctx.lastPair!.actor1;
    actor2 = ctx.lastPair!.actor2;
  }
  // Civilians suffer violence; they do not carry it out.
  if (actor1?.info.type === 'civilians' && !['protest', 'riot'].includes(hit.rule.kind)) {
    if (!actor2) actor2 = actor1;
    actor1 = null;
  }
  // "its fighters marched about 3 kilometers": an armed side on the move is not a protest
  if (hit.rule.kind === 'protest' && actor1 && isArmedType(actor1.info.type) && actor1.info.id !== UNIDENTIFIED && /^march/i.test(hit.text)) return null;
  // "seized the town of Sinjar, forcing thousands of Yazidis to flee": civilians hold no ground to lose
  if (hit.rule.kind === 'territory' && actor2?.info.type === 'civilians') actor2 = null;
  // "achieved with support from Russia which intensified its air raids": the backer strikes
  if (!actor1 && (hit.rule.kind === 'air' || hit.rule.kind === 'shelling') && roles.assoc1.length) {
    actor1 = roles.assoc1[0];
    roles.assoc1.splice(0, 1);
  }
  const roleRule = bothSides ? 'role.the-two-sides' : roles.rule;
  const explain: Record<string, string> = { event_type: hit.rule.id, actor1: roleRule, actor2: roleRule };
  // Backers named inside the actor's own mention: "Russian-backed Syrian regime forces"
  const assoc1 = withMentionBackers(roles.assoc1, actor1, actors);
  return { sides: { actor1, actor2, explain }, roles, assoc1 };
}

/** Who an act harmed, when the words for them say more than the sides do: civilians hit, state forces killed, people executed. */
function victimsOfAct(doc: ArticleDoc, s: Sentence, sc: ActScope, res: Resources, fat: SentenceFatalities, sides: Sides): void {
  const { hit, cs, ce } = sc;
  const { explain } = sides;
  // ("war planes bombed a refugee camp in rebel-held Idlib, killing five women and a child": the side that holds the place
  // stands for it only until the report says who was hit)
  // ("people" killed there may be its fighters: only civilians named as such, in the trigger's clause or among the sentence's dead)
  const held = sides.actor2;
  const heldTarget = !!held && STRIKE_KINDS.has(hit.rule.kind) && (HELD_AFTER.test(s.text.slice(held.start + held.mention.length, held.start + held.mention.length + 40)) || HELD_BY_BEFORE.test(s.text.slice(Math.max(0, held.start - 60), held.start)));
  if (heldTarget) {
    const named = victimsNamed(s.text, hit, cs, ce);
    // ("At least four schoolchildren were among eight people killed in Syrian regime shelling": the dead told before the act)
    // ("At least 33 people have been killed in an air strike on a school in a village west of the Islamic State-held city"):
    // people killed where civilians gather, a school, a market, a shelter, were civilians
    const atCivilianSite = !!fat.total && CIVILIAN_SITE_AFTER.test(s.text.slice(hit.end, hit.end + 60)) ? 'people' : undefined;
    const civilianDead = named && !/^(?:people|persons)$/i.test(named[0]) ? named[0] : (fat.counts.find((c) => CIVILIAN_NOUN.test(c.noun))?.text ?? (fat.total ? CIVILIAN_NOUN.exec(s.text.slice(cs, hit.start))?.[0] : undefined) ?? atCivilianSite);
    const hitCivilians = civilianDead ? civiliansAt(res, civilianDead, hit.start) : null;
    if (hitCivilians) {
      sides.actor2 = hitCivilians;
      explain.actor2 = 'role.victims-are-civilians';
    }
  }
  // "killing four soldiers and a civilian at a checkpoint in Tikrit": soldiers or police no side is named for are the story's state's
  const firstDead = fat.counts[0];
  const stateDead = !!firstDead && (!sides.actor2 || (sides.actor2.info.id === 'civilians' && sides.actor2.start > firstDead.start)) && SECURITY_NOUN.test(firstDead.noun) && !SIDE_WORD.test(firstDead.text);
  const home = stateDead ? res.actors.get(homeGovernment(doc.text, res.actors, doc.mentions.places) ?? '') : undefined;
  if (home) {
    // ("three Syrian security forces personnel were killed as clashes erupted with local factions": the state's own dead,
    // its forces the subject, make it the side that suffered, its foe unnamed)
    if (sides.actor1?.info.id === home.id) {
      sides.actor1 = null;
      explain.actor1 = 'role.dead-are-its-own';
    }
    sides.actor2 = { info: home, mention: firstDead!.text, start: hit.start };
    explain.actor2 = 'role.victims-are-state-forces';
  }
  // ("summarily executed six young men in the neighborhood of Sakhour ... which fell to regime forces": the people an
  // execution names right after it are its victims, not a side told later in the sentence)
  const after = sides.actor2;
  const executed = hit.rule.kind === 'execution' && !!after && after.start > hit.end ? EXECUTED_PEOPLE_AFTER.exec(s.text.slice(hit.end, hit.end + 40)) : null;
  const executedCivilians = executed && hit.end + executed[0].length <= after!.start ? civiliansAt(res, executed[0].trim(), hit.start) : null;
  if (executedCivilians) {
    sides.actor2 = executedCivilians;
    explain.actor2 = 'role.victims-are-civilians';
  }
  // Victims: "killing 12 civilians", "17 people were killed in a triple bombing" (looked for only when they could be the target)
  // ("five people were killed in a suspected ISIS ambush while truffle hunting": people at their work in an ambush are civilians)
  const atWork = hit.rule.kind === 'clash' && CIVILIAN_WORK.test(s.text);
  const victims = !sides.actor2 && (atWork || ['kill', 'air', 'shelling', 'execution', 'explosive', 'suicide', 'chemical', 'abduction'].includes(hit.rule.kind)) ? victimsNamed(s.text, hit, cs, ce) : null;
  // ("A senior official from the Kurdistan Workers' Party and three fighters were killed": the dead told as a side's own)
  const victimsEnd = victims ? victims.index + victims[0].length : -1;
  const theirSide = victims ? sc.actors.find((m) => m.start >= victimsEnd && isArmedType(m.type) && /^\s+(?:from|of)\s+(?:the\s+)?$/i.test(s.text.slice(victimsEnd, m.start))) : undefined;
  if (theirSide && theirSide.id !== sides.actor1?.info.id) {
    sides.actor2 = pick(theirSide);
    explain.actor2 = 'role.victims-of-a-side';
  }
  const victimCivilians = victims && !theirSide ? civiliansAt(res, victims[0], hit.start) : null;
  if (victimCivilians) {
    sides.actor2 = victimCivilians;
    explain.actor2 = 'role.victims-are-civilians';
  }
  // "public executions, including the beheading of the city's antiquities chief": the executed are civilians
  // (not "most of the soldiers were summarily executed", "executed 50 troops": the combatants executed are their side's)
  const combatantsExecuted = COMBATANTS_BEFORE.test(s.text.slice(Math.max(0, hit.start - 50), hit.start)) || COMBATANTS_AFTER.test(s.text.slice(hit.end, hit.end + 40));
  const executedAre = !sides.actor2 && hit.rule.kind === 'execution' && !combatantsExecuted ? civiliansAt(res, hit.text, hit.start) : null;
  if (executedAre) {
    sides.actor2 = executedAre;
    explain.actor2 = 'role.executed-are-civilians';
  }
}

/** The author of an act the report names by what it did: a bomber, a gas attacker, "terrorists", a crowd. */
function unnamedAuthorOfAct(s: Sentence, sc: ActScope, res: Resources, fat: SentenceFatalities, sides: Sides): void {
  const { hit } = sc;
  const { explain } = sides;
  // "killed in a terrorist bombing which targeted a bus", "a suicide bomber blew himself up": a
  // bombing whose author the report does not name is, as ACLED codes it, an unidentified armed group's
  // (a suicide attack always has one)
  // ("A car bomb exploded in Azaz on Monday": a blast told as it happened, with or without its dead)
  if (!sides.actor1 && (hit.rule.kind === 'explosive' || hit.rule.kind === 'suicide') && (fat.total || WENT_OFF.test(s.text.slice(hit.end, hit.end + 40)) || BOMB_WENT_OFF.test(hit.text))) {
    const named = hit.rule.kind === 'suicide' ? null : UNNAMED_BOMBER.exec(s.text);
    // ("A car bomb exploded in the market, killing 5 people": a planted bomb has an author too; not a
    // landmine, an explosion with no word of a bomb, or the remnants of war)
    const planted = /\bbomb|booby|IED|improvised/i.test(hit.text);
    const bomber = named || planted || hit.rule.kind === 'suicide' ? (named ? actorAt(res, UNIDENTIFIED, named[0], named.index) : actorAt(res, UNIDENTIFIED, hit.text, hit.start)) : null;
    if (bomber) {
      sides.actor1 = bomber;
      explain.actor1 = 'role.unnamed-bomber';
    }
  }

  // ("33 people mostly women and the children were affected by the gas which they suspect was chlorine in Saraqeb": a gas
  // attack told by whom it harmed has an author the report does not name)
  const gasAuthor = !sides.actor1 && hit.rule.kind === 'chemical' && GAS_HARMED.test(s.text) ? actorAt(res, UNIDENTIFIED, hit.text, hit.start) : null;
  if (gasAuthor) {
    sides.actor1 = gasAuthor;
    explain.actor1 = 'role.unnamed-attacker';
  }

  // "terrorists fired rocket shells at al-Midan neighborhood, killing 3 civilians", "mortar attacks by
  // terrorist groups": shelling or an attack by an armed side the report does not name
  if (!sides.actor1 && (sides.actor2 || hit.rule.id === 'event.civilians.attack') && (hit.rule.kind === 'shelling' || hit.rule.kind === 'kill' || hit.rule.kind === 'explosive')) {
    const agent = unnamedAttacker(s.text, hit, sc.actors);
    const attacker = agent ? actorAt(res, UNIDENTIFIED, agent.text, agent.start) : null;
    if (attacker) {
      sides.actor1 = attacker;
      explain.actor1 = 'role.unnamed-attacker';
    }
  }

  // "Hundreds of people protested in Daraa": who protests is a protester, who riots a rioter
  // (told by a verb: "a crackdown on peaceful protests" is the war's history, not a protest told)
  const crowd = !CROWD_VERB.test(hit.text) ? null : hit.rule.kind === 'protest' ? 'protesters' : hit.rule.kind === 'riot' ? 'rioters' : null;
  // ("Residents blocked the main road", "Protesters burned tyres": the crowd's own name gives way to what it did)
  if (crowd && (sides.actor1?.info.id === 'civilians' || sides.actor1?.info.id === 'protesters')) sides.actor1 = null;
  const crowdPick = !sides.actor1 && crowd ? actorAt(res, crowd, hit.text, hit.start) : null;
  if (crowdPick) {
    sides.actor1 = crowdPick;
    explain.actor1 = 'role.crowd';
  }
}

/** The armed side a report does not name as the one a state's forces fight: "terrorists", "terrorist groups", "gunmen". */
const UNNAMED_TARGET = /\b(?:terrorists|terrorist\s+(?:groups?|organi[sz]ations?|gangs?|cells?|gatherings|positions|hideouts|sites|dens)|gunmen|insurgents|armed\s+groups)\b/i;
/** "terrorists of the so-called Jaish al-Fateh", "terrorist groups affiliated with ISIL": the words go on to name the side. */
const TARGET_NAMED_AFTER = /^\s*(?:of|from|belonging\s+to|affiliated\s+(?:to|with)|linked\s+to|loyal\s+to)\s/i;
const UNNAMED_TARGET_KINDS = new Set(['clash', 'air', 'shelling', 'kill']);
/** A killing's own verb ("unidentified shooters murdered a driver"): the sentence tells an act of its own. */
const OWN_KILLING = /\b(?:murdered|assassinated|shot\s+dead|gunned\s+down|executed|beheaded|stabbed\s+to\s+death)\b/i;
/** What a storming that takes no ground is told to hit: "storming the Syrian Arab Army's defences". */
const STORMED_LINES_AFTER = /^\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:defen[cs]es|lines|positions|posts|fortifications|trenches|barricades)\b/i;
/** The verb that struck the side named after it: "targeted ISIS sites", "attacked Nusra positions". */
const STRUCK_BEFORE = /\b(?:targeted|targeting|attacked|attacking|struck|striking|hit|hitting|pounded|pounding|shelled|shelling|bombed|bombing|raided|raiding|stormed|storming)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;

/**
 * "Army units targeted gatherings of terrorists in Bosra al-Sham", "Syrian Army Kills 15 Terrorists in Qalamoun": a
 * state's forces fighting a side the report does not name fight, as ACLED codes it, an unidentified armed group, when
 * no report of the act names the side (the story's context often does: then it is that side). Only words for armed
 * men; a side named with them ("ISIS terrorists", "terrorists of Jaish al-Fateh") is that side.
 */
function unnamedTargetOf(s: Sentence, sc: ActScope, res: Resources, sides: Sides): ActorPick | null {
  const { hit } = sc;
  if (sides.actor2 || !sides.actor1 || !isStateSide(sides.actor1.info.type) || !UNNAMED_TARGET_KINDS.has(hit.rule.kind)) return null;
  // ("an army unit targeted ISIS sites ... killing 13 terrorists": the clause names the side the terrorists are; that
  // side is the act's target when the clause's verb struck it)
  const own = sides.actor1.info;
  const others = sc.actors.filter((m) => m.id !== own.id && m.id !== own.group && m.type !== 'civilians' && !isStateSide(m.type));
  if (others.length) {
    const struck = others.length === 1 && others[0]!.end <= hit.start && STRUCK_BEFORE.test(s.text.slice(Math.max(0, others[0]!.start - 30), others[0]!.start)) ? others[0]! : null;
    return struck && UNNAMED_TARGET.test(s.text.slice(hit.start, sc.ce)) ? pick(struck) : null;
  }
  // (not a side's own words: "ISIS terrorists", "Nusra terrorist groups")
  const free = (start: number, end: number) => !sc.actors.some((m) => (m.start < end && m.end > start) || (m.end <= start && /^\s{0,2}$/.test(s.text.slice(m.end, start))));
  // (after the trigger or inside its words, "attacked terrorists position"; else before it, "15 terrorists were killed")
  for (const [from, to] of [
    [hit.start, sc.ce],
    [sc.cs, hit.start],
  ] as const) {
    if (to <= from) continue;
    const m = UNNAMED_TARGET.exec(s.text.slice(from, to));
    if (!m) continue;
    const start = from + m.index, end = start + m[0].length;
    if (!free(start, end) || TARGET_NAMED_AFTER.test(s.text.slice(end, end + 30))) return null;
    return actorAt(res, UNIDENTIFIED, m[0], start);
  }
  return null;
}

/**
 * "An air raid has hit a village controlled by the IS group", "Russian air strikes hit buildings in a
 * village held by IS": no armed group here flies; the strike is a state's, the group its target
 * (armed groups did fly drones: "IS drone strike" keeps its author).
 * @param backers the act's associated sides the sentence's roles found (none of them flies it)
 */
function airForceOfAct(s: Sentence, sc: ActScope, backers: ActorPick[], sides: Sides): void {
  const { hit } = sc;
  const grounded = sides.actor1;
  if (hit.rule.kind !== 'air' || /drone/i.test(hit.text) || !grounded || isStateSide(grounded.info.type) || grounded.info.id === UNIDENTIFIED) return;
  // the flier is named on the strike ("Russian air strikes"), just before it, or by "by"
  const onStrike = (m: ActorMention) => (m.start <= hit.start && m.end >= hit.start) || (m.end <= hit.start && hit.start - m.end < 45) || /\bby\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, m.start - 10), m.start));
  // ("troops, backed by tribesmen and US-led coalition air strikes", "Rebels, backed by Turkish air strikes, seized": the side
  // that names the strikes flies them, though the sentence backs another act with them; the sides they back are no target)
  const ofStrike = sc.actors.find((m) => isStateSide(m.type) && m.id !== grounded.info.id && m.start < hit.start && (m.end >= hit.start || /^\s*$/.test(s.text.slice(m.end, hit.start))));
  const flier = sc.actors.find((m) => isStateSide(m.type) && m.id !== grounded.info.id && onStrike(m) && !backers.some((a) => a.info.id === m.id)) ?? ofStrike;
  sides.actor1 = flier ? pick(flier) : null;
  const alongside = !!flier && flier === ofStrike && grounded.start < flier.start && /\b(?:backed|supported|aided|assisted)\s+by\s+[^.;:()]*$/i.test(s.text.slice(Math.max(0, flier.start - 80), flier.start));
  if (alongside) sides.actor2 = null;
  else if (!sides.actor2 || sides.actor2.info.id === sides.actor1?.info.id) sides.actor2 = grounded;
  sides.explain.actor1 = flier ? 'role.air-force' : 'role.no-air-force';
}

/** The weapon of a massacre's author: named with the author's mention, or with its last mention before the massacre ("As Russian military intervention ... enters its third month, Russian warplanes have carried out a new massacre"). */
function massacredWith(s: Sentence, sc: ActScope, author: ActorPick): [RegExp, string, string] | undefined {
  const told = author.start >= 0 ? killedWith(s.text.slice(author.start), author.mention) : undefined;
  const last = sc.actors.filter((m) => m.id === author.info.id && m.end <= sc.hit.start).at(-1);
  return told ?? (last ? killedWith(s.text.slice(last.start), last.text) : undefined);
}

/**
 * "Four Iranians were killed in an airstrike on a Syrian airbase on Sunday, as Syria and its allies blamed the Israeli
 * military for carrying out the attack": an act with no author named in its own clause has the one the sentence blames.
 */
function blamedAuthorOfAct(s: Sentence, actors: ActorMention[], sides: Sides): void {
  if (sides.actor1) return;
  const blame = blameIn(s.text, actors);
  if (!blame || blame.blamed.id === sides.actor2?.info.id) return;
  sides.actor1 = pick(blame.blamed);
  sides.explain.actor1 = 'role.blamed';
  if (sides.actor2 && blame.accusers.some((m) => m.start === sides.actor2!.start)) sides.actor2 = null;
}

/** The event type and sub-event type an act's kind and sides make it (ACLED's). */
const BOMBARDED_WITH_AIRCRAFT_AFTER = /^[^.;,]{0,60}?\bwith\s+(?:(?:at\s+least|more\s+than|dozens\s+of|scores\s+of|some|about|\d+|[\w-]+)\s+){0,3}?(?:air ?strikes|airstrikes|air ?raids|warplanes|jets|helicopters|barrel[- ]bombs)\b/i;

/**
 * Who takes decides the kind of a taking: a state force regains, a non-state actor overtakes. A government's affiliates
 * ("militia allies", "Tiger Forces") regain territory for it; a foreign state's forces that capture ground (Turkey in
 * Afrin) overtake it as a non-state actor does, as ACLED codes them.
 */
function takersKind(taker: ActorPick, res: Resources): { sub: string; rule: string } {
  const isState = regainsForState(taker.info, taker.info.group ? res.actors.get(taker.info.group)?.type : undefined);
  return isState ? { sub: 'Government regains territory', rule: 'sub.territory.by-state' } : { sub: 'Non-state actor overtakes territory', rule: 'sub.territory.by-non-state' };
}

function classifyAct(s: Sentence, sc: ActScope, res: Resources, fat: SentenceFatalities, sides: Sides): { event_type: string; sub: string } {
  const { hit } = sc;
  const { explain } = sides;
  let event_type: string = hit.rule.event_type;
  let sub: string = hit.rule.sub_event_type;
  // "the regime cracked down on protests", "security forces dispersed a protest": protesters protest; an armed
  // side told as the protest's subject acted against it (ACLED: a protest with intervention)
  // (not a side named after the protest: "Protests erupted after government forces killed a teenager" is the
  // protesters', that side acting in another clause)
  // "Security forces fired on protesters in Baghdad, killing three": the side that used force on them
  const protesters = res.actors.get('protesters');
  if (hit.rule.kind === 'protest' && protesters) {
    let metBy: ActorPick | null = null;
    if (sides.actor1 && isArmedType(sides.actor1.info.type)) {
      if (sides.actor1.start < hit.start) {
        metBy = sides.actor1;
        explain.actor1 = 'role.protesters-met-by-force';
        explain.actor2 = 'role.protesters-met-by-force';
      } else explain.actor1 = 'role.crowd';
      sides.actor1 = { info: protesters, mention: hit.text, start: hit.start };
    }
    const forceBy = !metBy && sides.actor1?.info.id === 'protesters' && !sides.actor2 ? sc.actors.find((m) => m.end <= hit.start && isArmedType(m.type) && FORCE_ON_BETWEEN.test(s.text.slice(m.end, hit.start))) : undefined;
    if (forceBy) {
      metBy = pick(forceBy);
      explain.actor2 = 'role.force-on-protesters';
    }
    if (metBy) {
      sides.actor2 = metBy;
      sub = fat.total && (fat.total.best ?? fat.total.low ?? 0) > 0 ? 'Excessive force against protesters' : 'Protest with intervention';
    }
  }
  const { actor1, actor2 } = sides;
  const massacreWeapon = hit.rule.kind === 'execution' && /massacre/i.test(hit.text) && actor1 ? massacredWith(s, sc, actor1) : undefined;
  // "the US-led coalition bombed Hanida village", "regime forces bombed a popular market": a state's
  // forces bomb from the air (armed groups shell)
  // ("fighter jets from the U.S.-led coalition ... pounded group offices": a side's aircraft, named as the subject's head, bomb from the air)
  const byAircraft = !!actor1 && actor1.start >= 0 && AIRCRAFT_HEAD_BEFORE.test(s.text.slice(Math.max(0, actor1.start - 30), actor1.start));
  // ("regime forces bombarded Jisr al-Shughour with at least 30 airstrikes": the means named after "with")
  const withAircraft = hit.rule.id === 'event.bombardment' && BOMBARDED_WITH_AIRCRAFT_AFTER.test(s.text.slice(hit.end, hit.end + 100));
  if (hit.rule.id === 'event.bombardment' && actor1 && ((/^bombed$/i.test(hit.text) && isStateSide(actor1.info.type)) || byAircraft || withAircraft)) {
    event_type = 'Explosions/Remote violence';
    sub = 'Air/drone strike';
    explain.sub_event_type = byAircraft ? 'sub.bombed-by-aircraft' : withAircraft ? 'sub.bombarded-with-aircraft' : 'sub.bombed-by-state';
  }
  // ("ISIS began the offensive by storming the Syrian Arab Army's defences at the southern axis of the airport": storming
  // defences or positions is an assault, which takes no ground until the words say so)
  if (hit.rule.kind === 'territory' && /^storm/i.test(hit.text) && STORMED_LINES_AFTER.test(s.text.slice(hit.end, hit.end + 60))) {
    event_type = 'Battles';
    sub = 'Armed clash';
    explain.sub_event_type = 'sub.stormed-lines';
  } else if (hit.rule.kind === 'territory') {
    // Who takes decides: a state force regains, a non-state actor overtakes.
    const loser = actor2?.info.type;
    // (a government's militias that lose ground lose it as the government's: "pro-government militants were expelled")
    const loserIsState = !!actor2 && (isStateSide(actor2.info.type) || regainsForState(actor2.info));
    if (actor1) ({ sub, rule: explain.sub_event_type } = takersKind(actor1, res));
    else {
      sub = loser && !loserIsState ? 'Government regains territory' : hit.rule.sub_event_type;
      explain.sub_event_type = 'sub.territory.by-loser';
    }
  } else if (hit.rule.kind === 'kill' || hit.rule.kind === 'clash') {
    // "20 civilians were killed": violence against civilians even when the killer is not named
    // "Russian warplanes killed 10 civilians", "killed by regime artillery": the killing is the strike's, as ACLED codes it
    // ("the air force attacked terrorists position northeast of Damascus", "army warplanes destroyed hideouts": positions
    // attacked or destroyed from the air, or by artillery, are a strike or a shelling, not a fight)
    const struck = hit.rule.kind === 'kill' || /^(?:attack|destroy)/i.test(hit.text);
    // ("Syrian army missile kills 23 including 8 kids": a missile the killer's own words name is the weapon; not one of
    // several weapons, "terrorist rocket and sniper attacks")
    const missile =
      struck && actor1 && actor1.start >= 0 && MISSILE_NAMED.test(actor1.mention) && !/^\s+(?:and|or|&)\s/i.test(s.text.slice(actor1.start + actor1.mention.length, actor1.start + actor1.mention.length + 6)) ? SHELLED_WITH : undefined;
    const weapon = missile ?? (struck && actor1 ? killedWith(s.text.slice(actor1.start), actor1.mention) : undefined);
    if (weapon) {
      event_type = 'Explosions/Remote violence';
      sub = weapon[1];
      explain.sub_event_type = weapon[2];
    } else if (actor2?.info.id === 'civilians' && (hit.rule.kind === 'kill' || explain.actor2 === 'role.victims-are-civilians')) {
      event_type = 'Violence against civilians';
      sub = 'Attack';
      explain.sub_event_type = 'sub.kill.civilians';
    } else if (hit.rule.id === 'event.civilians.attack' && isArmedPick(actor1) && isArmedPick(actor2)) {
      // ("Regime forces attacked the opposition-controlled Qaboun neighborhood": an armed side
      // attacking ground another armed side holds fights it)
      event_type = 'Battles';
      sub = 'Armed clash';
      explain.sub_event_type = 'sub.attack-on-armed-side';
    }
  } else if (massacreWeapon) {
    // ("Russian warplanes have carried out a new massacre", "the massacre by Russian jets": a massacre by a side's
    // aircraft or guns is their strike or shelling, as a killing by them is)
    event_type = 'Explosions/Remote violence';
    sub = massacreWeapon[1];
    explain.sub_event_type = massacreWeapon[2];
  } else if (event_type === 'Battles' && actor2?.info.type === 'civilians') {
    // Fighting needs two armed sides: force against civilians is violence against them.
    event_type = 'Violence against civilians';
    sub = 'Attack';
    explain.sub_event_type = 'sub.battle-against-civilians';
  } else if (hit.rule.kind === 'execution' && actor2 && actor2.info.type !== 'civilians' && !/\bexecut|behead/i.test(hit.text)) {
    event_type = 'Battles';
    sub = 'Armed clash';
  }
  return { event_type, sub };
}

/**
 * Where an act happened: the place the trigger's phrase names; else the context's. Also the
 * story's place nearby (for anchoring a place the gazetteer does not know). Sets explain.location.
 */
function whereOfAct(doc: ArticleDoc, s: Sentence, sc: ActScope, ctx: Context, res: Resources, sides: Sides): { locations: PlaceMention[]; localContext: PlaceMention | null } {
  const { hit } = sc;
  const { explain } = sides;
  let picked = pickLocations(s.text, hit, sc.places);
  const inThisSentence = (m: PlaceMention) => m.start >= s.start && m.end <= s.end;
  // "inside Syria", "from Iraq": a country says little when the story's town is known
  const nearContext = ctx.lastPlace && s.index - ctx.lastPlace.sentence <= 3 && ctx.lastPlace.mention.place.feature !== 'country' ? ctx.lastPlace.mention : ctx.focus;
  const pointed = picked || !nearContext ? null : placePointedBack(doc, s, nearContext, ctx, res);
  const localContext = pointed?.mention ?? nearContext;
  // ("in neighbouring Iraq" in a story set in Syria is another country: it stays)
  // ("air strikes on towns across Syria": the country the words name as the act's whole ground stays)
  const acrossNamed = (p: PlaceMention) => NATIONWIDE_NAMED.test(s.text.slice(Math.max(0, p.start - 40), p.end));
  if (picked && picked.places.every((p) => p.place.feature === 'country') && localContext && picked.places.length === 1 && !inOtherCountry(s.text, picked.places[0]!, localContext) && !acrossNamed(picked.places[0]!)) picked = null;
  let locations: PlaceMention[];
  // "air strikes on opposition-held towns across the country killed 44": the count is
  // the country's, not the story's town's
  const nationwide = !picked && NATIONWIDE.test(s.text) ? countryOf(localContext ?? ctx.lastPlace?.mention ?? null, res) : null;
  // (the town "the town of" the next sentence names, when the act's own words name none narrower than its province)
  // (or only the nearest place, not the act's: "recaptured a town ... near the road used by the army to access Aleppo")
  const weakPick = !picked || picked.rule === 'location.nearest' || picked.places.every(isWide);
  const namedNextOf = weakPick && (UNNAMED_PLACE_AFTER.test(s.text.slice(hit.end, hit.end + 60)) || (s.headline && HEADLINE_UNNAMED_PLACE_AFTER.test(s.text.slice(hit.end, hit.end + 30)))) ? placeNamedNext(doc, s) : null;
  const namedNext = namedNextOf && (!picked || picked.rule === 'location.nearest' || picked.places.some((w) => coversPlace(w, namedNextOf))) ? namedNextOf : null;
  if (namedNext) picked = null;
  // ("The town of Khanaser is located some 50 km southeast of Aleppo city. Islamic State captured it two days ago": the town
  // a taking's "it" names is the town just told)
  // ("Syria's army recaptured Deir Attiyeh on Thursday, six days after rebel fighters seized the town on the highway between
  // Damascus and Homs": "the town" a taking names is the town the sentence told before it)
  const townBefore = hit.rule.kind === 'territory' && /^\s+the\s+(?:town|village)\b(?!\s+of\b)/i.test(s.text.slice(hit.end, hit.end + 14))
    ? [...within(doc.mentions.places, s)].reverse().find((p) => p.end - s.start <= hit.start && isTown(doc.text, p, ctx.towns) && !isDateline(doc, p)) ?? null
    : null;
  const takenIt = townBefore ?? (!picked && hit.rule.kind === 'territory' && /^\s+it\b/i.test(s.text.slice(hit.end, hit.end + 4)) && ctx.lastTown && s.index - ctx.lastTown.sentence <= 1 ? ctx.lastTown.mention : null);
  // ("... killed 43 people on Saturday as US-backed fighters advanced ... towards Raqqa ... Bodies were still being
  // recovered from the attack at a transit point in Rashidin": the act's own place, told in the next sentences, not the other clause's)
  const toldNext = !picked && !nationwide && localContext && inThisSentence(localContext) && sc.inOther(relative([localContext], s)[0]!) ? placeToldNext(doc, s) : null;
  // ("Six ISIS suicide bombers attacked the Peshmerga base" after their attack south of Kirkuk: the town abroad just told)
  const abroad = !nationwide && !picked && !toldNext && !pointed ? abroadOfSameSides(s, sides, ctx) : null;
  if (namedNext) {
    locations = [namedNext];
    explain.location = 'location.named-next';
  } else if (takenIt) {
    locations = [takenIt];
    explain.location = 'location.taken-it';
  } else if (nationwide) {
    locations = [nationwide];
    explain.location = 'location.nationwide';
  } else if (picked) {
    locations = absolute(picked.places, s);
    explain.location = picked.rule;
  } else if (toldNext) {
    locations = [toldNext];
    explain.location = 'location.told-next';
  } else if (abroad) {
    locations = [abroad];
    explain.location = 'location.act-abroad';
  } else if (localContext) {
    locations = [localContext];
    explain.location = pointed ? pointed.rule : localContext === ctx.focus ? 'location.article-focus' : 'location.context';
  } else if (ctx.lastPlace) {
    locations = [ctx.lastPlace.mention];
    explain.location = 'location.context-country';
  } else {
    // ("terrorist groups positioned in the Eastern Ghouta targeted al-Salyhiah neighborhood" in a story that names no
    // other place: where the gunners sit is the nearest thing known)
    const gunners = pickLocations(s.text, hit, sc.places, true);
    locations = gunners ? absolute(gunners.places, s) : [];
    if (gunners) explain.location = gunners.rule;
  }
  return { locations, localContext };
}

/**
 * The sides the story told before give an act those its own sentence leaves out: the air force
 * of barrel bombs, the same side's strikes told one after another, the other side of a fight
 * at the same place. Returns whether the last event happened at the same place.
 */
function sidesFromContext(s: Sentence, sc: ActScope, ctx: Context, res: Resources, locations: PlaceMention[], event_type: string, sides: Sides): { samePlace: boolean } {
  const { hit, cs, ce } = sc;
  const { explain } = sides;
  // "Barrel bombs kill 15 civilians in Aleppo": no armed group flies; the bombs that hit someone are the air force's of
  // the state where they fell, as monitors and coders attribute them
  // (not "killed in airstrikes and barrel bomb attacks": a strike told with other means is not the barrel bombs' alone)
  const barrel = !sides.actor1 && sides.actor2 && !OTHER_STRIKES.test(s.text.slice(cs, ce)) ? BARREL_BOMBS.exec(s.text.slice(cs, ce)) : null;
  // (a quarter the gazetteer does not know has no country of its own: the story's place tells it)
  const placed = locations.some((l) => !!l.place.country_code) ? locations : [...locations, ...[ctx.lastPlace?.mention, ctx.focus].filter((m): m is PlaceMention => !!m)];
  const bomber = barrel ? res.actors.get(homeGovernment('', res.actors, placed) ?? '') : undefined;
  if (barrel && bomber) {
    sides.actor1 = { info: bomber, mention: barrel[0], start: cs + barrel.index };
    explain.actor1 = 'role.barrel-bombs';
  }

  // Carry the other side over from the last event at the same place when
  // this sentence names one side only.
  const last = ctx.lastEvent;
  const samePlace = !!last?.location && locations.some((l) => l.place.name === last.location!.place.name);
  const nearby = !!last && samePlace && last.sentence.paragraph >= s.paragraph - 2;
  // "At least 36 civilians were killed when regime warplanes pounded towns in Idlib province ... 18 died in
  // air strikes on Saraqeb": strikes of one kind told one after another in a province share their attackers
  const sameProvinceStrike =
    !nearby && !!last?.location && last.sentence.index >= s.index - 2 && locations.length > 0 && !!provinceOf(last.location.place) &&
    locations.every((l) => provinceOf(l.place) === provinceOf(last.location!.place)) && hit.rule.kind === last.trigger.rule.kind && !UNKNOWN_AUTHOR.test(s.text);
  // ("Syrian government air strikes on opposition-held towns across the country killed at least 44 people ... In Jassem
  // in the southern province of Daraa 16 civilians were killed in four air strikes ... Elsewhere air strikes on Douma":
  // the towns of a country-wide report, told one by one, share its attackers too)
  const wide = ctx.lastWide;
  const withinWide = !sides.actor1 && !!wide && s.index - wide.sentence.index <= 10 && hit.rule.kind === wide.trigger.rule.kind && locations.length > 0 &&
    !!sides.actor2 && wide.actor2?.info.id === sides.actor2.info.id && locations.every((l) => coversPlace(wide.location!, l)) && !UNKNOWN_AUTHOR.test(s.text);
  if (withinWide) {
    sides.actor1 = wide!.actor1;
    explain.actor1 = 'role.context-same-side';
  }
  // ("it had launched 10 air strikes against IS in Syria ... Another 17 strikes targeted the jihadists in neighbouring
  // Iraq": more of the same acts are the same side's)
  const sameKind = ctx.lastOfKind.get(hit.rule.kind);
  // ("One civilian and one rebel fighter were also killed in a strike on the outskirts of Idlib city": so are the dead "also"
  // killed in one more of them)
  const moreOfThem = (before: string) => ANOTHER_BEFORE.test(before) || ALSO_KILLED_IN_BEFORE.test(before);
  const lastToldOf = (d: EventDraft) => Math.max(d.sentence.index, ...d.evidence.map((e) => e.index).filter((i) => i < s.index));
  if (!sides.actor1 && sameKind?.actor1 && s.index - lastToldOf(sameKind) <= 3 && moreOfThem(s.text.slice(Math.max(0, hit.start - 80), hit.start)) && !UNKNOWN_AUTHOR.test(s.text)) {
    sides.actor1 = sameKind.actor1;
    explain.actor1 = 'role.context-same-side';
  }
  // (a battle's other side is armed: the civilians the same side hit before are not it)
  if (nearby && sides.actor1 && !sides.actor2 && last!.actor1?.info.id === sides.actor1.info.id && isArmedPick(last!.actor2) && event_type === 'Battles') {
    sides.actor2 = last!.actor2;
    explain.actor2 = 'role.context-other-side';
  } else if ((nearby || sameProvinceStrike) && !sides.actor1 && sides.actor2 && last!.actor2?.info.id === sides.actor2.info.id && last!.actor1) {
    sides.actor1 = last!.actor1;
    explain.actor1 = 'role.context-same-side';
  }
  return { samePlace };
}

/**
 * An act's dead: the sentence's, less those counted in another lead act's clause ("At least one man was
 * killed by regime shelling while clashes raged ... adding that 11 troops were killed in Monday's fighting":
 * the dead counted in another lead's clause are that event's).
 */
function deadOfAct(s: Sentence, sc: ActScope, fat: SentenceFatalities): EventDraft['fatalities'] {
  const othersDead = fat.counts.length > 0 && fat.counts.every(sc.inOther);
  if (othersDead) return null;
  const ownDead = fat.counts.filter((c) => !sc.inOther(c));
  const total = ownDead.length < fat.counts.length ? combine(s.text, ownDead, fat.zero) : fat.total;
  return total ? { ...total, details: ownDead.map((c) => ({ ...c, actor_id: sideOf(c.noun, sc.actors, s.text, c) })) } : null;
}

/** The events one sentence tells: one draft per lead act and place. */
function draftsForSentence(doc: ArticleDoc, s: Sentence, ctx: Context, res: Resources, inSentence: SentenceMentions, fatalitiesOf: () => SentenceFatalities): EventDraft[] {
  let hits = leadHits(s, inSentence);
  if (hits.length === 0) return [];
  const allActors = relative(inSentence.actors, s);
  // "BEIRUT:", "Feb 022015 Beirut Syrian government air strikes": where the story was filed
  const allPlaces = relative(inSentence.places.filter((p) => !isDateline(doc, p)), s);
  const fat = fatalitiesOf();
  // "More than 146000 people have been killed in Syrias war": a death report that is the war's toll is no event
  if (fat.tally && !fat.total) hits = hits.filter((h) => h.rule.kind !== 'kill');
  if (hits.length === 0) return [];
  const drafts: EventDraft[] = [];
  for (const sc of actScopes(s, hits, allActors, allPlaces)) {
    const { hit } = sc;
    const found = sidesOfAct(s, sc, ctx);
    if (!found) continue;
    const { sides, roles, assoc1 } = found;
    victimsOfAct(doc, s, sc, res, fat, sides);
    unnamedAuthorOfAct(s, sc, res, fat, sides);
    airForceOfAct(s, sc, roles.assoc1, sides);
    blamedAuthorOfAct(s, allActors, sides);
    let { event_type, sub } = classifyAct(s, sc, res, fat, sides);
    const { locations, localContext } = whereOfAct(doc, s, sc, ctx, res, sides);
    if (locations.length === 0) continue;
    const strikes = strikesOfTheDead(s, sc, ctx, locations, event_type, sides);
    if (strikes) {
      ({ event_type, sub_event_type: sub } = strikes);
      sides.actor1 = strikes.actor1;
      sides.explain.actor1 = 'role.dead-of-strikes-told';
      sides.explain.sub_event_type = 'sub.dead-of-strikes-told';
    }
    const { samePlace } = sidesFromContext(s, sc, ctx, res, locations, event_type, sides);
    const unnamedTarget = unnamedTargetOf(s, sc, res, sides);
    const { actor1, actor2, explain } = sides;
    // ("The capture of Tal Abyad", its taker the SDF of the sentences before: the kind of a taking whose taker the story
    // gives is the taker's, not the one its loser alone implied)
    if (hit.rule.kind === 'territory' && explain.sub_event_type === 'sub.territory.by-loser' && actor1) ({ sub, rule: explain.sub_event_type } = takersKind(actor1, res));
    if (!hasArmedActor(actor1, actor2, event_type)) continue;

    let date = shiftedByClause(s.text, hit, chooseDate(doc, s, hit, inSentence.dates, ctx, samePlace));
    // (the day of the strikes, when the sentence of their dead tells none)
    if (strikes && (!date.value.start || date.rule === 'date.publication') && strikes.date.start) date = { value: strikes.date, strength: 1, rule: 'date.of-strikes-told' };
    explain.date = date.rule;
    const fatalities = deadOfAct(s, sc, fat);
    if (fatalities) explain.fatalities = 'fatalities.sentence';

    for (const raw of locations) {
      const location = raw.place.admin1 || raw.place.feature !== 'unresolved' ? raw : anchorUnresolved(raw, placesAround(doc, raw), localContext, ctx.storyProvince);
      drafts.push({
        trigger: hit,
        event_type,
        sub_event_type: sub,
        sentence: s,
        evidence: [s],
        actor1,
        actor2,
        assoc1,
        assoc2: withMentionBackers(roles.assoc2, actor2, sc.actors),
        location,
        date: date.value,
        dateStrength: date.strength,
        fatalities: locations.length > 1 ? null : fatalities,
        tollOverDays: !!fatalities && OVER_DAYS.test(s.text),
        unnamedTarget,
        sources: [],
        contested: false,
        explain: { ...explain },
      });
    }
  }
  return drafts;
}

/**
 * ("government forces carried out dozens of strikes on Idlib province on Wednesday morning ... Five people were killed,
 * including two children, in the town of Kafr Aweed"): a killing told bare, with no author or means, at a town of the
 * province or country the strikes just told were over, is done by those strikes, at one of their places.
 */
function strikesOfTheDead(s: Sentence, sc: ActScope, ctx: Context, locations: PlaceMention[], eventType: string, sides: Sides): EventDraft | null {
  const wide = ctx.lastWide;
  if (sc.hit.rule.kind !== 'kill' || sides.actor1 || eventType !== 'Violence against civilians' || !wide?.actor1 || !wide.location) return null;
  if (s.index - wide.sentence.index > 3 || UNKNOWN_AUTHOR.test(s.text)) return null;
  // (a town inside the strikes' province, not the province told again; or a village the gazetteer lacks)
  const inside = (l: PlaceMention) => !isWide(l) && (coversPlace(wide.location!, l) || (l.place.feature === 'unresolved' && !l.place.country_code));
  return locations.every(inside) ? wide : null;
}

/**
 * The words that name an armed side the report does not name, as the agent of a trigger: the
 * subject before it ("terrorists fired"), not its victims ("100 terrorists were killed"), or
 * named by "by" after it; never words that are a named side's ("100 ISIS terrorists", "terrorist
 * group Jaysh al-Islam", "terrorists of the so-called Jaish al-Fateh").
 */
function unnamedAttacker(text: string, hit: TriggerHit, actors: ActorMention[]): { text: string; start: number } | null {
  const [cs, ce] = clauseOf(text, hit.start);
  for (const m of text.slice(cs, ce).matchAll(UNNAMED_ATTACKER)) {
    const at = cs + m.index!;
    const end = at + m[0].length;
    if (actors.some((a) => (a.start >= end && NAMED_AFTER.test(text.slice(end, a.start))) || (a.start < end && at < a.end))) continue;
    // ("Terrorist rocket attacks have killed 10 civilians": the words that name the attacker hold the trigger)
    // (the report's quotation marks do not hide them: 'a rocket attack by "terrorist groups"')
    const holdsTrigger = at <= hit.start && end >= hit.end;
    const agent =
      holdsTrigger ||
      (end <= hit.start
        ? !/\b(?:were|was|been|are|is|killing|killed|kill|against|on|at)\b/i.test(text.slice(end, hit.start))
        : at >= hit.end && /\bby\s+(?:the\s+|an?\s+)?(?:armed\s+)?["“'‘]?$/i.test(text.slice(Math.max(hit.end, at - 20), at)));
    if (agent) return { text: m[0], start: at };
  }
  return null;
}

/**
 * "Thalthana lies near the key IS stronghold of Al-Bab": the places of every
 * sentence that names an unknown place, its own sentence's first.
 */
/** A place of the one province all the story's known places of the war's countries lie in; null when they lie in several. */
function storyProvince(doc: ArticleDoc): PlaceMention | null {
  const known = doc.mentions.places.filter(
    (m) => !!m.place.country_code && !isAbroad(m) && !['unresolved', 'country', 'continent', 'border', 'region', 'river'].includes(m.place.feature) && !!provinceOf(m.place) && !standsForOther(doc, m),
  );
  const provinces = new Set(known.map((m) => provinceOf(m.place)));
  return provinces.size === 1 ? known[0]! : null;
}

function placesAround(doc: ArticleDoc, p: PlaceMention): PlaceMention[] {
  const key = p.place.name.toLowerCase();
  // (the place's mentions named once, not once for each sentence)
  const named = doc.mentions.places.filter((m) => m.place.name.toLowerCase() === key);
  const homes = doc.sentences.filter((x) => named.some((m) => m.start >= x.start && m.end <= x.end));
  homes.sort((a, b) => Number(p.start >= b.start && p.end <= b.end) - Number(p.start >= a.start && p.end <= a.end));
  for (const h of homes) {
    const here = within(doc.mentions.places, h);
    if (here.some((q) => q.place.feature !== 'unresolved' && q.place.feature !== 'country' && q.place.country)) return here;
  }
  return [];
}

/**
 * "the village of Rityan north of second city Aleppo": a place the gazetteer
 * does not know keeps its name and null coordinates, but takes its province
 * and country from the known place the sentence (or the story) puts it near.
 */
function anchorUnresolved(p: PlaceMention, sentencePlaces: PlaceMention[], focus: PlaceMention | null, story: PlaceMention | null): PlaceMention {
  // ("the village of Bab Alfaraj Syria" in a story of Iraq's Dohuk: a place its words set in a country stays in it)
  const sameCountry = (q: PlaceMention) => !p.place.country_code || q.place.country_code === p.place.country_code;
  const known = sentencePlaces.filter((q) => q !== p && q.place.feature !== 'unresolved' && q.place.feature !== 'country' && q.place.country && sameCountry(q));
  known.sort((a, b) => Math.abs(a.start - p.start) - Math.abs(b.start - p.start));
  // (else the one province the story's places lie in: "six strikes in the village of Hass", in a story of Idlib province)
  const anchor = known[0] ?? (focus && focus.place.feature !== 'unresolved' && sameCountry(focus) ? focus : null) ?? (story && sameCountry(story) ? story : null);
  if (!anchor) return p;
  return { ...p, place: { ...p.place, admin1: provinceOf(anchor.place), country: anchor.place.country, country_code: anchor.place.country_code }, geoPrecision: 2 };
}

/** "targeted the jihadists in neighbouring Iraq": a country other than the story's, named as where it happened. */
function inOtherCountry(text: string, p: PlaceMention, story: PlaceMention): boolean {
  return !!p.place.country_code && !!story.place.country_code && p.place.country_code !== story.place.country_code && /\b(?:in|inside)\s+(?:neighbou?ring\s+|northern\s+|southern\s+|eastern\s+|western\s+)?$/i.test(text.slice(Math.max(0, p.start - 25), p.start));
}

const GAS_HARMED = /\b(?:were|was|been)\s+(?:\w+\s+)?(?:affected|suffocated|poisoned|injured|wounded|killed|hospitali[sz]ed|treated)\b|\b(?:suffer(?:ed|ing)?|showed|showing)\s+(?:from\s+)?(?:symptoms|suffocation|breathing\s+difficulties)\b/i;
/** "over the past two days", "in three days", "since Monday": a toll of several days. */
const OVER_DAYS = /\b(?:over|in|during|within|for)\s+the\s+(?:past|last|previous)\s+(?:two|three|four|five|2|3|4|5|few|several)\s+days\b|\b(?:over|in|within)\s+(?:two|three|2|3)\s+days\b|\bsince\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i;
// ("Another 17 strikes targeted", "a further 19 men from the al-Sheitaat tribe were executed")
const ANOTHER_BEFORE = /\b(?:another|a\s+further|further)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of|several)\s+)?(?:(?:(?!(?:were|was|had|have|has|been|killed|when|as|after|while)\b)[\w'’-]+\s+){0,6}?(?:were|was|have\s+been|had\s+been)\s+(?:also\s+)?)?$/i;
const ALSO_KILLED_IN_BEFORE = /\b(?:were|was)\s+also\s+(?:killed|wounded|injured)\s+(?:in|by)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/i;
const NATIONWIDE_NAMED = /\b(?:across|throughout|around)\s+(?:northern\s+|southern\s+|eastern\s+|western\s+)?[\p{L}-]+$/iu;
const NATIONWIDE = /\b(?:across|throughout|around)\s+(?:the\s+country|(?:northern\s+|southern\s+|eastern\s+|western\s+)?(?:Syria|Iraq))\b|\bnationwide\b|\belsewhere\s+in\s+(?:Syria|Iraq|the\s+country)\b/i;

// "the city", "the city's south", "the citys south" (not "the city of Raqqa", which names it)
const THE_CITY = /\b(?:the|this)\s+city(?:['’]?s)?\b(?!\s+of\b)/;
const CITY_WORD_AFTER = /^\s+city\b/i;
const CITY_WORD_BEFORE = /\b(?:city|capital)\s+(?:of\s+)?$/i;

/** A place told as a city: a large town, or one the words call a city ("Deir Ezzor city", "the city of Raqqa"). */
function isCity(text: string, p: PlaceMention): boolean {
  if (p.place.feature !== 'populated-place') return false;
  return (p.place.population ?? 0) >= CITY_POPULATION || /\bcity\b/i.test(p.text) || CITY_WORD_AFTER.test(text.slice(p.end, p.end + 8)) || CITY_WORD_BEFORE.test(text.slice(Math.max(0, p.start - 16), p.start));
}

// "the town", "the village", "the town's residents", "the towns residents" with its apostrophe lost (not "the town of Qusayr",
// which names it, nor "after the towns were fully secured", many of them)
const THE_TOWN = /\b(?:the|this)\s+(?:town|village)(?:['’]s|s(?=\s+(?:residents|people|inhabitants|population|cent(?:re|er)|outskirts|edge|entrance|outer|main|market|hospital|mosque|school|council|streets|neighbou?rhoods|(?:north|south|east|west)(?:ern)?)\b))?\b(?!\s+of\b)/;

/** The places an article calls a town or a village anywhere ("the town of Douma"): towns wherever it names them. */
function townsOf(doc: ArticleDoc): Set<string> {
  return new Set(doc.mentions.places.filter((p) => p.place.feature === 'populated-place' && calledA('settlement', doc.text, p)).map((p) => p.place.name));
}

/** A place told as a town or village: one the article calls so, or any town that is no city. */
function isTown(text: string, p: PlaceMention, towns: Set<string>): boolean {
  return p.place.feature === 'populated-place' && (towns.has(p.place.name) || !isCity(text, p));
}

/**
 * A town the sentence goes on to call "the city" close after, with no other place between: "in Manbij
 * US-backed Syrian Democratic Forces (SDF) overran a key road junction in the citys south" (not where a
 * source spoke from, far before: "a source in Hasaka as saying that a terrorist suicide bomber carried out
 * the attack using a car bomb in al-Gharbiya neighborhood ... on the western part of the city" of the story).
 */
function calledCityNext(text: string, p: PlaceMention, places: PlaceMention[], s: Sentence): boolean {
  if (p.place.feature !== 'populated-place') return false;
  const next = places.find((q) => q.start >= p.end);
  const ref = THE_CITY.exec(text.slice(p.end, Math.min(s.end, p.end + 120)));
  return !!ref && (!next || next.start >= p.end + ref.index);
}

// "crossed into the province", "across the governorate" (not "the province of Idlib", which names it)
const THE_PROVINCE = /\b(?:into|in|across|throughout|entered|entering)\s+the\s+(?:province|governorate)\b(?!\s+of\b)/i;
/** How far back "the city" or "the town" looks for the place it points at, in sentences. */
const POINTED_BACK_SENTENCES = 6;

/**
 * The place "the city" or "the town" points back at when the story's place since is not one
 * ("six others were killed in government barrel bombs in the east of the city" after "air raids ... in
 * the rebel-held Atareb town"; "two mortar rounds hit the Absasiyeen Square in the centre of the city"
 * after "Eastern Ghouta is one of four such zones"; "mortar shells hit citizens houses in the town" after
 * "the terrorist-besieged town of al-Fouaa to the north of Idleb city"), with the rule that found it.
 */
function placePointedBack(doc: ArticleDoc, s: Sentence, context: PlaceMention, ctx: Context, res: Resources): { mention: PlaceMention; rule: string } | null {
  if (THE_CITY.test(s.text) && !isCity(doc.text, context)) {
    const city = cityToldBefore(doc, s, context, ctx, res);
    return city && { mention: city, rule: 'location.the-city' };
  }
  if (THE_TOWN.test(s.text) && !isTown(doc.text, context, ctx.towns) && ctx.lastTown && s.index - ctx.lastTown.sentence <= POINTED_BACK_SENTENCES) {
    return { mention: ctx.lastTown.mention, rule: 'location.the-town' };
  }
  // ("Government forces 'enter Raqqa province' ..." and, after a caption at Palmyra, "forces have reportedly crossed into
  // the province housing Isis' de-facto capital": the province told last, not the town)
  if (THE_PROVINCE.test(s.text) && context.place.feature !== 'admin1' && ctx.lastProvince && s.index - ctx.lastProvince.sentence <= POINTED_BACK_SENTENCES) {
    return { mention: ctx.lastProvince.mention, rule: 'location.the-province' };
  }
  return null;
}

/**
 * What "the city" points back at when the story's place since is no city: the last city told within
 * a few sentences; else the city a province told in the story is named after ("Syria's Aleppo
 * province ... the rebel-held Atareb town ... the east of the city": Aleppo).
 */
function cityToldBefore(doc: ArticleDoc, s: Sentence, context: PlaceMention, ctx: Context, res: Resources): PlaceMention | null {
  if (ctx.lastCity && s.index - ctx.lastCity.sentence <= POINTED_BACK_SENTENCES) return ctx.lastCity.mention;
  const province = provinceOf(context.place);
  if (!province) return null;
  const told = doc.mentions.places.findLast((m) => m.end <= s.start && m.place.feature === 'admin1' && m.place.name === province);
  if (!told) return null;
  const capital = lookupPlace(res.gazetteer, province, { feature: 'populated-place', countryCodes: context.place.country_code ? [context.place.country_code] : [] });
  if (!capital || capital.admin1 !== province || (capital.population ?? 0) < CITY_POPULATION) return null;
  return { ...told, place: capital, rule: 'place.city-of-province', geoPrecision: 1 };
}

/** The country of the story's place, as a place mention at that mention's offsets. */
function countryOf(m: PlaceMention | null, res: Resources): PlaceMention | null {
  if (!m?.place.country) return null;
  const country = lookupPlace(res.gazetteer, m.place.country, { feature: 'country' });
  return country ? { ...m, text: m.place.country, place: country, rule: 'place.country-of-story', geoPrecision: 3 } : null;
}

/** Battles need a named armed side; other kinds need someone to act or suffer. */
function hasArmedActor(a1: ActorPick | null, a2: ActorPick | null, eventType: string): boolean {
  const armed = (a: ActorPick | null) => !!a && isArmedType(a.info.type);
  if (eventType === 'Battles' || eventType === 'Strategic developments') return armed(a1) || armed(a2);
  return !!a1 || !!a2;
}

// "IS claimed responsibility for the attack", "responsibility was claimed by Jabhat al-Nusra"
// The act a claim names: "the attack", "Sunday's bombing", "the car bomb"
const THE_ACT = String.raw`(?:the|this|that|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's)\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|blasts?|explosions?|assault|ambush|massacre|car\s+bomb(?:ing)?)\b`;
// ("Islamic State claimed the attack", "Islamic State said in an online statement that it carried out the attack", and the
// page's "responsibilty")
const CLAIMED_AFTER = new RegExp(
  String.raw`^\s+(?:has\s+|have\s+|had\s+|later\s+|\w+ly\s+)?(?:(?:claimed|claims|claiming)\s+(?:(?:the\s+)?(?:responsibil(?:i)?ty|credit)\b|${THE_ACT})|(?:said|says|announced|stated)\s+(?:[^.;]{0,50}?\s)?(?:that\s+)?(?:it|its\s+(?:fighters|militants|members))\s+(?:had\s+|has\s+|have\s+)?(?:carried\s+out|conducted|staged|was\s+behind|were\s+behind)\s+${THE_ACT})`,
  'i',
);
// ("the Islamic State swiftly claimed responsibility for the bombing": a claim that names the kind of act reaches further back)
const NAMES_THE_ACT = new RegExp(THE_ACT, 'i');
const CLAIM_CUE = /claim|carried out|conducted|staged|behind/i;
const CLAIMED_BEFORE = /\b(?:responsibil(?:i)?ty|credit)\s+(?:for\s+[^.;]{0,60}?\s+)?(?:was|were|has been|had been)\s+claimed\s+by\s+(?:the\s+)?$/i;

// "The war monitor said it believed the planes were Russian": whose aircraft struck, told after the strike
const PLANES_WERE = /\b(?:planes|jets|warplanes|aircraft|helicopters)\s+(?:were|was)\s+(?:(?:likely|probably|most\s+likely|also)\s+)?(Russian|Syrian|American|Turkish|Israeli|Iraqi|Jordanian|Iranian)\b/i;

/**
 * The act told within `reach` sentences before that `told` accepts and the report gave no author: a later sentence that
 * names who did it fills it. A side that is also the act's target stops being its target (`ownTarget: 'drop'`) or
 * leaves the act as it was (`'keep'`).
 */
function authorOfActJustTold(s: Sentence, drafts: EventDraft[], reach: number, told: (d: EventDraft) => boolean, side: ActorPick, rule: string, ownTarget: 'drop' | 'keep'): void {
  const target = [...drafts].reverse().find((d) => s.index - d.sentence.index <= reach && told(d));
  if (!target || (target.actor1 && target.actor1.info.id !== UNIDENTIFIED)) return;
  if (target.actor2?.info.id === side.info.id) {
    if (ownTarget === 'keep') return;
    target.actor2 = null;
  }
  target.actor1 = side;
  target.explain.actor1 = rule;
  if (!target.evidence.includes(s)) target.evidence.push(s);
}

/** The air force a sentence after an unattributed strike names as its author ("it believed the planes were Russian"). */
function aircraftNamedAfter(s: Sentence, drafts: EventDraft[], res: Resources): void {
  const named = PLANES_WERE.exec(s.text);
  if (!named) return;
  // (the dictionary's demonyms say whose forces a demonym names; they are written capitalised)
  const demonym = named[1]!.charAt(0).toUpperCase() + named[1]!.slice(1).toLowerCase();
  const side = actorAt(res, res.actors.compiled.demonyms.get(foldPhrase(demonym, true)) ?? '', named[0], named.index);
  if (side) authorOfActJustTold(s, drafts, 2, (d) => d.trigger.rule.kind === 'air', side, 'role.aircraft-named-after', 'drop');
}

// "the strike was believed to have been carried out by the US-led coalition": who the report says did the act just told
const CARRIED_OUT_BY_BEFORE = /\b(?:the|that|this)\s+(?:[\w-]+\s+)?(?:strikes?|attacks?|raids?|bombings?|bombardment|shelling)\s+(?:was|were|is|are|had\s+been)\s+(?:(?:believed|thought|said|reported|suspected|understood|likely)\s+to\s+have\s+been\s+|(?:likely|probably|reportedly)\s+)?(?:carried\s+out|conducted|launched|staged)\s+by\s+(?:the\s+)?$/i;

/** The side a later sentence says carried out the act just told, its author when the report named none. */
function authorNamedAfter(s: Sentence, actorsIn: ActorMention[], drafts: EventDraft[]): void {
  if (!/carried\s+out|conducted|launched|staged/i.test(s.text)) return;
  const author = actorsIn.find((m) => CARRIED_OUT_BY_BEFORE.test(s.text.slice(Math.max(0, m.start - s.start - 110), m.start - s.start)));
  if (!author) return;
  const told = (d: EventDraft) => d.sentence.index < s.index && (STRIKE_KINDS.has(d.trigger.rule.kind) || d.trigger.rule.kind === 'kill');
  // ("Both groups believe the raid was carried out by US-led coalition jets", told after what the monitors said of the site:
  // the last act told, a few sentences back)
  authorOfActJustTold(s, drafts, 4, told, pick(author), 'role.author-named-after', 'keep');
}

/** The side that claims an attack told just before, its author when the report named none. */
function claimResponsibility(s: Sentence, actorsIn: ActorMention[], drafts: EventDraft[]): void {
  // (every way of telling a claim has one of these words: most sentences have none)
  if (!CLAIM_CUE.test(s.text)) return;
  const claimant = actorsIn.find((m) => CLAIMED_AFTER.test(s.text.slice(m.end - s.start, m.end - s.start + 110)) || CLAIMED_BEFORE.test(s.text.slice(Math.max(0, m.start - s.start - 90), m.start - s.start)));
  if (!claimant) return;
  const attacks = ['explosive', 'suicide', 'kill', 'shelling', 'execution', 'abduction', 'chemical'];
  authorOfActJustTold(s, drafts, NAMES_THE_ACT.test(s.text) ? 6 : 3, (d) => attacks.includes(d.trigger.rule.kind), pick(claimant), 'role.claimed-responsibility', 'drop');
}

/**
 * "19 regime fighters were killed in the fighting": a trigger inside the phrase that points back is the event told
 * again, and so is one whose words end with it ("a report that a US drone carried out the strike").
 */
function namedAgain(trigger: TriggerHit, back: RegExpExecArray | null): boolean {
  if (!back) return false;
  const end = back.index + back[0].length;
  return (trigger.start >= back.index && trigger.end <= end) || (trigger.start < back.index && trigger.end === end);
}
const DAYS_EVENT = /^\S*day['’]?s\s/i;
const ATTACKERS_BACK = /\b(?:with|against)\s+the\s+(?:attackers|assailants|raiders)\b/i;
const WEEKDAY_OF_EVENT = /^(?:sun|mon|tues|wednes|thurs|fri|satur)day/i;

/**
 * ("A bomb blast on a crowded bus convoy outside Aleppo on Saturday ... A bomb killed six people in Aleppo on
 * Wednesday ... Saturdays convoy attack killed 126 people"): a day's act named again, with only its dead, is the
 * act told on that day however many acts came between, when one was; its dead are that act's toll.
 */
function actOfNamedDay(s: Sentence, found: EventDraft[], drafts: EventDraft[], lb: Lookback): EventDraft | null {
  const back = lb.back;
  const day = back && DAYS_EVENT.test(back[0]) ? WEEKDAY_OF_EVENT.exec(back[0]) : null;
  if (!day || !found.every((d) => d.trigger.rule.kind === 'kill' || namedAgain(d.trigger, back))) return null;
  const weekday = weekdayNamed(day[0])!;
  const kinds = REFERRED_KINDS.find(([re]) => re.test(back![0]))?.[1];
  const onDay = drafts.filter(
    (d) => d.dateStrength === 2 && d.date.precision === 'day' && !!d.date.start && weekdayOf(parseISODay(d.date.start)!) === weekday && d.event_type !== 'Strategic developments' && (!kinds || kinds.includes(d.trigger.rule.kind)),
  );
  // (one act of that day, or none: two are for the sides and the place to tell apart)
  return onDay.length === 1 && s.index > onDay[0]!.sentence.index ? onDay[0]! : null;
}

/** A sentence that only counts the dead adds them to the event just before it. */
// "were also killed", "also died": more dead, of the same act
const ALSO_DEAD = /\b(?:were|was|have\s+been|had\s+been)\s+also\s+(?:killed|slain)\b|\balso\s+(?:died|perished|lost\s+their\s+lives)\b/i;

function attachFollowingFatalities(draft: EventDraft, s: Sentence, fat: SentenceFatalities, actors: ActorMention[]): void {
  if (!fat.total) return;
  if (draft.trigger.rule.kind !== 'kill' && !draft.evidence.includes(s)) draft.explain.evidence = 'evidence.following-fatalities';
  const current = draft.fatalities;
  // ("18 rebels were killed in an abortive attempt to infiltrate Damascus. Two pro-regime militiamen were also killed":
  // the other side's dead, told as more, add to the toll)
  const details = fat.counts.map((c) => ({ ...c, actor_id: sideOf(c.noun, relative(actors, s), s.text, c) }));
  const otherSides = (d: { actor_id: string | null }[]) => d.length > 0 && d.every((c) => !!c.actor_id && !current!.details.some((x) => x.actor_id === c.actor_id));
  // (not the dead of another act the sentence names: "executed more than 50 troops ... more than 35 ISIL terrorists were
  // also killed during the fighting for the base")
  const ownAct = () => findTriggers(s.text).every((h) => h.rule.kind === 'kill' || h.rule.kind === draft.trigger.rule.kind);
  if (current?.best != null && fat.total.best !== null && current.details.length > 0 && current.details.every((x) => !!x.actor_id) && ALSO_DEAD.test(s.text) && otherSides(details) && ownAct()) {
    draft.fatalities = { best: current.best + fat.total.best, low: null, high: null, details: [...current.details, ...details] };
    draft.explain.fatalities = 'fatalities.also-dead';
    // (and name the battle's other side when it had none)
    const side = draft.event_type === 'Battles' && !draft.actor1 ? actors.find((m) => m.id === details[0]!.actor_id && m.id !== draft.actor2?.info.id) : undefined;
    if (side) {
      draft.actor1 = pick(side);
      draft.explain.actor1 = 'role.also-dead-side';
    }
    if (!draft.evidence.includes(s)) draft.evidence.push(s);
    return;
  }
  // A figure beats "dozens"; a larger figure beats a smaller one.
  // "Hundreds" later in the story does not undo an exact figure.
  // "Other media reports suggest at least 14", "rescue workers gave a higher toll of 23": another
  // source's estimate does not replace a figure (as ACLED does, the conservative one stays)
  const better =
    !(current?.best != null && ALTERNATIVE_ESTIMATE.test(s.text)) &&
    (!current ||
    (current.best === null && fat.total.best !== null && fat.total.best >= (current.low ?? 0)) ||
    ((current.best === null || fat.total.best !== null) && (fat.total.best ?? fat.total.low ?? 0) > (current.best ?? current.low ?? 0)));
  if (better) {
    draft.fatalities = { ...fat.total, details };
    draft.explain.fatalities = 'fatalities.following-sentence';
    draft.tollOverDays = OVER_DAYS.test(s.text);
  }
  if (!draft.evidence.includes(s)) draft.evidence.push(s);
}

/** How far from an act's place a place named with the act told again, far back, may lie. */
const NEAR_ACT_KM = 25;
/** How far from the town a report places an act "near" ("northeast of Baghdad") the town it names later may lie. */
const NEAR_TOWN_KM = 150;

/** How a sentence points back at the events told before it, and how far back its dead may reach. */
interface Lookback {
  /** The words that point back at an event ("the attack", "Wednesdays explosion"). */
  back: RegExpExecArray | null;
  /** Points back, or gives another source's toll of the event told. */
  refersBack: boolean;
  /** How many sentences back a count may reach. */
  reach: number;
  /** The last event is near enough, and of the same days, for the sentence to tell it again. */
  near: boolean;
  /** The sentence's subject is that act, named again ("Thursday's fatal attack ... involved"). */
  subjectBack: boolean;
}

const THESE_ACTS_OPEN = /^\W*(?:these|those|the)\s+(?:[\w-]+\s+)?(?:attacks|operations|strikes|raids|ambushes|bombings)\s+(?:have|had)\s+/i;
const ONE_MORE_OF_THE_DEAD = /^\W*the\s+(?:second|third|fourth|fifth|sixth|other|last)\s+(?:person|victim|man|woman|child|boy|girl|fatality|one)\s+(?:who\s+(?:died|was\s+killed)|killed)\b/i;

function lookback(s: Sentence, inSentence: SentenceMentions, found: EventDraft[], drafts: EventDraft[], ctx: Context): Lookback {
  // "At least 26 Isis fighters had been killed, as well as nine members of
  // Syrian security forces": a count of the dead after an event belongs to it.
  // "At least 87 people died in the suspected attack": a count that points back joins that event.
  const back = REFERS_BACK.exec(s.text);
  // ("The Syrian Observatory gave a slightly lower toll of 31 people killed": another source's toll of the event told, however far back)
  const otherToll = TOLL_BACK.test(s.text);
  // ("... were both killed. The third person who died, Nazliye Mustafa, ...": one more of the dead just counted)
  const refersBack = back !== null || otherToll || ONE_MORE_OF_THE_DEAD.test(s.text);
  // "A similar bombing in the same square on July 25 killed seven": another day's dead are another event's
  const ownDay = inSentence.dates.find((d) => d.value.start && d.value.precision === 'day');
  const otherDay = !!ownDay && !!ctx.lastEvent?.date.start && ctx.lastEvent.dateStrength === 2 && Math.abs(Date.parse(ownDay.value.start!) - Date.parse(ctx.lastEvent.date.start)) >= 3 * MS_PER_DAY;
  // How many sentences back a count may reach: further when it points back ("the attack")
  const reach = refersBack ? 4 : 2;
  // ("Wednesdays explosion came as U.S.-backed Kurdish forces pressed ahead": a day's event named again points back
  // however far, at an event of its kind)
  // (or told again as the subject: "Thursday's fatal attack ... involved four shells")
  const subjectBack = !!back && subjectToldAgain(s, inSentence, back);
  const dayBack = !!back && DAYS_EVENT.test(back[0]) && (found.some((d) => namedAgain(d.trigger, back) && drafts.some((e) => e.trigger.rule.kind === d.trigger.rule.kind)) || subjectBack);
  // ("UNICEF confirmed that children were killed in the attack", "Eight women and seven children were among the dead", told
  // many sentences after the one act the story has told: that act, however far back)
  const last = ctx.lastEvent;
  const near =
    !!last &&
    !otherDay &&
    (otherToll || dayBack || s.index - last.sentence.index <= reach || ((back !== null || (AMONG_OPENS.test(s.text) && !!last.fatalities)) && onlyActAt(inSentence, drafts, last)));
  return { back, refersBack, reach, near, subjectBack };
}

/**
 * Every act told so far is `last`, of its kind at its place, and the sentence names no place away from it ("the explosion
 * in Salem Mosque in Ariha" is another act; "Among the dead from the Atmeh blast" is the one at the border crossing).
 */
function onlyActAt(inSentence: SentenceMentions, drafts: EventDraft[], last: EventDraft): boolean {
  if (!drafts.every((d) => d.trigger.rule.kind === last.trigger.rule.kind && d.location?.place === last.location?.place)) return false;
  const at = last.location?.place;
  if (!at) return inSentence.places.length === 0;
  const wide = ['country', 'admin1', 'border', 'region'].includes(at.feature);
  return inSentence.places.every((p) => p.place.name === at.name || wide || (p.place.lat !== null && at.lat !== null && km(p.place, at) <= NEAR_ACT_KM));
}

// What may come before an act named again as the sentence's subject: nothing, or who tells it
const SUBJECT_BACK_BEFORE = /^\W*(?:according\s+to\s+[^,;]{1,80},\s*)?$/i;
// What tells of another act than the one named again ("The attack came a day after ...", "followed a similar bombing")
const ANOTHER_ACT_AFTER = /\b(?:after|before|followed|follows|came|comes|since|earlier|previous|last|similar|another|latest)\b/i;

// An act named again that is one incident, not a campaign ("the offensive", "the fighting")
const ONE_ACT_NAMED = /\b(?:attack|strike|air ?strike|raid|blast|explosion|bombing|shelling|massacre|incident|bombardment)$/i;
/** The sentence's subject is an act told before ("Thursday's fatal attack"), and the sentence tells no other day or act. */
function subjectToldAgain(s: Sentence, inSentence: SentenceMentions, back: RegExpExecArray): boolean {
  const end = back.index + back[0].length;
  if (!ONE_ACT_NAMED.test(back[0]) || !SUBJECT_BACK_BEFORE.test(s.text.slice(0, back.index)) || ANOTHER_ACT_AFTER.test(s.text.slice(end))) return false;
  return inSentence.dates.every((d) => d.start - s.start >= back.index && d.end - s.start <= end);
}

/**
 * Whether a sentence's acts are the last event told again; if so, what it adds to that event:
 * the sides that backed it, and the attacker the first telling did not name.
 */
function foldToldAgain(s: Sentence, inSentence: SentenceMentions, found: EventDraft[], ctx: Context, lb: Lookback): boolean {
  const { back } = lb;
  // ("five children were among the dead on Monday in the rebel-held district of Marjeh": who was among the dead points back too)
  // ("At least two officers were among those killed when insurgents set off tonnes of explosives": the blast just told, told again)
  // (only when they open the sentence or its report: "On Tuesday 25 people were killed in air strikes ... adding that a rebel commander was also among the dead" is Tuesday's own event)
  const amongDead = AMONG_OPENS.test(s.text);
  // ("IS executed more than 50 troops ... most of the soldiers were summarily executed": the act just told, told bare again,
  // with no side, toll or day of its own)
  const bareAgain = (d: EventDraft) => d.trigger.rule.kind === ctx.lastEvent?.trigger.rule.kind && !d.actor1 && !d.fatalities && inSentence.dates.length === 0;
  // ("Iraqi soldiers at the checkpoint engaged in clashes with the attackers": the fight with those who just attacked is that attack)
  const withTheAttackers = (d: EventDraft) => d.trigger.rule.kind === 'clash' && ATTACKERS_BACK.test(s.text);
  // ("Thursday's fatal attack, the state media said, involved four shells that fell in the Dakhaniyeh district", "According
  // to the Observatory, Sunday's attack started with a car bomb": the act told again as the subject, and how it was done)
  const toldAgain = (d: EventDraft) =>
    d.trigger.rule.kind === 'kill' || namedAgain(d.trigger, back) || (lb.subjectBack && d.trigger.start >= back!.index) || (amongDead && d.trigger.rule.kind === ctx.lastEvent?.trigger.rule.kind) || bareAgain(d) || withTheAttackers(d);
  // ("The third person who died ... was originally from Afrin": where the dead came from is no place of another act)
  const placed = inSentence.places.some((p) => !isWhereFrom(s.text, p.start - s.start));
  if (!(lb.near && found.length && found.every(toldAgain) && (lb.refersBack || !placed || amongDead))) return false;
  // "U.S.-led coalition aircraft supported the advance": who supported the event told again backs it
  const last = ctx.lastEvent!;
  if (back && /\b(?:supported|backed|covered|assisted|aided|helped)\s+$/i.test(s.text.slice(Math.max(0, back.index - 12), back.index))) {
    for (const m of relative(inSentence.actors, s)) {
      if (m.end > back.index || m.id === last.actor1?.info.id || m.id === last.actor2?.info.id || last.assoc1.some((a) => a.info.id === m.id)) continue;
      last.assoc1.push(pick(m));
      last.explain.assoc_actor1 = 'role.supported-told-again';
    }
  }
  // "Air strikes have struck Urum al-Joz ... The attack, believed to have been carried out by Russian
  // aircraft, killed 18": the report told again names the attacker the first telling did not
  const agent = !last.actor1 ? found.find((d) => d.actor1 && BY_AGENT_RULES.has(d.explain.actor1 ?? '') && d.actor1.info.id !== last.actor2?.info.id) : undefined;
  if (agent) {
    last.actor1 = agent.actor1;
    last.explain.actor1 = 'role.told-again-agent';
  }
  // ("five soldiers were killed and wounded in an ISIS attack ... ISIS terrorists attacked a security point of the Iraqi army,
  // killing a soldier": the side the report told again names as hit, by the same author, is the target the first did not name)
  const target = !last.actor2
    ? found.find((d) => d.actor2 && !!last.actor1 && d.actor1?.info.id === last.actor1.info.id && d.actor2.info.id !== last.actor1.info.id && (last.event_type !== 'Battles' || isArmedType(d.actor2.info.type)))
    : undefined;
  if (target) {
    last.actor2 = target.actor2;
    last.explain.actor2 = 'role.told-again-target';
  }
  // ("in a northern Syrian town in Aleppo province ... The shelling on Tal Rifaat, controlled by local Kurdish fighters":
  // the town the report told again names lies in the province the first telling gave)
  const province = last.location?.place.feature === 'admin1' ? last.location.place : null;
  const town = province ? found.find((d) => d.location?.place.feature === 'populated-place' && d.location.place.admin1 === province.admin1 && d.location.place.country_code === province.country_code)?.location : undefined;
  // ("A suicide bomber struck a Shia funeral northeast of Baghdad ... The blast in Muqdadiyah": the smaller town the report
  // told again names is where the act near the first telling's city was)
  const near = !town && last.location?.geoPrecision === 2 && last.location.place.feature === 'populated-place' ? last.location : null;
  const named = near ? found.find((d) => d.location?.geoPrecision === 1 && d.location.place.feature === 'populated-place' && d.location.place.country_code === near.place.country_code && km(d.location.place, near.place) <= NEAR_TOWN_KM && (d.location.place.population ?? 0) < (near.place.population ?? 0))?.location : undefined;
  const toldTown = town ?? named;
  if (toldTown) {
    last.location = toldTown;
    last.explain.location = 'location.told-again-town';
  }
  return true;
}

const SIMILAR_ACTS_TOLD = /\b(?:several|many|other|similar|previous|earlier)\s+(?:similar\s+)?(?:incidents|attacks|killings|assassinations|bombings)\s+(?:also\s+)?(?:took\s+place|occurred|happened|were\s+(?:reported|recorded))\b/i;

/**
 * A sentence's dead that join an event told before it: the battle a phrase points back at, the
 * recent event of the kind it names, or the recent event whose sides the dead are.
 */
function tollForRecentEvent(doc: ArticleDoc, s: Sentence, inSentence: SentenceMentions, drafts: EventDraft[], ctx: Context, lb: Lookback, fat: SentenceFatalities): void {
  const { back } = lb;
  // ("The attack came as the Observatory reported that troops had executed 48 people earlier this week": the backdrop's dead are not the attack's)
  const backdrop = BACKDROP.exec(s.text);
  // ("The following day Iraqi security forces reportedly discovered the bodies of 70 civilians inside houses": bodies
  // found are the dead of a killing not told, unless the sentence points back at the event)
  const bodiesFound = !back && BODIES_FOUND.test(s.text);
  if (!fat.total || bodiesFound || (backdrop && fat.counts.every((c) => c.start > backdrop.index))) return;
  const actorsIn = inSentence.actors;
  // The dead belong to the recent event whose sides they are: "26 Isis fighters ... nine members of Syrian security forces"
  const sides = new Set(fat.counts.map((c) => sideOf(c.noun, relative(actorsIn, s), s.text, c)).filter(Boolean));
  // "ISIS lost 400 militants in the battle for Palmyra": the battle told of earlier, at the place named
  // (not a capital named for its government: "The United States accused Damascus of the attack which killed 12")
  const placesHere = inSentence.places.filter((p) => !standsForOther(doc, p));
  const herePlaces = placesHere.map((p) => p.place.name);
  const battles = back && /\b(?:fighting|clashes|battle|offensive|advance)\b/i.test(back[0])
    ? drafts
        .filter((d) => d.event_type === 'Battles' && !isBackground(doc, d) && (!herePlaces.length || herePlaces.includes(d.location?.place.name ?? '')))
        .sort((a, b) => a.evidence.length - b.evidence.length)
    : [];
  let recent = battles.length ? battles : drafts.filter((d) => s.index - d.sentence.index <= lb.reach && d.event_type !== 'Strategic developments');
  // "32 people were killed ... during the air strikes": the kind the phrase names picks among the recent events
  const kinds = back ? REFERRED_KINDS.find(([re]) => re.test(back[0]))?.[1] : undefined;
  const ofKind = kinds && !battles.length ? recent.filter((d) => kinds.includes(d.trigger.rule.kind)) : [];
  if (ofKind.length) recent = ofKind;
  const overlap = (d: EventDraft) => [d.actor1?.info.id, d.actor2?.info.id, d.actor1?.info.group, d.actor2?.info.group].filter((x) => x && sides.has(x)).length;
  const target = recent.reduce((best, d) => (overlap(d) >= overlap(best) ? d : best), battles.length ? battles[battles.length - 1] : ofKind.length ? ofKind[ofKind.length - 1]! : ctx.lastEvent!);
  // "Aleppo Death toll from rocket attacks in Aleppo city rose to 5": a toll placed in another province is not this event's
  const named = placesHere.filter((p) => p.place.feature !== 'country' && provinceOf(p.place));
  // ("In total over 40 civilians were killed in the aerial bombardment that hit at least 11 towns and villages across Idlib":
  // a total over many places is no one town's toll)
  const totalOfMany = TOTAL_OVER_PLACES.test(s.text) && !!target.location && !['admin1', 'country', 'region'].includes(target.location.place.feature);
  // ("... killing 3 civilians. Moreover 4 civilians were killed as the terrorist groups targeted another neighborhood": more
  // dead, of another act, are not the toll of the act that counted its own)
  // ("There were no casualties among the Asayish forces. Furthermore, unidentified shooters murdered a driver": nor the dead of
  // a killing told as another act, whatever the act before counted)
  const moreDead = ANOTHER_ACT_OPENS.test(s.text) && (target.explain.fatalities === 'fatalities.sentence' || OWN_KILLING.test(s.text));
  // ("sarin gas was used in Eastern Ghouta in 2013. The United States accused Damascus of that attack which it estimates
  // killed 1429 people": the dead of the act the sentence before dates, pointed at as "that" one, are not a later event's)
  const pointed = THAT_ACT.test(s.text) ? datePointedBack(doc, s) : undefined;
  const otherDay = !!pointed && (!target.date.start || !datesOverlap(pointed.value, target.date));
  // ("Several similar incidents took place last May when four former rebel commanders were killed": the dead of other
  // acts, or of a day the sentence names that is not the event's, are not its toll)
  const ownWhen = inSentence.dates.filter((d) => datesAnAct(doc, d));
  const elsewhen = SIMILAR_ACTS_TOLD.test(s.text) || (ownWhen.length > 0 && !!target.date.start && ownWhen.every((d) => !datesOverlap(d.value, target.date)));
  // (nor the toll of an agreement, an arrest or a base: "a final evacuation deal with the rebels in Waer ... Both passengers were
  // killed in the car explosion")
  const peaceful = target.event_type === 'Strategic developments';
  if (!peaceful && !totalOfMany && !moreDead && !otherDay && !elsewhen && (!named.length || !target.location || named.some((p) => provinceOf(p.place) === provinceOf(target.location!.place)))) attachFollowingFatalities(target, s, fat, actorsIn);
}

/** The place a sentence sets the story at, for the sentences after it; null when it sets none. */
const TOWN_IN_PROVINCE_BETWEEN = /^\s*(?:,\s*)?(?:in|of)\s+(?:the\s+)?(?:\w+\s+){0,2}$|^\s*,\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}(?:city|town|village|district)\s+(?:in|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$/i;

function sceneOf(doc: ArticleDoc, s: Sentence, inSentence: SentenceMentions, ctx: Context): PlaceMention | null {
  // The story's context: not a foreign capital speaking, not the dateline, not a place abroad when the story is at home
  const places = inSentence.places.filter(
    (p) =>
      p.place.feature !== 'continent' &&
      !standsForOther(doc, p) &&
      (!ctx.focus?.place.country_code || !p.place.country_code || p.place.country_code === ctx.focus.place.country_code || p.place.feature === 'country'),
  );
  const local = places.filter((p) => p.place.feature !== 'country');
  // "Talbisseh in Homs province": the town, not the province that only says where the town is
  // ("Qamishli, a majority-Kurdish city in Syria's northeastern province of Hasakeh": nor one an appositive names)
  const anchorOnly = (p: PlaceMention, i: number) =>
    p.place.feature === 'admin1' && i > 0 && ['populated-place', 'unresolved', 'landmark'].includes(local[i - 1]!.place.feature) && TOWN_IN_PROVINCE_BETWEEN.test(doc.text.slice(local[i - 1]!.end, p.start));
  // ("the town of Madaya west of the Syrian capital Damascus": the capital only says where the town lies)
  const specific = local.filter((p, i) => !anchorOnly(p, i) && !isCapitalReference(doc.text, p, local));
  const last = specific[specific.length - 1] ?? places[places.length - 1];
  // ("A picture taken on July 29 2016 shows ... the Masharqa neighbourhood": a photo's caption sets no scene for the story)
  return last && !PHOTO_CAPTION.test(s.text) ? last : null;
}

/** The last act of `found` told at a town abroad (in another country than the story's), or null. */
function actedAbroad(s: Sentence, found: EventDraft[], ctx: Context): EventDraft | null {
  const home = ctx.focus?.place.country_code;
  if (!home) return null;
  const abroad = (d: EventDraft) =>
    d.location?.place.feature === 'populated-place' && !!d.location.place.country_code && d.location.place.country_code !== home && d.location.start >= s.start && d.location.end <= s.end;
  return found.findLast(abroad) ?? null;
}

/** Sentences after an act abroad that a placeless act of the same two sides stays there. */
const ABROAD_SENTENCES = 3;

/**
 * ("Peshmerga shoot dead six ISIS suicide bombers west of Kirkuk" in a story set in Syria, then "Six ISIS suicide
 * bombers attacked the Peshmerga base"): a town abroad sets no scene for the story, but an act that names no place
 * and is fought by the same two sides as an act told there just before goes on telling that act's fight.
 */
function abroadOfSameSides(s: Sentence, sides: Sides, ctx: Context): PlaceMention | null {
  const last = ctx.lastAbroad;
  if (!last || s.index - last.sentence > ABROAD_SENTENCES || !sides.actor1 || !sides.actor2) return null;
  const ids = (a: ActorPick | null, b: ActorPick | null) => [a?.info.id, b?.info.id].sort().join('|');
  return ids(sides.actor1, sides.actor2) === ids(last.draft.actor1, last.draft.actor2) ? last.draft.location : null;
}

/** The events told so far that later sentences may lean on. */
function remember(ctx: Context, found: EventDraft[]): void {
  ctx.lastEvent = found[found.length - 1]!;
  // ("a battle between the two sides": the last two armed sides, not a side and the civilians it hit)
  ctx.lastPair = [...found].reverse().find((d) => isArmedPick(d.actor1) && isArmedPick(d.actor2)) ?? ctx.lastPair;
  ctx.lastWide = [...found].reverse().find((d) => d.actor1 && STRIKE_KINDS.has(d.trigger.rule.kind) && isWide(d.location)) ?? ctx.lastWide;
  for (const d of found) ctx.lastOfKind.set(d.trigger.rule.kind, d);
}

/**
 * ("Three former Syrian rebels were killed", "ex-rebels", "a former officer in the Syrian Army"): one who has left a
 * side is no longer its fighter; in an act, such men are no side's. ("the Syrian National Army, previously known as the
 * Free Syrian Army"): nor is a side's old name another side.
 */
const FORMER_BEFORE = /\b(?:former|ex-|onetime|one-time)\s*(?:(?:[\w-]+\s+){0,3}?(?:of|in|with|from)\s+(?:the\s+)?)?$/i;
const OLD_NAME_BEFORE = /\b(?:(?:formerly|previously)\s+(?:(?:known|called|named)\s+(?:as\s+)?)?|(?:once|also)\s+(?:known|called|named)\s+(?:as\s+)?)(?:the\s+)?$/i;
// ("ISIS militants wearing Peshmerga clothing stormed a village": the uniform worn is no side of the act)
const wornAsDisguise = (text: string, m: ActorMention) =>
  /\b(?:wearing|wore|dressed\s+in|disguised\s+(?:as|in))\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 20), m.start)) && /^\s*(?:military\s+|army\s+)?(?:clothing|clothes|uniforms?|fatigues|outfits|dress)\b/i.test(text.slice(m.end, m.end + 24));

// ("two commanders of the al-Qaeda-linked al-Nusra Front": a side named as what another side named next is linked to; not
// "an al-Qaeda-linked group", which names no other; nor when the page lost the hyphen: "some from AL Qaeda linked Nusra Front")
const LINKED_AFTER = /^(?:-|\s+)(?:linked|affiliated|aligned|inspired|leaning)\s+(?:the\s+)?(?:[\w-]+\s+)?$/i;
const linkedToNext = (text: string, m: ActorMention, all: ActorMention[]) => all.some((o) => o.id !== m.id && o.start > m.end && o.start - m.end < 30 && LINKED_AFTER.test(text.slice(m.end, o.start)));
// ("Explosion came a day after joint Turkish-Russian patrols began": the sides of what a report dates the act by)
const CAME_AFTER_BEFORE = /\b(?:came|comes|occurred|happened|took\s+place)\s+(?:(?:just|only|barely)\s+)?(?:(?:a|one|two|three|four|five|six|several|a\s+few|\d+)\s+)?(?:hours?|days?|weeks?|months?)\s+(?:after|before)\s+(?:[\w'’-]+[\s-]+){0,3}$/i;
/** A side in what the act is dated by, when that tells no act of its own ("came a day after ISIS seized the town" does). */
const datesActBy = (text: string, m: ActorMention) => CAME_AFTER_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)) && findTriggers(text.slice(m.end).split(/[.;\n]/)[0]!).length === 0;
// ("a school in Mansoura, 15 miles from the capital of Islamic State's so-called caliphate, was leveled": a side that holds
// the place a distance is told from is no side of the act)
const DISTANCE_FROM_BEFORE = /\b\d+(?:\.\d+)?\s*(?:miles|mi|km|kilometres|kilometers)\s+(?:\([^()]{0,20}\)\s+)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of|from|outside)\s+(?:the\s+)?(?:(?:de\s+facto\s+|self-declared\s+|so-called\s+)?(?:capital|stronghold|bastion)\s+of\s+(?:the\s+)?)?$/i;
// ("were killed while returning from a meeting in Daraa city with Louay Al-Ali, the regime's Military Security Branch
// leader": a side met with is no side of the act)
const MET_WITH_BEFORE = /\b(?:meeting|meetings|talks|met|negotiations)\s+(?:(?:in|at)\s+(?:[\w'’-]+\s+){1,3}?)?with\s+(?:[^,.;]{1,40},\s+)?(?:the\s+|an?\s+)?$/i;
// ("according to Hawar News Agency, an outlet affiliated with the Syrian Democratic Forces": a side named as an outlet's owner)
const OUTLET_OF_BEFORE = /\b(?:outlet|agency|media|website|channel|TV|television|newspaper|radio|network|mouthpiece|account)s?\s+(?:(?:affiliated|linked|aligned)\s+(?:with|to)|close\s+to|run\s+by|owned\s+by|loyal\s+to|of)\s+(?:the\s+)?$/i;
/** Whether a mention is a side's old or other name told right after the side's own mention. */
const oldNameOf = (text: string, m: ActorMention, all: ActorMention[]) => OLD_NAME_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) && all.some((o) => o.end <= m.start && m.start - o.end < 60);
/** Whether a sentence's actor mention (among `all` of the sentence's) may be a side of its acts. */
// (an acronym in brackets is what the name before it is: "an outlet affiliated with the Syrian Democratic Forces (SDF)")
const mayBeSide = (text: string, m: ActorMention, all: ActorMention[]): boolean => {
  const named = all.find((o) => o.id === m.id && o.end <= m.start && /^\s*\($/.test(text.slice(o.end, m.start)));
  return named ? mayBeSide(text, named, all) : mayBeSideAlone(text, m, all);
};
const mayBeSideAlone = (text: string, m: ActorMention, all: ActorMention[]): boolean => {
  const before = (chars: number) => text.slice(Math.max(0, m.start - chars), m.start);
  return (
    !FORMER_BEFORE.test(before(45)) &&
    !oldNameOf(text, m, all) &&
    !wornAsDisguise(text, m) &&
    !OUTLET_OF_BEFORE.test(before(40)) &&
    !MET_WITH_BEFORE.test(before(90)) &&
    !DISTANCE_FROM_BEFORE.test(before(70)) &&
    !datesActBy(text, m) &&
    !linkedToNext(text, m, all)
  );
};

export function extractEvents(doc: ArticleDoc, res: Resources, options: EventOptions = {}): ArticleEvent[] {
  const ctx: Context = { lastEvent: null, lastPair: null, pendingToll: null, lastPlace: null, lastCity: null, lastTown: null, lastProvince: null, towns: townsOf(doc), focus: focusPlace(doc), lastWide: null, lastOfKind: new Map(), lastAbroad: null, lastState: null, lastSubject: null, storyProvince: storyProvince(doc) };
  const drafts: EventDraft[] = [];
  for (const s of doc.sentences) {
    const inSentence: SentenceMentions = { actors: within(doc.mentions.actors, s).filter((m, _, all) => mayBeSide(doc.text, m, all)), places: within(doc.mentions.places, s), dates: within(doc.mentions.dates, s) };
    const actorsIn = inSentence.actors;
    // (the sentence's dead, counted once whether its own events or the event before take them)
    let counted: SentenceFatalities | undefined;
    const fatalitiesOf = () => (counted ??= s.index === 0 ? headlineAndLead(s.text) : findFatalities(s.text));
    let found = draftsForSentence(doc, s, ctx, res, inSentence, fatalitiesOf);
    // (a toll told alone, undated and with no side, after a record over a span: that span's toll, no event's)
    const previous = doc.sentences[s.index - 1];
    // ("so far this year ISIS has conducted at least 50 operations ... These attacks have killed 101 members of the Syrian
    // army": the acts a record counted, named back, with their sides)
    const spanToll = !!previous && (!actorsIn.some((m) => m.type !== 'civilians') || THESE_ACTS_OPEN.test(s.text)) && !inSentence.dates.length && found.every((d) => d.trigger.rule.kind === 'kill') && continuesTally(s.text, previous.text);
    if (spanToll) found = [];
    const lb = lookback(s, inSentence, found, drafts, ctx);
    const dayAct = found.length ? actOfNamedDay(s, found, drafts, lb) : null;
    if (dayAct) {
      attachFollowingFatalities(dayAct, s, fatalitiesOf(), actorsIn);
      found = [];
    }
    const toldAgain = foldToldAgain(s, inSentence, found, ctx, lb);
    if (toldAgain) found = [];
    claimResponsibility(s, actorsIn, drafts);
    aircraftNamedAfter(s, drafts, res);
    authorNamedAfter(s, actorsIn, drafts);
    // "WHO put the death toll at 70. The US said the deaths were caused by sarin dropped by
    // Syrian aircraft": a toll told first joins the event that points back at it
    const pending = ctx.pendingToll;
    if (pending && found.length && s.index - pending.sentence.index <= 2 && (AMONG_THE_DEAD.test(s.text) || (!found.some((d) => d.fatalities) && (TOLL_REFERRED.test(s.text) || lb.refersBack)))) {
      attachFollowingFatalities(found[0]!, pending.sentence, pending.fat, pending.actors);
      ctx.pendingToll = null;
    }
    if (found.length) {
      drafts.push(...found);
      remember(ctx, found);
    } else if (spanToll || dayAct) {
      // no event's, and no later event's either; or the named day's act's, taken above
    } else if (!lb.near && HARMED.test(s.text)) {
      const fat = fatalitiesOf();
      if (fat.total && !fat.tally) ctx.pendingToll = { sentence: s, fat, actors: actorsIn };
    } else if (lb.near && ctx.lastEvent && !tellsOtherActs(s.text)) {
      tollForRecentEvent(doc, s, inSentence, drafts, ctx, lb, fatalitiesOf());
    }
    // (an act told again as the subject is where it was told first: "Thursday's attack involved shells that fell in Dakhaniyeh, adjacent
    // to Jaramana. No details were given on how the six children were killed": the next sentences are of that act's place)
    const scene = toldAgain && lb.subjectBack && ctx.lastEvent?.location ? ctx.lastEvent.location : sceneOf(doc, s, inSentence, ctx);
    if (scene) ctx.lastPlace = { mention: scene, sentence: s.index };
    const state = actorsIn.findLast((m) => isStateSide(m.type));
    if (state) ctx.lastState = { mention: state, sentence: s.index };
    const opener = actorsIn[0];
    if (opener && opener.type !== 'civilians' && opener.type !== 'protesters' && SUBJECT_OPENS.test(doc.text.slice(s.start, opener.start))) ctx.lastSubject = { mention: opener, sentence: s.index };
    const abroad = actedAbroad(s, found, ctx);
    if (abroad) ctx.lastAbroad = { draft: abroad, sentence: s.index };
    const told = inSentence.places.filter((p) => !standsForOther(doc, p));
    const city = told.findLast((p) => isCity(doc.text, p) || calledCityNext(doc.text, p, inSentence.places, s));
    if (city) ctx.lastCity = { mention: city, sentence: s.index };
    const town = told.findLast((p) => isTown(doc.text, p, ctx.towns));
    if (town) ctx.lastTown = { mention: town, sentence: s.index };
    const province = inSentence.places.findLast((p) => p.place.feature === 'admin1');
    if (province) ctx.lastProvince = { mention: province, sentence: s.index };
  }

  // Sources and denials are read over each event's evidence.
  const denials = doc.sentences.filter((s) => DENIAL.test(s.text));
  for (const d of drafts) {
    d.sources = findSources(doc, d.evidence);
    if (d.sources.length) d.explain.sources = 'source.attribution';
    const placeName = d.location?.text.toLowerCase();
    d.contested = denials.some((s) => d.evidence.includes(s) || (!!placeName && s.text.toLowerCase().includes(placeName)));
    if (d.contested) d.explain.contested = 'contested.denial';
  }

  // (history is left out before the merge: "Afrin ... was taken over by Turkey ... in 2018" does not take the day's
  // clash at Afrin with it)
  const merged = withoutRecalled(doc, dedupeEvents(drafts.filter((d) => !isBackground(doc, d))));
  inferOpponents(merged);
  for (const d of merged) {
    // (the record's author may be another report's after a merge: only a state's forces fight the unnamed)
    if (d.actor2 || !d.unnamedTarget || !d.actor1 || !isStateSide(d.actor1.info.type)) continue;
    d.actor2 = d.unnamedTarget;
    d.explain.actor2 = 'role.unnamed-target';
  }
  return merged.map((d, i) => toEvent(doc, d, i, options));
}

/**
 * "Russia ... intensified its air raids", "the hospital had been destroyed by
 * airstrikes from the US-led coalition": a strike or a battle with one side
 * named is fought against the side's enemy in the story's other reports of
 * the same town or province, the one met most often. A backer fights its
 * client's enemy.
 */
function inferOpponents(events: EventDraft[]): void {
  for (const e of events) {
    if (e.actor2 || !e.actor1 || (e.event_type !== 'Battles' && e.event_type !== 'Explosions/Remote violence')) continue;
    const self = e.actor1.info;
    const tally = new Map<string, { pick: ActorPick; n: number; first: number }>();
    events.forEach((o, i) => {
      if (o === e || !o.actor1 || !o.actor2) return;
      // (the other side's associates are enemies too: "air strikes by Russian and Syrian government aircraft")
      const sides: [ActorPick[], ActorPick[]][] = [
        [[o.actor1, ...o.assoc1], [o.actor2, ...o.assoc2]],
        [[o.actor2, ...o.assoc2], [o.actor1, ...o.assoc1]],
      ];
      // Only where the same war is fought: the same town or province
      const samePlace = o.location?.place.name === e.location?.place.name;
      const sameProvince = !!o.location?.place.admin1 && o.location.place.admin1 === e.location?.place.admin1;
      if (!samePlace && !sameProvince) return;
      for (const [side, enemies] of sides) {
        if (!side.some((a) => a.info.id === self.id)) continue;
        // ("The US launched a cruise missile attack on a Syrian air base": a foreign power that struck the side from the
        // air or from afar is no ground the side's own acts are aimed at; not the target of its chemical attack)
        const struckFromAfar = o.event_type === 'Explosions/Remote violence' && enemies.includes(o.actor1);
        for (const enemy of enemies) {
          if (!isArmedType(enemy.info.type) || enemy.info.id === self.id) continue;
          if (struckFromAfar && enemy.info.type === 'external-force') continue;
          const t = tally.get(enemy.info.id) ?? { pick: enemy, n: 0, first: i };
          t.n += samePlace ? 2 : 1;
          tally.set(enemy.info.id, t);
        }
      }
    });
    const best = [...tally.values()].sort((a, b) => b.n - a.n || a.first - b.first)[0];
    if (best) {
      e.actor2 = best.pick;
      e.explain.actor2 = 'role.story-opponent';
    }
  }
}

/**
 * History the article recalls ("IS overran large swathes of Syria in 2014")
 * is not the news it reports: an event dated by its own words more than two
 * months before publication is left out.
 */
function isBackground(doc: ArticleDoc, d: EventDraft): boolean {
  const published = doc.meta.published;
  // A date from the sentence or carried from the story's context (not the publication day)
  if (d.dateStrength < 1 || d.explain.date === 'date.publication' || !d.date.end) return false;
  // Undated article: news is told by the day; a year or a month is history ("in 2014", "in May 2015").
  if (!published) return d.date.precision === 'year' || d.date.precision === 'month';
  return Date.parse(published) - Date.parse(d.date.end) > 60 * MS_PER_DAY;
}

/** How old an event may be and still be the week's news. */
const NEWS_WEEK_DAYS = 7;

/**
 * "A similar bombing in the same square on July 25 killed seven", "the offensive
 * launched on September 22": in a report of the last days' events, an event the
 * article dates more than a week before publication is recalled as background.
 * Its own report (or the coder's database) holds it; here it would count twice.
 * An article whose events are all older (a follow-up, an investigation) keeps them.
 */
function withoutRecalled(doc: ArticleDoc, events: EventDraft[]): EventDraft[] {
  const published = doc.meta.published ? Date.parse(doc.meta.published) : NaN;
  if (Number.isNaN(published)) return events;
  const ageOf = (d: EventDraft) => (d.date.start ? (published - Date.parse(d.date.start)) / MS_PER_DAY : null);
  const news = events.some((d) => {
    const age = ageOf(d);
    return age !== null && age <= 2;
  });
  if (!news) return events;
  return events.filter((d) => {
    const age = ageOf(d);
    return age === null || d.date.precision === 'unknown' || d.explain.date === 'date.publication' || age <= NEWS_WEEK_DAYS;
  });
}

function actorRef(a: ActorPick | null) {
  return a ? { id: a.info.id, name: a.info.name, type: a.info.type, group: a.info.group, mention: a.mention } : null;
}
function assocRef(a: ActorPick) {
  return { id: a.info.id, name: a.info.name, type: a.info.type, mention: a.mention };
}

function geoPrecision(p: PlaceMention): 1 | 2 | 3 {
  return p.geoPrecision;
}

function confidence(d: EventDraft): number {
  let c = 0.3;
  if (d.actor1) c += 0.15;
  if (d.actor2) c += 0.1;
  if (d.location) c += d.explain.location?.startsWith('location.context') || d.explain.location === 'location.article-focus' ? 0.05 : 0.12;
  if (d.location && d.location.geoPrecision === 1) c += 0.05;
  if (d.dateStrength === 2) c += 0.08;
  if (d.sources.length) c += 0.05;
  c += Math.min(d.evidence.length - 1, 3) * 0.05;
  if (d.trigger.rule.kind === 'kill' || d.trigger.rule.kind === 'clash') c -= 0.05;
  if (d.contested) c -= 0.1;
  return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100;
}

function toEvent(doc: ArticleDoc, d: EventDraft, i: number, options: EventOptions): ArticleEvent {
  const loc = d.location;
  const event: ArticleEvent = {
    event_id: `${doc.id}-${String(i + 1).padStart(3, '0')}`,
    event_type: d.event_type as ArticleEvent['event_type'],
    sub_event_type: d.sub_event_type,
    date: { start: d.date.start, end: d.date.end, precision: d.date.precision, text: d.date.text },
    actor1: actorRef(d.actor1),
    actor2: actorRef(d.actor2),
    assoc_actor1: d.assoc1.map(assocRef),
    assoc_actor2: d.assoc2.map(assocRef),
    location: loc
      ? {
          name: loc.place.name,
          mention: loc.text,
          feature: loc.place.feature,
          admin1: loc.place.admin1,
          country: loc.place.country,
          country_code: loc.place.country_code,
          lat: loc.place.lat,
          lon: loc.place.lon,
          geonames_id: loc.place.geonames_id,
          geo_precision: geoPrecision(loc),
        }
      : null,
    fatalities: d.fatalities
      ? {
          best: d.fatalities.best,
          low: d.fatalities.low,
          high: d.fatalities.high,
          details: d.fatalities.details.map((x) => ({ count: x.count, qualifier: x.qualifier, actor_id: x.actor_id, text: x.text })),
        }
      : null,
    sources: d.sources,
    contested: d.contested,
    evidence: [...d.evidence].sort((a, b) => a.start - b.start).map((s) => ({ text: s.text, start: s.start, end: s.end })),
    confidence: confidence(d),
  };
  if (options.explain) event.explain = d.explain;
  return event;
}
