// Article metadata from the page's header and footer lines: title, outlet,
// byline, dateline and publication date.
import raw from '../../data/metadata.json' with { type: 'json' };
import * as z from 'zod';
import type { ArticleDoc, ArticleMeta } from '../../document/model.js';
import type { CleanedText } from '../clean/index.js';
import { findStampedDate, isDateLine, parseHeaderDate } from './published.js';

/** metadata.json, checked by the build and the tests (src/data/check.ts), not at start-up. */
export const MetadataSchema = z.object({
  outletLines: z.array(
    z.object({ id: z.string(), pattern: z.string(), keepThe: z.boolean(), caseSensitive: z.boolean().optional() }),
  ),
  sectionWords: z.array(z.string()),
});
const DATA = raw as z.infer<typeof MetadataSchema>;
const OUTLET_LINES = DATA.outletLines.map((r) => ({ ...r, re: new RegExp(r.pattern, r.caseSensitive ? 'u' : 'iu') }));
const SECTION_WORDS = new Set(DATA.sectionWords);

/** How many lines at the top of an article count as its header. */
const HEADER_LINES = 12;

const NAME_LINE = /^(?:by\s+)?(\p{Lu}[\p{Ll}'’-]+(?:\s+(?:(?:al|el|bin|ibn|de|van|von)[- ])?\p{Lu}[\p{Ll}'’-]+){1,3})(?:\s*(?:,|and|&)\s*.*)?$/u;
// "By SARAH EL DEEB, Associated Press": a byline in capitals says "By"
const CAPS_NAME_LINE = /^by\s+(\p{Lu}{2,}(?:[\s-]+\p{Lu}{2,}){1,3})(?:\s*(?:,|and|&)\s*.*)?$/iu;
const DOMAIN_LINE = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\/?$/i;
// "BEIRUT (Reuters) -", "HOMS, Syria:", "TEHRAN, Apr. 14 (MNA) -", "SOUTHWEST ASIA, Dec. 18, 2017 -": the city, its
// country, the day (with its year, the day the story was filed) and the agency
const DATELINE = /^(\p{Lu}[\p{Lu}\p{Ll}'’.-]*(?:\s\p{Lu}[\p{Lu}\p{Ll}'’.-]*){0,2})(?:,\s*\p{Lu}[\p{L}]+)?(?:,\s*(?<date>\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}{2,8}\.?(?:,?\s*\d{4})?))?\s*(?:\((?:AFP|Reuters|AP|SANA|Xinhua|AA|IANS|PTI|dpa|\p{Lu}[\p{L}\d .'’/-]{1,40})\))?\s*(?::|—|–|\s-)\s+\S/u;

function titleCase(s: string): string {
  return s.length <= 4 ? s : s.charAt(0) + s.slice(1).toLowerCase();
}

function findOutlet(cleaned: CleanedText): string | null {
  const lines = cleaned.lines.map((l) => l.text.trim());
  for (const rule of OUTLET_LINES) {
    for (const line of lines) {
      const m = rule.re.exec(line);
      if (m?.[1] && m[1].length <= 60) {
        const name = rule.caseSensitive ? titleCase(m[1]) : m[1].trim();
        return rule.keepThe && /^the\s/i.test(line.slice(m.index).replace(/^.*?from\s+/i, '')) && !/^the\s/i.test(name) ? `The ${name}` : name;
      }
    }
  }
  // Footer: a site name followed by its domain ("The New Indian Express" / "www.newindianexpress.com").
  for (let i = lines.length - 1; i > 0; i--) {
    const dm = DOMAIN_LINE.exec(lines[i]);
    if (!dm) continue;
    let j = i - 1;
    while (j >= 0 && !lines[j]) j--;
    const name = lines[j] ?? '';
    const squashed = name.toLowerCase().replace(/^the\s+/, '').replace(/[^a-z0-9]/g, '');
    if (squashed.length >= 3 && dm[1].toLowerCase().replace(/[^a-z0-9]/g, '').includes(squashed)) return name;
  }
  return null;
}

function findTitle(doc: ArticleDoc): string | null {
  const first = doc.text.split('\n').find((l) => l.trim());
  if (!first) return null;
  let title = first.trim();
  // FA-KES-style single-line articles: "Wed 05 Apr 2017 Syria attack ... WHO. Victims of ..."
  const d = parseHeaderDate(title);
  if (d) title = title.slice(d.length).trim().replace(/^\d{1,2}[:.]\d{2}(?:\s*(?:am|pm))?\s+/i, '');
  // "07.10.2017(updated 1500 07.10.2017) Get short URL 0 110 ...", "Jun 062016 BEIRUT A Daesh counterattack ...":
  // the page's furniture and the dateline are not the headline
  if (d) title = title.replace(/^(?:\(updated[^)]*)?\)\s*/i, '').replace(/^Get short URL(?:\s+\d+){0,2}\s+/i, '').replace(/^\p{Lu}{3,}(?:\s\p{Lu}{3,})?\s+(?=\p{Lu}[\p{Ll}\s])/u, '');
  // "Rocket attacks kill at least 30 in Syrias Aleppo AP Saturday 9 Jul 2016 Syrians pass ...": the headline ends at its credit and date stamp
  const stamp = title.length > 120 ? findStampedDate(title) : null;
  if (stamp && stamp.index > 20) title = title.slice(0, stamp.index).replace(/\s+(?:(?:UPDATED|Monitor|Monitoring group|New toll|Report|state TV|state media|Medical source|activists)\s+)?(?:AFP|AP|Reuters|Anadolu|Sputnik|Xinhua|TRT World)?\s*$/, '').trim();
  if (title.length > 200 || (d && /[.!?]\s+\p{Lu}/u.test(title))) {
    const stop = title.search(/[.!?]\s+\p{Lu}/u);
    title = stop > 0 ? title.slice(0, stop) : title.slice(0, 200);
  }
  return title || null;
}

export function readMetadata(doc: ArticleDoc, cleaned: CleanedText, referenceDate: string | null): ArticleMeta {
  const kept = doc.text.split('\n').map((l) => l.trim()).filter(Boolean);
  const header = kept.slice(0, HEADER_LINES);

  let published: string | null = null;
  let dateIdx = -1;
  for (let i = 0; i < header.length; i++) {
    const line = header[i];
    if (isDateLine(line) || (i === 0 && parseHeaderDate(line))) {
      published = parseHeaderDate(line)!.iso;
      dateIdx = i;
      break;
    }
  }

  if (!published && kept.length) published = findStampedDate(kept[0])?.iso ?? null;

  let byline: string | null = null;
  for (let i = 1; i < header.length; i++) {
    const m = NAME_LINE.exec(header[i]) ?? (/^by\s/i.test(header[i]) ? CAPS_NAME_LINE.exec(header[i]) : null);
    if (!m || SECTION_WORDS.has(header[i].toLowerCase())) continue;
    // A bare name is a byline only beside the date line or when it says "By".
    if (/^by\s/i.test(header[i]) || (dateIdx >= 0 && Math.abs(dateIdx - i) === 1)) {
      byline = m[1];
      break;
    }
  }

  let dateline: string | null = null;
  const paragraphs = kept.slice(1, 8);
  for (const p of paragraphs) {
    const m = DATELINE.exec(p);
    if (m && !SECTION_WORDS.has(m[1].toLowerCase()) && m[1].split(/\s/).length <= 3) {
      dateline = m[1];
      if (!published && m.groups?.date && /\d{4}/.test(m.groups.date)) published = parseHeaderDate(m.groups.date)?.iso ?? null;
      break;
    }
  }

  return {
    title: findTitle(doc),
    outlet: findOutlet(cleaned),
    byline,
    dateline,
    published: published ?? referenceDate,
    publishedFrom: published ? 'header' : referenceDate ? 'reference' : 'none',
  };
}
