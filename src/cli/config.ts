// Options validated once into a config object; every problem is a UsageError (exit 2).
import { realpathSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { FORMATS, supports, type Format } from '../writers/index.js';
import type { RecordKind } from '../records/schemas.js';
import { DEFAULT_ARTICLE_TIMEOUT_MS } from '../article.js';
import type { Verbosity } from './diagnostics.js';

export interface RawOptions {
  format?: string;
  records?: string;
  output?: string;
  referenceDate?: string;
  actors?: string[];
  places?: string[];
  jobs?: string;
  explain?: boolean;
  bom?: boolean;
  maxBytes?: string;
  articleTimeout?: string;
  quiet?: boolean;
  verbose?: boolean;
  color?: boolean;
}

export interface Config {
  inputs: string[];
  format: Format;
  records: RecordKind;
  output: string | null;
  referenceDate: string | null;
  actorFiles: string[];
  placeFiles: string[];
  jobs: number;
  explain: boolean;
  bom: boolean;
  maxBytes: number;
  /** Time limit per article in milliseconds; 0: none. */
  articleTimeoutMs: number;
  verbosity: Verbosity;
  color: boolean | 'auto';
}

/** The file a path ends at, through symbolic links; the absolute path when it does not exist yet. */
function realFile(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function buildConfig(inputs: string[], o: RawOptions): Config {
  const format = (o.format ?? 'json').toLowerCase();
  if (!FORMATS.includes(format as Format)) {
    throw new UsageError(`--format: expected one of ${FORMATS.join(', ')}, got "${o.format}"`);
  }
  const records = (o.records ?? 'events').toLowerCase();
  if (records !== 'events' && records !== 'articles') {
    throw new UsageError(`--records: expected events or articles, got "${o.records}"`);
  }
  if (!supports(format as Format, records)) {
    throw new UsageError(`--format ${format} writes one row per event: use --records events, or --format json/ndjson for article records`);
  }
  if (o.referenceDate !== undefined && !isRealDate(o.referenceDate)) {
    throw new UsageError(`--reference-date: expected a date YYYY-MM-DD, got "${o.referenceDate}"`);
  }
  let jobs = Math.max(1, availableParallelism());
  if (o.jobs !== undefined) {
    if (!/^\d+$/.test(o.jobs) || Number(o.jobs) < 1 || Number(o.jobs) > 256) {
      throw new UsageError(`--jobs: expected a whole number from 1 to 256, got "${o.jobs}"`);
    }
    jobs = Number(o.jobs);
  }
  let maxBytes = 2 * 1024 * 1024;
  if (o.maxBytes !== undefined) {
    if (!/^\d+$/.test(o.maxBytes) || Number(o.maxBytes) < 1) {
      throw new UsageError(`--max-bytes: expected a positive whole number of bytes, got "${o.maxBytes}"`);
    }
    maxBytes = Number(o.maxBytes);
  }
  let articleTimeoutMs = DEFAULT_ARTICLE_TIMEOUT_MS;
  if (o.articleTimeout !== undefined) {
    // Seconds, fractions allowed; 0 turns the limit off.
    if (!/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(o.articleTimeout) || Number(o.articleTimeout) > 86_400) {
      throw new UsageError(`--article-timeout: expected a number of seconds from 0 (no limit) to 86400, got "${o.articleTimeout}"`);
    }
    articleTimeoutMs = Math.ceil(Number(o.articleTimeout) * 1000);
  }
  const output = o.output ?? null;
  if (output !== null) {
    if (output === '' || output === '-') throw new UsageError('--output: expected a file name (records go to standard output without -o)');
    // `-o link.txt` where link.txt points at an article is the same file.
    const out = realFile(output);
    if (inputs.some((i) => i !== '-' && realFile(i) === out)) {
      throw new UsageError(`--output ${output} is also an input: refusing to overwrite an article`);
    }
    // Known before any article is analysed, not after.
    if (statSync(out, { throwIfNoEntry: false })?.isDirectory()) {
      throw new UsageError(`--output ${output} is a directory: expected a file name`);
    }
  }
  if (o.quiet && o.verbose) throw new UsageError('--quiet and --verbose cannot be used together');
  return {
    inputs,
    format: format as Format,
    records,
    output,
    referenceDate: o.referenceDate ?? null,
    actorFiles: o.actors ?? [],
    placeFiles: o.places ?? [],
    jobs,
    explain: !!o.explain,
    bom: !!o.bom,
    maxBytes,
    articleTimeoutMs,
    verbosity: o.quiet ? 'quiet' : o.verbose ? 'verbose' : 'normal',
    color: o.color === false ? false : 'auto',
  };
}
