// Everything that is not a record goes to stderr, through here. Colour only
// when stderr is a terminal and the user has not said NO_COLOR / TERM=dumb.
import { Chalk, type ChalkInstance } from 'chalk';

export type Verbosity = 'quiet' | 'normal' | 'verbose';

export interface DiagnosticsOptions {
  verbosity: Verbosity;
  color: boolean | 'auto';
  env: NodeJS.ProcessEnv;
  stream: NodeJS.WriteStream;
}

/** chalk keys its level on stdout and ignores NO_COLOR: decide the level for stderr ourselves. */
export function colorLevel(opts: Pick<DiagnosticsOptions, 'color' | 'env' | 'stream'>): 0 | 1 | 2 | 3 {
  if (opts.color === false) return 0;
  const { env } = opts;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (env.FORCE_COLOR !== undefined) {
    if (env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return 0;
    const n = Number(env.FORCE_COLOR);
    return n >= 1 && n <= 3 ? (n as 1 | 2 | 3) : 1;
  }
  if (env.TERM === 'dumb') return 0;
  if (opts.color === true) return 1;
  return opts.stream.isTTY ? (opts.stream.hasColors?.(256) ? 2 : 1) : 0;
}

export class Diagnostics {
  private readonly c: ChalkInstance;
  /** Characters of the progress line on screen; 0 when none is. */
  private progressWidth = 0;
  errors = 0;

  constructor(private readonly opts: DiagnosticsOptions) {
    this.c = new Chalk({ level: colorLevel(opts) });
  }

  private line(s: string): void {
    this.clearProgress();
    this.opts.stream.write(s + '\n');
  }

  error(message: string): void {
    this.errors++;
    this.line(`${this.c.red('error')}: ${message}`);
  }

  warn(message: string): void {
    if (this.opts.verbosity !== 'quiet') this.line(`${this.c.yellow('warning')}: ${message}`);
  }

  info(message: string): void {
    if (this.opts.verbosity === 'verbose') this.line(this.c.dim(message));
  }

  /**
   * A progress line that rewrites itself, only on a terminal. It is cleared
   * with spaces, not an escape code, so that TERM=dumb and NO_COLOR get none.
   */
  progress(message: string): void {
    if (this.opts.verbosity === 'quiet' || !this.opts.stream.isTTY) return;
    const pad = ' '.repeat(Math.max(0, this.progressWidth - message.length));
    this.opts.stream.write(`\r${this.c.dim(message)}${pad}`);
    this.progressWidth = message.length;
  }

  clearProgress(): void {
    if (this.progressWidth > 0) {
      this.opts.stream.write(`\r${' '.repeat(this.progressWidth)}\r`);
      this.progressWidth = 0;
    }
  }
}
