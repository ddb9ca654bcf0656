// Bundles the CLI, the library and the worker into single files so that Node
// does not resolve hundreds of modules at start-up (compromise alone is ~100).
//
// Each output is written to a temporary file and renamed over the old one, so
// that a command or a test running while the project rebuilds never finds
// dist/ empty or a bundle half-written.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(root, 'dist');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// esbuild's tables do not credit Node 20 with Unicode property escapes
// (\p{L}), so for target node20 it rewrites every such literal as
// `new RegExp("...")`: evaluated where it stands, in a loop or a function
// called per word, that parses and looks up the pattern at each evaluation,
// where a literal is copied from its first. Node 20's V8 reads them.
const SUPPORTED = { 'regexp-unicode-property-escapes': true };

const common = {
  absWorkingDir: root,
  outdir,
  write: false,
  bundle: true,
  platform: 'node',
  target: 'node20',
  supported: SUPPORTED,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
};

// compromise is loaded from its own bundle when a sentence first needs it (src/nlp/compromise.ts).
const DEFINE = { __VERSION__: JSON.stringify(version), __COMPROMISE_BUNDLE__: JSON.stringify('./compromise.cjs'), __COMPROMISE_LEXICON__: JSON.stringify('./compromise-lexicon.json') };

const result = await build({
  ...common,
  entryPoints: {
    index: 'src/index.ts',
    worker: 'src/io/worker.ts',
  },
  format: 'esm',
  define: DEFINE,
  // Bundled CommonJS dependencies call require(): give the ESM bundle one.
  banner: { js: "import { createRequire as __cx_cr } from 'node:module'; const require = __cx_cr(import.meta.url);" },
  loader: { '.json': 'json' },
});

// The command line as CommonJS (dist/cli.cjs), which src/cli/launch.cjs
// compiles with V8's code cache: its file URL stands for import.meta.url.
const cli = await build({
  ...common,
  entryPoints: { cli: 'src/cli/main.ts' },
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  define: { ...DEFINE, 'import.meta.url': '__cx_url' },
  banner: { js: "var __cx_url = require('node:url').pathToFileURL(__filename).href;" },
  loader: { '.json': 'json' },
});

// compromise's modules that the bundle takes from src/nlp/compromise/ instead
// (each file there says why): path in node_modules/compromise/src -> replacement.
const COMPROMISE_REPLACEMENTS = {
  '1-one/sweep/methods/sweep/01-getHooks.js': 'src/nlp/compromise/get-hooks.js',
  '1-one/sweep/methods/sweep/02-trim-down.js': 'src/nlp/compromise/trim-down.js',
  'API/extend.js': 'src/nlp/compromise/extend.js',
};
const replaceCompromiseModules = {
  name: 'replace-compromise-modules',
  setup(b) {
    b.onLoad({ filter: /[\\/]compromise[\\/]src[\\/].*\.js$/ }, (args) => {
      const rel = args.path.replaceAll('\\', '/').split('/compromise/src/')[1];
      const replacement = COMPROMISE_REPLACEMENTS[rel];
      return replacement ? { contents: readFileSync(join(root, replacement), 'utf8'), loader: 'js', resolveDir: join(root, dirname(replacement)) } : undefined;
    });
  },
};

// compromise alone, as one CommonJS file: require() loads it synchronously, in one read.
const compromise = await build({
  ...common,
  entryPoints: { compromise: 'node_modules/compromise/src/three.js' },
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  plugins: [replaceCompromiseModules],
});
for (const rel of Object.keys(COMPROMISE_REPLACEMENTS)) {
  if (!existsSync(join(root, 'node_modules/compromise/src', rel))) throw new Error(`build: compromise has no module ${rel} to replace (another version?)`);
}

mkdirSync(outdir, { recursive: true });
const written = new Set();
function writeOutput(path, contents) {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(tmp, contents);
  renameSync(tmp, path);
  written.add(basename(path));
}
for (const file of [...result.outputFiles, ...cli.outputFiles, ...compromise.outputFiles]) writeOutput(file.path, file.contents);
for (const name of ['launch.cjs', 'relaunch.cjs']) writeOutput(join(outdir, name), readFileSync(join(root, 'src', 'cli', name)));

// compromise's lexicon (a word in lower case -> its tags), copied from the
// bundle just written: whether a word is a first name, or never a name, is
// then known without loading compromise (a third of a second), which most
// articles need for nothing else. Words are grouped by their tags, as
// compromise packs them: some 250 KB, read when a first such question is asked.
const bundled = createRequire(import.meta.url)(join(outdir, 'compromise.cjs'));
const nlp = typeof bundled === 'function' ? bundled : bundled.default;
const byTags = {};
for (const [word, tags] of Object.entries(nlp.model().one.lexicon)) {
  (byTags[(Array.isArray(tags) ? tags : [tags]).join('|')] ??= []).push(word);
}
writeOutput(join(outdir, 'compromise-lexicon.json'), JSON.stringify(byTags));

// The built-in data is read as shipped at start-up: a broken file fails the
// build here, with the schemas that validate users' files (src/data/check.ts).
const { checkBuiltinData } = await import(`${pathToFileURL(join(outdir, 'index.js')).href}?${Date.now()}`);
try {
  checkBuiltinData();
} catch (err) {
  console.error(`build: ${err.message}`);
  process.exit(1);
}

// Outputs of entry points that no longer exist.
for (const name of readdirSync(outdir)) {
  if (!written.has(name) && !name.startsWith('.')) rmSync(join(outdir, name), { recursive: true, force: true });
}

// V8's code cache for the command line: one seed article run through it, and
// what V8 compiled for it kept beside the bundle (src/cli/launch.cjs). Without
// a seed to run, or when the run fails, there is no cache and start-up
// compiles the bundle as before.
const seeds = join(root, 'fixtures', 'seeds');
const seed = existsSync(seeds) ? readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()[0] : undefined;
if (seed) {
  const run = spawnSync(process.execPath, [join(root, 'bin', 'extract.js'), '-q', join(seeds, seed)], {
    env: { ...process.env, CONFLICT_EXTRACT_WRITE_CODE_CACHE: '1', NODE_OPTIONS: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (run.status !== 0) console.warn(`build: no code cache (the seed run exited ${run.status}): ${String(run.stderr).trim().split('\n').at(-1)}`);
}

