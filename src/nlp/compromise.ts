// The one adapter for compromise: the only file that imports it. Its lexicon
// is global, so it is extended once, here, at module load.
import nlp from 'compromise';
import personData from '../stages/persons/lexicon.json' with { type: 'json' };

// Arabic given names that compromise does not know: "Rabea al-Sharq told The New Arab".
const extraNames: Record<string, string> = {};
for (const name of [...personData.givenNames, ...personData.givenNamesWithTitleOnly]) {
  if (!name.includes(' ')) extraNames[name.toLowerCase()] = 'FirstName';
}
nlp.addWords(extraNames);

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * Person names compromise finds in one piece of text, with offsets into that
 * text. Costly (tens of ms per article): callers pass only sentences that
 * hold a candidate name.
 */
export function findPeople(text: string): TextSpan[] {
  const found = nlp(text).people().json({ offset: true }) as { offset: { start: number; length: number } }[];
  const out: TextSpan[] = [];
  for (const p of found) {
    let start = p.offset.start;
    let end = start + p.offset.length;
    // compromise keeps trailing punctuation ("Omar Abu Layla,").
    while (end > start && /[\s,.;:!?"'’)\]]/.test(text[end - 1]!)) end--;
    while (start < end && /[\s"'‘(\[]/.test(text[start]!)) start++;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}

const firstNameCache = new Map<string, boolean>();

/** Whether compromise knows the word as a first name ("Dominic", "Ellen"); cached, one word at a time. */
export function isFirstName(word: string): boolean {
  let known = firstNameCache.get(word);
  if (known === undefined) {
    known = nlp(word).has('#FirstName');
    if (firstNameCache.size < 10000) firstNameCache.set(word, known);
  }
  return known;
}
