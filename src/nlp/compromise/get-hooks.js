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
    let maybe = [];
    for (const k of keys) maybe = maybe.concat(hooks[k]);
    // remove duplicates, as compromise does
    const already = {};
    maybe = maybe.filter((m) => {
      if (typeof already[m.match] === 'boolean') return false;
      already[m.match] = true;
      return true;
    });
    return maybe;
  });
};

export default getHooks;
