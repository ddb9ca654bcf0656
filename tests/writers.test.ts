// The writers on hand-made records that use every field: spreadsheet safety,
// quoting that round-trips through a CSV parser, NDJSON line safety, GeoJSON.
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../src/records/events.js';
import { EventRecordSchema, type EventRecord } from '../src/records/schemas.js';
import { createWriter, jsonLine, neutraliseCell, type Format } from '../src/writers/index.js';
import { sampleEvent } from './helpers/records.js';

function write(format: Format, records: EventRecord[], bom = false): string {
  const w = createWriter(format, { records: 'events', bom });
  return w.header() + records.map((r) => w.record(r)).join('') + w.footer();
}

function csvRows(text: string, delimiter = ','): Record<string, string>[] {
  return parseCsv(text, { delimiter, columns: true, bom: true }) as Record<string, string>[];
}

describe('csv and tsv', () => {
  it('zero events give the header line and nothing else', () => {
    expect(write('csv', [])).toBe(CSV_COLUMNS.join(',') + '\n');
    expect(write('tsv', [])).toBe(CSV_COLUMNS.join('\t') + '\n');
  });

  it('--bom starts the output with a byte order mark, once', () => {
    const text = write('csv', [sampleEvent(), sampleEvent()], true);
    expect(text.startsWith('\uFEFFevent_id,')).toBe(true);
    expect(text.indexOf('\uFEFF', 1)).toBe(-1);
  });

  it.each([
    ['=HYPERLINK("http://x","click")'],
    ['+1+2'],
    ['-2+3'],
    ['@SUM(A1:A2)'],
    ['\tleading tab'],
    ['\rleading carriage return'],
    ['＝1+1'], // full-width equals sign, which spreadsheets also run
  ])('a text cell starting like a formula is neutralised: %j', (title) => {
    const [row] = csvRows(write('csv', [sampleEvent({ article: { ...sampleEvent().article, title } })]));
    expect(row.title).toBe(`'${title}`);
  });

  it('numbers are not neutralised: a negative longitude stays a number', () => {
    const e = sampleEvent();
    const [row] = csvRows(write('csv', [sampleEvent({ location: { ...e.location!, lat: -33.45, lon: -70.66 } })]));
    expect(row.latitude).toBe('-33.45');
    expect(row.longitude).toBe('-70.66');
    expect(neutraliseCell('longitude', -70.66)).toBe('-70.66');
  });

  it('a title that is a bare negative number is text and is neutralised', () => {
    expect(neutraliseCell('title', '-1')).toBe("'-1");
  });

  it('lists are joined with "; " and such cells are quoted', () => {
    const text = write('csv', [sampleEvent()]);
    expect(text).toContain('"Russian armed forces; Hezbollah"');
    const [row] = csvRows(text);
    expect(row.assoc_actor1).toBe('Russian armed forces; Hezbollah');
    expect(row.sources).toBe('Syrian Observatory for Human Rights; SANA');
  });

  it('null fields are empty cells, booleans and numbers are written plainly', () => {
    const [row] = csvRows(write('csv', [sampleEvent({ actor2: null, fatalities: null, contested: true })]));
    expect(row.actor2).toBe('');
    expect(row.actor2_id).toBe('');
    expect(row.fatalities).toBe('');
    expect(row.contested).toBe('true');
    expect(row.confidence).toBe('0.8');
  });

  it('every column of the contract is filled from the record', () => {
    const [row] = csvRows(write('csv', [sampleEvent()]));
    expect(Object.keys(row)).toEqual([...CSV_COLUMNS]);
    expect(row).toMatchObject({
      event_id: 'palmyra-1', article_id: 'palmyra', file: 'news/palmyra.txt', published: '2016-03-27', event_date: '2016-03-27',
      actor1_id: 'syrian-government', actor2_type: 'rebel-group', location: 'Palmyra', country_code: 'SY', latitude: '34.56',
      longitude: '38.28', geo_precision: '1', fatalities: '26', fatalities_low: '26', fatalities_high: '',
    });
  });

  // Any text in any text cell survives the trip through a CSV parser, apart
  // from the apostrophe that neutralises a formula.
  const awkward = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.array(fc.constantFrom('a', ',', '"', '\n', '\r', '\r\n', '; ', '\t', '=', '+', '-', '@', '＝', ' ', 'é', '\u2028'), { maxLength: 20 }).map((a) => a.join('')),
  );
  it.each([
    ['csv', ','],
    ['tsv', '\t'],
  ] as const)('%s: awkward text round-trips through a CSV parser (property)', (format, delimiter) => {
    fc.assert(
      fc.property(awkward, awkward, fc.array(awkward, { maxLength: 3 }), (title, outlet, sources) => {
        const base = sampleEvent();
        const e = { ...base, article: { ...base.article, title, outlet }, sources };
        const rows = csvRows(write(format, [e, e]), delimiter);
        expect(rows).toHaveLength(2);
        // What a spreadsheet user sees: the text, behind an apostrophe when it would run as a formula.
        const shown = (s: string) => (/^[=+\-@\t\r＝＋－＠]/u.test(s) ? `'${s}` : s);
        for (const row of rows) {
          expect(row.title).toBe(shown(title));
          expect(row.outlet).toBe(shown(outlet));
          expect(row.sources).toBe(shown(sources.join('; ')));
          expect(row.event_id).toBe('palmyra-1');
          expect(row.confidence).toBe('0.8');
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('ndjson and json', () => {
  it('U+2028 and U+2029 are escaped, so no line-based reader splits a record', () => {
    const line = jsonLine({ title: 'a\u2028b\u2029c' });
    expect(line).toBe('{"title":"a\\u2028b\\u2029c"}');
    const text = write('ndjson', [sampleEvent({ sources: ['x\u2028y'] })]);
    expect(text.split(/\r\n|\n|\r|\u2028|\u2029/u).filter(Boolean)).toHaveLength(1);
    expect(JSON.parse(text).sources).toEqual(['x\u2028y']);
  });

  it('json: an empty array is "[]", records parse back to themselves', () => {
    expect(JSON.parse(write('json', []))).toEqual([]);
    const records = [sampleEvent(), sampleEvent({ event_id: 'palmyra-2' })];
    expect(JSON.parse(write('json', records))).toEqual(records);
  });
});

describe('geojson', () => {
  it('a FeatureCollection; a point is [lon, lat]; an unlocated event has geometry null', () => {
    const located = sampleEvent();
    const unlocated = sampleEvent({ event_id: 'palmyra-2', location: null });
    const unresolved = sampleEvent({
      event_id: 'palmyra-3',
      location: { ...located.location!, name: 'Hattash', feature: 'unresolved', lat: null, lon: null, geonames_id: null, geo_precision: 2 },
    });
    const fc = JSON.parse(write('geojson', [located, unlocated, unresolved]));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f: { type: string }) => f.type)).toEqual(['Feature', 'Feature', 'Feature']);
    expect(fc.features[0].geometry).toEqual({ type: 'Point', coordinates: [38.28, 34.56] });
    expect(fc.features[1].geometry).toBeNull();
    expect(fc.features[2].geometry).toBeNull();
    for (const f of fc.features) expect(EventRecordSchema.safeParse(f.properties).success).toBe(true);
  });

  it('no events give an empty FeatureCollection', () => {
    expect(JSON.parse(write('geojson', []))).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
