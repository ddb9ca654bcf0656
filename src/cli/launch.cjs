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
const { Script } = require('node:vm');

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
