// Hand-made records that use every field, for writer tests that must not
// depend on what the extractors find today.
import { EventRecordSchema, type EventRecord } from '../../src/records/schemas.js';

export function sampleEvent(overrides: Partial<EventRecord> = {}): EventRecord {
  const event: EventRecord = {
    event_id: 'palmyra-1',
    article: { id: 'palmyra', file: 'news/palmyra.txt', title: 'Syrian forces retake Palmyra', outlet: 'Example News', published: '2016-03-27' },
    event_type: 'Battles',
    sub_event_type: 'Government regains territory',
    date: { start: '2016-03-27', end: '2016-03-27', precision: 'day', text: 'on Sunday' },
    actor1: { id: 'syrian-government', name: 'Syrian government forces', type: 'state-forces', group: null, mention: 'regime forces' },
    actor2: { id: 'islamic-state', name: 'Islamic State', type: 'rebel-group', group: null, mention: 'IS' },
    assoc_actor1: [
      { id: 'russia', name: 'Russian armed forces', type: 'external-force', mention: 'Russian air support' },
      { id: 'hezbollah', name: 'Hezbollah', type: 'political-militia', mention: 'Hezbollah' },
    ],
    assoc_actor2: [],
    location: {
      name: 'Palmyra', mention: 'Palmyra', feature: 'town', admin1: 'Homs', country: 'Syria', country_code: 'SY',
      lat: 34.56, lon: 38.28, geonames_id: 170017, geo_precision: 1,
    },
    fatalities: { best: 26, low: 26, high: null, details: [{ count: 26, qualifier: 'at least', actor_id: 'islamic-state', text: 'at least 26 jihadists' }] },
    sources: ['Syrian Observatory for Human Rights', 'SANA'],
    contested: false,
    evidence: [{ text: 'Regime forces, backed by Russian air support, retook Palmyra.', start: 0, end: 61 }],
    confidence: 0.8,
    ...overrides,
  };
  return EventRecordSchema.parse(event);
}
