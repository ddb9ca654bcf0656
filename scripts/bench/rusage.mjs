// Loaded with `node --import` in front of a measured command: at exit, adds a
// line to the file named by BENCH_RUSAGE_FILE with this process's peak
// resident memory, its CPU time (all threads) and, where Linux tells it, the
// memory it holds alone (not shared with another process running Node). One
// line per process: the command starts itself once more under its V8 flags
// (src/cli/relaunch.cjs), and Node passes this --import on to that run.
import { isMainThread } from 'node:worker_threads';
import { appendFileSync, readFileSync } from 'node:fs';

/** Private_Clean + Private_Dirty of /proc/self/smaps_rollup, in kB; null elsewhere. */
function privateKB() {
  try {
    const rollup = readFileSync('/proc/self/smaps_rollup', 'utf8');
    return [...rollup.matchAll(/^Private_(?:Clean|Dirty):\s+(\d+) kB/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
  } catch {
    return null;
  }
}

if (isMainThread && process.env.BENCH_RUSAGE_FILE) {
  const file = process.env.BENCH_RUSAGE_FILE;
  process.on('exit', () => {
    const u = process.resourceUsage();
    const line = { pid: process.pid, maxRssKB: u.maxRSS, privateKB: privateKB(), cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 };
    appendFileSync(file, JSON.stringify(line) + '\n');
  });
}
