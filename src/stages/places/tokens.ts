// The words and numbers of a text as the place scanner reads them: the
// matches of TOKEN_PATTERN, found by character codes. A regex run per word
// (some thousand per article) cost more than the whole scan of the text.

/** What `forEachToken` finds: a run of letters and marks, with apostrophes inside it; or a number with its separators. */
export const TOKEN_PATTERN = /[\p{L}\p{M}]+(?:['’‘ʼ][\p{L}\p{M}]+)*|\d+(?:[.,]\d+)*/gu;

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
// Per BMP code beyond ASCII: 0 not yet asked, 1 a letter or mark, 2 neither.
const bmpClass = new Uint8Array(0x10000);

function isLetterOrMark(code: number): boolean {
  if (code < 0x80) return ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  if (code > 0xffff) return LETTER_OR_MARK.test(String.fromCodePoint(code));
  let k = bmpClass[code]!;
  if (k === 0) bmpClass[code] = k = LETTER_OR_MARK.test(String.fromCharCode(code)) ? 1 : 2;
  return k === 1;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isApostrophe = (code: number) => code === 0x27 || code === 0x2019 || code === 0x2018 || code === 0x2bc;

/** The code point at `i` (a lone surrogate is its own code, as the u flag reads it). */
function codeAt(text: string, i: number): number {
  return text.codePointAt(i)!;
}

const width = (code: number) => (code > 0xffff ? 2 : 1);

/** The end of the run of letters and marks that starts at `i`. */
function lettersEnd(text: string, i: number): number {
  while (i < text.length) {
    const c = codeAt(text, i);
    if (!isLetterOrMark(c)) break;
    i += width(c);
  }
  return i;
}

function digitsEnd(text: string, i: number): number {
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** Calls `token(start, end)` for every match of TOKEN_PATTERN in `text`, left to right. */
export function forEachToken(text: string, token: (start: number, end: number) => void): void {
  let i = 0;
  while (i < text.length) {
    const c = codeAt(text, i);
    if (isLetterOrMark(c)) {
      const start = i;
      i = lettersEnd(text, i);
      // "Mar'a", "A’zaz": an apostrophe between letters stays inside the word
      while (i + 1 < text.length && isApostrophe(text.charCodeAt(i)) && isLetterOrMark(codeAt(text, i + 1))) i = lettersEnd(text, i + 1);
      token(start, i);
    } else if (isDigit(c)) {
      const start = i;
      i = digitsEnd(text, i);
      while (i + 1 < text.length && (text.charCodeAt(i) === 0x2e || text.charCodeAt(i) === 0x2c) && isDigit(text.charCodeAt(i + 1))) i = digitsEnd(text, i + 1);
      token(start, i);
    } else i += width(c);
  }
}
