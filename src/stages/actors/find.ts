// Finders: each scans the cleaned text with one compiled matcher and may
// over-generate. Overlaps, backers, the home government and anaphora are
// settled afterwards by the refiners in refine.ts.
import { COUNTRY, type CompiledActors } from './lexicon.js';
import { execNotInWord, foldPhrase } from './phrases.js';

export type CandidateKind = 'actor' | 'blocker' | 'anaphor';

export interface Candidate {
  kind: CandidateKind;
  start: number;
  end: number;
  /** Actor id (or "@home-government") for actors; the role for anaphors. */
  target: string;
  rule: string;
  backers: string[];
  priority: number;
}

/** Dictionary aliases: "Islamic State group", "Daesh", "SDF fighters". */
export function findAliasCandidates(text: string, c: CompiledActors): Candidate[] {
  return c.aliases.findAll(text).map((h) => ({
    kind: 'actor',
    start: h.start,
    end: h.end,
    target: h.value.id,
    rule: h.value.rule,
    backers: [],
    priority: 0,
  }));
}

/** "<Demonym> [modifier] <head>": "Russian warplanes", "Iraqi army", "Syrian and Russian air strikes". */
export function findDemonymCandidates(text: string, c: CompiledActors): Candidate[] {
  const out: Candidate[] = [];
  if (c.countryRe) {
    c.countryRe.lastIndex = 0;
    for (let m = execNotInWord(c.countryRe, text); m; m = execNotInWord(c.countryRe, text)) {
      const actor = c.demonyms.get(foldPhrase(m.groups!.list!, true));
      if (actor) out.push({ kind: 'actor', start: m.index, end: m.index + m[0].length, target: actor, rule: 'actor.demonym.country-forces', backers: [], priority: 0 });
    }
  }
  if (!c.demonymRe || !c.demonymWordRe) return out;
  const re = c.demonymRe;
  re.lastIndex = 0;
  for (let m = execNotInWord(re, text); m; m = execNotInWord(re, text)) {
    const list = m.groups!.list!;
    const words: { start: number; end: number; actor: string }[] = [];
    const one = c.demonymWordRe;
    one.lastIndex = 0;
    for (let w = execNotInWord(one, list); w; w = execNotInWord(one, list)) {
      const actor = c.demonyms.get(foldPhrase(w[0], true));
      if (actor) words.push({ start: m.index + w.index, end: m.index + w.index + w[0].length, actor });
    }
    words.forEach((w, i) => {
      const last = i === words.length - 1;
      out.push({
        kind: 'actor',
        start: w.start,
        end: last ? m!.index + m![0].length : w.end,
        target: w.actor,
        rule: words.length > 1 ? 'actor.demonym.coordinated' : 'actor.demonym.forces',
        backers: [],
        priority: 0,
      });
    });
  }
  return out;
}

/** Context rules written as patterns: "US-backed Syrian fighters" is the SDF. */
export function findRuleCandidates(text: string, c: CompiledActors): Candidate[] {
  const out: Candidate[] = [];
  for (const r of c.rules) {
    r.re.lastIndex = 0;
    for (let m = execNotInWord(r.re, text); m; m = execNotInWord(r.re, text)) {
      if (m[0].length === 0) {
        r.re.lastIndex++;
        continue;
      }
      const target = r.actor === COUNTRY ? c.demonyms.get(foldPhrase(m[0].replace(/^the\s+/i, ''), true)) : r.actor;
      if (target) out.push({ kind: 'actor', start: m.index, end: m.index + m[0].length, target, rule: r.id, backers: r.backers, priority: r.priority });
    }
  }
  return out;
}

/** Phrases that look like actors but are not: "Syrian Observatory", "Syrian television". */
export function findBlockerCandidates(text: string, c: CompiledActors): Candidate[] {
  const out: Candidate[] = c.blockers.findAll(text).map((h) => ({
    kind: 'blocker' as const,
    start: h.start,
    end: h.end,
    target: '',
    rule: h.value,
    backers: [],
    priority: 0,
  }));
  for (const b of c.blockerPatterns) {
    b.re.lastIndex = 0;
    for (let m = execNotInWord(b.re, text); m; m = execNotInWord(b.re, text)) {
      if (m[0].length === 0) {
        b.re.lastIndex++;
        continue;
      }
      out.push({ kind: 'blocker', start: m.index, end: m.index + m[0].length, target: '', rule: b.id, backers: [], priority: 0 });
    }
  }
  return out;
}

/** The force words two sides may share when a sentence coordinates them: "between regime and Kurdish forces". */
const SHARED_HEAD = /\s(?:forces|troops|fighters|militias|militiamen|soldiers|units|militants)$/i;
/** One word (or hyphenated compound) and the "and" that joins it to the next side's words. */
const WORD_AND_BEFORE = /(?<![\p{L}\p{N}'’-])([\p{L}][\p{L}'’-]*)\s+(?:and|or)\s+$/u;

/**
 * "Clashes between regime and Kurdish forces", "clashes between pro-regime and opposition forces": the
 * first side's word shares the second side's force word. The word is a side when the two make a known
 * one ("regime forces", "pro-regime forces"); its mention is the word alone, so that offsets hold.
 */
export function findSharedHeadCandidates(text: string, c: CompiledActors, found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const f of found) {
    if (f.kind !== 'actor') continue;
    const phrase = text.slice(f.start, f.end);
    const head = SHARED_HEAD.exec(phrase);
    if (!head || head.index === 0) continue;
    const before = WORD_AND_BEFORE.exec(text.slice(Math.max(0, f.start - 40), f.start));
    if (!before) continue;
    const wordEnd = f.start - (before[0].length - before[1]!.length);
    const wordStart = wordEnd - before[1]!.length;
    if (found.some((o) => o.start < wordEnd && o.end > wordStart)) continue;
    const joined = `${before[1]}${head[0]}`;
    const whole = (x: Candidate) => x.kind === 'actor' && x.start === 0 && x.end === joined.length;
    const side = [...findAliasCandidates(joined, c), ...findDemonymCandidates(joined, c), ...findRuleCandidates(joined, c)].find(whole);
    if (side) out.push({ ...side, start: wordStart, end: wordEnd, rule: 'actor.shared-head', backers: [] });
  }
  return out;
}

/** "the jihadists", "the group": resolved later to the last actor named in that role. */
export function findAnaphorCandidates(text: string, c: CompiledActors): Candidate[] {
  return c.anaphors.findAll(text).map((h) => ({
    kind: 'anaphor',
    start: h.start,
    end: h.end,
    target: h.value.role,
    rule: h.value.id,
    backers: [],
    // Named mentions win over an anaphor that overlaps them, unless the anaphor holds a name it is not.
    priority: h.value.overrides ? 1 : -1,
  }));
}
