// Checks that a writer's whole output is valid for its format, with real parsers.
import { parse as parseCsv } from 'csv-parse/sync';
import { CSV_COLUMNS } from '../../src/records/events.js';
import type { Format } from '../../src/writers/index.js';

/** Throws when `text` is not a valid document of `format` holding `count` records. */
export function assertValidOutput(format: Format, text: string, count: number): void {
  const fail = (why: string) => {
    throw new Error(`${format} output: ${why}\n${text.slice(0, 500)}`);
  };
  switch (format) {
    case 'json': {
      const v = JSON.parse(text);
      if (!Array.isArray(v) || v.length !== count) fail(`expected an array of ${count}`);
      return;
    }
    case 'ndjson': {
      if (count === 0) {
        if (text !== '') fail('expected nothing');
        return;
      }
      const lines = text.split('\n');
      if (lines.pop() !== '') fail('no final newline');
      if (lines.length !== count) fail(`expected ${count} lines, got ${lines.length}`);
      for (const line of lines) {
        if (/[\u2028\u2029\r]/.test(line)) fail('a raw line separator inside a record');
        JSON.parse(line);
      }
      return;
    }
    case 'csv':
    case 'tsv': {
      const rows = parseCsv(text, { delimiter: format === 'csv' ? ',' : '\t', bom: true }) as string[][];
      if (rows.length !== count + 1) fail(`expected a header and ${count} rows, got ${rows.length} rows`);
      if (rows[0].join() !== CSV_COLUMNS.join()) fail('wrong header');
      for (const row of rows) if (row.length !== CSV_COLUMNS.length) fail(`a row of ${row.length} cells`);
      return;
    }
    case 'geojson': {
      const v = JSON.parse(text);
      if (v.type !== 'FeatureCollection' || !Array.isArray(v.features) || v.features.length !== count) fail('expected a FeatureCollection');
      for (const f of v.features) {
        if (f.type !== 'Feature') fail('a feature without type Feature');
        if (f.geometry !== null) {
          const [lon, lat] = f.geometry.coordinates;
          if (f.geometry.type !== 'Point' || lon !== f.properties.location.lon || lat !== f.properties.location.lat) fail('a point that is not [lon, lat]');
        }
      }
      return;
    }
  }
}
