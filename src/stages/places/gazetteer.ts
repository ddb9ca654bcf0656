// The gazetteer: the generated GeoNames extract (src/data/gazetteer.json), the
// curated supplement (src/data/gazetteer-supplement.json) and the user's
// --places files, merged in that order into one index built once per process.
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import type { PlaceFeature } from '../../document/model.js';
import { DictionaryError } from '../../errors.js';
import { exactKey, foldKey } from './fold.js';
import { KeyTable, MergedKeys, pushIndex, type Generated, type KeyLookup, type Row } from './keys.js';

export interface GazPlace {
  /** Stable id: "gn:172955" (GeoNames), "admin1:SY.04", "country:SY", or a supplement id. */
  id: string;
  name: string;
  /** Every spelling, the name first. */
  names: string[];
  /** Keys computed when the gazetteer was generated (for its own spellings). */
  keys?: { exact: string[]; folded: string[] };
  /** Spellings added over a generated place (keyed at load time). */
  added?: string[];
  feature: PlaceFeature;
  countryCode: string | null;
  /** Admin1 name (for an admin1 entry: its own name). */
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  geonamesId: number | null;
  population: number;
}

export interface Gazetteer {
  size: number;
  /** The place at an index of the maps below. */
  place(index: number): GazPlace;
  /** exactKey(spelling) -> index or indexes of places. */
  exact: KeyLookup;
  /** foldKey(spelling) -> index or indexes of places. */
  folded: KeyLookup;
  /** Names that are also common words ("Hit", "Bab"): matched only after "the town of". */
  guarded: KeyLookup;
  /** ISO code -> country name. */
  countryNames: Map<string, string>;
  /** Longest name in words: how far the scanner looks ahead. */
  maxWords: number;
  /** Words that never start or make a place match on their own ("March", "Ali"). */
  stopwords: Set<string>;
  rules: PlaceRules;
  /** Milliseconds the load took (reported by the benchmark). */
  loadMs: number;
}

export interface PlaceRules {
  stopwords: string[];
  orgWords: string[];
  prefixWords: string[];
  suffixWords: Record<string, PlaceFeature | null>;
  attributiveSuffixes: string[];
  demonymBorders: Record<string, string>;
  roadWords: string[];
  unresolvedTriggers: Record<string, PlaceFeature>;
  /** Provinces news names alike ("Damascus province" for Rif Dimashq, the governorate around the capital). */
  provincesNamedAlike: string[][];
}

const FEATURES = [
  'populated-place', 'admin1', 'admin2', 'country', 'river', 'region', 'border', 'continent', 'landmark',
] as const;

/** One entry of the supplement or of a --places file. */
export const PlaceEntrySchema = z
  .object({
    id: z.string().min(1).optional(),
    name: z.string().trim().min(1, 'expected a non-empty name'),
    aliases: z.array(z.string().trim().min(1, 'expected a non-empty string')).optional(),
    feature: z.enum(FEATURES).optional(),
    country_code: z
      .string()
      .regex(/^[A-Z]{2}$/, 'expected a two-letter ISO country code such as "SY"')
      .nullable()
      .optional(),
    admin1: z.string().min(1).nullable().optional(),
    lat: z.number().min(-90).max(90).nullable().optional(),
    lon: z.number().min(-180).max(180).nullable().optional(),
    geonames_id: z.number().int().positive().nullable().optional(),
    population: z.number().int().nonnegative().nullable().optional(),
  })
  .strict();
export type PlaceEntry = z.infer<typeof PlaceEntrySchema>;

const SupplementSchema = z.object({
  rules: z.object({
    stopwords: z.array(z.string()),
    orgWords: z.array(z.string()),
    prefixWords: z.array(z.string()),
    suffixWords: z.record(z.string(), z.enum(FEATURES).nullable()),
    attributiveSuffixes: z.array(z.string()),
    demonymBorders: z.record(z.string(), z.string()),
    roadWords: z.array(z.string()),
    unresolvedTriggers: z.record(z.string(), z.enum([...FEATURES, 'unresolved'])),
    provincesNamedAlike: z.array(z.array(z.string()).min(2)),
  }),
  places: z.array(z.unknown()),
});
type Supplement = Omit<z.infer<typeof SupplementSchema>, 'places'> & { places: PlaceEntry[] };

const SUPPLEMENT = 'gazetteer-supplement.json';

function readSupplement(): unknown {
  return JSON.parse(readFileSync(dataFile(SUPPLEMENT), 'utf8'));
}

/**
 * Validates the curated supplement as a --places file is validated: run by
 * the build and the tests (src/data/check.ts), not at start-up, which reads
 * the file as shipped.
 */
export function checkSupplement(): { raw: unknown; parsed: Supplement } {
  const raw = readSupplement();
  const r = SupplementSchema.safeParse(raw);
  if (!r.success) throw new DictionaryError(SUPPLEMENT, null, describeIssue(r.error.issues[0]!));
  const places = r.data.places.map((p, i) => validateEntry(p, SUPPLEMENT, entryLabel(p, i, null)));
  return { raw, parsed: { ...r.data, places } };
}

function dataFile(name: string): string {
  // src/stages/places/ in the sources and tests; dist/ in the bundle (the
  // package ships src/data beside dist).
  for (const rel of [`../../data/${name}`, `../src/data/${name}`]) {
    const p = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(p)) return p;
  }
  throw new Error(`gazetteer data file ${name} not found next to ${fileURLToPath(import.meta.url)}`);
}

/** Generated rows stay arrays until a find needs them: start-up allocates little. */
class Builder {
  places: (GazPlace | Row)[] = [];
  /** How many places the generated gazetteer gave (the key table's places). */
  generated = 0;
  /** Generated places a supplement or user entry replaced. */
  replaced = new Set<number>();
  byId = new Map<string, number>();
  byGeonames = new Map<number, number>();
  countryNames = new Map<string, string>();
  admin1Names = new Map<string, string>(); // "SY.04" -> "Raqqa"

  add(p: GazPlace): void {
    const existing = this.indexOf(p.id, p.geonamesId);
    if (existing !== undefined) {
      this.places[existing] = p;
      if (existing < this.generated) this.replaced.add(existing);
    } else {
      this.byId.set(p.id, this.places.length);
      if (p.geonamesId != null) this.byGeonames.set(p.geonamesId, this.places.length);
      this.places.push(p);
    }
  }

  addRow(r: Row): void {
    this.byGeonames.set(r[0], this.places.length);
    this.places.push(r);
  }

  indexOf(id: string | undefined, geonamesId: number | null | undefined): number | undefined {
    if (id !== undefined) {
      const i = this.byId.get(id);
      if (i !== undefined) return i;
      if (id.startsWith('gn:')) geonamesId = Number(id.slice(3));
    }
    return geonamesId != null ? this.byGeonames.get(geonamesId) : undefined;
  }

  find(id: string | undefined, geonamesId: number | null | undefined): GazPlace | undefined {
    const i = this.indexOf(id, geonamesId);
    return i === undefined ? undefined : this.place(i);
  }

  place(i: number): GazPlace {
    const x = this.places[i]!;
    if (!Array.isArray(x)) return x;
    const [gid, name, exact, folded, cc, a1, lat, lon, pop] = x;
    const p: GazPlace = {
      id: `gn:${gid}`, name, names: [name], keys: { exact: exact.split('|'), folded: folded ? folded.split('|') : [] },
      feature: 'populated-place', countryCode: cc, admin1: a1 ? this.admin1Names.get(`${cc}.${a1}`) ?? null : null,
      lat, lon, geonamesId: gid, population: pop,
    };
    this.places[i] = p;
    return p;
  }
}

function loadGenerated(b: Builder): void {
  const data = JSON.parse(readFileSync(dataFile('gazetteer.json'), 'utf8')) as Generated;
  for (const [cc, name, aliases, lat, lon] of data.countries) {
    b.countryNames.set(cc, name);
    b.add({
      id: `country:${cc}`, name, names: [name, ...(aliases ? aliases.split('|') : [])], feature: 'country',
      countryCode: cc, admin1: null, lat, lon, geonamesId: null, population: 0,
    });
  }
  for (const [code, name, lat, lon] of data.admin1) {
    b.admin1Names.set(code, name);
    b.add({
      id: `admin1:${code}`, name, names: [name], feature: 'admin1', countryCode: code.slice(0, 2),
      admin1: name, lat, lon, geonamesId: null, population: 0,
    });
  }
  for (const row of data.places) b.addRow(row);
  b.generated = b.places.length;
}

/** The generated places' exact keys (see keys.ts), checked against the data they index. */
function loadKeyTable(b: Builder): KeyTable {
  const file = dataFile('gazetteer-keys.txt');
  const text = readFileSync(file, 'utf8');
  const headerEnd = text.indexOf('\n');
  const header = text.slice(0, headerEnd);
  if (header !== `#places\t${b.generated}`) {
    throw new Error(`${file} does not index gazetteer.json (its header is "${header}", for ${b.generated} places); run scripts/index-gazetteer.mjs`);
  }
  return new KeyTable(text.slice(headerEnd + 1));
}

/** Applies one validated entry: a new place, or an override of an existing id / GeoNames id. */
function applyEntry(b: Builder, e: PlaceEntry, file: string, label: string): void {
  const prev = b.find(e.id, e.geonames_id);
  if (!prev && !e.country_code && !['continent', 'region', 'river'].includes(e.feature ?? '')) {
    throw new DictionaryError(file, label, 'country_code: expected a two-letter ISO country code for a new place');
  }
  const names = [e.name, ...(e.aliases ?? [])];
  if (prev) {
    const merged: GazPlace = {
      ...prev,
      name: e.name,
      names: [...new Set([...names, ...prev.names])],
      added: prev.keys ? [...(prev.added ?? []), ...names] : undefined,
      feature: e.feature ?? prev.feature,
      countryCode: e.country_code !== undefined ? e.country_code : prev.countryCode,
      admin1: e.admin1 !== undefined ? e.admin1 : prev.admin1,
      lat: e.lat !== undefined ? e.lat : prev.lat,
      lon: e.lon !== undefined ? e.lon : prev.lon,
      population: e.population ?? prev.population,
    };
    if (prev.feature === 'admin1' && prev.id.startsWith('admin1:')) {
      b.admin1Names.set(prev.id.slice('admin1:'.length), e.name);
      merged.admin1 = e.name;
    }
    b.add(merged);
    return;
  }
  const feature = e.feature ?? 'populated-place';
  b.add({
    id: e.id ?? `user:${e.country_code ?? 'xx'}:${exactKey(e.name).replace(/ /g, '-')}`,
    name: e.name,
    names,
    feature,
    countryCode: e.country_code ?? null,
    admin1: e.admin1 ?? (feature === 'admin1' ? e.name : null),
    lat: e.lat ?? null,
    lon: e.lon ?? null,
    geonamesId: e.geonames_id ?? null,
    population: e.population ?? 0,
  });
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function checkKeys(value: unknown, file: string, entry: string): void {
  if (value && typeof value === 'object') {
    for (const k of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(k)) throw new DictionaryError(file, entry, `key "${k}" is not allowed`);
      checkKeys((value as Record<string, unknown>)[k], file, entry);
    }
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  return `${path ? `${path}: ` : ''}${issue.message}`;
}

function validateEntry(raw: unknown, file: string, label: string): PlaceEntry {
  checkKeys(raw, file, label);
  const r = PlaceEntrySchema.safeParse(raw);
  if (!r.success) throw new DictionaryError(file, label, describeIssue(r.error.issues[0]!));
  return r.data;
}

function entryLabel(raw: unknown, index: number, line: number | null): string {
  const name = raw && typeof raw === 'object' && typeof (raw as { name?: unknown }).name === 'string' ? (raw as { name: string }).name : null;
  const at = line !== null ? `line ${line}` : `entry ${index}`;
  return name ? `${at} ("${name}")` : at;
}

// ---------- CSV (--places my.csv) ----------

/** RFC 4180 rows with the line each starts on. */
function parseCsv(text: string): { cells: string[]; line: number }[] {
  const rows: { cells: string[]; line: number }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else { if (c === '\n') line++; cell += c; }
      continue;
    }
    if (c === '"' && cell === '') quoted = true;
    else if (c === ',') { cells.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.some((x) => x.trim() !== '')) rows.push({ cells, line: rowLine });
      cells = []; cell = ''; line++; rowLine = line;
    } else cell += c;
  }
  cells.push(cell);
  if (cells.some((x) => x.trim() !== '')) rows.push({ cells, line: rowLine });
  return rows;
}

const CSV_COLUMNS = ['id', 'name', 'aliases', 'feature', 'country_code', 'admin1', 'lat', 'lon', 'geonames_id', 'population'];

function csvEntries(text: string, file: string): { raw: unknown; line: number }[] {
  const rows = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!rows.length) return [];
  const header = rows[0]!.cells.map((h) => h.trim().toLowerCase());
  for (const h of header) {
    if (!CSV_COLUMNS.includes(h)) throw new DictionaryError(file, 'line 1', `unknown column "${h}"; expected some of ${CSV_COLUMNS.join(', ')}`);
  }
  if (!header.includes('name')) throw new DictionaryError(file, 'line 1', 'expected a "name" column');
  return rows.slice(1).map(({ cells, line }) => {
    const o: Record<string, unknown> = {};
    header.forEach((h, i) => {
      const v = (cells[i] ?? '').trim();
      if (v === '') return;
      if (h === 'aliases') o[h] = v.split(';').map((s) => s.trim()).filter(Boolean);
      else if (['lat', 'lon', 'geonames_id', 'population'].includes(h)) {
        const n = Number(v);
        if (!Number.isFinite(n)) throw new DictionaryError(file, `line ${line}`, `${h}: expected a number, got "${v}"`);
        o[h] = n;
      } else o[h] = v;
    });
    return { raw: o, line };
  });
}

/** Line of each top-level array element in a JSON text (for error messages). */
function jsonEntryLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0, line = 1, inString = false, expecting = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (depth === 1 && expecting && !/[\s,\]]/.test(c)) { lines.push(line); expecting = false; }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') { depth++; if (depth === 1) expecting = true; }
    else if (c === '}' || c === ']') depth--;
    else if (c === ',' && depth === 1) expecting = true;
  }
  return lines;
}

function readUserFile(file: string): { raw: unknown; label: string }[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new DictionaryError(file, null, `cannot read the file (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  if (extname(file).toLowerCase() === '.csv') {
    return csvEntries(text, file).map(({ raw, line }, i) => ({ raw, label: entryLabel(raw, i, line) }));
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new DictionaryError(file, null, `expected JSON (or a .csv file): ${(err as Error).message}`);
  }
  // {"__proto__": {...}, "places": [...]}: refused like the same key in an entry.
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    for (const [key, value] of Object.entries(data)) {
      if (FORBIDDEN_KEYS.has(key)) throw new DictionaryError(file, null, `key "${key}" is not allowed`);
      if (key !== 'places') checkKeys(value, file, `"${key}"`);
    }
  }
  // A bare array of entries, or {"places": [...]} like the built-in supplement.
  const list = Array.isArray(data) ? data : data && typeof data === 'object' ? (data as { places?: unknown }).places : undefined;
  if (!Array.isArray(list)) throw new DictionaryError(file, null, 'expected an array of place entries, or an object with a "places" array');
  const lines = Array.isArray(data) ? jsonEntryLines(text) : [];
  return list.map((raw, i) => ({ raw, label: entryLabel(raw, i, lines[i] ?? null) }));
}

// Arabic names arrive in many romanisations; elsewhere the exact key (case and
// accents ignored) is enough, and folding every world city would cost start-up.
const FOLDED_COUNTRIES = new Set(['SY', 'IQ', 'LB', 'JO']);

function indexPlaces(b: Builder, stopwords: Set<string>, table: KeyTable) {
  // The generated places' exact keys are in the table; the spellings the
  // supplement and the user add, and every folded key, in these maps.
  const exact = new Map<string, number | number[]>();
  const folded = new Map<string, number | number[]>();
  const guarded = new Map<string, number | number[]>();
  // Names longer than six words ("Middle Euphrates River Valley" has four) are not looked for.
  const maxWords = 6;
  const addSpellings = (names: string[], i: number, fold: boolean, exactToo: boolean) => {
    for (const n of names) {
      const e = exactKey(n);
      if (!e) continue;
      if (stopwords.has(e)) {
        if (exactToo) pushIndex(guarded, e, i);
        continue;
      }
      if (exactToo) pushIndex(exact, e, i);
      if (!fold) continue;
      const f = foldKey(n);
      // Short folded keys match too much ("Dara" would be half the villages).
      if (f.length >= 4) pushIndex(folded, f, i);
    }
  };
  b.places.forEach((x, i) => {
    if (Array.isArray(x)) {
      if (x[3]) for (const f of x[3].split('|')) pushIndex(folded, f, i);
      return;
    }
    if (x.keys) {
      for (const f of x.keys.folded) pushIndex(folded, f, i);
      addSpellings(x.added ?? [], i, true, true);
      return;
    }
    const fold = FOLDED_COUNTRIES.has(x.countryCode ?? '') || (!x.id.startsWith('gn:') && !x.id.startsWith('admin1:') && !x.id.startsWith('country:'));
    // A generated country or admin1 area as generated: its exact keys are in the table.
    const asGenerated = i < b.generated && !b.replaced.has(i);
    if (asGenerated && !fold) return;
    addSpellings(x.names, i, fold, !asGenerated);
  });
  return {
    exact: new MergedKeys(table, (k) => !stopwords.has(k), exact),
    folded,
    guarded: new MergedKeys(table, (k) => stopwords.has(k), guarded),
    maxWords,
  };
}

/** The indexes stored under one key. */
export function indexesOf(m: KeyLookup, key: string): number[] | undefined {
  const v = m.get(key);
  return v === undefined ? undefined : typeof v === 'number' ? [v] : v;
}

/** Loads the built-in gazetteer and merges the user's --places files over it (in order). Throws DictionaryError. */
export function loadGazetteer(userFiles: string[]): Gazetteer {
  const t0 = performance.now();
  const b = new Builder();
  loadGenerated(b);
  const table = loadKeyTable(b);
  // Checked by the build and the tests (checkSupplement), read here as shipped.
  const supplement = readSupplement() as Supplement;
  supplement.places.forEach((entry, i) => applyEntry(b, entry, SUPPLEMENT, entryLabel(entry, i, null)));
  for (const file of userFiles) {
    for (const { raw, label } of readUserFile(file)) {
      applyEntry(b, validateEntry(raw, file, label), file, label);
    }
  }
  const stopwords = new Set(supplement.rules.stopwords.map((w) => exactKey(w)));
  const { exact, folded, guarded, maxWords } = indexPlaces(b, stopwords, table);
  return {
    size: b.places.length,
    place: (i: number) => b.place(i),
    exact,
    folded,
    guarded,
    countryNames: b.countryNames,
    maxWords,
    stopwords,
    rules: supplement.rules,
    loadMs: performance.now() - t0,
  };
}
