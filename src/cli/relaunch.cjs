// The command line's V8 flags, and the one extra process that gives them to
// Node. Copied to dist/ by the build, beside the launcher.
//
// --no-regexp-tier-up: every regular expression is compiled to machine code
//   the first time it runs. By default V8 interprets a pattern first, and
//   again after it has thrown away the code of a pattern unused for a while;
//   the rules' hundreds of patterns, each run a few times over whole articles,
//   then cost about a quarter more CPU (19.3 and 20.1 against 15.3 CPU seconds
//   over the bench's 1,000 articles) and 0.3 s before the first record.
// --interrupt-budget=270336: a function is optimised after four times V8's
//   default run of interpreted work. The pipeline's large functions meet new
//   shapes of text for hundreds of articles, and with the default V8 threw
//   their optimised code away and compiled them again and again (15 to 20%
//   of the CPU over 1,000 articles).
//
// Only Node's own command line sets them safely: set once V8 runs
// (v8.setFlagsFromString), --no-regexp-tier-up made V8 crash at start-up in
// about one run in a hundred on a busy machine. Node takes neither from
// NODE_OPTIONS. So a command started without them runs itself once more with
// them: a second Node process (about a tenth of a second more at start-up,
// 6 MB of memory of its own) that shares standard input, output and error, gets the signals
// this one gets, and ends with the same exit code or signal. They are
// process-wide: the --jobs workers have them too. V8 takes the code cache
// only under the flags it was made with, and the build makes it through here.
'use strict';
const { spawn } = require('node:child_process');
const { constants } = require('node:os');

const V8_FLAGS = ['--no-regexp-tier-up', '--interrupt-budget=270336'];
// Set for the run this process starts, so that the run knows its parent watches it.
const MARK = 'CONFLICT_EXTRACT_RELAUNCHED';
const PASSED_ON = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Returns false when Node already runs with the flags: the caller then runs
 * the command itself. Otherwise starts `script` again under them, with this
 * process's arguments, and returns true: this process then only waits.
 */
function relaunched(script) {
  if (V8_FLAGS.every((flag) => process.execArgv.includes(flag))) {
    if (process.env[MARK] === '1') watchParent();
    return false;
  }
  const child = spawn(process.execPath, [...process.execArgv, ...V8_FLAGS, script, ...process.argv.slice(2)], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, [MARK]: '1' },
    windowsHide: true,
  });
  const passOn = (signal) => {
    // A Ctrl-C reaches both processes; the run takes a second one calmly.
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const signal of PASSED_ON) process.on(signal, passOn);
  child.on('error', (err) => {
    process.stderr.write(`error: cannot start Node with the command's V8 flags: ${err.message}\n`);
    process.exitCode = 1;
  });
  child.on('exit', (code, signal) => {
    for (const s of PASSED_ON) process.removeListener(s, passOn);
    if (signal === null) {
      process.exitCode = code ?? 1;
      return;
    }
    // Ended by a signal: this process ends by the same one, or, where that
    // signal does not end a Node process, with the shell's code for it.
    process.exitCode = 128 + (constants.signals[signal] ?? 0);
    try {
      process.kill(process.pid, signal);
    } catch {
      // the exit code stands
    }
  });
  return true;
}

/**
 * In the run a parent started: when the parent ends without passing a
 * signal on (SIGKILL), the channel between them closes, and the run stops as
 * on SIGTERM, not left behind holding the output. The channel keeps nothing alive.
 */
function watchParent() {
  delete process.env[MARK];
  if (!process.channel) return;
  process.channel.unref();
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}

module.exports = { relaunched, V8_FLAGS };
