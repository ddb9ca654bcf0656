#!/usr/bin/env node
// Writes src/data/gazetteer-keys.txt, the exact-spelling index of the
// generated gazetteer (src/data/gazetteer.json), so that loading the gazetteer
// builds no map of its 35,000 spellings: a lookup is a binary search in this
// text. One line per key, sorted by UTF-16 code units as JavaScript compares
// strings:
//
//   al bab<TAB>3120,7411
//
// The numbers are the places' positions in load order: countries, then
// admin1 areas, then the place rows, as src/data/gazetteer.json lists them.
// The keys are those the loader would compute: the rows' own exact keys and
// exactKey() of each country's and admin1 area's names. A test recomputes the
// file, so it cannot drift from the data; run this after changing
// gazetteer.json (scripts/build-gazetteer.mjs runs it).
//
// Usage: node scripts/index-gazetteer.mjs
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'gazetteer-index-'));
try {
  // The very functions the loader and the finder use.
  const out = join(tmp, 'keys.mjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['src/stages/places/keys.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: out,
    logLevel: 'warning',
  });
  const { generatedKeyTable } = await import(pathToFileURL(out).href);
  const data = JSON.parse(readFileSync(join(root, 'src/data/gazetteer.json'), 'utf8'));
  const text = generatedKeyTable(data);
  const target = join(root, 'src/data/gazetteer-keys.txt');
  writeFileSync(target, text);
  console.error(`wrote ${target}: ${text.split('\n').length - 1} keys, ${(text.length / 1e6).toFixed(2)} MB`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
