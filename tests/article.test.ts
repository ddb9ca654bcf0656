// The article reader: page furniture removed before any extractor sees it,
// offsets that still point into the input, and the header's metadata.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/index.js';
import { cleanText, toRawOffset } from '../src/stages/clean/index.js';

const SEEDS = join(import.meta.dirname, '..', 'fixtures', 'seeds');
const seed = (name: string) => readFileSync(join(SEEDS, name), 'utf8');

describe('page furniture', () => {
  const furniture: [string, string][] = [
    ['a photo placeholder', 'Image for representational purpose only.'],
    ['a reading time', '2 min read'],
    ['a notification prompt', 'Stay up to date with notifications from The Independent'],
    ['its follow-up', 'Notifications can be managed in browser preferences.'],
    ['a comment counter', 'Comments'],
    ['a share row', 'Share on Facebook'],
  ];
  for (const [name, line] of furniture) {
    it(`drops ${name}: "${line}"`, () => {
      const c = cleanText(`Rebels shelled Aleppo on Friday.\n${line}\nThe army answered with air strikes.\n`);
      expect(c.text).toBe('Rebels shelled Aleppo on Friday.\nThe army answered with air strikes.');
    });
  }

  it('keeps news lines that merely contain such words', () => {
    const text = 'Comments by the minister drew criticism.\nThe share of territory held by IS fell.';
    expect(cleanText(text).text).toBe(text);
  });

  it('drops "Related Stories" and everything after it', () => {
    const c = cleanText('Rebels shelled Aleppo.\n\nRelated Stories\nSyria air strikes kill 20 in Idlib\nNo stories found.\n');
    expect(c.text).toBe('Rebels shelled Aleppo.');
  });

  it('drops a repeated paragraph, a caption printed twice on one line, and a headline behind its section breadcrumb', () => {
    const c = cleanText(
      'News World Backed by Russia, Syria forces retake Palmyra\n\nBacked by Russia, Syria forces retake Palmyra\n\n' +
        'Syria forces retake Palmyra Syria forces retake Palmyra\n\nTroops advanced on Sunday.\n\nBacked by Russia, Syria forces retake Palmyra\n',
    );
    expect(c.text.split(/\n+/)).toEqual(['Backed by Russia, Syria forces retake Palmyra', 'Syria forces retake Palmyra', 'Troops advanced on Sunday.']);
  });

  it('nothing is extracted from a donation appeal (The Independent seed)', () => {
    const r = extractArticle(seed('002_cac92f158d51aaff.txt'));
    const names = [...r.entities.persons, ...r.entities.organizations].map((e) => e.name).join(' | ');
    expect(names).not.toMatch(/Musk|Trump|PAC/);
    expect(r.entities.persons.map((p) => p.name)).toContain('Lizzie Dearden');
  });

  it('cuts a keyword list printed before the lead on a flattened line, and keeps the offsets', () => {
    const input = 'Date of publication 12 August 2016 Regime forces targeted a funeral in Madaya. Tags Madaya Syria hunger siege women Hizbollah Three women from the besieged town of Madaya were killed on Thursday evening.';
    const c = cleanText(input);
    expect(c.text).toBe('Date of publication 12 August 2016 Regime forces targeted a funeral in Madaya.\nThree women from the besieged town of Madaya were killed on Thursday evening.');
    const at = c.text.indexOf('Three women');
    expect(input.slice(toRawOffset(c.segments, at), toRawOffset(c.segments, at) + 11)).toBe('Three women');
    const r = extractArticle(input);
    expect(r.entities.actors.map((a) => a.id)).not.toContain('hezbollah');
  });

  it('cuts a linked story\'s title run into the text after "READ MORE"', () => {
    const input = 'Syrian army units continue to fight against the Nusra Front in Hama. READ MORE WATCH Russian Airstrikes Send Terrorists Fleeing in Syrias Hama In a separate operation in Hama the Syrian troops have found and saved 19 civilians.';
    expect(cleanText(input).text).toBe('Syrian army units continue to fight against the Nusra Front in Hama.\nIn a separate operation in Hama the Syrian troops have found and saved 19 civilians.');
    const r = extractArticle(input, { referenceDate: '2017-10-29' });
    expect(r.events.filter((e) => e.actor1?.id === 'russia')).toEqual([]);
  });

  it('finds no keyword list where "Tags" is not followed by one', () => {
    const text = 'Tags were found on the bodies of the dead in Raqqa, the monitor said.';
    expect(cleanText(text).text).toBe(text);
  });

  // A link to another story printed after a photo credit: the credit, the photographer and the title go, the
  // sentence after them stays whole.
  it.each([
    [
      'In the area of the city of Al Mayadin we destroyed a terrorist command post Konashenkov said. AP Photo Hassan Ammar Libyas Security Forces Reportedly Find Burial Sites of Over 20 Executed Christians According to Konashenkov Russian military intelligence revealed command posts near Abu Kamal.',
      'According to Konashenkov Russian military intelligence revealed command posts near Abu Kamal.',
    ],
    [
      'The Syrian army regained control of Al-Qaryatayn. Sputnik HKMET DURGUN Syrian Democratic Forces Recapture Oil Field in Deir ez-Zor Province Al-Qaryatayn had a large Christian minority.',
      'Al-Qaryatayn had a large Christian minority.',
    ],
    [
      'Syrias aircraft destroyed a convoy near Salamiyah SANA reported. AP Photo Pavel Golovkin Russian Military Delivers Over 5 Tonnes of Humanitarian Aid to Syrias Hama The Air Force shelled Daesh positions in Raqqah.',
      'The Air Force shelled Daesh positions in Raqqah.',
    ],
  ])('cuts a linked title after a photo credit: %s', (input, after) => {
    const c = cleanText(input);
    expect(c.text.split('\n').at(-1)).toBe(after);
    expect(c.text).not.toMatch(/AP Photo|Sputnik|Recapture Oil Field|Burial Sites|Tonnes/);
    const at = c.text.indexOf(after);
    expect(input.slice(toRawOffset(c.segments, at), toRawOffset(c.segments, at) + after.length)).toBe(after);
  });

  it('a linked title after a photo credit gives no event of its own', () => {
    const input = 'Published 23.10.2017. Daesh executed 128 residents of Al-Qaryatayn in three weeks. Sputnik HKMET DURGUN Syrian Democratic Forces Recapture Oil Field in Deir ez-Zor Province Al-Qaryatayn had a large Christian minority.';
    const r = extractArticle(input);
    expect(r.events.map((e) => e.actor1?.id)).toEqual(['islamic-state']);
  });

  it.each([
    ['a credit that names no linked title', 'Syrian troops advanced on Palmyra. Sputnik Michael Alaeddin Middle East 1449 The Syrian army said on Sunday it had retaken the town.'],
    ['an agency named in a sentence', 'The Russian Defence Ministry told Sputnik Arabic that its jets had struck Islamic State positions near Palmyra.'],
  ])('leaves the text whole: %s', (_what, text) => {
    expect(cleanText(text).text).toBe(text);
  });

  // Pages flattened to one line: the link list glued to the last sentence.
  const flattened: [string, string, string][] = [
    [
      'a "Related News" list after the credit',
      'Air strikes killed 13 civilians in Aleppo on Monday the Observatory said. Source TRTWorld and agencies Related News Iraqs vote violations | The global gag rule Syrian regime attacks kill 16 civilians in Idlib',
      'Source TRTWorld and agencies',
    ],
    [
      'a counted "Related" list of headlines',
      'Syrian troops fought Nusra militants near Hama on Saturday. ... 110 Related Syrian Army Destroys Daeshs Mortar Shells Plant in Deir ez-Zor Province Tags terrorist Syria',
      'near Hama on Saturday. ...',
    ],
  ];
  for (const [name, line, keptEnd] of flattened) {
    it(`cuts ${name}, and the headlines in it give no event or place`, () => {
      const c = cleanText(`${line}\nMore links\n`);
      expect(c.text.endsWith(keptEnd)).toBe(true);
      const r = extractArticle(line, { referenceDate: '2016-10-10' });
      expect(r.entities.places.map((p) => p.name)).not.toContain('Idlib');
      expect(r.entities.places.map((p) => p.name)).not.toContain('Deir ez-Zor');
      expect(r.events.every((e) => !['Idlib', 'Deir ez-Zor'].includes(e.location?.admin1 ?? ''))).toBe(true);
    });
  }

  it('"related" in a sentence is not a link list', () => {
    const text = 'Officials related news of the attack to reporters. The Related Press Office in Homs was closed.';
    expect(cleanText(text).text).toBe(text);
  });
});

describe('offsets', () => {
  it('every kept character maps back to the same character of the input', () => {
    for (const name of ['000_c689b8858d52ccb0.txt', '002_cac92f158d51aaff.txt', '004_012f68bf7cf4bf3f.txt']) {
      const c = cleanText(seed(name));
      for (const s of c.segments) expect(c.raw.slice(s.rawStart, s.rawStart + (s.end - s.start))).toBe(c.text.slice(s.start, s.end));
      expect(toRawOffset(c.segments, c.segments[1].start)).toBe(c.segments[1].rawStart);
    }
  });

  it('an event mention\'s offsets point at its text in the cleaned article', () => {
    const r = extractArticle(seed('000_c689b8858d52ccb0.txt'), { explain: true });
    const c = cleanText(seed('000_c689b8858d52ccb0.txt'));
    for (const e of r.events) for (const ev of e.evidence) expect(c.text.slice(ev.start, ev.end)).toBe(ev.text);
  });
});

describe('metadata from the header lines', () => {
  const cases: [string, string, Partial<Record<'title' | 'outlet' | 'byline' | 'dateline' | 'published', string | null>>][] = [
    ['000_c689b8858d52ccb0.txt', 'a dateline and a footer site name', { title: 'Syrian forces retake part of eastern IS bastion', dateline: 'BEIRUT', outlet: 'The New Indian Express', published: null }],
    ['001_61b3a79ed6769172.txt', '"20 March, 2016" under the standfirst', { title: 'Regime forces make gains against IS in Palmyra', published: '2016-03-20' }],
    ['002_cac92f158d51aaff.txt', 'a byline and "Saturday 04 June 2016 05:00 EDT"', { outlet: 'The Independent', byline: 'Lizzie Dearden', published: '2016-06-04' }],
    ['003_acc4a174b91c746f.txt', '"12 December, 2018"', { published: '2018-12-12' }],
    ['004_012f68bf7cf4bf3f.txt', 'a headline behind its breadcrumb', { title: 'Backed by Russia, Syria forces retake Palmyra in major victory over ISIS', published: null }],
  ];
  for (const [name, what, expected] of cases) {
    it(`${name}: ${what}`, () => {
      const r = extractArticle(seed(name));
      for (const [k, v] of Object.entries(expected)) expect(r[k as keyof typeof expected], k).toBe(v);
    });
  }

  it('a page flattened to one line: the stamp is the date, the headline ends before it', () => {
    const r = extractArticle('Syria air strikes kill dozens in rebel town Monitor AFP Wednesday 17 Sep 2014 Syrian air strikes on a besieged rebel town have killed nearly 50 people.');
    expect(r.published).toBe('2014-09-17');
    expect(r.title).toBe('Syria air strikes kill dozens in rebel town');
  });

  it.each([
    ['25-12-2014 30 ISIL Militants Killed in Clashes with Kurds in NE Syria. At least 30 militants died.', '2014-12-25', '30 ISIL Militants Killed in Clashes with Kurds in NE Syria'],
    ['5-04-2016 4 Killed over 43 Injured in Terrorist Rocket Attacks in Aleppo Daraa. In a new attack ...', '2016-04-05', '4 Killed over 43 Injured in Terrorist Rocket Attacks in Aleppo Daraa'],
    ['07.10.2017(updated 1500 07.10.2017) Get short URL 11990 Russias Defense Ministry has reported strikes.', '2017-10-07', 'Russias Defense Ministry has reported strikes'],
    ['Last updated at Jun 142016 BEIRUT A Daesh counterattack on Syrian regime forces killed 20.', '2016-06-14', 'A Daesh counterattack on Syrian regime forces killed 20'],
    ['Published 03/27/2016 Rebels shelled Aleppo.', '2016-03-27', 'Rebels shelled Aleppo'],
    ['23-May-2016 More than 120 people were killed in bombings on the coast.', '2016-05-23', 'More than 120 people were killed in bombings on the coast'],
    ['February 28,2020 An air strike killed 33 soldiers in Idlib.', '2020-02-28', 'An air strike killed 33 soldiers in Idlib'],
  ])('a flattened page opening with its date: %s', (text, published, title) => {
    const r = extractArticle(text);
    expect(r.published).toBe(published);
    expect(r.title?.replace(/\.$/, '')).toBe(title);
  });

  it.each([
    ['SOUTHWEST ASIA, Dec. 18, 2017 - Coalition forces continued to attack ISIS, officials reported today.', 'SOUTHWEST ASIA', '2017-12-18'],
    ['BEIRUT, 5 December 2016 (Xinhua) - Syrian troops advanced in eastern Aleppo on Monday.', 'BEIRUT', '2016-12-05'],
    // (a day with no year dates nothing: the agency's city is still the dateline)
    ['TEHRAN, Apr. 14 (MNA) - One of the commanders of the SDF was killed in a drone attack.', 'TEHRAN', null],
  ])('a dateline with the day the story was filed: %s', (text, dateline, published) => {
    const r = extractArticle(`Headline of the story\n\n${text}`);
    expect([r.dateline, r.published]).toEqual([dateline, published]);
  });

  it('numbers that are no date are not taken for one', () => {
    expect(extractArticle('45-12-2014 units were counted. Rebels shelled Aleppo.').published).toBeNull();
  });

  it('--reference-date stands in for a missing date; today never does', () => {
    const text = 'Rebels shelled Aleppo on Friday.';
    expect(extractArticle(text).published).toBeNull();
    expect(extractArticle(text, { referenceDate: '2016-06-04' }).published).toBe('2016-06-04');
  });
});
