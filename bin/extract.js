#!/usr/bin/env node
// The command line, compiled from V8's code cache when the build left one (dist/launch.cjs).
import { createRequire } from 'node:module';

const { run } = createRequire(import.meta.url)('../dist/launch.cjs');
await run();
