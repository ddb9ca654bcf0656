// Sentence splitting tuned for news text: paragraphs never share a sentence;
// abbreviations ("Gen.", "U.S."), initials ("J. Smith"), decimals ("2.5") and
// closing quotes ('... the city," he said.') are handled.
import raw from '../../data/abbreviations.json' with { type: 'json' };
import type { ArticleDoc, Sentence } from '../../document/model.js';

const ABBREVIATIONS = new Set(raw.abbreviations);

// A candidate boundary: terminal punctuation, optional closing quotes or
// brackets, white space, then something that can open a sentence.
const BOUNDARY = /([.!?…]+|\((?:[^()]{0,40}\b(?:Agencies|AFP|Reuters|AP|Getty Images|File photo|Photo|SANA|Anadolu)\b[^()]{0,20})\))(["'”’)\]]*)(\s+)(?=["'“‘(\[]?[\p{Lu}\d])/gu;

function isAbbreviation(before: string): boolean {
  const word = /(\S+)$/.exec(before)?.[1] ?? '';
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
    if (punct === '.' && !m[2] && isAbbreviation(text.slice(start, m.index))) continue;
    // A photo credit ends a caption run into the story: "... (TRT World and Agencies) A bomb killed six"
    if (punct.startsWith('(') && m.index === start) continue;
    out.push([start, endOfSentence]);
    start = endOfSentence + m[3].length;
  }
  if (start < text.length) out.push([start, text.length]);
  return out.filter(([a, b]) => text.slice(a, b).trim().length > 0);
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
      sentences.push({
        index: sentences.length,
        start,
        end,
        text: doc.text.slice(start, end),
        paragraph,
        headline: offset === 0 && line === titleLine && titleLine.length < 200,
      });
    }
    offset += line.length + 1;
  }
  return sentences;
}
