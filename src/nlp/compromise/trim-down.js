// Stands in for compromise's src/1-one/sweep/methods/sweep/02-trim-down.js in
// the bundle dist/compromise.cjs (scripts/build.mjs): of each sentence's
// candidate rules, those whose needed words and tags the sentence has, with
// none of their "ifNo" ones and enough of their wanted ones. The same test as
// compromise's, in one pass over the list instead of three.
const localTrim = function (maybeList, docCache) {
  return maybeList.map((list, n) => {
    const haves = docCache[n];
    const kept = [];
    for (const obj of list) {
      if (!obj.needs.every((need) => haves.has(need))) continue;
      if (obj.ifNo !== undefined && obj.ifNo.some((no) => haves.has(no)) === true) continue;
      if (obj.wants.length !== 0) {
        let found = 0;
        for (const str of obj.wants) if (haves.has(str)) found++;
        if (!(found >= obj.minWant)) continue;
      }
      kept.push(obj);
    }
    return kept;
  });
};

export default localTrim;
