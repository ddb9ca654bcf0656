// Loaded with `node --import` in front of a measured command: at exit, writes
// the whole process's peak resident memory and CPU time (all threads) to the
// file named by BENCH_RUSAGE_FILE.
import { isMainThread } from 'node:worker_threads';
import { writeFileSync } from 'node:fs';

if (isMainThread && process.env.BENCH_RUSAGE_FILE) {
  const file = process.env.BENCH_RUSAGE_FILE;
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssKB: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, uptimeMs: process.uptime() * 1000 }));
  });
}
