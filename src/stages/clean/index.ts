// Cleaning: drop page furniture (markers as data) and repeated paragraphs,
// keeping a map from every offset of the cleaned text back to the input.
import { BOILERPLATE, type BoilerplateMarkers, type CompiledTagListRule, type CompiledTeaserRule } from '../../data/boilerplate.js';
import { normaliseNewlines } from '../../io/decode.js';

export const NO_TEXT = 'no article text (empty or only boilerplate): no records';

export interface SourceLine {
  /** The line as in the input, untrimmed. */
  text: string;
  rawStart: number;
  /** Rule id that removed the line, or null when kept. */
  removedBy: string | null;
  /** Where an inline tail rule cut the line: the kept text ends here. */
  cutAt?: number;
}

export interface CleanedText {
  raw: string;
  text: string;
  segments: { start: number; end: number; rawStart: number }[];
  lines: SourceLine[];
  warnings: string[];
}

// "... edge of Palmyra (Reuters)" repeats the caption line above it with a credit
const TRAILING_CREDIT = /\s*[([][^()[\]]{1,40}[)\]]\s*$/;

/** A trailing credit ends in a bracket: other lines need not be searched for one (most lines). */
function mayEndInCredit(line: string): boolean {
  const last = line.trimEnd().at(-1);
  return last === ')' || last === ']';
}

// Whitespace that folding changes: a run of two, or a space that is not " ".
const UNEVEN_SPACE = /\s\s|[^\S ]/;

/** Folds a line for duplicate detection: case, spacing, quotes, a trailing photo credit. */
function duplicateKey(line: string): string {
  const folded = line.toLowerCase().replace(/[‘’ʼ`]/g, "'").replace(/[“”]/g, '"');
  const uncredited = mayEndInCredit(folded) ? folded.replace(TRAILING_CREDIT, '') : folded;
  // Most lines have single spaces only: collapsing their runs would copy them unchanged.
  return (UNEVEN_SPACE.test(uncredited) ? uncredited.replace(/\s+/g, ' ') : uncredited).trim();
}

/**
 * False when `t` (trimmed) cannot be a run of words printed twice: a doubled
 * line has its last word just before its first one, where the halves meet.
 * Saves splitting every paragraph into words; linear in the line, as the
 * split is.
 */
function mayBeDoubled(t: string): boolean {
  const firstEnd = t.search(/\s/);
  if (firstEnd < 0) return false;
  const first = t.slice(0, firstEnd);
  const last = t.slice(wordStart(t, t.length));
  // An occurrence of the first word holds no space, so no word starts inside it.
  for (let i = t.indexOf(first, firstEnd); i >= 0; i = t.indexOf(first, i + first.length)) {
    const j = spaceStart(t, i);
    if (j < i && wordStart(t, j) === j - last.length && t.startsWith(last, j - last.length)) return true;
  }
  return false;
}

/** What \s matches, by character code: a regex per character would cost what the split does. */
function isSpaceCode(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Where the run of whitespace that ends at `i` starts. */
function spaceStart(t: string, i: number): number {
  while (i > 0 && isSpaceCode(t.charCodeAt(i - 1))) i--;
  return i;
}

/** Where the word that ends at `i` starts. */
function wordStart(t: string, i: number): number {
  while (i > 0 && !isSpaceCode(t.charCodeAt(i - 1))) i--;
  return i;
}

/** "Syria forces retake Palmyra Syria forces retake Palmyra": a caption printed twice on one line. */
function collapseDoubledLine(line: string): string {
  const t = line.trim();
  if (!mayBeDoubled(t)) return t;
  const words = t.split(/\s+/);
  if (words.length >= 4 && words.length % 2 === 0) {
    const half = words.length / 2;
    const a = words.slice(0, half).join(' ');
    if (a === words.slice(half).join(' ')) return a;
  }
  return t;
}

/** The earliest inline tail in a line, when text comes before it. */
function firstInlineTail(line: string, markers: BoilerplateMarkers): { id: string; at: number } | null {
  let best: { id: string; at: number } | null = null;
  for (const r of markers.inlineTail) {
    const m = r.re.exec(line);
    if (m && line.slice(0, m.index).trim() && (!best || m.index < best.at)) best = { id: r.id, at: m.index };
  }
  return best;
}

/**
 * "... in Madaya. Tags Madaya Syria hunger siege women Hizbollah Three women from the besieged
 * town ... were killed": the keyword list before the lead, from its marker to the lead's first word.
 */
export function findTagList(line: string, rule: CompiledTagListRule): { from: number; to: number } | null {
  const m = rule.marker.exec(line);
  if (!m) return null;
  const from = m.index + (/^\s/.test(m[0]) ? 1 : 0);
  const after = m.index + m[0].length;
  const words = [...line.slice(after).matchAll(/\S+/g)].slice(0, 40);
  const firstFunction = words.findIndex((w) => rule.functionWord.test(w[0]));
  if (firstFunction < 1) return null;
  const firstVerb = words.findIndex((w) => rule.verb.test(w[0]));
  let lead = -1;
  for (let i = 1; i <= Math.max(firstFunction, firstVerb); i++) {
    if (rule.opener.test(words[i]![0])) {
      lead = i;
      break;
    }
  }
  if (lead < 0) for (let i = firstFunction - 1; i >= 1; i--) if (/^\p{Lu}/u.test(words[i]![0])) {
    lead = i;
    break;
  }
  return lead < 1 ? null : { from, to: after + words[lead]!.index! };
}

/** A capitalised word of a title: "Forces", "US-Led", "ez-Zor" (a lower-case article joined to a name), a number. */
const TITLE_WORD = /^["“‘']?(?:\p{Lu}|\d|\p{Ll}{1,3}-\p{Lu})/u;
const CAPITALISED = /^["“‘']?(?:\p{Lu}|\p{Ll}{1,3}-\p{Lu})/u;
/** How far before the first word in lower case the next sentence's opener may stand. */
const OPENER_REACH = 4;
/** Fewer capitalised words than this after the photographer's name are no story's title. */
const TEASER_MIN_WORDS = 4;

/**
 * "... Konashenkov said. AP Photo Hassan Ammar Libyas Security Forces Reportedly Find Burial Sites of
 * Over 20 Executed Christians According to Konashenkov Russian military intelligence ...": the credit,
 * the photographer's two names and the title-case link after them, up to the next sentence.
 */
export function findTeasers(line: string, rule: CompiledTeaserRule): { from: number; to: number }[] {
  const found: { from: number; to: number }[] = [];
  rule.credit.lastIndex = 0;
  for (let m = rule.credit.exec(line); m; m = rule.credit.exec(line)) {
    const from = m.index + (/^\s/.test(m[0]) ? 1 : 0);
    const after = m.index + m[0].length;
    const words = [...line.slice(after, after + 400).matchAll(/\S+/g)].slice(0, 40);
    if (words.length < 3 || !CAPITALISED.test(words[0]![0]) || !CAPITALISED.test(words[1]![0])) continue;
    const lower = words.findIndex((w, i) => i >= 2 && !TITLE_WORD.test(w[0]) && !rule.smallWord.test(w[0]));
    if (lower < 3) continue;
    let next = -1;
    for (let i = Math.max(2, lower - OPENER_REACH); i < lower && next < 0; i++) if (rule.opener.test(words[i]![0].replace(/^["“‘']/, ''))) next = i;
    if (next < 0) for (let i = lower - 1; i >= 2 && next < 0; i--) if (CAPITALISED.test(words[i]![0])) next = i;
    if (words.slice(2, next).filter((w) => CAPITALISED.test(w[0])).length < TEASER_MIN_WORDS) continue;
    found.push({ from, to: after + words[next]!.index! });
    rule.credit.lastIndex = after + words[next]!.index!;
  }
  return found;
}

export function cleanText(input: string, markers: BoilerplateMarkers = BOILERPLATE): CleanedText {
  const raw = normaliseNewlines(input).replace(/^\uFEFF/, '');
  const lines: SourceLine[] = [];
  let pos = 0;
  for (const text of raw.split('\n')) {
    // A tag list or a linked title splits its line: the text before it, the furniture, the text after it
    const tags = markers.tagLists.map((r) => ({ id: r.id, at: findTagList(text, r) })).find((t) => t.at);
    const cuts = tags?.at ? [{ id: tags.id, ...tags.at }] : [];
    for (const r of markers.teasers) for (const at of findTeasers(text, r)) cuts.push({ id: r.id, ...at });
    cuts.sort((a, b) => a.from - b.from);
    let kept = 0;
    for (const c of cuts) {
      if (c.from < kept) continue;
      if (text.slice(kept, c.from).trim()) lines.push({ text: text.slice(kept, c.from), rawStart: pos + kept, removedBy: null });
      lines.push({ text: text.slice(c.from, c.to), rawStart: pos + c.from, removedBy: c.id });
      kept = c.to;
    }
    lines.push({ text: text.slice(kept), rawStart: pos + kept, removedBy: null });
    pos += text.length + 1;
  }

  // Pass 1: markers.
  let tailFrom = lines.length;
  for (let i = 0; i < lines.length && i < tailFrom; i++) {
    const t = lines[i].text.trim();
    if (!t) continue;
    const tail = markers.tail.find((r) => r.re.test(t));
    const inline = tail ? null : firstInlineTail(lines[i].text, markers);
    if (inline) {
      lines[i].cutAt = inline.at;
      for (let j = i + 1; j < lines.length; j++) lines[j].removedBy ??= inline.id;
      tailFrom = i + 1;
      break;
    }
    if (tail) {
      for (let j = i; j < lines.length; j++) lines[j].removedBy ??= tail.id;
      tailFrom = i;
      break;
    }
    const block = markers.block.find((r) => r.start.test(t));
    if (block) {
      let end = -1;
      for (let j = i; j < Math.min(lines.length, i + block.maxLines + 1); j++) {
        if (block.end.test(lines[j].text.trim())) {
          end = j;
          break;
        }
      }
      if (end >= 0) {
        for (let j = i; j <= end; j++) lines[j].removedBy = block.id;
        i = end;
        continue;
      }
    }
    const rule = markers.line.find((r) => r.re.test(t));
    if (rule) lines[i].removedBy = rule.id;
  }

  // "News World Backed by Russia, Syria forces retake..." followed by the same
  // headline without the section breadcrumb: keep the clean one.
  const firstTwo = lines.filter((l) => !l.removedBy && l.text.trim()).slice(0, 2);
  if (firstTwo.length === 2) {
    const [a, b] = firstTwo.map((l) => l.text.trim());
    const prefix = a.slice(0, a.length - b.length).trim();
    if (a.length > b.length && a.endsWith(b) && /^(\p{Lu}\p{L}*\s?){1,4}$/u.test(prefix)) firstTwo[0].removedBy = 'clean.duplicate.breadcrumb-headline';
  }

  // Pass 2: repeated paragraphs (headline repeated, captions printed twice).
  const seen = new Set<string>();
  for (const line of lines) {
    if (line.removedBy || !line.text.trim()) continue;
    const key = duplicateKey(collapseDoubledLine(line.text));
    if (key.length >= 12 && seen.has(key)) line.removedBy = 'clean.duplicate.paragraph';
    else seen.add(key);
  }

  // Assemble: kept lines, one blank line between paragraphs at most.
  let text = '';
  const segments: CleanedText['segments'] = [];
  let pendingBlank = false;
  for (const line of lines) {
    if (line.removedBy) continue;
    const trimmedStart = line.text.length - line.text.trimStart().length;
    // trimmed, as collapseDoubledLine returns every line
    const body = collapseDoubledLine(line.cutAt === undefined ? line.text : line.text.slice(0, line.cutAt));
    if (!body) {
      pendingBlank = text.length > 0;
      continue;
    }
    if (text.length) text += pendingBlank ? '\n\n' : '\n';
    pendingBlank = false;
    segments.push({ start: text.length, end: text.length + body.length, rawStart: line.rawStart + trimmedStart });
    text += body;
  }
  const warnings = text.trim() ? [] : [NO_TEXT];
  return { raw, text, segments, lines, warnings };
}

/** Maps an offset of the cleaned text back to the decoded input. */
export function toRawOffset(segments: CleanedText['segments'], offset: number): number {
  for (const s of segments) if (offset >= s.start && offset <= s.end) return s.rawStart + (offset - s.start);
  return -1;
}
