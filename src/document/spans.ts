// Finding the mentions inside a span (a sentence) without scanning the whole
// article's mentions once per sentence: an article of 15,000 sentences and
// as many mentions would otherwise cost 15,000 x 15,000 comparisons.

interface StartIndex {
  /** Positions in the array, ordered by start (then position). */
  order: number[];
  starts: number[];
  /** The array's length when indexed: a longer array is indexed again. */
  length: number;
}

// Mention arrays are built by a stage and never changed after: each is indexed
// once, on first use, and forgotten with it.
const indexes = new WeakMap<readonly { start: number }[], StartIndex>();

function indexOf(items: readonly { start: number }[]): StartIndex {
  let index = indexes.get(items);
  if (!index || index.length !== items.length) {
    const order = items.map((_, i) => i).sort((a, b) => items[a]!.start - items[b]!.start || a - b);
    index = { order, starts: order.map((i) => items[i]!.start), length: items.length };
    indexes.set(items, index);
  }
  return index;
}

/**
 * The items that lie wholly inside [span.start, span.end], in their order in
 * `items`: the same as `items.filter((m) => m.start >= span.start && m.end <= span.end)`.
 */
export function spansWithin<T extends { start: number; end: number }>(items: readonly T[], span: { start: number; end: number }): T[] {
  if (items.length < 16) return items.filter((m) => m.start >= span.start && m.end <= span.end);
  const { order, starts } = indexOf(items);
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < span.start) lo = mid + 1;
    else hi = mid;
  }
  const found: number[] = [];
  for (let k = lo; k < starts.length && starts[k]! <= span.end; k++) {
    if (items[order[k]!]!.end <= span.end) found.push(order[k]!);
  }
  found.sort((a, b) => a - b);
  return found.map((i) => items[i]!);
}
