// Loads the command line's bundle (dist/cli.cjs) with V8's code cache
// (dist/cli.cjs.cache, written by the build after one article), so that
// start-up does not compile the 1.1 MB bundle, nor the functions the first
// article runs, again at every command. Copied to dist/ by the build.
//
// The cache is used only when it was made from these very bytes (a SHA-256
// of the bundle heads it) and when V8 accepts it (same V8, same flags);
// otherwise the bundle is compiled as usual. A missing, stale or broken
// cache never changes what the command does, only how fast it starts.
'use strict';
const { createHash } = require('node:crypto');
const { readFileSync, writeFileSync, renameSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { join } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');

// A function is optimised after four times V8's default run of interpreted
// work: the pipeline's large functions meet new shapes of text for hundreds of
// articles, and with the default V8 threw their optimised code away and
// compiled them again and again (15 to 20% of the CPU over 1,000 articles).
// Set here, before the bundle is compiled, and nowhere else: V8 flags are per
// process (the --jobs workers have it too), and V8 accepts a cache only under
// the flags it was made with, the same when the cache is made as when it is used.
// (Not --no-regexp-tier-up, which saved a quarter of a second before the first
// record: set once V8 runs, it made V8 crash at start-up in about one run in a
// hundred on a busy machine, 5 in 600, and none in 600 with this flag alone.)
setFlagsFromString('--interrupt-budget=270336');

const file = join(__dirname, 'cli.cjs');
const cacheFile = `${file}.cache`;
const source = readFileSync(file, 'utf8');
const digest = createHash('sha256').update(source).digest();

let cachedData;
try {
  const cache = readFileSync(cacheFile);
  if (cache.length > digest.length && cache.subarray(0, digest.length).equals(digest)) cachedData = cache.subarray(digest.length);
} catch {
  // no cache: compiled as usual
}

const script = new Script(wrap(source), { filename: file, cachedData });
const mod = { exports: {}, filename: file, id: file, loaded: false };
script.runInThisContext().call(mod.exports, mod.exports, createRequire(file), mod, file, __dirname);
mod.loaded = true;

// The build runs one article with this set, then keeps what V8 compiled for it.
if (process.env.CONFLICT_EXTRACT_WRITE_CODE_CACHE === '1') {
  process.once('exit', () => {
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.concat([digest, script.createCachedData()]));
    renameSync(tmp, cacheFile);
  });
}

module.exports = mod.exports;
