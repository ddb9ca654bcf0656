// `extract eval --gold FILE inputs...`: analyse the inputs and score the
// article records against gold annotations. The scores go to stdout (they are
// this command's records); problems go to stderr.
import { readFileSync } from 'node:fs';
import { extractInputs } from '../index.js';
import { UsageError } from '../errors.js';
import { formatEvalResult, scoreRecords } from '../eval/score.js';
import type { Config } from './config.js';
import type { Diagnostics } from './diagnostics.js';
import { stdoutOutput } from './output.js';

function readGold(path: string): unknown[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').trim();
  } catch (e) {
    throw new UsageError(`--gold ${path}: ${(e as Error).message}`);
  }
  if (!text) return [];
  try {
    if (text.startsWith('[')) return JSON.parse(text);
    return text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  } catch (e) {
    throw new UsageError(`--gold ${path}: not JSON or JSON Lines: ${(e as Error).message}`);
  }
}

export async function runEval(goldPath: string, config: Config, io: { stdout: NodeJS.WriteStream }, diag: Diagnostics): Promise<number> {
  const gold = readGold(goldPath);
  const records = [];
  let failed = 0;
  for await (const outcome of extractInputs(config.inputs, { ...config })) {
    for (const w of outcome.warnings) diag.warn(`${outcome.path}: ${w}`);
    if (outcome.ok) records.push(outcome.record);
    else {
      failed++;
      diag.error(`${outcome.path}: ${outcome.error}`);
    }
  }
  const result = scoreRecords(gold as never[], records);
  await stdoutOutput(io.stdout).write(formatEvalResult(result, config.verbosity === 'verbose'));
  return failed ? 1 : 0;
}
