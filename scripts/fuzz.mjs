// The long run: the fuzz properties of tests/fuzz.test.ts with many more
// cases, and the pathological articles of tests/hardening.test.ts.
//   npm run fuzz                 # 50 x the cases of `npm test`
//   npm run fuzz -- 200          # 200 x
//   FUZZ_SEED=1234 npm run fuzz  # replay the run that printed this seed
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const scale = Number(process.argv[2] ?? process.env.FUZZ_RUNS ?? 50);
if (!Number.isFinite(scale) || scale <= 0) {
  console.error(`fuzz: expected a positive scale factor, got "${process.argv[2]}"`);
  process.exit(2);
}
const seed = process.env.FUZZ_SEED ?? String(Date.now() % 2 ** 31);
console.error(`fuzz: ${scale} x the test-suite cases, seed ${seed} (replay with FUZZ_SEED=${seed})`);
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const r = spawnSync(
  process.execPath,
  [vitest, 'run', 'tests/fuzz.test.ts', 'tests/hardening.test.ts', '-t', '^(fuzz: |13\\. Pathological)'],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FUZZ_RUNS: String(scale), FUZZ_SEED: seed },
  },
);
process.exitCode = r.status ?? 1;
