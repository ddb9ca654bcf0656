// Organisations that are not armed actors: monitors, media, international
// bodies, ministries; and what must not leak in (places, actors, headlines).
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../src/pipeline.js';
import { loadResources } from '../src/resources.js';

const res = loadResources();
const analyse = (text: string) => analyseArticle({ id: 't', file: 't.txt', text }, res);
const orgs = (text: string) => analyse(text).mentions.organizations.map((o) => o.name);

describe('organisations found', () => {
  const cases: [string, string[]][] = [
    ['Regime forces retook Mayadeen, the Britain-based Syrian Observatory for Human Rights said Thursday.', ['Syrian Observatory for Human Rights']],
    ['The state news agency SANA confirmed that regime forces had re-entered Mayadeen.', ['SANA']],
    ['Omar Abu Layla, of the activist-run Deir az-Zour 24 monitoring group, confirmed it.', ['Deir Ezzor 24']],
    ["Kurdish advances have exhausted the militant group, IHS Jane's said.", ["IHS Jane's"]],
    ['A campaign of destruction that UNESCO described as a war crime punishable by the International Criminal Court.', ['UNESCO', 'International Criminal Court']],
    ['According to Russian Defence Ministry, its warplanes conducted more than 40 combat sorties.', ['Russian Defence Ministry']],
    ['Victims showed symptoms consistent with a nerve agent, the World Health Organization said.', ['World Health Organization']],
    ['The Syrian Computer Society was founded by Bassel al-Assad.', ['Syrian Computer Society']],
    ["The Department of the Treasury's Office of Foreign Assets Control (OFAC) designated them.", ['US Treasury', 'Office of Foreign Assets Control']],
    // Not in the dictionary: found by its shape, its acronym defined by the article.
    ['The Euphrates Relief Committee (ERC) reported 300 families displaced. ERC volunteers said.', ['Euphrates Relief Committee']],
    ['Members of the Al bu Nimr tribe were killed, and the Al-Karabla clan fled.', ['Al bu Nimr tribe', 'Al-Karabla clan']],
    ['Officials of the Ministry of Local Administration in Damascus denied it.', ['Ministry of Local Administration']],
    // a person's role before the name is no part of it
    ['Director of Daraa National Hospital Dr. Farid al-Asfar told SANA that the bodies of 13 people had arrived.', ['Daraa National Hospital', 'SANA']],
    // a centre named with its "for" phrase; an article joined to a word of the name
    ['The Syrian Center for Policy Research however put the death toll from the six years of war at 470,000.', ['Syrian Center for Policy Research']],
    ['The opposition Local Coordination Committee of Deir al-Adas said heavy shelling had forced the rebels back.', ['Local Coordination Committee of Deir al-Adas']],
    ['Two car bombs exploded near Ikrima al-Makhzoumi School in Homs.', ['Ikrima al-Makhzoumi School']],
    // "Many in ...": the preposition after the swept-in word is no part of the name either
    ["Many in Iraq's National Symphony Orchestra have already left.", ["Iraq's National Symphony Orchestra"]],
    ['Some of the Syrian Computer Society staff stayed.', ['Syrian Computer Society']],
    // two names whose comma the page lost
    ['Army artillery units pounded the terrorists deployed in the Artillery College Arms College and the Western parts of Ramousiyeh.', ['Artillery College', 'Arms College']],
    // countries acting as states, under their gazetteer name
    // (Israel, accused of bombing, is the armed actor)
    ['Syria has accused Israel of bombarding an area west of Damascus.', ['Syria']],
    ['Syria has accused Israel of breaking the agreement.', ['Syria', 'Israel']],
    ['Officials met representatives of the Ministers of Foreign Affairs of Iran, Saudi Arabia, the United Arab Emirates and Egypt.', ['Iran', 'Saudi Arabia', 'United Arab Emirates', 'Egypt']],
    ['The U.S. strongly condemns the attack. The United States remains committed to that goal.', ['United States']],
    ['The international community - including Russia and Iran - must now work to support a ceasefire.', ['Russia', 'Iran']],
    // the first of two states acting together, the state helped, the state that is to act
    ['Today, the United States and Iraq signed a loan guarantee agreement.', ['United States', 'Iraq']],
    ['The guarantee will enable Iraq to access low-cost financing and underscores the commitment to support Iraq.', ['Iraq']],
    ['This agreement is an important step in the process for Iraq to obtain greater access to international markets.', ['Iraq']],
    // a state's government, however the sentence names it, is one organisation; "the Iraqi people" beside it is none
    ['The UK remains steadfast in its support of the Government of Iraq and the Iraqi people in their fight against ISIL.', ['Government of Iraq']],
    ["The Foreign Secretary underlined the UK's commitment to supporting the government of Iraq to defeat terrorism.", ['Government of Iraq']],
    ['The Israeli government declined to comment on the strike.', ['Government of Israel']],
    ['The U.S. government said it would not recognise the vote.', ['US Government']],
    ['The Syrian government has accused the rebels of using the ceasefire to regroup.', ['Government of Syria']],
    // the region's newsrooms
    ['A police officer from Mosul also told BasNews that five officers were killed, Alsumaria News reported.', ['BasNews', 'Alsumaria News']],
    ['Field sources told Al-Mayadeen TV that the army was advancing, reports Efe news.', ['Al Mayadeen', 'EFE']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  it('an acronym defined in the article is a mention of the organisation', () => {
    const [org] = analyse('The Euphrates Relief Committee (ERC) reported 300 families displaced. ERC volunteers said.').mentions.organizations;
    expect(org!.mentions.map((m) => [m.text, m.rule])).toEqual([
      ['Euphrates Relief Committee', 'org.shape.head'],
      ['ERC', 'org.acronym.defined'],
      ['ERC', 'org.acronym.defined'],
    ]);
  });

  it('"the monitor" refers back to the monitor named before it', () => {
    const doc = analyse('At least 20 died, the Syrian Observatory for Human Rights said. The monitor said later that 30 had died.');
    expect(doc.mentions.organizations.map((o) => [o.name, o.mentions.map((m) => m.rule)])).toEqual([
      ['Syrian Observatory for Human Rights', ['org.alias.sohr', 'org.anaphor.monitor']],
    ]);
    expect(analyse('The monitor said 30 had died.').mentions.organizations).toEqual([]);
  });

  it('aliases of one organisation are one entity with every mention', () => {
    const doc = analyse('The Syrian Observatory for Human Rights said 20 died. The Observatory said later. SOHR added.');
    expect(doc.mentions.organizations).toHaveLength(1);
    expect(doc.mentions.organizations[0]!.mentions.map((m) => [m.text, m.rule])).toEqual([
      ['Syrian Observatory for Human Rights', 'org.alias.sohr'],
      ['Observatory', 'org.alias.sohr'],
      ['SOHR', 'org.alias.sohr'],
    ]);
  });
});

describe('not organisations', () => {
  const cases: [string, string][] = [
    ["Isis in Syria: Government forces 'enter Raqqa province' in new offensive pushing towards Isis capital", 'a headline'],
    ['We will continue to support the Syrian people. Mark C. Toner, Deputy Department Spokesperson, Washington, DC', 'a rank before a role'],
    ["The reported location of the Syrian army's advance on Raqqa province.", 'an armed actor'],
    ['The Syrian Democratic Forces and the Free Syrian Army advanced.', 'armed actors'],
    ['Heavy fighting was reported in Deir ez-Zor province.', 'a place'],
    ['Government forces retook Mayadeen on Saturday.', 'a town named like a channel'],
    ['Regime forces make gains against IS in Palmyra.', 'a headline with an actor'],
    ['Analysts have interpreted recent waves of attacks and suicide bombings in Iraq.', 'lower-case words'],
    ['Deadly Russian Airstrikes Kill 35 & Destroy Hospital in Idlib.', "a title-case headline's verb before a head word"],
    ['Twin Car Bombs in Syrias Homs Kill 32 Most School Students.', "a title-case headline's quantifier before a head word"],
    ['Sun Aug 17 2014 ISIL kills 700 people from Syrian tribe.', 'a people named as a tribe'],
    ['The offensive opens up much of Syria\'s eastern desert to the army.', 'a country as the land, with a possessive'],
    ['Syria has been locked in a vicious civil war since 2011.', 'a country as the land a war is in'],
    ['For Syria government forces, the recapture of Palmyra is a boost.', "a country in an armed actor's name"],
    ['Syrian government forces shelled the town, and Syrian government air strikes hit it again.', "a government's forces and strikes: an armed actor"],
    ['A bombing hit a bus near the Atmeh border crossing with Turkey.', 'a country a border is with'],
    ['Thousands of civilians fled to Turkey and Jordan. Rescuers said more were missing.', 'countries fled to, the sentence over before a verb'],
    ['The road from Syria to Iraq is open for trade to resume.', 'a country a road leads to'],
    ['The oil-rich eastern province that borders Iraq was once held by the jihadists.', 'a country a province borders'],
    ['Officials said a strike today near Manbij Syria may have resulted in civilian casualties.', "a town's country, its comma lost"],
    ['The special envoy for Syria said talks would resume in Geneva, and a conference on Syria will follow.', 'the country a body works on'],
  ];
  it.each(cases)('%s (%s)', (text) => {
    expect(orgs(text)).toEqual([]);
  });
});

describe('organisation dictionary lint', () => {
  it('has unique ids and never gives one alias to two organisations', async () => {
    const { default: data } = await import('../src/data/organizations.json', { with: { type: 'json' } });
    const { foldPhrase } = await import('../src/stages/actors/phrases.js');
    const ids = data.organizations.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    const owner = new Map<string, string>();
    for (const o of data.organizations) {
      const exact = (o as { exact?: string[] }).exact ?? [];
      for (const alias of [o.name, ...((o as { aliases?: string[] }).aliases ?? []), ...exact]) {
        const key = foldPhrase(alias, exact.includes(alias) || /^[^a-z]+$/.test(alias));
        const prev = owner.get(key);
        expect(prev === undefined || prev === o.id, `"${alias}" is in ${prev} and ${o.id}`).toBe(true);
        owner.set(key, o.id);
      }
    }
  });

  it('no organisation alias is also an armed actor alias', () => {
    const orgNames = analyse('').mentions.organizations;
    expect(orgNames).toEqual([]);
    for (const phrase of ['SOHR', 'SANA', 'Reuters', 'UNESCO', 'Syrian Observatory for Human Rights']) {
      expect(res.actors.isAlias(phrase), phrase).toBe(false);
    }
  });
});
