// V8 settings of the command line, made before anything else runs. The
// library never sets them: a program that embeds it keeps its own. Each one
// is kept only because `npm run bench` shows that it helps.
import { setFlagsFromString } from 'node:v8';

// A regular expression is compiled to machine code on its first use instead
// of being interpreted first and compiled again once it is hot: the analysis
// is mostly regular expressions, every one of them hot, so the interpreted
// first round is pure cost (about a tenth of a second off the first record).
// V8 flags are per process: the --jobs workers, started later, have it too.
setFlagsFromString('--no-regexp-tier-up');
