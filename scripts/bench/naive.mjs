// The naive pipeline the benchmark compares against: the design's two NLP
// libraries as they come, on every whole article. compromise tags the whole
// text and lists its people, places and organisations; chrono-node parses
// every date expression of the whole text. One JSON line per article.
//
//   node scripts/bench/naive.mjs FILE|DIR...
//
// With BENCH_STATS_FILE set, writes the CPU and wall time of the article loop
// alone (module loading excluded: the comparison is generous to this pipeline).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import * as chrono from 'chrono-node';

function* files(args) {
  for (const arg of args) {
    if (statSync(arg).isDirectory()) {
      for (const name of readdirSync(arg).filter((f) => !f.startsWith('.')).sort()) yield* files([join(arg, name)]);
    } else yield arg;
  }
}

const reference = new Date(Date.UTC(2020, 0, 1, 12));
const texts = (list) => list.map((x) => x.text);
const cpu0 = process.cpuUsage();
const wall0 = performance.now();
let articles = 0;
let bytes = 0;
for (const file of files(process.argv.slice(2))) {
  const raw = readFileSync(file);
  const text = raw.toString('utf8');
  const doc = nlp(text);
  const record = {
    file,
    people: texts(doc.people().json()),
    places: texts(doc.places().json()),
    organizations: texts(doc.organizations().json()),
    dates: chrono.parse(text, reference).map((r) => ({ text: r.text, start: r.start.date().toISOString() })),
  };
  process.stdout.write(JSON.stringify(record) + '\n');
  articles++;
  bytes += raw.length;
}
const cpu = process.cpuUsage(cpu0);
if (process.env.BENCH_STATS_FILE) {
  writeFileSync(
    process.env.BENCH_STATS_FILE,
    JSON.stringify({ articles, bytes, loopWallMs: performance.now() - wall0, loopCpuMs: (cpu.user + cpu.system) / 1000 }),
  );
}
