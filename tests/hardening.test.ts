// Bad input, broken pipes, huge or hostile files, signals and terminals: each
// case spawns the built binary. Fixtures are generated here, byte for byte.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readFileSync, readdirSync, readlinkSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { ANSI, BIN, SEEDS, TempDir, cliEnv, parseNdjson, runCli, runShell } from './helpers/cli.js';

const tmp = new TempDir();
afterAll(() => tmp.remove());

// A seed article with events, located and unlocated, for the determinism check.
const SEED = join(SEEDS, readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()[2]);

// A short article with the characters that go wrong: curly quotes, dashes,
// the euro sign, accents, a dateline and a date.
const ARTICLE = [
  'Rebels \u201cadvance\u201d on Aleppo \u2013 caf\u00e9 owners flee',
  '',
  'Saturday 04 June 2016 05:00 EDT',
  '',
  'BEIRUT: Syrian government forces backed by Russian warplanes shelled the town of Marea on Friday \u2014 killing at least 26 civilians, the Syrian Observatory for Human Rights said.',
  '',
  'Islamic State fighters said the \u20ac5 million depot was destroyed. "We will return," a commander said.',
  '',
].join('\n');

// A good input beside the bad ones: short, so that the tests stay fast.
const GOOD = tmp.file('good/good-article.txt', ARTICLE);
const GOOD_ID = 'good-article';

type ArticleRec = { id: string; file: string; title: string | null; warnings: string[] } & Record<string, unknown>;

/** Article records without the fields that name the file, to compare the same text read from different files. */
const comparable = (records: unknown[]) =>
  (records as ArticleRec[]).map(({ file: _file, warnings: _w, ...rest }) => rest);

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('1. BOM and UTF-16', () => {
  it('UTF-8 with BOM, UTF-16 LE and BE with BOM give the same records and offsets as plain UTF-8', async () => {
    const utf8 = Buffer.from(ARTICLE, 'utf8');
    const files = [
      tmp.file('enc/plain/a.txt', utf8),
      tmp.file('enc/bom/a.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8])),
      tmp.file('enc/le/a.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')])),
      tmp.file('enc/be/a.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ARTICLE, 'utf16le').swap16()])),
    ];
    const r = await runCli(['--jobs', '1', '-r', 'articles', '-f', 'ndjson', ...files]);
    expect(r.code, r.stderr).toBe(0);
    const [plain, ...others] = comparable(parseNdjson(r.stdout));
    expect(plain.title).toBe('Rebels \u201cadvance\u201d on Aleppo \u2013 caf\u00e9 owners flee');
    for (const o of others) expect(o).toEqual(plain);
  });
});

describe('2. Windows-1252', () => {
  it('curly quotes, dashes and the euro sign decode as in UTF-8, with a warning naming the file', async () => {
    const cp1252 = iconv.encode(ARTICLE, 'win1252');
    expect(cp1252.includes(0x80)).toBe(true); // the euro sign, where Latin-1 has a control character
    const utf = tmp.file('cp/utf8/a.txt', ARTICLE);
    const win = tmp.file('cp/win/a.txt', cp1252);
    const r = await runCli(['--jobs', '1', '-r', 'articles', '-f', 'ndjson', utf, win]);
    expect(r.code, r.stderr).toBe(0);
    const [a, b] = comparable(parseNdjson(r.stdout));
    expect(b).toEqual(a);
    expect(r.stderr).toMatch(new RegExp(`warning: ${win}: .*Windows-1252`));
    expect(occurrences(r.stderr, utf)).toBe(0);
  });
});

describe('3. CRLF and lone CR', () => {
  it('give the same output as LF', async () => {
    const files = [
      tmp.file('nl/lf/a.txt', ARTICLE),
      tmp.file('nl/crlf/a.txt', ARTICLE.replace(/\n/g, '\r\n')),
      tmp.file('nl/cr/a.txt', ARTICLE.replace(/\n/g, '\r')),
    ];
    const r = await runCli(['--jobs', '1', '-r', 'articles', '-f', 'ndjson', ...files]);
    expect(r.code, r.stderr).toBe(0);
    const [lf, ...others] = comparable(parseNdjson(r.stdout));
    for (const o of others) expect(o).toEqual(lf);
  });
});

describe('4. NUL bytes', () => {
  it('an early NUL or one after 64 KiB makes a file binary: named, exit 1, the others processed; Latin-1 is not binary', async () => {
    const early = tmp.file('nul/early.txt', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from([0]), Buffer.from(ARTICLE)]));
    const late = tmp.file('nul/late.txt', Buffer.concat([Buffer.from(ARTICLE.repeat(200)), Buffer.from([0, 0]), Buffer.from('tail')]));
    expect(readFileSync(late).indexOf(0)).toBeGreaterThan(64 * 1024);
    const latin1 = tmp.file('nul/latin1.txt', Buffer.from('Caf\u00e9 na\u00efve r\u00e9sum\u00e9\n\nRebels attacked the town.\n', 'latin1'));
    const r = await runCli(['--jobs', '1', '-r', 'articles', early, GOOD, late, latin1]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`error: ${early}: binary`));
    expect(r.stderr).toMatch(new RegExp(`error: ${late}: binary`));
    const records = JSON.parse(r.stdout) as ArticleRec[];
    expect(records.map((a) => a.id)).toEqual([GOOD_ID, 'latin1']);
    expect(records[1].title).toBe('Caf\u00e9 na\u00efve r\u00e9sum\u00e9');
  });
});

describe('5. Empty input', () => {
  it('an empty file: a warning, [], exit 0', async () => {
    const empty = tmp.file('empty/a.txt', '');
    const r = await runCli([empty]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toMatch(new RegExp(`warning: ${empty}: `));
  });

  it('empty standard input: a warning, a header-only CSV, exit 0', async () => {
    const r = await runCli(['-f', 'csv'], { input: '' });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([expect.stringMatching(/^event_id,article_id,/), '']);
    expect(r.stderr).toMatch(/warning: /);
  });

  it('whitespace only gives the same outcome as empty', async () => {
    const r = await runCli(['-f', 'ndjson'], { input: ' \r\n\t\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/warning: /);
  });
});

describe('6. Paths that cannot be read', () => {
  it('a missing path, a directory with a symlink loop and an ENOTDIR path are each named once; exit 1; the JSON array is valid', async () => {
    const loopDir = join(tmp.path, 'loopy');
    tmp.file('loopy/a.txt', ARTICLE);
    mkdirSync(join(loopDir, 'sub'), { recursive: true });
    symlinkSync('..', join(loopDir, 'sub', 'back'));
    const notDir = join(tmp.file('plain.txt', ARTICLE), 'child.txt');
    const missing = join(tmp.path, 'missing.txt');
    const r = await runCli(['--jobs', '1', '-r', 'articles', missing, GOOD, loopDir, notDir]);
    expect(r.code).toBe(1);
    const records = JSON.parse(r.stdout) as ArticleRec[];
    expect(records.map((a) => a.id)).toEqual([GOOD_ID, 'a']);
    expect(occurrences(r.stderr, `${missing}:`)).toBe(1);
    expect(occurrences(r.stderr, `${notDir}:`)).toBe(1);
    expect(occurrences(r.stderr, `${join(loopDir, 'sub', 'back')}:`)).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(3);
  });

  // root reads everything, so this only runs as another user
  it.skipIf(process.getuid?.() === 0)('an unreadable file is named and the others go on', async () => {
    const locked = tmp.file('locked.txt', ARTICLE);
    execFileSync('chmod', ['000', locked]);
    const r = await runCli(['--jobs', '1', locked, GOOD]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/permission denied/);
  });
});

describe('7. No input while standard input is a terminal', () => {
  const haveScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!haveScript)('prints usage on stderr and exits 2 at once', () => {
    const out = tmp.join('tty.out');
    const err = tmp.join('tty.err');
    const code = tmp.join('tty.code');
    // `script` gives the command a pseudo-terminal as standard input.
    const cmd = `"${process.execPath}" "${BIN}" >"${out}" 2>"${err}"; echo $? >"${code}"`;
    const started = Date.now();
    spawnSync('script', ['-qec', cmd, '/dev/null'], { env: cliEnv(), timeout: 15_000, stdio: ['ignore', 'ignore', 'ignore'] });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(readFileSync(code, 'utf8').trim()).toBe('2');
    expect(readFileSync(out, 'utf8')).toBe('');
    expect(readFileSync(err, 'utf8')).toMatch(/no input.*--help/);
  });
});

describe('8. Endless or huge input', () => {
  it('/dev/zero is read only up to the cap and refused as binary, without hanging', async () => {
    const r = await runCli(['--jobs', '1', '/dev/zero', GOOD], { timeoutMs: 20_000 });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\/dev\/zero: binary/);
    expect(JSON.parse(r.stdout)).toEqual(expect.any(Array));
  });

  it('`yes |`: standard input is capped with a warning and the run ends', async () => {
    const r = await runShell('yes "Rebels shelled the town of Marea on Friday." | $EXTRACT -r articles -f ndjson', { timeoutMs: 30_000 });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: -: longer than \d+ bytes: only the first \d+ bytes were read/);
    expect(parseNdjson(r.stdout)).toHaveLength(1);
  });

  it('a 100 MB file is capped with a warning naming it', async () => {
    const path = tmp.join('huge.txt');
    const fd = openSync(path, 'w');
    const chunk = Buffer.from(`${ARTICLE}\n`.repeat(Math.ceil((1 << 20) / ARTICLE.length)).slice(0, 1 << 20));
    for (let i = 0; i < 100; i++) writeSync(fd, chunk);
    closeSync(fd);
    const r = await runCli(['-r', 'articles', path], { timeoutMs: 60_000 });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`warning: ${path}: longer than`));
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });

  it('a cap that falls inside a multi-byte character does not turn the article into Windows-1252 mojibake', async () => {
    const path = tmp.file('accents.txt', `R\u00e9fugi\u00e9s ${'\u00e9'.repeat(500)}\n`);
    const r = await runCli(['-r', 'articles', '--max-bytes', '101', path]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/Windows-1252/);
    expect((JSON.parse(r.stdout) as ArticleRec[])[0].title).toMatch(/^R\u00e9fugi\u00e9s \u00e9+$/);
  });
});

describe('9. Pipes and full disks', () => {
  it('`| head -1`: exit 0, nothing on stderr', async () => {
    const many = Array.from({ length: 300 }, () => GOOD).join(' ');
    const r = await runShell(`{ $EXTRACT -r articles -f ndjson ${many} 2>"${tmp.path}/head.err"; echo $? >"${tmp.path}/head.code"; } | head -1`, { timeoutMs: 30_000 });
    expect(JSON.parse(r.stdout).id).toBe(GOOD_ID);
    expect(readFileSync(join(tmp.path, 'head.code'), 'utf8').trim()).toBe('0');
    expect(readFileSync(join(tmp.path, 'head.err'), 'utf8')).toBe('');
  });

  it('large output through a pipe is never truncated', async () => {
    const short = tmp.file('many/short.txt', ARTICLE);
    const r = await runCli(['--jobs', '1', '-r', 'articles', '-f', 'ndjson', ...Array.from({ length: 200 }, () => short)], { timeoutMs: 90_000 });
    expect(r.code).toBe(0);
    expect(r.stdoutBytes.length).toBeGreaterThan(128 * 1024); // far more than a pipe holds
    expect(parseNdjson(r.stdout)).toHaveLength(200);
  }, 100_000);

  it.skipIf(!existsSync('/dev/full'))('`> /dev/full`: one line of error, non-zero exit', async () => {
    const r = await runShell(`$EXTRACT -r articles "${GOOD}" >/dev/full`, { timeoutMs: 20_000 });
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^error: cannot write standard output: no space left on device\n$/);
  });
});

describe('10. Interrupts and output files', () => {
  it('Ctrl-C: exit 130, the temp file removed, the existing output untouched', async () => {
    const dir = join(tmp.path, 'sigint');
    const out = tmp.file('sigint/events.json', 'previous results\n');
    const r = await runCli(['-o', out, '-'], {
      keepStdinOpen: true,
      onSpawn: (child) => {
        // Once the temp file exists the run is under way: interrupt it.
        const poll = setInterval(() => {
          if (readdirSync(dir).some((f) => f.endsWith('.tmp'))) {
            clearInterval(poll);
            child.kill('SIGINT');
          }
        }, 20);
        child.on('exit', () => clearInterval(poll));
      },
      timeoutMs: 50_000,
    });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(130);
    expect(readFileSync(out, 'utf8')).toBe('previous results\n');
    expect(readdirSync(dir)).toEqual(['events.json']);
  });

  it.each([
    ['1', 'ndjson'],
    ['2', 'json'],
  ])('Ctrl-C during a long article ends the run at once: exit 130, the records so far whole (--jobs %s, %s)', async (jobs, format) => {
    // About 8 MB without a full stop, and no time limit: half a minute of analysis and more.
    const slow = tmp.file('sigint-long/slow.txt', `Title\n\n${'the rebels shelled the town near Aleppo and '.repeat(25_000)}\n`.repeat(7));
    let signalled = 0;
    const r = await runCli(['--jobs', jobs, '--article-timeout', '0', '--max-bytes', String(20 << 20), '-r', 'articles', '-f', format, GOOD, slow, GOOD], {
      onSpawn: (child) => {
        let seen = '';
        child.stdout!.on('data', (b: Buffer) => {
          seen += b.toString();
          // The first record is out: the long article is under way.
          if (!signalled && seen.includes('\n') && seen.includes(GOOD_ID)) {
            signalled = Date.now();
            setTimeout(() => child.kill('SIGINT'), 500);
          }
        });
      },
      timeoutMs: 60_000,
    });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(130);
    expect(Date.now() - signalled).toBeLessThan(10_000); // not the half minute the article would take
    expect(r.stderr).toMatch(/interrupted/);
    const records = (format === 'ndjson' ? parseNdjson(r.stdout) : JSON.parse(r.stdout)) as ArticleRec[];
    expect(records.map((a) => a.id)).toEqual([GOOD_ID]);
  }, 70_000);

  it('Ctrl-C while the calling thread analyses a long article beside workers (--jobs 2): exit 130 at once, valid JSON', async () => {
    // Three different paragraphs, so that the duplicate-paragraph filter leaves seconds of work on any machine.
    const slow = tmp.file(
      'sigint-first/slow.txt',
      Array.from({ length: 7 }, (_, i) => `Title\n\n${`the rebels shelled the town near ${['Aleppo', 'Homs', 'Hama'][i % 3]} and `.repeat(25_000)}\n`).join(''),
    );
    let signalled = 0;
    const r = await runCli(['--jobs', '2', '--article-timeout', '0', '--max-bytes', String(20 << 20), '-r', 'articles', slow, GOOD], {
      // The first article is the calling thread's; its analysis takes seconds of CPU, so
      // a second and a half in (start-up done, or nearly) the signal finds it at work.
      onSpawn: (child) => void setTimeout(() => ((signalled = Date.now()), child.kill('SIGINT')), 1_500),
      timeoutMs: 60_000,
    });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(130);
    expect(Date.now() - signalled).toBeLessThan(10_000);
    expect(JSON.parse(r.stdout)).toEqual([]);
  }, 70_000);

  it('-o equal to an input is refused, and the input is untouched', async () => {
    const input = tmp.file('same/a.txt', ARTICLE);
    const r = await runCli(['-o', input, input]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/also an input/);
    expect(readFileSync(input, 'utf8')).toBe(ARTICLE);
  });

  it('-o naming a symlink to an input is refused too', async () => {
    const input = tmp.file('same-link/a.txt', ARTICLE);
    const link = join(tmp.path, 'same-link', 'out.json');
    symlinkSync('a.txt', link);
    const r = await runCli(['-o', link, input]);
    expect(r.code).toBe(2);
    expect(readFileSync(input, 'utf8')).toBe(ARTICLE);
  });

  it('-o through a symlink updates the target and keeps the link', async () => {
    const target = tmp.file('linked/real.json', 'old\n');
    const link = join(tmp.path, 'linked', 'link.json');
    symlinkSync('real.json', link);
    const r = await runCli(['-o', link, GOOD]);
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('real.json');
    expect(JSON.parse(readFileSync(target, 'utf8'))).toEqual(expect.any(Array));
  });
});

describe('11. NDJSON and CSV through the command line', () => {
  it('NDJSON: U+2028 and U+2029 in an article arrive escaped, one record per line', async () => {
    const r = await runCli(['-r', 'articles', '-f', 'ndjson'], { input: 'Rebels\u2028advance\u2029on Aleppo\n\nBEIRUT: Fighting went on.\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u2028\u2029]/);
    expect(r.stdout).toMatch(/\\u2028/);
    expect((parseNdjson(r.stdout) as ArticleRec[])[0].title).toBe('Rebels\u2028advance\u2029on Aleppo');
  });

  it('--bom starts CSV and TSV output with a byte order mark; zero events still give the header', async () => {
    for (const format of ['csv', 'tsv']) {
      const r = await runCli(['-f', format, '--bom'], { input: '' });
      expect(r.code).toBe(0);
      expect(r.stdoutBytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(r.stdout.slice(1)).toMatch(new RegExp(`^event_id${format === 'csv' ? ',' : '\t'}article_id`));
    }
  });
});

describe('13. Pathological text', () => {
  const words = ['the', 'rebels', 'forces', 'army', 'shelled', 'attacked', 'killed', 'people', 'near', 'Aleppo', 'Raqqa', 'and', 'on', 'Monday', '26'];
  let seed = 7;
  const word = () => words[(seed = (seed * 1103515245 + 12345) % 2147483648) % words.length];
  const run = (n: number) => Array.from({ length: n }, word).join(' ');

  /** Runs the directory of articles; every article has its record or is named on stderr, and the seed always has its record. */
  async function runAll(dir: string, names: string[], boundMs: number): Promise<void> {
    tmp.file(`${dir}/zz-seed.txt`, ARTICLE);
    const started = Date.now();
    const r = await runCli(['-r', 'articles', '-f', 'ndjson', '--jobs', '1', join(tmp.path, dir)], { timeoutMs: boundMs });
    expect(r.signal, `still running after ${boundMs / 1000} s`).toBeNull();
    expect(Date.now() - started).toBeLessThan(boundMs);
    expect([0, 1]).toContain(r.code);
    const ids = (parseNdjson(r.stdout) as ArticleRec[]).map((a) => a.id);
    expect(ids).toContain('zz-seed');
    for (const name of names) if (!ids.includes(name)) expect(r.stderr).toContain(`${name}.txt`);
  }

  it('runs of periods, chrono#399 space runs, and a 100k-character sentence of common words finish', async () => {
    tmp.file('patho/periods.txt', `Title\n\nRebels attacked${'.'.repeat(50)} the town${'.'.repeat(50)}\n${'.'.repeat(5000)}\n`);
    // chrono#399: pairs of space runs between date words
    tmp.file('patho/chrono-399.txt', `Title\n\nsecond ${' '.repeat(4000)} fourth ${' '.repeat(4000)} jum\n`);
    tmp.file('patho/long-tagged.txt', `Title\n\n${'the attack on the attack near the forces that forced the shelling '.repeat(1500)}.\n`);
    await runAll('patho', ['periods', 'chrono-399', 'long-tagged'], 90_000);
  }, 100_000);

  // Analysis time grows with the text, not faster: each of these took minutes
  // (sentences of 100k characters, a quadratic scan of every mention per
  // sentence) and now takes seconds.
  it('a 1 MB article without punctuation, very long sentences and 1 MB of short sentences finish', async () => {
    tmp.file('patho-slow/no-punctuation.txt', `${run(200_000)}\n`); // about 1 MB, no sentence end
    tmp.file('patho-slow/long-sentences.txt', `Title\n\n${Array.from({ length: 5 }, () => `${run(15_000)}.`).join(' ')}\n`);
    // about 1 MB of short, different sentences: an article the byte cap lets through
    tmp.file('patho-slow/many-sentences.txt', `Title\n\n${Array.from({ length: 15_000 }, () => `${run(12)}.`).join(' ')}\n`);
    await runAll('patho-slow', ['no-punctuation', 'long-sentences', 'many-sentences'], 90_000);
  }, 100_000);

  // About 8 MB of different paragraphs without a full stop (the byte cap raised): some
  // twenty seconds of analysis, far past the limit. Repeated paragraphs would be dropped
  // as page furniture, leaving one megabyte that a fast machine finishes inside the limit.
  const slowArticle = () =>
    tmp.file('patho-limit/slow.txt', `Title\n\n${Array.from({ length: 7 }, () => run(200_000)).join('\n\n')}\n`);
  const limited = ['--article-timeout', '3', '--max-bytes', String(20 << 20), '-r', 'articles', '-f', 'ndjson'];

  // On one thread the first article is analysed alone, then two, four ... in one
  // stoppable call: the slow article first in its call, or after another, whose
  // limit ran out before the slow one had its whole time (it is analysed afresh).
  it.each([
    ['--jobs 1: on this thread, and the rest on a fresh worker', '1', 1],
    ['--jobs 1: after another article in one call, analysed again on a fresh worker', '1', 2],
    ['--jobs 2: on a worker, which is replaced', '2', 1],
  ])('an article past --article-timeout is abandoned, named; the others are processed as if alone, exit 1 (%s)', async (_how, jobs, goodBefore) => {
    const slow = slowArticle();
    const other = tmp.file('patho-limit/other.txt', ARTICLE.replace('Marea', 'Dabiq'));
    const alone = await runCli(['-r', 'articles', '-f', 'ndjson', '--jobs', '1', other]);
    const before = Array.from({ length: goodBefore }, () => GOOD);
    const r = await runCli([...limited, '--jobs', jobs, ...before, slow, other, GOOD], { timeoutMs: 60_000 });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`error: ${slow}: abandoned: the analysis took longer than 3 s`));
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const records = parseNdjson(r.stdout) as ArticleRec[];
    expect(records.map((a) => a.id)).toEqual([...before.map(() => GOOD_ID), 'other', GOOD_ID]);
    expect(records[goodBefore]).toEqual(parseNdjson(alone.stdout)[0]);
  }, 70_000);

  it('--article-timeout takes seconds; anything else is a usage error', async () => {
    for (const bad of ['-1', 'ten', '1e3', '']) {
      const r = await runCli(['--article-timeout', bad, GOOD]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toMatch(/--article-timeout/);
    }
    // a fraction of a second is allowed; generous, for a machine under load
    const r = await runCli(['--article-timeout', '20.5', '--jobs', '1', GOOD]);
    expect(r.code, r.stderr).toBe(0);
  });
});

describe('14. User dictionaries', () => {
  const article = tmp.file('dict/article.txt', 'Title\n\nThe A.B (C)+ group attacked. toString constructor __proto__ hasOwnProperty valueOf prototype.\n');

  it.each([
    ['__proto__ at the top', '{"__proto__": {"polluted": true}, "actors": []}'],
    ['__proto__ in an entry', '{"actors": [{"id": "x-group", "name": "X", "type": "other", "__proto__": {"polluted": true}}]}'],
    ['constructor in an entry', '{"actors": [{"id": "x-group", "name": "X", "type": "other", "constructor": {"prototype": {"polluted": true}}}]}'],
  ])('%s is rejected with exit 2, naming the file', async (_name, json) => {
    const dict = tmp.file(`dict/bad-${_name.replace(/\W+/g, '-')}.json`, json);
    const r = await runCli(['--actors', dict, article]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(dict);
  });

  it.each([
    ['a JSON entry', 'places.json', '[{"name": "Hattash", "__proto__": {"polluted": true}, "country_code": "SY", "lat": 35.1, "lon": 36.6}]'],
    ['a CSV column', 'places.csv', 'name,__proto__,lat,lon,country_code\nHattash,x,35.1,36.6,SY\n'],
    ['the top of the JSON object form', 'places-top.json', '{"__proto__": {"polluted": true}, "places": []}'],
    ['the JSON object form beside the entries', 'places-meta.json', '{"source": {"constructor": {"prototype": {"polluted": true}}}, "places": []}'],
  ])('a __proto__ key in %s of a --places file is rejected with exit 2, naming the file', async (_what, name, content) => {
    const dict = tmp.file(`dict/${name}`, content);
    const r = await runCli(['--places', dict, article]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(dict);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('YAML with a __proto__ key is rejected too', async () => {
    const dict = tmp.file('dict/bad.yaml', 'actors:\n  - id: x-group\n    name: X\n    type: other\n    __proto__:\n      polluted: true\n');
    const r = await runCli(['--actors', dict, article]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(dict);
  });

  it('regex metacharacters in an alias match literally; words like "toString" match nothing', async () => {
    const dict = tmp.file('dict/good.json', JSON.stringify({ actors: [{ id: 'ab-group', name: 'AB Group', type: 'rebel-group', aliases: ['A.B (C)+'] }] }));
    const decoy = tmp.file('dict/decoy.txt', 'Title\n\nThe AxB CC group attacked. The A.B C group attacked.\n');
    const r = await runCli(['--jobs', '1', '-r', 'articles', '-f', 'ndjson', '--actors', dict, article, decoy]);
    expect(r.code, r.stderr).toBe(0);
    const [a, d] = parseNdjson(r.stdout) as { entities: Record<string, { id?: string; name: string; mentions: { text: string }[] }[]> }[];
    expect(a.entities.actors.map((x) => x.id)).toEqual(['ab-group']);
    expect(a.entities.actors[0].mentions).toHaveLength(1);
    expect(a.entities.actors[0].mentions[0].text).toContain('A.B (C)+');
    expect(d.entities.actors.map((x) => x.id)).not.toContain('ab-group');
    const everything = JSON.stringify(a.entities);
    for (const word of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'prototype']) expect(everything).not.toContain(word);
  });
});

describe('15. Determinism', () => {
  it('output is byte-identical under TZ=UTC and TZ=Asia/Tokyo, and with --jobs 1 and --jobs 4', async () => {
    const relative = tmp.file('tz/relative.txt', 'Rebels advance\n\nBEIRUT: Rebels shelled the town yesterday and on Monday, and last week, at 11pm on 3 June.\n');
    const args = ['-r', 'articles', '-f', 'ndjson', '--reference-date', '2016-06-05', SEED, GOOD, relative];
    const runs = [
      await runCli([...args, '--jobs', '1'], { env: { TZ: 'UTC' } }),
      await runCli([...args, '--jobs', '1'], { env: { TZ: 'Asia/Tokyo' } }),
      await runCli([...args, '--jobs', '4'], { env: { TZ: 'America/Los_Angeles' } }),
    ];
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    expect(parseNdjson(runs[0].stdout).length).toBeGreaterThan(1);
    for (const r of runs.slice(1)) expect(r.stdoutBytes.equals(runs[0].stdoutBytes)).toBe(true);
  }, 120_000);
});

describe('16. Colour', () => {
  const haveScript = spawnSync('script', ['--version']).status === 0;
  const missing = join(tmp.path, 'no-such-file.txt');

  /** Runs the CLI with a pseudo-terminal on stderr; returns what it wrote to stderr and stdout. */
  function onTerminal(env: Record<string, string | undefined>, name: string): { stderr: string; stdout: string } {
    const out = tmp.join(`${name}.out`);
    const cmd = `"${process.execPath}" "${BIN}" -f csv "${missing}" "${GOOD}" >"${out}"`;
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { env: cliEnv(env), timeout: 15_000, encoding: 'utf8' });
    return { stderr: r.stdout, stdout: readFileSync(out, 'utf8') };
  }

  it.skipIf(!haveScript)('a terminal gets colour (so the checks below can see it)', () => {
    expect(onTerminal({ TERM: 'xterm-256color' }, 'tty').stderr).toMatch(ANSI);
  });

  it.skipIf(!haveScript)('NO_COLOR and TERM=dumb: no colour codes on a terminal', () => {
    expect(onTerminal({ TERM: 'xterm-256color', NO_COLOR: '1' }, 'nocolor').stderr).not.toMatch(ANSI);
    expect(onTerminal({ TERM: 'dumb' }, 'dumb').stderr).not.toMatch(ANSI);
  });

  it.skipIf(!haveScript)('the progress line on a dumb terminal or with NO_COLOR has no escape codes either', () => {
    const many = Array.from({ length: 6 }, () => `"${GOOD}"`).join(' ');
    for (const env of [{ TERM: 'dumb' }, { TERM: 'xterm-256color', NO_COLOR: '1' }]) {
      const out = tmp.join('progress.out');
      const cmd = `"${process.execPath}" "${BIN}" --jobs 1 -f csv ${many} >"${out}"`;
      const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { env: cliEnv(env), timeout: 15_000, encoding: 'utf8' });
      expect(r.stdout).toMatch(/article\(s\) read/);
      expect(r.stdout).not.toMatch(/\u001b/);
    }
  });

  it.skipIf(!haveScript)('--no-color: no colour codes on a terminal', () => {
    const out = tmp.join('flag.out');
    const cmd = `"${process.execPath}" "${BIN}" --no-color "${missing}" >"${out}"`;
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { env: cliEnv({ TERM: 'xterm-256color' }), timeout: 15_000, encoding: 'utf8' });
    expect(r.stdout).toMatch(/error/);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('a stderr that is not a terminal gets no colour codes; stdout never does, even with FORCE_COLOR', async () => {
    const plain = await runCli(['--jobs', '1', '-f', 'csv', missing, GOOD], { env: { TERM: 'xterm-256color' } });
    expect(plain.stderr).toMatch(/error/);
    expect(plain.stderr).not.toMatch(ANSI);
    const forced = await runCli(['--jobs', '1', '-f', 'csv', missing, GOOD], { env: { FORCE_COLOR: '3' } });
    expect(forced.stderr).toMatch(ANSI); // the user asked for it, on stderr
    expect(forced.stdout).not.toMatch(ANSI);
    expect(forced.stdout).toMatch(/^event_id,/);
  });
});
