// Organisations that are not armed actors: monitors, media, international
// bodies, ministries. Found from the dictionary, from capitalised phrases
// ending in an organisation word ("Syrian Computer Society", "Defense
// Department", "Office of Foreign Assets Control") and from acronyms an
// article defines ("... Control (OFAC)"). Armed actors, places, persons and
// headline fragments are not organisations ("Isis capital", "Syrian army's").
import type { ArticleDoc, OrgEntity, OrgMention, PlaceMention } from '../../document/model.js';
import type { ActorLexicon } from '../actors/index.js';
import { execNotInWord, foldPhrase, notAfter } from '../actors/phrases.js';
import { isNonPersonWord } from '../persons/names.js';
import { loadOrgLexicon, type OrgLexicon } from './lexicon.js';

export interface OrgCandidate {
  start: number;
  end: number;
  text: string;
  /** Dictionary id, or null for a phrase found by its shape. */
  id: string | null;
  name: string;
  rule: string;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Finder: dictionary aliases ("SOHR", "Syrian Observatory", "Jane's 360"). */
export function findOrgAliases(text: string, lex: OrgLexicon): OrgCandidate[] {
  return lex.aliases.findAll(text).map((h) => ({
    start: h.start,
    end: h.end,
    text: h.text,
    id: h.value.id,
    name: h.value.name,
    rule: `org.alias.${h.value.id}`,
  }));
}

// Words a capitalised phrase sweeps in before the name: "According to", a rank before a role ("Mark C. Toner, Deputy
// Department Spokesperson"), a person's role ("Director of Daraa
// National Hospital"), a title-case headline's verb or quantifier ("Airstrikes Kill 35 & Destroy Hospital", "Kill 32 Most School Students"),
// and the preposition after such a word ("Many in Iraq's National Symphony Orchestra")
const LEADING_NOISE = /^(?:(?:\S+-based|The|the|A|An|In|On|At|By|For|From|With|And|But|Of|To|in|on|at|by|for|from|with|and|of|to|As|After|Before|While|Under|According|Meanwhile|However|Both|This|That|These|Those|Its|Their|His|Her|Our|Some|Many|Several|Most|Near|Inside|Outside|Against|Into|Over|(?:Director|Head|Chief|Spokesman|Spokeswoman|Member|Members|Chairman)\s+(?:of|for|at)|Deputy|Assistant|Acting|(?:Kill|Destroy|Hit|Target|Bomb|Strike|Attack|Shell|Storm|Capture|Seize)s?)\s+)+/u;

function trimPhrase(text: string, start: number): { text: string; start: number } | null {
  const lead = LEADING_NOISE.exec(text);
  let t = text;
  let s = start;
  if (lead) {
    t = t.slice(lead[0].length);
    s += lead[0].length;
  }
  t = t.replace(/['’]s?$/u, '');
  return t.includes(' ') ? { text: t, start: s } : null;
}

/** Finder: capitalised phrases ending in a head word, or a head word with an "of" phrase. */
export function findOrgPhrases(text: string, lex: OrgLexicon): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (const [re, rule, gate] of [
    [lex.ofRe, 'org.shape.head-of', lex.ofHead],
    [lex.headRe, 'org.shape.head', null],
  ] as const) {
    if (gate && !gate.test(text)) continue;
    re.lastIndex = 0;
    for (let m = execNotInWord(re, text); m; m = execNotInWord(re, text)) {
      const t = trimPhrase(m[0], m.index);
      if (!t) continue;
      for (const part of splitAtInnerHead(t, lex)) out.push({ start: part.start, end: part.start + part.text.length, text: part.text, id: null, name: part.text, rule });
    }
  }
  return out;
}

/**
 * "the Artillery College Arms College and the Western parts": two names whose comma the page lost, split
 * after a head word that a capitalised word follows, when each part keeps two words or more.
 */
function splitAtInnerHead(t: { text: string; start: number }, lex: OrgLexicon): { text: string; start: number }[] {
  const words = [...t.text.matchAll(/\S+/g)];
  for (let i = 1; i < words.length - 2; i++) {
    if (!lex.heads.has(words[i]![0]) || !/^\p{Lu}/u.test(words[i + 1]![0])) continue;
    const cut = words[i + 1]!.index!;
    return [{ text: t.text.slice(0, words[i]!.index! + words[i]![0].length), start: t.start }, ...splitAtInnerHead({ text: t.text.slice(cut), start: t.start + cut }, lex)];
  }
  return [t];
}

// "members of the Al bu Nimr tribe", "the Al-Karabla clan": tribes are organisations of their own in Iraq and Syria.
// Searched with `execNotInWord`: not inside a word (the lookbehind here is only its ASCII part).
const TRIBE = /(?<![A-Za-z0-9_])(?:(?:Al|al|Albu|Al-Bu|Beni|Bani)[-\s]+)?(?:(?:bu|Bu)\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+(?:tribe|clan|tribal\s+confederation|Tribe|Clan)(?![\p{L}\p{N}_])/gu;

/** A tribe named only by its people or its size: "Syrian tribe", "a powerful Sunni clan". */
const PEOPLE_ONLY = /^(?:(?:Syrian|Iraqi|Arab|Kurdish|Sunni|Shia|Shiite|Turkmen|Bedouin|Yazidi|Christian|Druze|Alawite|Local|Large|Major|Powerful|Prominent|Big)\s+)+(?:tribe|clan|tribal\s+confederation|Tribe|Clan)$/u;

/** Every TRIBE match has one of these words: without them (most articles) the text is not searched. */
const TRIBE_WORD = /tribe|clan|tribal|Tribe|Clan/;

/** Finder: tribes and clans named as such. */
export function findTribes(text: string): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  if (!TRIBE_WORD.test(text)) return out;
  TRIBE.lastIndex = 0;
  for (let m = execNotInWord(TRIBE, text); m; m = execNotInWord(TRIBE, text)) {
    const t = trimPhrase(m[0], m.index);
    // ("ISIL kills 700 people from Syrian tribe": a people's name is no tribe's)
    if (t && !PEOPLE_ONLY.test(t.text)) out.push({ start: t.start, end: t.start + t.text.length, text: t.text, id: null, name: t.text, rule: 'org.shape.tribe' });
  }
  return out;
}

/** Finder: "Office of Foreign Assets Control (OFAC)" makes "OFAC" a name of that organisation. */
export function findDefinedAcronyms(text: string, found: OrgCandidate[]): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (const c of found) {
    const m = /^\s*\((\p{Lu}[\p{Lu}\p{N}&.-]{1,9})\)/u.exec(text.slice(c.end, c.end + 14));
    if (!m) continue;
    const acronym = m[1]!;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${acronym.replace(/[.&-]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (let a = re.exec(text); a; a = re.exec(text)) {
      out.push({ start: a.index, end: a.index + acronym.length, text: acronym, id: c.id, name: c.name, rule: 'org.acronym.defined' });
    }
  }
  return out;
}

/** Refiner: one policy for overlaps, dictionary first, then longer, then earlier. */
export function resolveOrgOverlaps(candidates: OrgCandidate[]): OrgCandidate[] {
  const order = [...candidates].sort(
    (a, b) => Number(b.id !== null) - Number(a.id !== null) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const claimed = new Uint8Array(candidates.reduce((m, c) => Math.max(m, c.end), 0));
  const taken: OrgCandidate[] = [];
  for (const c of order) {
    if (claimed.subarray(c.start, c.end).includes(1)) continue;
    claimed.fill(1, c.start, c.end);
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Refiner: armed actors, places, persons, and phrases made only of place or group words are not organisations. */
export function dropNonOrganizations(doc: ArticleDoc, candidates: OrgCandidate[], lex: OrgLexicon): OrgCandidate[] {
  const actors = doc.mentions.actors.filter((a) => !a.anaphor);
  const persons = doc.mentions.persons.flatMap((p) => p.mentions);
  const banned = lex.notOrganizations.findAll(doc.text);
  return candidates.filter((c) => {
    if (banned.some((b) => overlaps(b, c))) return false;
    // "the Syrian army's advance": the army is an actor, never an organisation.
    if (actors.some((a) => overlaps(a, c) && (c.id === null || (a.end - a.start >= c.end - c.start)))) return false;
    if (c.id !== null) return true;
    if (persons.some((p) => overlaps(p, c))) return false;
    if (doc.mentions.places.some((p) => p.start <= c.start && p.end >= c.end)) return false;
    if (c.rule === 'org.acronym.defined' || c.rule === 'org.shape.tribe') return true;
    // "3rd Battalion, 321st Field Artillery Regiment": ordinals count as name words.
    const words = c.text.split(/\s+/).filter((w) => /^(?:\p{Lu}|\d+(?:st|nd|rd|th)$)/u.test(w));
    // A head word after place words alone ("Syria Group") is too weak; at least one other name word is needed.
    return words.length >= 2 && !words.slice(0, -1).every((w) => isNonPersonWord(w) && /^(?:North|South|East|West|Northern|Southern|Eastern|Western)$/.test(w));
  });
}

const NOT_AFTER_LETTER = notAfter('(?<![\\p{L}])');
// "the monitor said", "the war monitor added": after a monitor is named, these refer back to it.
// Searched with `execNotInWord`: not after a letter (the lookbehind here is only its ASCII part).
const MONITOR_ANAPHOR = /(?<![A-Za-z])(?:the|The)\s+(?:war\s+|UK-based\s+|Britain-based\s+|British-based\s+)?(?:monitor|monitoring\s+group)(?![\p{L}])/gu;

/** Refiner: "the monitor" as a mention of the last monitor named before it. */
export function resolveMonitorAnaphora(text: string, candidates: OrgCandidate[], lex: OrgLexicon): OrgCandidate[] {
  const monitors = candidates.filter((c) => c.id && lex.byId.get(c.id)?.kind === 'monitor');
  if (!monitors.length) return candidates;
  const out = [...candidates];
  MONITOR_ANAPHOR.lastIndex = 0;
  for (let m = execNotInWord(MONITOR_ANAPHOR, text, NOT_AFTER_LETTER); m; m = execNotInWord(MONITOR_ANAPHOR, text, NOT_AFTER_LETTER)) {
    const start = m.index;
    const end = start + m[0].length;
    if (candidates.some((c) => c.start < end && start < c.end)) continue;
    const last = monitors.filter((c) => c.end <= start).pop();
    if (last) out.push({ start, end, text: m[0], id: last.id, name: last.name, rule: 'org.anaphor.monitor' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Refiner: mentions of one organisation become one entity (dictionary id, else folded name). */
export function groupOrganizations(candidates: OrgCandidate[]): OrgEntity[] {
  const groups = new Map<string, { name: string; mentions: OrgMention[] }>();
  for (const c of candidates) {
    const key = c.id ?? foldPhrase(c.name.replace(/^the\s+/i, ''));
    const g = groups.get(key) ?? { name: c.name, mentions: [] };
    g.mentions.push({ start: c.start, end: c.end, text: c.text, rule: c.rule });
    groups.set(key, g);
  }
  return [...groups.values()];
}

export function findOrganizations(doc: ArticleDoc, _lex: ActorLexicon): OrgEntity[] {
  const lex = loadOrgLexicon();
  const text = doc.text;
  let candidates = [...findOrgAliases(text, lex), ...findOrgPhrases(text, lex), ...findTribes(text)];
  candidates = resolveOrgOverlaps(candidates);
  candidates = resolveOrgOverlaps([...candidates, ...findDefinedAcronyms(text, candidates)]);
  candidates = dropNonOrganizations(doc, candidates, lex);
  candidates = resolveMonitorAnaphora(text, candidates, lex);
  return groupOrganizations(withStates(candidates, doc.mentions.states));
}

/**
 * The countries the article names acting as states are organisations, under
 * their gazetteer name ("U.S." and "the United States" are one), unless a
 * longer organisation's name holds them ("the Government of Iran").
 */
export function withStates(candidates: OrgCandidate[], states: PlaceMention[]): OrgCandidate[] {
  const free = states.filter((s) => !candidates.some((c) => c.start < s.end && c.end > s.start));
  if (free.length === 0) return candidates;
  const added = free.map((s) => ({ start: s.start, end: s.end, text: s.text, id: `state:${s.place.country_code ?? s.place.name}`, name: s.place.name, rule: 'org.state' }));
  return [...candidates, ...added].sort((a, b) => a.start - b.start);
}
