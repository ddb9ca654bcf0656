// Refiners, in the order findActorMentions runs them:
//   1. resolveOverlaps      one policy: higher priority, then longer match, then earlier offset
//   2. dropBlocked          blockers ("Syrian Observatory") only ever consume text
//   3. resolveHomeGovernment "government forces" is the government of the country the article is about
//   4. resolveHomeNamesakes "Kurdish forces" in an article about Iraq are the Peshmerga, not the SDF
//   5. attachBackers        "Russian-backed Syrian regime forces": the mention grows, russia becomes a backer
//   6. resolveAnaphora      "the jihadists" -> the last actor named in that role
import type { ActorInfo, ActorMention, PlaceMention } from '../../document/model.js';
import type { Candidate } from './find.js';
import { HOME_GOVERNMENT, type ActorLexicon } from './lexicon.js';
import { countNotInWord, foldPhrase } from './phrases.js';

export function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const order = [...candidates].sort(
    (a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  // Characters already claimed: linear in the text, whatever the number of candidates.
  const end = candidates.reduce((m, c) => Math.max(m, c.end), 0);
  const claimed = new Uint8Array(end);
  const taken: Candidate[] = [];
  for (const c of order) {
    if (claimed.subarray(c.start, c.end).includes(1)) continue;
    claimed.fill(1, c.start, c.end);
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

export function dropBlocked(candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => c.kind !== 'blocker');
}

/** "The Syrian Coalition called ... The Coalition said": a bare name that means another body the article names is no mention of the actor. */
export function dropNamesakes(candidates: Candidate[], text: string, lex: ActorLexicon): Candidate[] {
  let out = candidates;
  for (const n of lex.compiled.namesakes) {
    if (!out.some((c) => c.target === n.actor) || !n.when.test(text) || n.unless.test(text)) continue;
    out = out.filter((c) => c.kind !== 'actor' || c.target !== n.actor || !n.mentions.has(foldPhrase(text.slice(c.start, c.end))));
  }
  return out;
}

/** The actor whose country words ("Iraq", "Iraqi", "Baghdad") the article uses most; the first listed wins ties; null when none. */
export function homeGovernment(text: string, lex: ActorLexicon, places: PlaceMention[] = []): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const h of lex.compiled.homeGovernments) {
    // "Government forces enter Raqqa province": Raqqa is in Syria.
    const inCountry = places.filter((p) => p.place.country_code && h.countryCodes.includes(p.place.country_code)).length;
    const count = (h.re ? countNotInWord(h.re, text) : 0) + inCountry;
    if (count > bestCount) {
      best = h.actor;
      bestCount = count;
    }
  }
  // An article that names no country of ours says nothing about whose government it means.
  return best;
}

/** The article's home government, worked out the first time a refiner asks for it and not again. */
export function homeGovernmentOnce(text: string, lex: ActorLexicon, places: PlaceMention[] = []): () => string | null {
  let home: string | null | undefined;
  return () => (home === undefined ? (home = homeGovernment(text, lex, places)) : home);
}

export function resolveHomeGovernment(candidates: Candidate[], text: string, lex: ActorLexicon, homeOf: () => string | null): Candidate[] {
  if (!candidates.some((c) => c.target === HOME_GOVERNMENT)) return candidates;
  const home = homeOf();
  return candidates.flatMap((c) => {
    if (c.target !== HOME_GOVERNMENT) return [c];
    return home && !ownedByOther(text, c, lex, home) ? [{ ...c, target: home }] : [];
  });
}

/** "Kurdish forces" in an article about Iraq are the Peshmerga: a phrase that names another side where the article's home government is another's. */
export function resolveHomeNamesakes(candidates: Candidate[], text: string, lex: ActorLexicon, homeOf: () => string | null): Candidate[] {
  const rules = lex.compiled.homeNamesakes;
  if (!rules.length) return candidates;
  return candidates.map((c) => {
    if (c.kind !== 'actor') return c;
    const words = foldPhrase(text.slice(c.start, c.end));
    const rule = rules.find((n) => n.mentions.has(words));
    return rule && homeOf() === rule.home ? { ...c, target: rule.actor, rule: `${c.rule}+${rule.id}` } : c;
  });
}

// ("Jordanian warplanes struck targets in southern Syria after a shoot-out between its security forces and drug
// smugglers": "its" forces are those of the state the sentence named before them, not the article's country's)
const POSSESSIVE_BEFORE = /\b(?:its|their)\s+$/i;
function ownedByOther(text: string, c: Candidate, lex: ActorLexicon, home: string | null): boolean {
  const re = lex.compiled.demonymWordRe;
  if (!re || !POSSESSIVE_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start))) return false;
  const from = Math.max(0, text.lastIndexOf('.', c.start) + 1, c.start - 160);
  for (const m of text.slice(from, c.start).matchAll(new RegExp(re.source, re.flags))) {
    const owner = lex.compiled.demonyms.get(foldPhrase(m[0], true));
    if (owner && owner !== home) return true;
  }
  return false;
}

export function attachBackers(candidates: Candidate[], text: string, lex: ActorLexicon): Candidate[] {
  const re = lex.compiled.backerRe;
  if (!re) return candidates;
  return candidates.map((c, i) => {
    if (c.kind !== 'actor') return c;
    const from = Math.max(0, c.start - 40, i > 0 ? candidates[i - 1]!.end : 0);
    const m = re.exec(text.slice(from, c.start));
    if (!m) return c;
    const backer = lex.compiled.backers.get(foldPhrase(m.groups!.w!));
    if (!backer || backer === c.target || c.backers.includes(backer)) return c;
    return { ...c, start: from + m.index, backers: [...c.backers, backer], rule: `${c.rule}+actor.backer.prefix` };
  });
}

const SPEAKS_AFTER = /^\s+(?:said|says|added|reported|told|stated|announced)\b/i;
const BODY_BEFORE = /\b(?:Observatory|Organi[sz]ation|watchdog|monitor|agency|Amnesty|Human\s+Rights\s+Watch|Commission|Committee)\b/;

// ("the terrorists of the so-called Liwaa al-Islam and Jaish al-Islam": the words after the anaphor name whom it means)
const NAMED_AFTER_ANAPHOR = /^\s+(?:of|from|belonging\s+to)\s+(?:the\s+)?(?:so-called\s+)?["“]?$/i;

/** The role of "our forces", "our units": the forces of the side whose statement the words are. */
export const SPEAKER_ROLE = 'speaker';
const SPEAKS_AFTER_NAME = /^\s*(?:\([^()]{1,12}\)\s*)?(?:['’]s\s+)?(?:media\s+(?:center|centre|office)|general\s+command|statement|spokes(?:man|woman|person)|said|says|announced|stated|added|told|claimed|reported)\b/i;
const SPEAKS_BEFORE_NAME = /\b(?:said\s+the|according\s+to\s+(?:a\s+statement\s+(?:by|from)\s+)?(?:the\s+)?|(?:a\s+)?statement\s+(?:by|from)\s+(?:the\s+)?)$/i;
/** ("... between our forces and the terrorist attackers erupted ..., said the SDF statement"): the speaking side named nearest. */
function speakerNear(candidates: Candidate[], i: number, text: string): string | null {
  const at = candidates[i]!.start;
  let best: Candidate | null = null;
  for (const c of candidates) {
    if (c.kind !== 'actor' || Math.abs(c.start - at) > 400) continue;
    const speaks = SPEAKS_AFTER_NAME.test(text.slice(c.end, c.end + 40)) || SPEAKS_BEFORE_NAME.test(text.slice(Math.max(0, c.start - 40), c.start));
    if (speaks && (!best || Math.abs(c.start - at) < Math.abs(best.start - at))) best = c;
  }
  return best?.target ?? null;
}

export function resolveAnaphora(candidates: Candidate[], text: string, lex: ActorLexicon): Candidate[] {
  const lastByRole = new Map<string, string>();
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.kind === 'anaphor') {
      const next = candidates[i + 1];
      if (next && next.kind === 'actor' && NAMED_AFTER_ANAPHOR.test(text.slice(c.end, next.start))) continue;
      // ("The Organization for the Prohibition of Chemical Weapons is seriously concerned ... the group said": the body
      // that speaks, named just before, not the armed group named earlier)
      if (c.target === 'group' && SPEAKS_AFTER.test(text.slice(c.end, c.end + 20)) && BODY_BEFORE.test(text.slice(Math.max(0, c.start - 400), c.start))) continue;
      const id = c.target === SPEAKER_ROLE ? speakerNear(candidates, i, text) : lastByRole.get(c.target);
      if (id) out.push({ ...c, target: id });
      continue;
    }
    out.push(c);
    for (const role of lex.entry(c.target)?.roles ?? []) lastByRole.set(role, c.target);
  }
  return out;
}

export function toMentions(candidates: Candidate[], text: string, lex: ActorLexicon): ActorMention[] {
  const info = (id: string): ActorInfo | undefined => lex.get(id);
  const out: ActorMention[] = [];
  for (const c of candidates) {
    const actor = info(c.target);
    if (!actor) continue;
    // Written out rather than spread: the same keys in the same order, built
    // without the generic copy of an object's properties.
    out.push({
      id: actor.id,
      name: actor.name,
      type: actor.type,
      group: actor.group,
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      rule: c.rule,
      backers: c.backers.flatMap((b) => info(b) ?? []),
      anaphor: c.kind === 'anaphor',
    });
  }
  return out;
}
