// Inputs: files, directories (recursed, sorted), glob patterns expanded by the
// tool itself, and `-` for standard input. Yields them lazily, in a
// deterministic order; problems are yielded as failures, never thrown.
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export type InputRef = { kind: 'file'; path: string; id: string } | { kind: 'stdin'; path: '-'; id: 'stdin' };
export type InputFailure = { kind: 'failure'; path: string; message: string };

export function articleId(path: string): string {
  const name = basename(path);
  const ext = extname(name);
  return ext && ext !== name ? name.slice(0, -ext.length) : name;
}

const fileRef = (path: string): InputRef => ({ kind: 'file', path, id: articleId(path) });

async function* walkDirectory(dir: string, seen: Set<string>): AsyncGenerator<InputRef | InputFailure> {
  let real: string;
  try {
    const s = await stat(dir);
    real = `${s.dev}:${s.ino}`;
  } catch (e) {
    yield { kind: 'failure', path: dir, message: describeFsError(e) };
    return;
  }
  if (seen.has(real)) {
    yield { kind: 'failure', path: dir, message: 'directory loop (a symbolic link back to a parent), not followed' };
    return;
  }
  seen.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield { kind: 'failure', path: dir, message: describeFsError(e) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const s = await stat(path);
        isDir = s.isDirectory();
        isFile = s.isFile();
      } catch (e) {
        yield { kind: 'failure', path, message: describeFsError(e) };
        continue;
      }
    }
    if (isDir) yield* walkDirectory(path, seen);
    else if (isFile) yield fileRef(path);
  }
}

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'ENOTDIR':
      return 'not a directory (a path component is a file)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EROFS':
      return 'read-only file system';
    case 'EEXIST':
      return 'already exists';
    default:
      return (e as Error)?.message ?? String(e);
  }
}

/** Expands the command line's inputs. No inputs means standard input. */
export async function* expandInputs(args: string[]): AsyncGenerator<InputRef | InputFailure> {
  if (args.length === 0) {
    yield { kind: 'stdin', path: '-', id: 'stdin' };
    return;
  }
  for (const arg of args) {
    if (arg === '-') {
      yield { kind: 'stdin', path: '-', id: 'stdin' };
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && isDynamicPattern(arg)) {
        // A quoted glob: expand it ourselves.
        const matches = (await glob(arg, { onlyFiles: true, dot: false, followSymbolicLinks: false, expandDirectories: false })).sort();
        if (matches.length === 0) yield { kind: 'failure', path: arg, message: 'no file matches this pattern' };
        for (const m of matches) yield fileRef(m);
        continue;
      }
      yield { kind: 'failure', path: arg, message: describeFsError(e) };
      continue;
    }
    if (info.isDirectory()) yield* walkDirectory(arg, new Set());
    else yield fileRef(arg);
  }
}
