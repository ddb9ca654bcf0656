// The command line: the only code that knows argv, stdout/stderr, colour and
// exit codes. A thin layer over the library (src/index.ts).
import { boundHeap } from './engine.js';
import { Command, CommanderError, Option } from 'commander';
import { extractInputs } from '../index.js';
import { loadResources } from '../resources.js';
import { DictionaryError, InterruptedError, UsageError } from '../errors.js';
import { DEFAULT_ARTICLE_TIMEOUT_MS } from '../article.js';
import { recordJsonSchema, type RecordKind } from '../records/schemas.js';
import { toEventRecords } from '../records/events.js';
import { createWriter } from '../writers/index.js';
import { buildConfig, type Config, type RawOptions } from './config.js';
import { Diagnostics } from './diagnostics.js';
import { ClosedPipe, OutputError, fileOutput, stdoutOutput, type Output } from './output.js';
import { runEval } from './eval.js';

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0';

export interface CliIO {
  argv: string[];
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

const EXIT = { ok: 0, someFailed: 1, usage: 2, interrupted: 130 } as const;

const collect = (value: string, previous: string[]) => [...previous, value];

function extractionOptions(cmd: Command): Command {
  return cmd
    .option('-f, --format <format>', 'json | ndjson | csv | tsv | geojson', 'json')
    .option('-r, --records <kind>', 'events | articles', 'events')
    .option('-o, --output <file>', 'write records to FILE (atomically) instead of standard output')
    .option('--reference-date <YYYY-MM-DD>', 'publication date to assume for articles in which none is found')
    .option('--actors <file>', 'user actor dictionary (JSON or YAML), merged over the built-in one; repeatable', collect, [])
    .option('--places <file>', 'user gazetteer entries (JSON or CSV), merged over the built-in ones; repeatable', collect, [])
    .option('--jobs <n>', 'parallel workers (default: available cores)')
    .option('--explain', 'attach to every event the rule behind each field')
    .option('--bom', 'start CSV/TSV output with a byte order mark (for spreadsheets)')
    .option('--article-timeout <seconds>', `abandon an article whose analysis takes longer (default ${DEFAULT_ARTICLE_TIMEOUT_MS / 1000}; 0: no limit)`)
    .addOption(new Option('--max-bytes <n>', 'cap on one input, in bytes (default 2 MiB)').hideHelp())
    .option('-q, --quiet', 'print errors only')
    .option('-v, --verbose', 'print what happens to each input')
    .option('--no-color', 'no colour on standard error');
}

async function runExtract(config: Config, io: CliIO, diag: Diagnostics): Promise<number> {
  if (config.inputs.length === 0 && io.stdin.isTTY) {
    throw new UsageError('no input: name files, directories or glob patterns, or pipe an article into standard input (see extract --help)');
  }
  // A bad dictionary is a usage error before any input is read or output opened.
  loadResources({ actorFiles: config.actorFiles, placeFiles: config.placeFiles });

  const writer = createWriter(config.format, { records: config.records, bom: config.bom });
  // Listening before the temp file exists: an interrupt at any moment removes it.
  // Records already on standard output stay, whole, and a JSON array is closed.
  // A Ctrl-C comes twice when the command was started again under its V8
  // flags (src/cli/relaunch.cjs): from the terminal and from the parent. The
  // handler stays, so that the second one finds it and is ignored, not
  // killing the run halfway through cleaning up.
  let out: Output | null = null;
  let started = false;
  let stopping = false;
  const onSignal = () => {
    if (stopping) return;
    stopping = true;
    out?.abort();
    if (started && !config.output) io.stdout.write(writer.footer());
    diag.clearProgress();
    io.stderr.write('interrupted\n');
    process.exit(EXIT.interrupted);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    out = config.output ? fileOutput(config.output) : stdoutOutput(io.stdout);
  } catch (e) {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    throw e;
  }

  let failed = 0;
  let processed = 0;
  let inputsSeen = 0;
  try {
    await out.write(writer.header());
    started = true;
    const outcomes = extractInputs(config.inputs, {
      actorFiles: config.actorFiles,
      placeFiles: config.placeFiles,
      referenceDate: config.referenceDate,
      explain: config.explain,
      jobs: config.jobs,
      maxBytes: config.maxBytes,
      articleTimeoutMs: config.articleTimeoutMs,
      breakOnSigint: true,
      stdin: io.stdin,
    });
    for await (const outcome of outcomes) {
      boundHeap();
      inputsSeen++;
      for (const w of outcome.warnings) diag.warn(`${outcome.path}: ${w}`);
      if (!outcome.ok) {
        failed++;
        diag.error(`${outcome.path}: ${outcome.error}${outcome.timedOut ? ' (the limit is --article-timeout)' : ''}`);
        continue;
      }
      processed++;
      const record = outcome.record;
      diag.info(`${outcome.path}: ${record.events.length} event(s)`);
      if (inputsSeen > 3) diag.progress(`${processed} article(s) read, ${failed} failed`);
      if (outcome.empty) continue; // an empty input gives no records, only its warning
      if (config.records === 'articles') await out.write(writer.record(record));
      else for (const e of toEventRecords(record)) await out.write(writer.record(e));
    }
    await out.write(writer.footer());
    await out.close();
  } catch (e) {
    // Ctrl-C stopped an article being analysed on this thread.
    if (e instanceof InterruptedError) onSignal();
    if (e instanceof ClosedPipe) {
      out.abort();
      return EXIT.ok; // `extract ... | head -1`: the reader has all it wants
    }
    out.abort();
    throw e;
  } finally {
    diag.clearProgress();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
  if (inputsSeen === 0) throw new UsageError('no input found');
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}

/** Runs the CLI; resolves to the exit code. Never calls process.exit() except on a signal. */
export async function main(io: CliIO): Promise<number> {
  let exitCode: number = EXIT.ok;
  const diag = () =>
    new Diagnostics({
      verbosity: 'normal',
      color: io.argv.includes('--no-color') ? false : 'auto',
      env: io.env,
      stream: io.stderr,
    });

  const program = new Command('extract')
    .description('Turn news articles about armed conflict into structured event records.')
    .version(VERSION, '-V, --version')
    .argument('[inputs...]', 'files, directories, glob patterns, or - for standard input')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showSuggestionAfterError();
  extractionOptions(program).action(async (inputs: string[], opts: RawOptions) => {
    const config = buildConfig(inputs, opts);
    const d = new Diagnostics({ verbosity: config.verbosity, color: config.color, env: io.env, stream: io.stderr });
    exitCode = await runExtract(config, io, d);
  });

  program
    .command('schema')
    .description('print the JSON Schema of the records')
    .argument('[kind]', 'events | articles', 'events')
    .exitOverride()
    .action(async (kind: string) => {
      if (kind !== 'events' && kind !== 'articles') throw new UsageError(`schema: expected events or articles, got "${kind}"`);
      await stdoutOutput(io.stdout).write(JSON.stringify(recordJsonSchema(kind as RecordKind), null, 2) + '\n');
    });

  extractionOptions(
    program
      .command('eval')
      .description('score the extraction of INPUTS against a gold file: precision, recall and F1 per field')
      .requiredOption('--gold <file>', 'gold annotations (JSON array or JSON Lines)')
      .argument('[inputs...]', 'files, directories, glob patterns')
      .exitOverride(),
  ).action(async (inputs: string[], opts: RawOptions & { gold: string }) => {
    const config = buildConfig(inputs, { ...opts, format: 'ndjson', records: 'articles' });
    const d = new Diagnostics({ verbosity: config.verbosity, color: config.color, env: io.env, stream: io.stderr });
    exitCode = await runEval(opts.gold, config, io, d);
  });

  try {
    await program.parseAsync(io.argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      return EXIT.usage; // commander has printed the problem
    }
    if (e instanceof DictionaryError || e instanceof UsageError) {
      diag().error(e.message);
      return EXIT.usage;
    }
    if (e instanceof ClosedPipe) return EXIT.ok; // `extract schema | head -1`
    if (e instanceof InterruptedError) {
      io.stderr.write('interrupted\n');
      return EXIT.interrupted;
    }
    if (e instanceof OutputError) {
      diag().error(e.message);
      return EXIT.someFailed;
    }
    const err = e as NodeJS.ErrnoException;
    if (err?.code === 'ENOSPC' || err?.code === 'EIO' || err?.code === 'EBADF') {
      diag().error(`cannot write output: ${err.message}`);
      return EXIT.someFailed;
    }
    diag().error(err?.stack ?? String(e));
    return EXIT.someFailed;
  }
  return exitCode;
}

/** Entry point of bin/extract.js. */
export async function run(): Promise<void> {
  // A reader that goes away (`| head -1`) must not produce a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exitCode ??= 0;
  });
  process.exitCode = await main({
    argv: process.argv.slice(2),
    env: process.env,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
  });
}

