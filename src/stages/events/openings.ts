// The letters a pattern's match must open with, read off the pattern itself:
// "air ?strikes?" opens with "air st" or "airstr", "(?:jets|warplanes) hit"
// with "jets h" or "warpla". A sentence in which no word opens so cannot
// match the pattern, and most sentences hold no trigger: testing a word's
// first letters is cheaper than running the pattern over the sentence.
//
// The reading is conservative: a lookaround or an anchor is taken as always
// true; an opening ends where the pattern may take too many characters (a
// "\w", a ".", a "\s", a negated class, a letter outside ASCII, whose case
// has more than one form); a pattern that may open so has no openings (null),
// which means "test it always".

type Node =
  | { t: 'chars'; set: string[] | null }
  | { t: 'empty' }
  | { t: 'alt'; alts: Node[][] }
  | { t: 'rep'; node: Node; min: number; max: number };

const DIGITS = [...'0123456789'];
const WIDE = null;
/** A class wider than this is read as "any letter". */
const MAX_RANGE = 64;

class Parser {
  i = 0;
  readonly src: string;
  constructor(src: string) {
    this.src = src;
  }

  alternation(): Node {
    const alts = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return { t: 'alt', alts };
  }

  sequence(): Node[] {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') items.push(this.quantified(this.atom()));
    return items;
  }

  quantified(node: Node): Node {
    const c = this.src[this.i];
    let min: number, max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return node;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return node;
    this.i++;
    if (this.src[this.i] === '?') this.i++;
    return this.quantified({ t: 'rep', node, min, max });
  }

  atom(): Node {
    const c = this.src[this.i++]!;
    if (c === '(') return this.group();
    if (c === '[') return this.cls();
    if (c === '\\') return this.escape(false);
    if (c === '.') return { t: 'chars', set: WIDE };
    if (c === '^' || c === '$') return { t: 'empty' };
    return { t: 'chars', set: [c] };
  }

  group(): Node {
    let lookaround = false;
    if (this.src[this.i] === '?') {
      const rest = this.src.slice(this.i);
      if (rest.startsWith('?:')) this.i += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) [this.i, lookaround] = [this.i + 2, true];
      else if (rest.startsWith('?<=') || rest.startsWith('?<!')) [this.i, lookaround] = [this.i + 3, true];
      else if (rest.startsWith('?<')) this.i = this.src.indexOf('>', this.i) + 1;
      else throw new Error(`unsupported group at ${this.i} in ${this.src}`);
    }
    const inner = this.alternation();
    if (this.src[this.i++] !== ')') throw new Error(`unclosed group in ${this.src}`);
    // A lookaround only narrows what matches: taken as always true
    return lookaround ? { t: 'empty' } : inner;
  }

  /** One escape; inside a class "\b" is a backspace. */
  escape(inClass: boolean): Node {
    const c = this.src[this.i++]!;
    if (c === 'b' && inClass) return { t: 'chars', set: ['\b'] };
    if (c === 'b' || c === 'B') return { t: 'empty' };
    if (c === 'd') return { t: 'chars', set: DIGITS };
    if ('wWsSD'.includes(c) || /[1-9k]/.test(c)) return { t: 'chars', set: WIDE };
    if (c === 'u' || c === 'x' || c === 'c' || c === 'p' || c === 'P') return { t: 'chars', set: WIDE };
    const control: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };
    return { t: 'chars', set: [control[c] ?? c] };
  }

  cls(): Node {
    let negated = false;
    if (this.src[this.i] === '^') [negated, this.i] = [true, this.i + 1];
    let set: string[] | null = [];
    const add = (xs: string[] | null) => {
      set = set && xs ? [...set, ...xs] : null;
    };
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      const lo = this.classAtom();
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && lo.length === 1) {
        this.i++;
        const hi = this.classAtom();
        if (hi.length !== 1) add(WIDE);
        else {
          const [a, b] = [lo[0]!.charCodeAt(0), hi[0]!.charCodeAt(0)];
          add(b - a >= MAX_RANGE ? WIDE : Array.from({ length: b - a + 1 }, (_, k) => String.fromCharCode(a + k)));
        }
      } else add(lo.length === 1 || lo === DIGITS ? lo : WIDE);
    }
    if (this.src[this.i++] !== ']') throw new Error(`unclosed class in ${this.src}`);
    return { t: 'chars', set: negated || set === null ? WIDE : [...new Set(set as string[])] };
  }

  /** One member of a class: a character, or the set an escape stands for (empty: too wide). */
  classAtom(): string[] {
    const c = this.src[this.i++]!;
    if (c !== '\\') return [c];
    const node = this.escape(true);
    return node.t === 'chars' && node.set ? node.set : [];
  }
}

const isAsciiWordChar = (c: string) => /^[A-Za-z0-9_]$/.test(c);

/**
 * The strings, lower-cased, one of which a case-insensitive match of
 * `pattern` opens with: each the pattern's letters read up to `longest`
 * characters, or up to where it may take too many letters or ends. Null
 * when one is shorter than `shortest`, when they cannot all be named, or when
 * one opens with no word character (a "\b" before the pattern then finds no
 * word start there).
 */
export function openingsOf(pattern: string, shortest: number, longest: number, limit = 2000): Set<string> | null {
  const parser = new Parser(pattern);
  const root = parser.alternation();
  if (parser.i !== pattern.length) throw new Error(`unbalanced ")" in ${pattern}`);
  const out = new Set<string>();
  let steps = 0;
  // (a depth bound ends a loop over what may match nothing: "(?:a?)*")
  const walk = (items: Node[], acc: string, depth: number): boolean => {
    if (++steps > 200_000 || depth > 200 || out.size > limit) return false;
    if (acc.length === longest || items.length === 0) {
      out.add(acc);
      return true;
    }
    const [head, ...rest] = items as [Node, ...Node[]];
    switch (head.t) {
      case 'empty':
        return walk(rest, acc, depth + 1);
      case 'alt':
        return head.alts.every((alt) => walk([...alt, ...rest], acc, depth + 1));
      case 'rep': {
        const again: Node = { t: 'rep', node: head.node, min: Math.max(0, head.min - 1), max: head.max - 1 };
        if (head.min > 0) return walk([head.node, again, ...rest], acc, depth + 1);
        return walk(rest, acc, depth + 1) && (head.max <= 0 || walk([head.node, again, ...rest], acc, depth + 1));
      }
      case 'chars':
        if (!head.set || head.set.some((c) => c.charCodeAt(0) >= 128)) {
          out.add(acc);
          return true;
        }
        return head.set.every((c) => walk(rest, acc + c.toLowerCase(), depth + 1));
    }
  };
  if (!walk([root], '', 0)) return null;
  for (const s of out) if (s.length < shortest || !isAsciiWordChar(s[0]!)) return null;
  return out;
}
