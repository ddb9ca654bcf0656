// The benchmark: the real command line against the naive pipeline
// (scripts/bench/naive.mjs: compromise + chrono-node on every whole article),
// both measured in the same run on the same machine, reported as ratios.
//
//   npm run bench                 1,000 articles (naive: a sample of 100)
//   npm run bench:full            adds 10,000 articles: memory at scale
//   node scripts/bench.mjs --help
//
// Per-core figures divide by the CPU time of the whole process (every
// thread, start-up included) so that a busy, shared machine changes them
// little; wall-clock figures (--jobs speed-up, time to first record) need an
// idle machine to mean much, and the load average is printed beside them.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, SEEDS_DIR, articleName, generateCorpus } from './bench/corpus.mjs';

const HELP = `usage: node scripts/bench.mjs [options]

  --count N          articles in the corpus for the throughput runs (default 1000)
  --full             also run 10,000 articles (peak memory against 1,000)
  --naive N          articles the naive pipeline analyses, a prefix of the corpus (default 100)
  --jobs N           workers of the parallel run, compared with --jobs 1 (default: cores, at least 2)
  --seed N           corpus seed (default 7)
  --texts DIR        also draw paragraphs from the plain-text articles in DIR
                     (default: ../shared/dev/fakes/texts when it exists; --no-texts for seeds only)
  --ttfr-runs N      runs of each side for time to first record (default 5)
  --cpu-prof DIR     also profile --jobs 1 on the corpus with node --cpu-prof, into DIR
  --json FILE        write every figure as JSON too
  --no-build         use dist/ as it is
`;

const { values: opt } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    full: { type: 'boolean', default: false },
    naive: { type: 'string', default: '100' },
    jobs: { type: 'string' },
    seed: { type: 'string', default: '7' },
    texts: { type: 'string' },
    'no-texts': { type: 'boolean', default: false },
    'ttfr-runs': { type: 'string', default: '5' },
    'cpu-prof': { type: 'string' },
    json: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (opt.help) {
  process.stdout.write(HELP);
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'conflict-extract-bench-run-'));
// The built command line is copied aside (bin/, dist/, src/data/) so that a
// rebuild of the project during the run cannot change what is measured.
const SNAPSHOT = join(work, 'snapshot');
const BIN = join(SNAPSHOT, 'bin', 'extract.js');
const NAIVE = join(ROOT, 'scripts', 'bench', 'naive.mjs');
const RUSAGE = join(ROOT, 'scripts', 'bench', 'rusage.mjs');
const SEED_FILE = join(SEEDS_DIR, readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort()[0]);
const count = Number(opt.count);
const naiveCount = Math.min(Number(opt.naive), count);
const jobs = Number(opt.jobs ?? Math.max(2, availableParallelism()));
const seed = Number(opt.seed);
const defaultTexts = resolve(ROOT, '..', 'shared', 'dev', 'fakes', 'texts');
const texts = opt['no-texts'] ? undefined : (opt.texts ?? (existsSync(defaultTexts) ? defaultTexts : undefined));

const log = (s = '') => process.stderr.write(s + '\n');
const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '-');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () => loadavg()[0].toFixed(1);

/**
 * Runs a command, measures it and hashes its standard output.
 * Returns wall time, time to the first output line, peak memory and CPU time
 * of the whole process (all threads), and what the command itself reported.
 */
function measure(label, args, { stats = false } = {}) {
  const rusageFile = join(work, `${label}.rusage.ndjson`);
  const statsFile = join(work, `${label}.stats.json`);
  rmSync(rusageFile, { force: true });
  rmSync(statsFile, { force: true });
  return new Promise((done, fail) => {
    const t0 = performance.now();
    let first = null;
    let bytes = 0;
    const hash = createHash('sha256');
    const child = spawn(process.execPath, ['--import', RUSAGE, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '', BENCH_RUSAGE_FILE: rusageFile, ...(stats ? { BENCH_STATS_FILE: statsFile } : {}) },
    });
    let stderr = '';
    child.stdout.on('data', (b) => {
      if (first === null && b.includes(10)) first = performance.now() - t0;
      bytes += b.length;
      hash.update(b);
    });
    child.stderr.on('data', (b) => (stderr = (stderr + b).slice(-4000)));
    child.on('error', fail);
    child.on('close', (code) => {
      const wallMs = performance.now() - t0;
      if (!existsSync(rusageFile)) return fail(new Error(`${label}: no resource usage (exit ${code}): ${stderr}`));
      const usage = processesUsage(readFileSync(rusageFile, 'utf8'));
      const own = stats && existsSync(statsFile) ? JSON.parse(readFileSync(statsFile, 'utf8')) : null;
      done({ label, code, wallMs, firstMs: first, outBytes: bytes, sha256: hash.digest('hex'), ...usage, stats: own, stderr });
    });
  });
}

/**
 * CPU time and peak memory of a command from its processes' lines (one, or
 * two when the command started itself again under its V8 flags): the CPU of
 * all, and the peak of the largest plus what the others hold alone (the
 * resident memory of an idle Node process is mostly Node's own code, shared
 * with the other; counted twice, it would add some 35 MB that no one uses).
 */
function processesUsage(text) {
  const lines = text.trim().split('\n').map((l) => JSON.parse(l));
  const largest = lines.reduce((a, b) => (b.maxRssKB > a.maxRssKB ? b : a));
  const others = lines.filter((l) => l !== largest).reduce((sum, l) => sum + (l.privateKB ?? l.maxRssKB), 0);
  return { cpuMs: lines.reduce((sum, l) => sum + l.cpuMs, 0), maxRssKB: largest.maxRssKB + others, processes: lines.length };
}

/** A directory holding articles [from, to) of the corpus (symbolic links). */
function sliceDir(corpusDir, from, to) {
  const dir = join(work, `slice-${from}-${to}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  for (let i = from; i < to; i++) symlinkSync(join(corpusDir, articleName(i)), join(dir, articleName(i)));
  return dir;
}
const prefixDir = (corpusDir, n) => sliceDir(corpusDir, 0, n);

/**
 * The machine's own ceiling for --jobs N: N separate `--jobs 1` processes, each
 * on its share of the corpus, all at once. They share nothing, so what they
 * lose against one process is the machine's (cores shared with V8's helper
 * threads, caches, a hypervisor), not the pool's. Wall clock: the slowest.
 */
async function independent(label, corpusDir, articles, n) {
  const share = Math.ceil(articles / n);
  const dirs = Array.from({ length: n }, (_, i) => sliceDir(corpusDir, i * share, Math.min(articles, (i + 1) * share)));
  const t0 = performance.now();
  const runs = await Promise.all(dirs.map((d, i) => ours(`${label}-${i}`, [d], 1)));
  return { label, code: Math.max(...runs.map((r) => r.code)), wallMs: performance.now() - t0, cpuMs: runs.reduce((s, r) => s + r.cpuMs, 0), maxRssKB: runs.reduce((s, r) => s + r.maxRssKB, 0) };
}

function corpusBytes(dir, n) {
  let total = 0;
  for (let i = 0; i < n; i++) total += statSync(join(dir, articleName(i))).size;
  return total;
}

const ours = (label, inputs, jobsN, extra = []) =>
  measure(label, [...extra, BIN, '--jobs', String(jobsN), '-f', 'ndjson', '-q', ...inputs]);

function report(r, articles, bytes) {
  const cpuS = r.cpuMs / 1000;
  return {
    run: r.label,
    articles,
    wall_s: r.wallMs / 1000,
    cpu_s: cpuS,
    articles_per_s: articles / (r.wallMs / 1000),
    articles_per_cpu_s: articles / cpuS,
    mb_per_cpu_s: bytes / 1e6 / cpuS,
    peak_mb: r.maxRssKB / 1024,
    exit: r.code,
  };
}

async function main() {
  if (!opt['no-build']) {
    log('building dist/ ...');
    await new Promise((ok, ko) =>
      spawn(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' }).on('close', (c) =>
        c === 0 ? ok() : ko(new Error('build failed')),
      ),
    );
  }
  for (const part of ['bin', 'dist', join('src', 'data'), 'package.json']) {
    cpSync(join(ROOT, part), join(SNAPSHOT, part), { recursive: true });
  }
  const started = Date.now();
  log(`machine: ${availableParallelism()} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}, node ${process.version}`);
  const corpus = generateCorpus({ count, seed, texts });
  log(`corpus: ${corpus.count} articles, ${(corpus.bytes / 1e6).toFixed(2)} MB, seed ${seed}, sources ${corpus.fingerprint}${texts ? ` (seeds + ${texts})` : ' (seeds)'}: ${corpus.dir}`);
  const big = opt.full ? generateCorpus({ count: 10_000, seed, texts }) : null;
  if (big) log(`corpus: ${big.count} articles, ${(big.bytes / 1e6).toFixed(2)} MB: ${big.dir}`);

  // Time to first record for one seed file, the two sides alternating.
  const ttfr = { ours: [], naive: [], oursCpu: [], naiveCpu: [] };
  for (let i = 0; i < Number(opt['ttfr-runs']); i++) {
    const a = await ours(`ttfr-ours-${i}`, [SEED_FILE], 1);
    const b = await measure(`ttfr-naive-${i}`, [NAIVE, SEED_FILE]);
    ttfr.ours.push(a.firstMs);
    ttfr.naive.push(b.firstMs);
    ttfr.oursCpu.push(a.cpuMs);
    ttfr.naiveCpu.push(b.cpuMs);
  }
  // The default --jobs (the cores) must not start workers for one file either.
  const oneFileDefault = await measure('ttfr-ours-default-jobs', [BIN, '-f', 'ndjson', '-q', SEED_FILE]);
  log(`time to first record (median of ${ttfr.ours.length}, load ${load()}): ours ${fmt(median(ttfr.ours), 0)} ms, naive ${fmt(median(ttfr.naive), 0)} ms; default --jobs ${fmt(oneFileDefault.firstMs, 0)} ms`);

  // Throughput.
  const naiveDir = prefixDir(corpus.dir, naiveCount);
  const naiveBytes = corpusBytes(corpus.dir, naiveCount);
  log(`naive pipeline on ${naiveCount} articles ...`);
  const naive = await measure('naive', [NAIVE, naiveDir], { stats: true });
  log(`ours --jobs 1 on ${count} articles ...`);
  const one = await ours('jobs1', [corpus.dir], 1);
  log(`ours --jobs ${jobs} on ${count} articles ...`);
  const many = await ours(`jobs${jobs}`, [corpus.dir], jobs);
  log(`${jobs} separate --jobs 1 processes at once, each on 1/${jobs} of the ${count} articles (the machine's ceiling) ...`);
  const apart = await independent(`apart${jobs}`, corpus.dir, count, jobs);
  const runs = [report(one, count, corpus.bytes), report(many, count, corpus.bytes)];
  const apartRow = report(apart, count, corpus.bytes);
  let bigRuns = [];
  if (big) {
    log(`ours --jobs 1 and --jobs ${jobs} on 10,000 articles ...`);
    const bigOne = await ours('jobs1-10k', [big.dir], 1);
    const bigMany = await ours(`jobs${jobs}-10k`, [big.dir], jobs);
    bigRuns = [report(bigOne, big.count, big.bytes), report(bigMany, big.count, big.bytes)];
    if (bigOne.sha256 !== bigMany.sha256) log(`!! --jobs ${jobs} output differs from --jobs 1 on 10,000 articles`);
  }
  if (opt['cpu-prof']) {
    log(`profiling --jobs 1 into ${opt['cpu-prof']} ...`);
    await ours('profile', [corpus.dir], 1, ['--cpu-prof', `--cpu-prof-dir=${resolve(opt['cpu-prof'])}`]);
  }

  // The naive side: the article loop alone (its module loading left out), per core.
  const n = naive.stats;
  const naiveRow = {
    run: 'naive (loop only)',
    articles: n.articles,
    wall_s: n.loopWallMs / 1000,
    cpu_s: n.loopCpuMs / 1000,
    articles_per_s: n.articles / (n.loopWallMs / 1000),
    articles_per_cpu_s: n.articles / (n.loopCpuMs / 1000),
    mb_per_cpu_s: naiveBytes / 1e6 / (n.loopCpuMs / 1000),
    peak_mb: naive.maxRssKB / 1024,
    exit: naive.code,
  };
  const rows = [naiveRow, ...runs, apartRow, ...bigRuns];
  log('');
  log('run                  articles   wall s    cpu s  art/s  art/cpu-s  MB/cpu-s  peak MB  exit');
  for (const r of rows) {
    log(
      `${r.run.padEnd(20)} ${String(r.articles).padStart(8)} ${fmt(r.wall_s).padStart(8)} ${fmt(r.cpu_s).padStart(8)} ${fmt(r.articles_per_s).padStart(6)} ${fmt(r.articles_per_cpu_s).padStart(10)} ${fmt(r.mb_per_cpu_s, 3).padStart(9)} ${fmt(r.peak_mb, 0).padStart(8)} ${String(r.exit).padStart(5)}`,
    );
  }
  const [j1, jn] = runs;
  const ratios = {
    articles_per_core_vs_naive: j1.articles_per_cpu_s / naiveRow.articles_per_cpu_s,
    mb_per_core_vs_naive: j1.mb_per_cpu_s / naiveRow.mb_per_cpu_s,
    peak_memory_vs_naive: j1.peak_mb / naiveRow.peak_mb,
    first_record_vs_naive: median(ttfr.ours) / median(ttfr.naive),
    jobs_speedup: j1.wall_s / jn.wall_s,
    // What N cores would give if --jobs 1 used one core and nothing else ran:
    // --jobs 1 itself keeps V8's collector and compiler threads busy beside
    // the analysis, so on N cores even this is out of reach.
    jobs_speedup_cpu_bound: (jobs * j1.cpu_s) / jn.cpu_s,
    // N processes that share nothing: the most this machine gives N analyses at once.
    jobs_speedup_apart: j1.wall_s / apartRow.wall_s,
    jobs_vs_apart: apartRow.wall_s / jn.wall_s,
    jobs_output_identical: one.sha256 === many.sha256,
    ...(bigRuns.length
      ? {
          peak_10k_vs_1k_jobs1: bigRuns[0].peak_mb / j1.peak_mb,
          [`peak_10k_vs_1k_jobs${jobs}`]: bigRuns[1].peak_mb / jn.peak_mb,
          articles_per_core_vs_naive_10k: bigRuns[0].articles_per_cpu_s / naiveRow.articles_per_cpu_s,
          jobs_speedup_10k: bigRuns[0].wall_s / bigRuns[1].wall_s,
          // each worker loads the resources and warms up on its own: over 10,000 articles that cost is spread thin
          jobs_speedup_cpu_bound_10k: (jobs * bigRuns[0].cpu_s) / bigRuns[1].cpu_s,
        }
      : {}),
  };
  log('');
  log(`ours, end to end (start-up included), against the naive pipeline's article loop, per core:`);
  log(`  articles/s per core   ${fmt(ratios.articles_per_core_vs_naive, 2)} x   (${fmt(j1.articles_per_cpu_s)} vs ${fmt(naiveRow.articles_per_cpu_s)})`);
  log(`  MB/s per core         ${fmt(ratios.mb_per_core_vs_naive, 2)} x   (${fmt(j1.mb_per_cpu_s, 3)} vs ${fmt(naiveRow.mb_per_cpu_s, 3)})`);
  log(`  peak memory           ${fmt(ratios.peak_memory_vs_naive, 2)} x   (${fmt(j1.peak_mb, 0)} MB vs ${fmt(naiveRow.peak_mb, 0)} MB)`);
  log(`  time to first record  ${fmt(ratios.first_record_vs_naive, 2)} x   (${fmt(median(ttfr.ours), 0)} ms vs ${fmt(median(ttfr.naive), 0)} ms)`);
  log(`--jobs ${jobs} against --jobs 1, wall clock: ${fmt(ratios.jobs_speedup, 2)} x (load ${load()}); output ${ratios.jobs_output_identical ? 'identical' : 'DIFFERENT'} (sha256 ${one.sha256.slice(0, 12)})`);
  log(`  from CPU time: ${fmt(ratios.jobs_speedup_cpu_bound, 2)} x (${jobs} x ${fmt(j1.cpu_s)} s / ${fmt(jn.cpu_s)} s); --jobs 1 itself used ${fmt(j1.cpu_s / j1.wall_s, 2)} cores`);
  log(`  ${jobs} separate processes on 1/${jobs} each, this machine's ceiling: ${fmt(ratios.jobs_speedup_apart, 2)} x; --jobs ${jobs} reaches ${fmt(100 * ratios.jobs_vs_apart, 0)}% of it`);
  if (bigRuns.length) {
    log(`over 10,000 articles: ${fmt(ratios.articles_per_core_vs_naive_10k, 2)} x the naive pipeline per core; --jobs ${jobs} against --jobs 1 ${fmt(ratios.jobs_speedup_10k, 2)} x wall clock, ${fmt(ratios.jobs_speedup_cpu_bound_10k, 2)} x from CPU time`);
    log(`peak memory 10,000 against 1,000 articles: --jobs 1 ${fmt(ratios.peak_10k_vs_1k_jobs1, 2)} x (${fmt(bigRuns[0].peak_mb, 0)} MB), --jobs ${jobs} ${fmt(ratios[`peak_10k_vs_1k_jobs${jobs}`], 2)} x (${fmt(bigRuns[1].peak_mb, 0)} MB)`);
  }
  log(`load average at the end ${load()}; ${((Date.now() - started) / 1000).toFixed(0)} s`);
  for (const r of [one, many]) if (r.code !== 0) log(`!! ${r.label} exited ${r.code}: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);

  if (opt.json) {
    writeFileSync(
      opt.json,
      JSON.stringify(
        {
          date: new Date().toISOString(),
          machine: { cores: availableParallelism(), node: process.version },
          corpus: { count: corpus.count, bytes: corpus.bytes, seed, fingerprint: corpus.fingerprint, texts: texts ?? null },
          ttfr_ms: { ours: ttfr.ours, naive: ttfr.naive, ours_default_jobs: oneFileDefault.firstMs },
          rows,
          ratios,
        },
        null,
        2,
      ) + '\n',
    );
  }
}

try {
  await main();
} finally {
  rmSync(work, { recursive: true, force: true });
}
