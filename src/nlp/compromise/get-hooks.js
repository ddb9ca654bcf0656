// Stands in for compromise's src/1-one/sweep/methods/sweep/01-getHooks.js in
// the bundle dist/compromise.cjs (scripts/build.mjs). For each sentence, the
// match rules that one of its words or tags may start: the same rules in the
// same order as compromise's own function, which reads every key of the
// post-tagger's net (some thousands) for every sentence, where this one reads
// the sentence's few dozen words and tags and puts them in the net's order.
//
// The net is built once and never changed after (buildNet): the order of its
// keys is remembered with it.
const keyOrder = new WeakMap();

const getHooks = function (docCaches, hooks) {
  let order = keyOrder.get(hooks);
  if (!order) {
    order = new Map(Object.keys(hooks).map((k, i) => [k, i]));
    keyOrder.set(hooks, order);
  }
  return docCaches.map((set) => {
    const keys = [];
    for (const k of set) if (order.has(k)) keys.push(k);
    keys.sort((a, b) => order.get(a) - order.get(b));
    // The first rule of each match text, as compromise keeps it (its object of
    // match texts was half of this function's time; so was copying the list
    // once per key).
    const maybe = [];
    const already = new Set();
    for (const k of keys) {
      for (const m of hooks[k]) {
        const match = String(m.match);
        if (already.has(match)) continue;
        already.add(match);
        maybe.push(m);
      }
    }
    return maybe;
  });
};

export default getHooks;
