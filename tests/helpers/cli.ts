// Spawns the built command line (bin/extract.js) the way a user's shell would,
// and helpers for throw-away input files written byte for byte.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'extract.js');
export const SEEDS = join(ROOT, 'fixtures', 'seeds');

export interface CliResult {
  stdout: string;
  stdoutBytes: Buffer;
  stderr: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface CliOptions {
  /** Bytes for standard input; standard input is closed at once when absent. */
  input?: string | Buffer;
  /** Variables set (or, with undefined, removed) over a colour-neutral environment. */
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Kill the process after this many milliseconds (the test then sees signal SIGKILL). */
  timeoutMs?: number;
  /** Leave standard input open (the test ends the process itself, e.g. with a signal). */
  keepStdinOpen?: boolean;
  /** Called once the process runs, e.g. to send it a signal. */
  onSpawn?: (child: ChildProcess) => void;
  /** Another copy of bin/extract.js to run (a copy of the package to alter). */
  bin?: string;
}

export function cliEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['FORCE_COLOR', 'NO_COLOR', 'NODE_OPTIONS', 'TERM']) delete env[k];
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

export function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [options.bin ?? BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: cliEnv(options.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.stdin.on('error', () => {}); // the tool may stop reading early (a capped input)
    const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : null;
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      const stdoutBytes = Buffer.concat(out);
      resolve({ stdout: stdoutBytes.toString('utf8'), stdoutBytes, stderr: Buffer.concat(err).toString('utf8'), code, signal });
    });
    if (options.input !== undefined) child.stdin.end(options.input);
    else if (!options.keepStdinOpen) child.stdin.end();
    options.onSpawn?.(child);
  });
}

/** Runs a shell command line (for pipes such as `| head -1`) with bin/extract.js as $EXTRACT (paths without spaces). */
export function runShell(command: string, options: Omit<CliOptions, 'input' | 'onSpawn'> = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', ['-c', command], {
      cwd: options.cwd ?? ROOT,
      env: { ...cliEnv(options.env), EXTRACT: `${process.execPath} ${BIN}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : null;
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      const stdoutBytes = Buffer.concat(out);
      resolve({ stdout: stdoutBytes.toString('utf8'), stdoutBytes, stderr: Buffer.concat(err).toString('utf8'), code, signal });
    });
  });
}

/** A temporary directory; files are written byte for byte so that git cannot alter them. */
export class TempDir {
  readonly path = mkdtempSync(join(tmpdir(), 'conflict-extract-'));

  file(name: string, content: string | Buffer): string {
    const p = join(this.path, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
    return p;
  }

  join(...parts: string[]): string {
    return join(this.path, ...parts);
  }

  remove(): void {
    rmSync(this.path, { recursive: true, force: true });
  }
}

/** Parses NDJSON, one JSON.parse per line; a blank last line is the final newline. */
export function parseNdjson(text: string): unknown[] {
  if (text === '') return [];
  if (!text.endsWith('\n')) throw new Error('NDJSON output does not end with a newline');
  return text
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line));
}

// ANSI escape sequences (SGR colour, cursor moves).
export const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/;
