// Plain reports, built from parts: every side, verb of violence, target and
// place a news sentence combines gives one event with that side and place;
// and one plain sentence of every kind of event.
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

describe('plain reports of every kind', () => {
  const cases: [string, string | null, string, string, number | null][] = [
    ['At least 20 people were killed when Russian jets bombed a market in Idlib on Tuesday.', 'russia', 'Idlib', 'Air/drone strike', 20],
    ['Syrian government helicopters dropped barrel bombs on Daraya on Tuesday, killing eight civilians.', 'syrian-government', 'Darayya', 'Air/drone strike', 8],
    ['Islamic State fighters executed 15 men in the town of Mayadin on Tuesday.', 'islamic-state', 'Mayadin', 'Attack', 15],
    ['Gunmen kidnapped a local official in Deir ez-Zor on Tuesday.', 'unidentified-armed-group', 'Deir', 'Abduction/forced disappearance', null],
    ['Kurdish-led forces seized the town of Tabqa from Islamic State on Tuesday.', 'sdf', 'Tabqa', 'Non-state actor overtakes territory', null],
    ['Iraqi troops recaptured the city of Ramadi from Islamic State on Tuesday.', 'iraqi-government', 'Ramadi', 'Government regains territory', null],
    ['A roadside bomb killed three Iraqi soldiers near Kirkuk on Tuesday.', 'unidentified-armed-group', 'Kirkuk', 'Remote explosive/landmine/IED', 3],
    ['Israeli jets struck Iranian targets near Damascus on Tuesday.', 'israel', 'Damascus', 'Air/drone strike', null],
    ['Hundreds of people protested in Daraa on Friday against the government.', 'protesters', 'Daraa', 'Peaceful protest', null],
    ['Turkish artillery shelled YPG positions near Afrin on Tuesday, killing four fighters.', 'turkey', 'Afrin', 'Shelling/artillery/missile attack', 4],
    ['Hezbollah fighters clashed with rebels in the Qalamoun mountains on Tuesday.', 'hezbollah', 'Qalamoun', 'Armed clash', null],
    ['The army ambushed an Islamic State convoy near Palmyra on Tuesday, killing 30 militants.', 'syrian-government', 'Palmyra', 'Armed clash', 30],
    ['Rebels shot down a government warplane over Idlib on Tuesday.', 'syrian-rebels', 'Idlib', 'Armed clash', null],
    ['A US drone strike killed a senior al-Qaeda leader in Idlib province on Tuesday.', 'united-states', 'Idlib', 'Air/drone strike', 1],
    ['Clashes between the SDF and Turkish-backed factions killed 12 fighters near Manbij on Tuesday.', 'sdf', 'Manbij', 'Armed clash', 12],
    ['ISIS militants attacked a checkpoint near Tikrit on Tuesday, killing seven policemen.', 'islamic-state', 'Tikrit', 'Armed clash', 7],
    ['Government forces and rebels agreed a ceasefire in Homs on Tuesday.', 'syrian-government', 'Homs', 'Agreement', null],
    ['Security forces arrested 20 suspected militants in Mosul on Tuesday.', 'iraqi-government', 'Mosul', 'Arrests', null],
    ['Warplanes believed to be Russian carried out more than 30 raids on the town of Khan Sheikhoun on Tuesday.', 'russia', 'Khan Sheikhoun', 'Air/drone strike', null],
    ['Early on Tuesday morning multiple air raids believed to be Russian killed 10 civilians in the rebel-held town of Atareb.', 'russia', 'Atarib', 'Air/drone strike', 10],
    ['US-led coalition aircraft carried out 12 strikes against Islamic State targets near Raqqa on Tuesday.', 'us-led-coalition', 'Raqqa', 'Air/drone strike', null],
    ['A Turkish soldier was killed and three wounded in a rocket attack from Syria on a border post in Kilis on Tuesday.', 'turkey', 'Kilis', 'Shelling/artillery/missile attack', 1],
    ['Hundreds of residents of Maarat al-Numan demonstrated against Nusra Front on Tuesday.', 'protesters', 'Maarat al-Numan', 'Peaceful protest', null],
    ['A suicide bomber struck a funeral in the town of Qamishli on Tuesday, killing 25 people.', 'unidentified-armed-group', 'Qamishli', 'Suicide bomb', 25],
    ['Kurdish Peshmerga forces pushed into Sinjar on Tuesday with the help of US air strikes.', 'peshmerga', 'Sinjar', 'Armed clash', null],
    ['Gunmen killed a Sunni cleric in Basra on Tuesday.', 'unidentified-armed-group', 'Basra', 'Attack', 1],
    ['The Turkish military on Monday neutralized 12 PKK/YPG terrorists who were preparing to attack the Operation Peace Spring zone near Tal Abyad.', 'turkey', 'Tal Abyad', 'Armed clash', null],
    ['Units of the armed forces killed scores of ISIS terrorists in Deir Ezzor countryside on Tuesday.', 'syrian-government', 'Deir', 'Armed clash', null],
    ['The army restored security and stability to the town of Qaryatain on Tuesday.', 'syrian-government', 'Qaryatayn', 'Government regains territory', null],
    ['Russian Su-24 bombers struck militant positions near Latakia on Tuesday.', 'russia', 'Latakia', 'Air/drone strike', null],
    ['Two Turkish soldiers were killed in clashes with ISIS near al-Bab on Tuesday.', 'islamic-state', 'Al-Bab', 'Armed clash', 2],
    ['The Observatory confirmed that at least 62 militants were killed in an ambush carried out by the Syrian regular forces west of the industrial city of Adra.', 'syrian-government', 'Adra', 'Armed clash', 62],
    ['Popular Mobilisation Forces retook the town of Baiji from Daesh on Tuesday.', 'popular-mobilisation-forces', 'Baiji', 'Government regains territory', null],
    ['Three Iraqi soldiers were killed when a roadside bomb hit their patrol near Haditha on Tuesday.', 'iraqi-government', 'Haditha', 'Remote explosive/landmine/IED', 3],
  ];
  it.each(cases)('%s', (text, side, place, sub, dead) => {
    const events = extractArticle(text, { referenceDate: '2016-11-24' }).events;
    expect(events).toHaveLength(1);
    const [e] = events;
    expect(e).toBeDefined();
    expect(e!.sub_event_type).toBe(sub);
    if (side) expect([e!.actor1?.id, e!.actor1?.group, e!.actor2?.id]).toContain(side);
    expect(e!.location?.name).toContain(place);
    expect(e!.fatalities?.best ?? null).toBe(dead);
  });
});
