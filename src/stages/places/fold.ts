// Matching keys for place names. Arabic names reach English news in many
// romanisations ("Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr", "Deir al-Zour"):
// two keys per name let the gazetteer find them all.
//
//   exactKey  "Deir ez-Zor" -> "deir ez zor"   case, accents, apostrophes, hyphens
//   foldKey   "Deir ez-Zor" -> "darzur"        also articles, doubled letters, vowels
import { detached } from '../../document/detach.js';

/** Words split on anything but letters and in-word apostrophes ("Mar'a", "A'zaz"). */
const WORD = /[\p{L}\p{M}]+(?:['’‘ʼʿʾ`][\p{L}\p{M}]+)*/gu;
const APOSTROPHES = /['’‘ʼʿʾ`´]/g;

/** Arabic definite articles as separate words: "al-Raqqa", "Deir ez-Zor", "As Suwayda". */
export const ARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'ad', 'ed', 'ar', 'er', 'as', 'es', 'ash', 'esh', 'at', 'et', 'az', 'ez', 'an', 'en',
  'adh', 'ath', 'ul', 'il',
]);

export function stripMarks(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').replace(/[ʿʾ]/g, "'");
}

export function splitWords(s: string): string[] {
  return stripMarks(s).match(WORD) ?? [];
}

/** Lower case, no accents, no apostrophes, words joined by one space. */
export function exactKey(s: string): string {
  // Most names are plain ASCII words: skip the Unicode work.
  if (/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(s)) return s.toLowerCase();
  return splitWords(s)
    .map((w) => w.toLowerCase().replace(APOSTROPHES, ''))
    .join(' ');
}

/**
 * One word folded: "Ezzor" -> "zur", "Raqqah" -> "raka", "Mayadeen" -> "mayadan",
 * "Dayr" and "Deir" -> "dar", "Idleb" and "Idlib" -> "adlab".
 */
const foldCache = new Map<string, string>();

export function foldWord(word: string): string {
  let f = foldCache.get(word);
  if (f === undefined) {
    f = foldWordUncached(word);
    if (foldCache.size < 20_000) foldCache.set(detached(word), f);
  }
  return f;
}

/** A word that may open with a fused sun-letter article ("Ezzor", "Arraqqa") or with a doubled letter of its own ("Attiyeh"). */
export const FUSED_ARTICLE = /^[ae]([tdrzsnl])\1/i;

/**
 * A word folded as if its opening were its own letters, not a fused article: "Attiyeh" -> "ataya", as
 * "Atiyah" folds (foldWord gives "taya").
 */
export function foldWordUnfused(word: string): string {
  return foldWordUncached(word, false);
}

function foldWordUncached(word: string, fused = true): string {
  let w = stripMarks(word).toLowerCase().replace(APOSTROPHES, '');
  // A fused sun-letter article: "Ezzor", "Azzour", "Arraqqa".
  if (fused && w.length >= 5) w = w.replace(FUSED_ARTICLE, '$1');
  w = w
    .replace(/q/g, 'k')
    .replace(/gh/g, 'g') // Shughur ~ Shugour
    .replace(/ph/g, 'f')
    .replace(/(?<=...)y$/, 'i') // Qamishly ~ Qamishli
    .replace(/([aeiou])h$/, '$1') // Raqqah, Hasakah, Fallujah
    .replace(/aw(?![aeiouy])/g, 'u') // Zawr ~ Zor
    .replace(/([aeiou])y(?![aeiou])/g, '$1') // Dayr ~ Deir, Ayn ~ Ain
    .replace(/(?<=.)[aei]+/g, 'a') // Idleb ~ Idlib, Menbij ~ Manbij
    .replace(/(?<=.)[ou]+/g, 'u') // Tadmor ~ Tadmur, Zour ~ Zor
    .replace(/^[aei](?=[^aeiou])/, 'a')
    .replace(/^[ou]/, 'u')
    .replace(/(.)\1+/g, '$1') // Raqqa ~ Raqa
    .replace(/^ka?fa?r$/, 'kafr'); // Kfar ~ Kafr ~ Kafar ~ Kefr
  return w;
}

/** The folded key of a name: folded words without articles, run together. */
export function foldKey(s: string): string {
  const words = splitWords(s);
  const kept = words.length > 1 ? words.filter((w) => !ARTICLES.has(w.toLowerCase())) : words;
  return kept.map(foldWord).join('');
}

/** Folded key of words already split (the scanner's tokens). */
export function foldWords(words: readonly string[]): string {
  const kept = words.length > 1 ? words.filter((w) => !ARTICLES.has(w.toLowerCase())) : words;
  return kept.map(foldWord).join('');
}
