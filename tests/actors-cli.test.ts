// --actors FILE through the built command line: a user dictionary changes the
// records, a malformed one exits 2 naming the file, the entry and the problem.
import { describe, expect, it } from 'vitest';
import { parseNdjson, ROOT, runCli } from './helpers/cli.js';

const dict = (name: string) => `${ROOT}/fixtures/dictionaries/${name}`;
const sudan = 'Fighting between the Sudanese army and the paramilitary Rapid Support Forces spread to Omdurman. RSF fighters looted the market.\n';

type Article = { entities: { actors: { id: string; mentions: { text: string }[] }[] } };

describe('extract --actors', () => {
  it('normalises the actors of a user dictionary in article records', async () => {
    const r = await runCli(['--actors', dict('sudan-actors.yaml'), '--records', 'articles', '--format', 'ndjson', '-'], { input: sudan });
    expect(r.code).toBe(0);
    const [article] = parseNdjson(r.stdout) as Article[];
    expect(article!.entities.actors.map((a) => [a.id, a.mentions.map((m) => m.text)])).toEqual([
      ['saf', ['Sudanese army']],
      ['rsf', ['Rapid Support Forces', 'RSF fighters']],
    ]);
  });

  it('is repeatable: later files merge over earlier ones', async () => {
    const r = await runCli(
      ['--actors', dict('sudan-actors.json'), '--actors', dict('extra-alias.json'), '--records', 'articles', '--format', 'ndjson', '-'],
      { input: 'Qasad fighters and the Rapid Support Forces were named in one sentence.\n' },
    );
    expect(r.code).toBe(0);
    const [article] = parseNdjson(r.stdout) as Article[];
    expect(article!.entities.actors.map((a) => a.id)).toEqual(['sdf', 'rsf']);
  });

  it('exits 2 on a malformed dictionary, naming file, entry and problem on stderr', async () => {
    const r = await runCli(['--actors', dict('bad-empty-alias.json'), '-'], { input: sudan });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('bad-empty-alias.json: entry "sdf", aliases[3]: expected a non-empty string, got ""');
  });
});
