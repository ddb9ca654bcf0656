// Writers: a registry keyed by --format. A writer turns records into text
// chunks (header, one chunk per record, footer); the caller owns the stream.
import { stringify } from 'csv-stringify/sync';
import type { ArticleRecord, EventRecord, RecordKind } from '../records/schemas.js';
import { CSV_COLUMNS, NUMERIC_COLUMNS, flattenEvent } from '../records/events.js';

export type Format = 'json' | 'ndjson' | 'csv' | 'tsv' | 'geojson';
export const FORMATS: Format[] = ['json', 'ndjson', 'csv', 'tsv', 'geojson'];

type AnyRecord = EventRecord | ArticleRecord;

export interface RecordWriter {
  header(): string;
  record(r: AnyRecord): string;
  footer(): string;
}

export interface WriterOptions {
  records: RecordKind;
  /** Start CSV/TSV output with a UTF-8 byte order mark (for spreadsheets). */
  bom?: boolean;
}

/** JSON text safe on one line: U+2028/U+2029 escaped so line-based readers never split a record. */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(/[\u2028\u2029]/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'));
}

function jsonArrayWriter(): RecordWriter {
  let first = true;
  return {
    header: () => '[',
    record(r) {
      const s = (first ? '\n' : ',\n') + jsonLine(r);
      first = false;
      return s;
    },
    footer: () => (first ? ']\n' : '\n]\n'),
  };
}

function ndjsonWriter(): RecordWriter {
  return { header: () => '', record: (r) => jsonLine(r) + '\n', footer: () => '' };
}

// A cell a spreadsheet would run as a formula: "=HYPERLINK(...)", "+1", "@SUM", full-width "＝".
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/u;

export function neutraliseCell(column: string, value: string | number | boolean | null): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  if (NUMERIC_COLUMNS.has(column) && typeof value !== 'string') return s;
  return FORMULA_START.test(s) ? `'${s}` : s;
}

function delimitedWriter(delimiter: ',' | '\t', options: WriterOptions): RecordWriter {
  const line = (cells: string[]) =>
    stringify([cells], {
      delimiter,
      record_delimiter: '\n',
      // "; " joins lists: quote such cells so a reader never mistakes them for two columns.
      quoted_match: [/; /, /\r/, /\n/],
    });
  return {
    header: () => (options.bom ? '\uFEFF' : '') + line([...CSV_COLUMNS]),
    record(r) {
      const row = flattenEvent(r as EventRecord);
      return line(CSV_COLUMNS.map((c) => neutraliseCell(c, row[c])));
    },
    footer: () => '',
  };
}

function geojsonWriter(): RecordWriter {
  let first = true;
  return {
    header: () => '{"type":"FeatureCollection","features":[',
    record(r) {
      const e = r as EventRecord;
      const { lat, lon } = e.location ?? { lat: null, lon: null };
      const geometry = lat !== null && lon !== null ? { type: 'Point', coordinates: [lon, lat] } : null;
      const s = (first ? '\n' : ',\n') + jsonLine({ type: 'Feature', id: e.event_id, geometry, properties: e });
      first = false;
      return s;
    },
    footer: () => (first ? ']}\n' : '\n]}\n'),
  };
}

/** Which formats can carry which record kinds. */
export function supports(format: Format, records: RecordKind): boolean {
  return records === 'events' || format === 'json' || format === 'ndjson';
}

export function createWriter(format: Format, options: WriterOptions): RecordWriter {
  switch (format) {
    case 'json':
      return jsonArrayWriter();
    case 'ndjson':
      return ndjsonWriter();
    case 'csv':
      return delimitedWriter(',', options);
    case 'tsv':
      return delimitedWriter('\t', options);
    case 'geojson':
      return geojsonWriter();
  }
}
