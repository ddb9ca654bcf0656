// A deterministic, seeded benchmark corpus: the fixture articles' paragraphs
// (and, when given, the sentences of a directory of plain-text news articles)
// recombined into new articles with other names, places, dates and numbers.
//
// Article i depends only on the seed, i and the sources, never on the count:
// the first 1,000 articles of the 10,000 corpus are the 1,000 corpus.
//
//   node scripts/bench/corpus.mjs --count 1000 [--seed 7] [--texts DIR] [--out DIR]
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SEEDS_DIR = join(ROOT, 'fixtures', 'seeds');
/** Bump when the recipe changes: cached corpora of another version are rebuilt. */
const RECIPE = 3;

// ---------------------------------------------------------------- randomness

function hash32(text) {
  return createHash('sha256').update(text).digest().readUInt32LE(0);
}

/** mulberry32: small, fast, and the same sequence on every platform. */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

// ---------------------------------------------------------------- vocabulary

// Places of the conflicts the tool is for; a place of the source text that is
// in this list is swapped for another one, the same one throughout an article.
const PLACES = [
  'Aleppo', 'Idlib', 'Homs', 'Hama', 'Damascus', 'Daraa', 'Deir Ezzor', 'Raqqa', 'Raqa', 'Palmyra', 'Mayadeen',
  'Albu Kamal', 'Hajin', 'Manbij', 'Kobane', 'Afrin', 'Douma', 'Latakia', 'Tartus', 'Qamishli', 'Hasakah',
  'Saraqeb', 'Maaret al-Numan', 'Jisr al-Shughur', 'Khan Sheikhoun', 'al-Qaryatayn', 'Tadmur', 'Jobar',
  'Mosul', 'Hawija', 'Kirkuk', 'Fallujah', 'Ramadi', 'Tikrit', 'Baghdad', 'Tal Afar', 'Sinjar', 'Baiji',
  'Taiz', 'Hodeidah', 'Sanaa', 'Marib', 'Aden', 'Saada', 'Benghazi', 'Sirte', 'Misrata', 'Derna', 'Tripoli',
  'Kunduz', 'Kandahar', 'Lashkar Gah', 'Ghazni', 'Mogadishu', 'Kismayo', 'Maiduguri', 'Gao', 'Timbuktu',
];
const REPLACEMENT_PLACES = PLACES.filter((p) => p !== 'Raqa' && p !== 'Tadmur');

const FIRST_NAMES = [
  'Ahmed', 'Mohammed', 'Omar', 'Khaled', 'Rami', 'Hassan', 'Hussein', 'Ali', 'Youssef', 'Ibrahim', 'Mahmoud', 'Tarek',
  'Samir', 'Nour', 'Layla', 'Rania', 'Fatima', 'Mariam', 'Salma', 'Hiba', 'John', 'Sarah', 'Michael', 'Anna',
  'Sergei', 'Igor', 'Mevlut', 'Abdullah', 'Walid', 'Bashir', 'Ziad', 'Karim', 'Amal', 'Dmitry', 'Lucy', 'David',
];
const LAST_NAMES = [
  'Abdel Rahman', 'al-Hassan', 'Haddad', 'Khalil', 'al-Masri', 'Saleh', 'Nasser', 'al-Ahmad', 'Darwish', 'Mansour',
  'al-Khatib', 'Qassem', 'Othman', 'al-Sharq', 'Hamdan', 'Yassin', 'Barakat', 'al-Omar', 'Smith', 'Jones',
  'Petrov', 'Ivanov', 'Cavusoglu', 'Lavrov', 'Dearden', 'Brown', 'Haider', 'Suleiman', 'Jaber', 'Fares',
];
// A capitalised name after a word that announces one: "Observatory chief Rami Abdel Rahman".
const NAMED =
  /\b((?:chief|spokesman|spokeswoman|spokesperson|President|Minister|minister|General|Gen\.|Colonel|Col\.|commander|leader|official|activist|Sheikh|Mr\.?|Ms\.?|Dr\.?|correspondent|envoy|director|head) )((?:[A-Z][a-z]+ ){1,2}(?:(?:al-|Abu |Abdel |bin )?[A-Z][a-z]+))\b/g;

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const OUTLETS = ['The New Arab', 'Reuters', 'Al Jazeera', 'The Independent', 'Daily Sabah', 'Anadolu Agency', 'Middle East Eye', 'AFP'];
const DATELINES = ['BEIRUT', 'DAMASCUS', 'BAGHDAD', 'AMMAN', 'ISTANBUL', 'CAIRO', 'ERBIL', 'GENEVA', 'MOSCOW'];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PLACE_RE = new RegExp(`\\b(?:${[...PLACES].sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`, 'g');
const WEEKDAY_RE = new RegExp(`\\b(?:${WEEKDAYS.join('|')})\\b`, 'g');
const MONTH_RE = new RegExp(`\\b(?:${MONTHS.join('|')})\\b`, 'g');
const DAY_AFTER = /^ (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
const DAY_BEFORE = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? $/;
const NUMBER_RE = /\b\d{1,3}(?:,\d{3})*(?:\.\d+)?\b|\b\d{4,}\b/g;

// ---------------------------------------------------------------- sources

function seedParagraphs(dir) {
  const titles = [];
  const paragraphs = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dir, name), 'utf8').replace(/\r\n?/g, '\n');
    const parts = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    titles.push(parts[0].split('\n')[0]);
    // Keep the page furniture too ("Related Stories", "Comments"): real input has it.
    paragraphs.push(...parts.slice(1));
  }
  return { titles, paragraphs };
}

/** One-line articles (no paragraph breaks): sentences regrouped into paragraphs of two to four. */
function textParagraphs(dir) {
  const paragraphs = [];
  const r = rng(hash32(dir.split('/').pop() ?? ''));
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dir, name), 'utf8').replace(/\s+/g, ' ').trim();
    const sentences = text.split(/(?<=[.!?]["”’]?)\s+(?=["“A-Z])/);
    for (let i = 0; i < sentences.length; ) {
      const n = r.int(2, 4);
      const p = sentences.slice(i, i + n).join(' ');
      if (p.length > 40) paragraphs.push(p);
      i += n;
    }
  }
  return paragraphs;
}

export function loadSources({ texts } = {}) {
  const seeds = seedParagraphs(SEEDS_DIR);
  const extra = texts ? textParagraphs(texts) : [];
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([RECIPE, seeds, extra]))
    .digest('hex')
    .slice(0, 12);
  return { titles: seeds.titles, seedParagraphs: seeds.paragraphs, extraParagraphs: extra, fingerprint };
}

// ---------------------------------------------------------------- articles

function makeName(r) {
  return `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`;
}

/** Swaps places, names, weekdays, months, years and counts, consistently within one article. */
function varier(r) {
  const places = new Map();
  const names = new Map();
  const weekdayShift = r.int(0, 6);
  const monthShift = r.int(0, 11);
  const yearShift = r.int(-4, 4);
  const swapPlace = (p) => {
    if (!places.has(p)) places.set(p, r.chance(0.25) ? p : r.pick(REPLACEMENT_PLACES));
    return places.get(p);
  };
  return (text) =>
    text
      .replace(NAMED, (_, lead, name) => {
        if (!names.has(name)) names.set(name, makeName(r));
        return lead + names.get(name);
      })
      .replace(PLACE_RE, swapPlace)
      .replace(WEEKDAY_RE, (d) => WEEKDAYS[(WEEKDAYS.indexOf(d) + weekdayShift) % 7])
      .replace(MONTH_RE, (m) => MONTHS[(MONTHS.indexOf(m) + monthShift) % 12])
      .replace(NUMBER_RE, (n, at, all) => {
        const plain = n.replace(/,/g, '');
        // A day of a month ("20 March", "March 20", "Jun 04") stays a day.
        if (plain.length <= 2 && (DAY_AFTER.test(all.slice(at + n.length, at + n.length + 5)) || DAY_BEFORE.test(all.slice(Math.max(0, at - 10), at)))) {
          return String(r.int(1, 28)).padStart(plain.length, '0');
        }
        if (/^(19[5-9]\d|20[0-3]\d)$/.test(plain)) return String(Number(plain) + yearShift); // a year
        if (plain.includes('.') || plain.length > 7) return n;
        const digits = plain.length;
        const value = digits === 1 ? r.int(2, 9) : r.int(10 ** (digits - 1), 10 ** digits - 1);
        return digits >= 4 && n.includes(',') ? value.toLocaleString('en-US') : String(value);
      });
}

function publicationLine(r) {
  const y = r.int(2012, 2020);
  const m = r.int(0, 11);
  const d = r.int(1, 28);
  const wd = WEEKDAYS[(d + m + y) % 7];
  switch (r.int(0, 4)) {
    case 0:
      return `${d} ${MONTHS[m]}, ${y}`;
    case 1:
      return `${wd} ${String(d).padStart(2, '0')} ${MONTHS[m]} ${y} 05:00 EDT`;
    case 2:
      return `${MONTHS[m]} ${d}, ${y}`;
    case 3:
      return `Published ${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    default:
      return null; // no date: the reference date or the text decides
  }
}

/** The text of article `index`: a function of (seed, index, sources) only. */
export function makeArticle(sources, seed, index) {
  const r = rng(hash32(`${seed}:${index}`));
  const vary = varier(r);
  const lines = [vary(r.pick(sources.titles))];
  const published = publicationLine(r);
  if (published) lines.push('', published);
  // Sizes of real news articles: 1 to 7 KB, most around 3.5 KB.
  const target = Math.round(1000 + (r.next() + r.next() + r.next()) * 1700);
  let size = 0;
  let first = true;
  while (size < target) {
    const fromExtra = sources.extraParagraphs.length > 0 && r.chance(0.5);
    let p = vary(r.pick(fromExtra ? sources.extraParagraphs : sources.seedParagraphs));
    if (first && r.chance(0.4)) p = `${r.pick(DATELINES)}: ${p}`;
    first = false;
    lines.push('', p);
    size += p.length + 2;
  }
  if (r.chance(0.3)) lines.push('', r.pick(OUTLETS));
  return lines.join('\n') + '\n';
}

export const articleName = (i) => `article-${String(i).padStart(5, '0')}.txt`;

/**
 * Writes `count` articles to `dir` (default: a directory in the system's temp
 * directory named after the seed, count and sources) unless that directory
 * already holds this exact corpus. Returns the directory and its size.
 */
export function generateCorpus({ count, seed = 7, texts, dir } = {}) {
  const sources = loadSources({ texts });
  const out = dir ?? join(tmpdir(), 'conflict-extract-bench', `corpus-s${seed}-n${count}-${sources.fingerprint}`);
  const manifestPath = join(out, '.manifest.json');
  if (existsSync(manifestPath)) {
    const m = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (m.seed === seed && m.count === count && m.fingerprint === sources.fingerprint) return { dir: out, ...m };
  }
  const building = `${out}.${process.pid}.tmp`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = makeArticle(sources, seed, i);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(building, articleName(i)), text);
  }
  const manifest = { seed, count, bytes, fingerprint: sources.fingerprint, texts: texts ?? null, recipe: RECIPE };
  writeFileSync(join(building, '.manifest.json'), JSON.stringify(manifest, null, 2));
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, '..'), { recursive: true });
  renameSync(building, out);
  return { dir: out, ...manifest };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { parseArgs } = await import('node:util');
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '7' },
      texts: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const c = generateCorpus({ count: Number(values.count), seed: Number(values.seed), texts: values.texts, dir: values.out });
  console.log(`${c.count} articles, ${(c.bytes / 1e6).toFixed(2)} MB, in ${c.dir}`);
}
