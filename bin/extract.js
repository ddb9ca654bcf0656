#!/usr/bin/env node
// The command line. It runs under V8 flags that only Node's own command line
// sets safely (src/cli/relaunch.cjs says which and why): started without them,
// as `npx extract` and `node bin/extract.js` are, it runs itself once more with
// them and ends as that run ends. The bundle comes compiled from V8's code
// cache when the build left one (dist/launch.cjs).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

if (!require('../dist/relaunch.cjs').relaunched(fileURLToPath(import.meta.url))) {
  await require('../dist/launch.cjs').run();
}
