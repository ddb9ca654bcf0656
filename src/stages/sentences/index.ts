// Sentence splitting tuned for news text: paragraphs never share a sentence;
// abbreviations ("Gen.", "U.S."), initials ("J. Smith"), decimals ("2.5") and
// closing quotes ('... the city," he said.') are handled. A "sentence" longer
// than MAX_SENTENCE_CHARS (a page pasted without punctuation) is cut into
// pieces of at most that length, so that no later stage ever works on more.
import raw from '../../data/abbreviations.json' with { type: 'json' };
import type { ArticleDoc, Sentence } from '../../document/model.js';

const ABBREVIATIONS = new Set(raw.abbreviations);

/**
 * The longest sentence any stage is given, in UTF-16 code units. The longest
 * sentence in the development articles is 838 characters; every stage's work
 * per sentence (compromise, chrono, the event rules) grows faster than its
 * length, so one 1 MB line without a full stop must not be one sentence.
 */
export const MAX_SENTENCE_CHARS = 1000;

// A candidate boundary: terminal punctuation, optional closing quotes or
// brackets, white space, then something that can open a sentence. The
// look-behind starts a run of punctuation only at its first mark: a run that
// cannot end a sentence is tried once, not once per mark ("......x").
const BOUNDARY = /((?<![.!?…])[.!?…]+|\((?:[^()]{0,40}\b(?:Agencies|AFP|Reuters|AP|Getty Images|File photo|Photo|SANA|Anadolu)\b[^()]{0,20})\))(["'”’)\]]*)(\s+)(?=["'“‘(\[]?[\p{Lu}\d])/gu;

/** Longer words are never abbreviations: only this much before a period is looked at. */
const WORD_WINDOW = 64;

function isAbbreviation(text: string, from: number, at: number): boolean {
  const before = text.slice(Math.max(from, at - WORD_WINDOW), at);
  const word = /(\S+)$/.exec(before)?.[1] ?? '';
  if (word.length === before.length && at - from > WORD_WINDOW) return false;
  const bare = word.replace(/^["'“‘(\[]+/, '').toLowerCase();
  if (ABBREVIATIONS.has(bare)) return true;
  // Initials and dotted acronyms: "J", "U.S", "a.m"
  if (/^\p{L}$/u.test(bare) || /^(\p{L}\.)+\p{L}$/u.test(bare)) return true;
  return false;
}

/** Splits one paragraph (no newlines) into [start, end) ranges relative to it. */
export function splitParagraph(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const punct = m[1];
    const endOfSentence = m.index + punct.length + m[2].length;
    if (punct === '.' && !m[2] && isAbbreviation(text, start, m.index)) continue;
    // A photo credit ends a caption run into the story: "... (TRT World and Agencies) A bomb killed six"
    if (punct.startsWith('(') && m.index === start) continue;
    out.push([start, endOfSentence]);
    start = endOfSentence + m[3].length;
  }
  if (start < text.length) out.push([start, text.length]);
  return out.filter(([a, b]) => text.slice(a, b).trim().length > 0);
}

// Where an over-long sentence is best cut: after a clause break ("...;",
// "...,", before " – ") in the second half of the piece, else at the last white
// space, else anywhere.
const CLAUSE_BREAK = /[;,:](?=\s)|\s(?=[–—-]\s)/g;

/**
 * Cuts [start, end) of `text` (no white space at either end) into pieces of at
 * most MAX_SENTENCE_CHARS, again without white space at either end. A range
 * that is short enough is returned as it is.
 */
export function boundPiece(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  while (end - start > MAX_SENTENCE_CHARS) {
    const limit = start + MAX_SENTENCE_CHARS;
    const window = text.slice(start, limit + 1); // one more: white space right after the piece is a clean cut
    let cut = -1;
    CLAUSE_BREAK.lastIndex = MAX_SENTENCE_CHARS / 2;
    for (let m = CLAUSE_BREAK.exec(window); m && m.index + m[0].length <= MAX_SENTENCE_CHARS; m = CLAUSE_BREAK.exec(window)) {
      cut = start + m.index + m[0].length;
    }
    if (cut < 0) {
      const space = window.search(/\s\S*$/);
      cut = space > 0 ? start + space : limit;
      // Never between the two halves of a surrogate pair.
      if (cut === limit && /[\uD800-\uDBFF]/.test(text[cut - 1])) cut--;
    }
    const piece = text.slice(start, cut).trimEnd();
    if (piece) out.push([start, start + piece.length]);
    start = cut;
    while (start < end && /\s/.test(text[start])) start++;
  }
  if (start < end) out.push([start, end]);
  return out;
}

export function splitSentences(doc: ArticleDoc): Sentence[] {
  const sentences: Sentence[] = [];
  let offset = 0;
  let paragraph = -1;
  const titleLine = doc.text.indexOf('\n') < 0 ? doc.text : doc.text.slice(0, doc.text.indexOf('\n'));
  for (const line of doc.text.split('\n')) {
    if (!line.trim()) {
      offset += line.length + 1;
      continue;
    }
    paragraph++;
    for (const [a, b] of splitParagraph(line)) {
      const lead = line.slice(a, b).length - line.slice(a, b).trimStart().length;
      const start = offset + a + lead;
      const end = offset + b - (line.slice(a, b).length - line.slice(a, b).trimEnd().length);
      for (const [s, e] of boundPiece(doc.text, start, end)) {
        sentences.push({
          index: sentences.length,
          start: s,
          end: e,
          text: doc.text.slice(s, e),
          paragraph,
          headline: offset === 0 && line === titleLine && titleLine.length < 200,
        });
      }
    }
    offset += line.length + 1;
  }
  return sentences;
}
