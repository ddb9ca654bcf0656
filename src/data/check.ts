// The built-in data is read at start-up as shipped: validating it there cost
// every process (and every worker thread) some 40 ms of zod before the first
// article. The build (scripts/build.mjs) and the tests validate it here
// instead, with the schemas that validate users' files, and check that
// validating would change nothing the code reads (no name to trim, no default
// to fill in), so reading the files as they are is the same.
import type * as z from 'zod';
import { DictionaryError } from '../errors.js';
import { checkBuiltinDictionary } from '../stages/actors/schema.js';
import { FatalitiesSchema } from '../stages/events/fatalities.js';
import { TriggersSchema } from '../stages/events/triggers.js';
import { MetadataSchema } from '../stages/metadata/index.js';
import { OrgDictionarySchema } from '../stages/organizations/lexicon.js';
import { checkSupplement } from '../stages/places/gazetteer.js';
import actors from './actors.json' with { type: 'json' };
import boilerplate from './boilerplate.json' with { type: 'json' };
import { MarkersSchema } from './boilerplate.js';
import fatalities from './fatalities.json' with { type: 'json' };
import metadata from './metadata.json' with { type: 'json' };
import organizations from './organizations.json' with { type: 'json' };
import triggers from './triggers.json' with { type: 'json' };

function parseWith(file: string, schema: z.ZodType, data: unknown): unknown {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  throw new DictionaryError(file, issue.path.join('.') || null, issue.message);
}

/** The path of the first value `parsed` has that `raw` does not have as it is ("" when none). */
export function firstChange(parsed: unknown, raw: unknown, path = ''): string | null {
  if (Object.is(parsed, raw)) return null;
  if (parsed === null || raw === null || typeof parsed !== 'object' || typeof raw !== 'object') return path || '(top)';
  if (Array.isArray(parsed) !== Array.isArray(raw)) return path || '(top)';
  if (Array.isArray(parsed) && parsed.length !== (raw as unknown[]).length) return path || '(top)';
  for (const [k, v] of Object.entries(parsed)) {
    const at = path ? `${path}.${k}` : k;
    if (!Object.hasOwn(raw, k)) return at;
    const change = firstChange(v, (raw as Record<string, unknown>)[k], at);
    if (change !== null) return change;
  }
  return null;
}

/** Each built-in data file, its raw content and its validation. */
export function builtinDataChecks(): { file: string; raw: unknown; parse: () => unknown }[] {
  return [
    { file: 'src/data/actors.json', raw: actors, parse: () => checkBuiltinDictionary('src/data/actors.json', actors) },
    { file: 'src/data/organizations.json', raw: organizations, parse: () => parseWith('src/data/organizations.json', OrgDictionarySchema, organizations) },
    { file: 'src/data/triggers.json', raw: triggers, parse: () => parseWith('src/data/triggers.json', TriggersSchema, triggers) },
    { file: 'src/data/fatalities.json', raw: fatalities, parse: () => parseWith('src/data/fatalities.json', FatalitiesSchema, fatalities) },
    { file: 'src/data/metadata.json', raw: metadata, parse: () => parseWith('src/data/metadata.json', MetadataSchema, metadata) },
    { file: 'src/data/boilerplate.json', raw: boilerplate, parse: () => parseWith('src/data/boilerplate.json', MarkersSchema, boilerplate) },
    ...(() => {
      const { raw, parsed } = checkSupplement();
      return [{ file: 'src/data/gazetteer-supplement.json', raw, parse: () => parsed }];
    })(),
  ];
}

/**
 * Validates every built-in data file. Throws DictionaryError naming the file,
 * the entry and the problem, also when validating would change what the code
 * reads without it.
 */
export function checkBuiltinData(): void {
  for (const { file, raw, parse } of builtinDataChecks()) {
    const change = firstChange(parse(), raw);
    if (change !== null) throw new DictionaryError(file, change, 'validating changes this value (a name to trim, a default to fill in): write it as validated');
  }
}
