// Plain reports, built from parts: every side, verb of violence, target and
// place a news sentence combines gives one event with that side and place.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/index.js';

const sides: [string, string][] = [
  ['Russian warplanes', 'russia'],
  ['Regime forces', 'syrian-government'],
  ['Islamic State militants', 'islamic-state'],
  ['The US-led coalition', 'us-led-coalition'],
  ['Turkish troops', 'turkey'],
  ['Rebels', 'syrian-rebels'],
  ['The SDF', 'sdf'],
];
const acts: [string, string[]][] = [
  ['killed', ['12 civilians', 'five fighters']],
  ['shelled', ['a market', 'rebel positions', 'the town']],
  ['bombed', ['a market', 'rebel positions', 'the town']],
  ['struck', ['a market', 'rebel positions']],
  ['attacked', ['a market', 'the village']],
];
const places: [string, string][] = [
  ['in Aleppo', 'Aleppo'],
  ['near Idlib', 'Idlib'],
  ['west of Aleppo', 'Aleppo'],
  ['in the town of Saraqeb', 'Saraqib'],
  ['in eastern Ghouta', 'Eastern Ghouta'],
  ['north of Hama', 'Hama'],
];

const rows: [string, string, string][] = [];
for (const [side, id] of sides) for (const [verb, objects] of acts) for (const object of objects) for (const [where, place] of places) {
  rows.push([`${side} ${verb} ${object} ${where} on Tuesday.`, id, place]);
}

describe('plain reports built from parts', () => {
  it.each(rows)('%s', (text, id, place) => {
    const events = extractArticle(text, { referenceDate: '2016-11-24' }).events;
    expect(events.length).toBeGreaterThan(0);
    expect(events[0]!.actor1?.id).toBe(id);
    expect(events[0]!.location?.name).toContain(place);
  });
});
