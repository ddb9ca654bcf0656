// Boilerplate markers as data (boilerplate.json), compiled once. The data is
// checked by the build and the tests (src/data/check.ts), not at start-up.
import * as z from 'zod';
import raw from './boilerplate.json' with { type: 'json' };
import { escapeRegExp } from '../stages/actors/phrases.js';

const LineRule = z.object({ id: z.string().min(1), pattern: z.string().min(1) });
const BlockRule = z.object({ id: z.string().min(1), start: z.string().min(1), end: z.string().min(1), maxLines: z.number().int().positive() });
const TagListRule = z.object({ id: z.string().min(1), marker: z.string().min(1), openers: z.array(z.string()), verbs: z.array(z.string()), functionWords: z.array(z.string()) });
const TeaserRule = z.object({ id: z.string().min(1), credit: z.string().min(1), openers: z.array(z.string()), smallWords: z.array(z.string()) });
export const MarkersSchema = z.object({
  line: z.array(LineRule),
  block: z.array(BlockRule),
  tail: z.array(LineRule),
  inlineTail: z.array(LineRule).default([]),
  tagLists: z.array(TagListRule).default([]),
  teasers: z.array(TeaserRule).default([]),
});

export interface CompiledLineRule {
  id: string;
  re: RegExp;
}
export interface CompiledBlockRule {
  id: string;
  start: RegExp;
  end: RegExp;
  maxLines: number;
}
export interface CompiledTagListRule {
  id: string;
  marker: RegExp;
  opener: RegExp;
  verb: RegExp;
  functionWord: RegExp;
}
export interface CompiledTeaserRule {
  id: string;
  /** The credit, with the whitespace before and after it. */
  credit: RegExp;
  opener: RegExp;
  smallWord: RegExp;
}
export interface BoilerplateMarkers {
  line: CompiledLineRule[];
  block: CompiledBlockRule[];
  tail: CompiledLineRule[];
  /** Searched inside a line, case-sensitively: "... Source Reuters Related News Iraqs vote violations | ...". */
  inlineTail: CompiledLineRule[];
  /** "Tags Madaya Syria hunger siege Three women ...": a keyword list printed before the lead on one line. */
  tagLists: CompiledTagListRule[];
  /** "AP Photo Hassan Ammar Libyas Security Forces Reportedly Find ...": a link to another story after a photo credit. */
  teasers: CompiledTeaserRule[];
}

const words = (ws: string[], flags: string) => new RegExp(`^(?:${ws.map(escapeRegExp).join('|')})$`, flags);

const re = (p: string) => new RegExp(p, 'iu');

export function compileMarkers(m: z.infer<typeof MarkersSchema>): BoilerplateMarkers {
  return {
    line: m.line.map((r) => ({ id: r.id, re: re(r.pattern) })),
    block: m.block.map((r) => ({ id: r.id, start: re(r.start), end: re(r.end), maxLines: r.maxLines })),
    tail: m.tail.map((r) => ({ id: r.id, re: re(r.pattern) })),
    inlineTail: m.inlineTail.map((r) => ({ id: r.id, re: new RegExp(r.pattern, 'u') })),
    tagLists: m.tagLists.map((r) => ({
      id: r.id,
      marker: new RegExp(`(?:^|\\s)${escapeRegExp(r.marker)}\\s+`, 'u'),
      // openers are proper words, as written; a number opens a lead too
      opener: new RegExp(`^(?:${r.openers.map(escapeRegExp).join('|')}|\\d[\\d,.]*)$`, 'u'),
      verb: words(r.verbs, 'u'),
      functionWord: words(r.functionWords, 'u'),
    })),
    teasers: m.teasers.map((r) => ({
      id: r.id,
      credit: new RegExp(`(?:^|\\s)(?:${r.credit})\\s+(?=\\p{Lu})`, 'gu'),
      opener: words(r.openers, 'u'),
      smallWord: words(r.smallWords, 'u'),
    })),
  };
}

export const BOILERPLATE: BoilerplateMarkers = compileMarkers(raw as z.infer<typeof MarkersSchema>);
