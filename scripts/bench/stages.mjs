// Where an article's time goes: every stage of src/pipeline.ts, the events,
// the record and its validation, timed over the benchmark corpus, with the
// calls into the two NLP libraries counted (how many sentences reach
// compromise, how many characters chrono parses).
//
//   node scripts/bench/stages.mjs [--count 300] [--seed 7] [--texts DIR] [--warmup 20]
//
// The sources are bundled as they are, with a counter wrapped around the
// adapters' exported functions.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ROOT, articleName, generateCorpus } from './corpus.mjs';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const { values: opt } = parseArgs({
  options: {
    count: { type: 'string', default: '300' },
    seed: { type: 'string', default: '7' },
    texts: { type: 'string' },
    'no-texts': { type: 'boolean', default: false },
    warmup: { type: 'string', default: '20' },
  },
});
const defaultTexts = resolve(ROOT, '..', 'shared', 'dev', 'fakes', 'texts');
const texts = opt['no-texts'] ? undefined : (opt.texts ?? (existsSync(defaultTexts) ? defaultTexts : undefined));

// Exported functions of the adapters to count: module path -> function names.
const WRAP = {
  'src/nlp/compromise.ts': ['findPeople'],
  'src/nlp/chrono.ts': ['parseCalendarExpressions'],
};

const counting = {
  name: 'count-nlp-calls',
  setup(b) {
    b.onLoad({ filter: /src[\\/]nlp[\\/](compromise|chrono)\.ts$/ }, (args) => {
      const rel = Object.keys(WRAP).find((k) => args.path.replaceAll('\\', '/').endsWith(k));
      let src = readFileSync(args.path, 'utf8');
      for (const fn of WRAP[rel] ?? []) {
        if (!src.includes(`export function ${fn}(`)) continue;
        src = src.replace(`export function ${fn}(`, `function __${fn}(`);
        src += `
export function ${fn}(...args: any[]) {
  const cpuNow = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const s = ((globalThis as any).__nlpCalls ??= {})['${fn}'] ??= { calls: 0, chars: 0, ms: 0 };
  s.calls++;
  s.chars += typeof args[0] === 'string' ? args[0].length : 0;
  const t0 = cpuNow();
  try { return (__${fn} as any)(...args); } finally { s.ms += cpuNow() - t0; }
}
`;
      }
      return { contents: src, loader: 'ts' };
    });
  },
};

// CPU time of this process, in ms: on a busy machine wall time would count
// the other processes' turns too.
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const work = mkdtempSync(join(tmpdir(), 'conflict-extract-stages-'));
try {
  // The gazetteer is read from ../src/data beside the bundle.
  mkdirSync(join(work, 'src'));
  symlinkSync(join(ROOT, 'src', 'data'), join(work, 'src', 'data'));
  mkdirSync(join(work, 'h'));
  const entry = join(work, 'h', 'entry.ts');
  const src = (p) => JSON.stringify(join(ROOT, 'src', p));
  writeFileSync(
    entry,
    `export { STAGES, analyseArticle } from ${src('pipeline.ts')};
export { extractEvents } from ${src('stages/events/index.ts')};
export { toArticleRecord } from ${src('records/build.ts')};
export { ArticleRecordSchema } from ${src('records/schemas.ts')};
export { compileCheck } from ${src('records/check.ts')};
export { loadResources } from ${src('resources.ts')};
export { decodeBytes } from ${src('io/decode.ts')};
`,
  );
  const out = join(work, 'h', 'harness.mjs');
  await build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // As scripts/build.mjs: \p{...} literals stay literals.
    supported: { 'regexp-unicode-property-escapes': true },
    logLevel: 'warning',
    plugins: [counting],
    // The adapter loads compromise from the bundle that the build puts in dist/.
    define: {
      __COMPROMISE_BUNDLE__: JSON.stringify(join(ROOT, 'dist', 'compromise.cjs')),
      __COMPROMISE_LEXICON__: JSON.stringify(join(ROOT, 'dist', 'compromise-lexicon.json')),
    },
    banner: { js: "import { createRequire as __cx_cr } from 'node:module'; const require = __cx_cr(import.meta.url);" },
    loader: { '.json': 'json' },
  });

  const t0 = cpuNow();
  const lib = await import(pathToFileURL(out).href);
  const tImport = cpuNow() - t0;
  const t1 = cpuNow();
  const res = lib.loadResources({});
  const isArticleRecord = lib.compileCheck(lib.ArticleRecordSchema);
  const tResources = cpuNow() - t1;

  const count = Number(opt.count);
  const corpus = generateCorpus({ count, seed: Number(opt.seed), texts });
  const times = new Map();
  const add = (k, ms) => times.set(k, (times.get(k) ?? 0) + ms);
  let measuring = false;
  for (const stage of lib.STAGES) {
    const run = stage.run;
    stage.run = (doc, r) => {
      const s = cpuNow();
      const d = run(doc, r);
      if (measuring) add(stage.name, cpuNow() - s);
      return d;
    };
  }
  const warmup = Math.min(Number(opt.warmup), count - 1);
  let sentences = 0;
  let bytes = 0;
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (i === warmup) {
      measuring = true;
      globalThis.__nlpCalls = {};
    }
    const raw = readFileSync(join(corpus.dir, articleName(i)));
    const a = cpuNow();
    const { text } = lib.decodeBytes(raw);
    const b = cpuNow();
    const doc = lib.analyseArticle({ id: `a${i}`, file: `a${i}`, text }, res, {});
    const c = cpuNow();
    const events = lib.extractEvents(doc, res, {});
    const d = cpuNow();
    const record = lib.toArticleRecord(doc, events);
    const e = cpuNow();
    // As buildArticleRecord validates: the compiled predicate, zod for a record it refuses.
    if (!isArticleRecord(record)) lib.ArticleRecordSchema.safeParse(record);
    const f = cpuNow();
    if (measuring) {
      add('decode', b - a);
      add('analyse', c - b);
      add('events', d - c);
      add('record', e - d);
      add('validate', f - e);
      total += f - a;
      sentences += doc.sentences.length;
      bytes += raw.length;
    }
  }
  const n = count - warmup;
  const stageSum = lib.STAGES.reduce((s, st) => s + (times.get(st.name) ?? 0), 0);
  add('clean + metadata', (times.get('analyse') ?? 0) - stageSum);
  const rows = ['decode', 'clean + metadata', ...lib.STAGES.map((s) => s.name), 'events', 'record', 'validate'];
  const pct = (ms) => ((100 * ms) / total).toFixed(1).padStart(5);
  console.log(`start-up: bundle evaluation ${tImport.toFixed(0)} ms, resources ${tResources.toFixed(0)} ms`);
  console.log(`${n} articles after ${warmup} of warm-up: ${(total / n).toFixed(1)} ms/article, ${(n / (total / 1000)).toFixed(1)} articles per CPU second (one thread)`);
  console.log('');
  console.log('stage                 ms/article      %');
  for (const k of rows) console.log(`${k.padEnd(20)} ${((times.get(k) ?? 0) / n).toFixed(2).padStart(11)} ${pct(times.get(k) ?? 0)}`);
  console.log('');
  const calls = globalThis.__nlpCalls ?? {};
  for (const [fn, s] of Object.entries(calls)) {
    console.log(
      `${fn}: ${(s.calls / n).toFixed(1)} calls/article, ${(s.chars / n).toFixed(0)} chars/article (${((100 * s.chars) / bytes).toFixed(0)}% of the text), ${(s.ms / n).toFixed(2)} ms/article (${pct(s.ms).trim()}%)`,
    );
  }
  console.log(`sentences: ${(sentences / n).toFixed(1)}/article; compromise calls per sentence: ${((calls.findPeople?.calls ?? 0) / sentences).toFixed(2)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
