import { run } from '../dist/cli-nobound.js';
await run();
