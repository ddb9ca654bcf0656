// Typed errors thrown by the library; the CLI maps them to exit codes in one place.

/** A problem with how the tool was called: bad option, bad dictionary file, no input (exit 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A user dictionary (--actors / --places) that cannot be used (exit 2). */
export class DictionaryError extends UsageError {
  override name = 'DictionaryError';
  constructor(
    readonly file: string,
    readonly entry: string | null,
    readonly problem: string,
  ) {
    super(`${file}${entry ? `: ${entry}` : ''}: ${problem}`);
  }
}

/** One input that could not be processed (exit 1; the others go on). */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`${input}: ${message}`);
  }
}

/** Ctrl-C stopped the analysis of an article on the calling thread (exit 130). */
export class InterruptedError extends Error {
  override name = 'InterruptedError';
  constructor() {
    super('interrupted');
  }
}
