import { describe, expect, it, vi } from 'vitest';
import { emptyMentions, type ArticleDoc, type DatePrecision } from '../src/document/model.js';
import { findDateMentions, findDatesInText, resolveDateText } from '../src/stages/dates/index.js';
import { DATE_RULES, NOT_A_DATE_RULES } from '../src/data/dates.js';
import { extractArticle } from '../src/index.js';

type Case = [sentence: string, published: string | null, text: string, start: string, end: string, precision: DatePrecision];

// Real news sentences (seed articles and the FA-KES corpus) with the
// publication date of their article, or one consistent with their story.
const RESOLVED: Case[] = [
  // Wednesday 12 December 2018
  ["Syrian fighters released footage on Tuesday showing their advance into the Islamic State group's last stronghold in Syria.", '2018-12-12', 'Tuesday', '2018-12-11', '2018-12-11', 'day'],
  ["According to a SDF spokesman, the fighters took full control of town's hospital early on Monday.", '2018-12-12', 'Monday', '2018-12-10', '2018-12-10', 'day'],
  ['SDF fighters launched an offensive to capture Hajin and nearby villages on 10 September.', '2018-12-12', '10 September', '2018-09-10', '2018-09-10', 'day'],
  ['The Kurdish-led Syrian Democratic Forces (SDF) have been fighting for control over the eastern town of Hajin since last week and intense fighting has been ongoing.', '2018-12-12', 'last week', '2018-12-03', '2018-12-09', 'week'],
  ['"We are getting closer to the centre of Hajin today. We will be there soon."', '2018-12-12', 'today', '2018-12-12', '2018-12-12', 'day'],
  ['IS overran large swathes of Syria and neighbouring Iraq in 2014, proclaiming a "caliphate" in land it controlled.', '2018-12-12', '2014', '2014-01-01', '2014-12-31', 'year'],
  ['12 December, 2018', '2018-12-12', '12 December, 2018', '2018-12-12', '2018-12-12', 'day'],
  ['They have made little progress since then, but last week intensified their attacks under the cover of airstrikes.', '2018-12-12', 'last week', '2018-12-03', '2018-12-09', 'week'],
  ['The YPG published a video on Tuesday said to show fighters in the northern outskirts of Hajin.', '2018-12-12', 'Tuesday', '2018-12-11', '2018-12-11', 'day'],
  ['Rebels said the convoy was hit last Tuesday near the border.', '2018-12-12', 'last Tuesday', '2018-12-11', '2018-12-11', 'day'],
  ['Clashes erupted on Tuesday night in the eastern countryside.', '2018-12-12', 'Tuesday', '2018-12-11', '2018-12-11', 'day'],
  ['The next round of talks is to be held on 15 December in Astana.', '2018-12-12', '15 December', '2018-12-15', '2018-12-15', 'day'],
  // Saturday 4 June 2016
  ['Saturday 04 June 2016 05:00 EDT', '2016-06-04', 'Saturday 04 June 2016 05:00 EDT', '2016-06-04', '2016-06-04', 'day'],
  ['The UK-based Syrian Observatory for Human Rights said there had been violent clashes between Isis militants and regime troops since dawn on Friday.', '2016-06-04', 'Friday', '2016-06-03', '2016-06-03', 'day'],
  ['They were heading towards the al-Raqqa road in the third major assault on the terrorist group this week.', '2016-06-04', 'this week', '2016-05-30', '2016-06-05', 'week'],
  ['The week\'s three offensives are some of the most aggressive campaigns against Isis since the group declared its "caliphate" after sweeping through Syria and Iraq in early 2014.', '2016-06-04', 'early 2014', '2014-01-01', '2014-12-31', 'year'],
  ['The operation to re-take the Isis stronghold of Palmyra earlier this year was seen as a turning point.', '2016-06-04', 'earlier this year', '2016-01-01', '2016-12-31', 'year'],
  ["The reported location of the Syrian army's advance on Raqqa province (in red) on 4 June 2016.", '2016-06-04', '4 June 2016', '2016-06-04', '2016-06-04', 'day'],
  ['The US-led coalition has been striking targets in Raqqa, Manbij and Mar’a in Syria in recent days.', '2016-06-04', 'recent days', '2016-05-28', '2016-06-04', 'week'],
  ['Raqqa, which Isis has used as a base to launch its operations across Syria, as well as terrorist attacks in Europe, since 2014.', '2016-06-04', '2014', '2014-01-01', '2014-12-31', 'year'],
  ['The town fell to the jihadists two weeks ago after a month-long siege.', '2016-06-04', 'two weeks ago', '2016-05-16', '2016-05-22', 'week'],
  ['Talks are due to resume in Geneva next week.', '2016-06-04', 'next week', '2016-06-06', '2016-06-12', 'week'],
  ['Regime forces have pushed deeper into the province in recent weeks.', '2016-06-04', 'recent weeks', '2016-05-21', '2016-06-04', 'week'],
  // Sunday 20 March 2016
  ['20 March, 2016', '2016-03-20', '20 March, 2016', '2016-03-20', '2016-03-20', 'day'],
  ['Palmyra has been in the hands of the militants since May 2015.', '2016-03-20', 'May 2015', '2015-05-01', '2015-05-31', 'month'],
  ['In the past three months, the group has lost 8 percent of its territories in Syria and Iraq.', '2016-03-20', 'the past three months', '2015-12-20', '2016-03-20', 'unknown'],
  ['The militant group lost 22 per cent of its territories from the start of 2015 onwards.', '2016-03-20', 'the start of 2015', '2015-01-01', '2015-12-31', 'year'],
  ['"In the past few hours, regime forces have made important advances towards the city of al-Qaryatayn."', '2016-03-20', 'the past few hours', '2016-03-20', '2016-03-20', 'day'],
  // Friday 6 October 2017 / Thursday 5 October 2017
  ['In July, it lost Mosul, the largest city it ever controlled, and this month the town of Hawija, also in Iraq.', '2017-10-06', 'July', '2017-07-01', '2017-07-31', 'month'],
  ['In July, it lost Mosul, the largest city it ever controlled, and this month the town of Hawija, also in Iraq.', '2017-10-06', 'this month', '2017-10-01', '2017-10-31', 'month'],
  ['Regime forces have retaken four neighbourhoods of Mayadeen, the Britain-based Syrian Observatory for Human Rights said Thursday.', '2017-10-06', 'Thursday', '2017-10-05', '2017-10-05', 'day'],
  ['Regime forces have retaken four neighbourhoods of Mayadeen, the Britain-based Syrian Observatory for Human Rights said Thursday.', '2017-10-05', 'Thursday', '2017-10-05', '2017-10-05', 'day'],
  // Sunday 27 March 2016
  ['Russian forces, which intervened in support of longtime ally Assad last September, have been heavily involved in the offensive.', '2016-03-27', 'last September', '2015-09-01', '2015-09-30', 'month'],
  ['Russian forces have been heavily involved in the offensive to retake Palmyra despite a major drawdown last week.', '2016-03-27', 'last week', '2016-03-14', '2016-03-20', 'week'],
  ['ISIS overran the Palmyra ruins and adjacent modern city in May 2015.', '2016-03-27', 'May 2015', '2015-05-01', '2015-05-31', 'month'],
  ['On Thursday, the Iraqi army announced the launch of an offensive to recapture second city Mosul, held by the jihadists since June 2014.', '2016-03-27', 'Thursday', '2016-03-24', '2016-03-24', 'day'],
  ['On Thursday, the Iraqi army announced the launch of an offensive to recapture second city Mosul, held by the jihadists since June 2014.', '2016-03-27', 'June 2014', '2014-06-01', '2014-06-30', 'month'],
  ['"That\'s the heaviest losses that ISIS has sustained in a single battle since its creation in 2013," Observatory director Rami Abdel Rahman said.', '2016-03-27', '2013', '2013-01-01', '2013-12-31', 'year'],
  ['Its warplanes conducted more than 40 combat sorties in just 24 hours from Friday to Saturday, targeting 158 terrorist positions.', '2016-03-27', 'Friday to Saturday', '2016-03-25', '2016-03-26', 'day'],
  ['Syrian troops recaptured the famed ancient city of Palmyra from the Islamic State militant group today.', '2016-03-27', 'today', '2016-03-27', '2016-03-27', 'day'],
  // FA-KES articles (commas stripped in the corpus)
  ['Published October 12 2016 Activists say the death toll in rebel-held Aleppo continues to rise with at least 27 dead on Tuesday', '2016-10-12', 'October 12 2016', '2016-10-12', '2016-10-12', 'day'],
  ['Published October 12 2016 Activists say the death toll in rebel-held Aleppo continues to rise with at least 27 dead on Tuesday', '2016-10-12', 'Tuesday', '2016-10-11', '2016-10-11', 'day'],
  ['A suicide bomber killed four people in a hospital on Sunday in an attack that took Syrias civil war to the ruling Assad clans hometown', '2015-02-23', 'Sunday', '2015-02-22', '2015-02-22', 'day'],
  ['The Observatory reported that troops had executed 48 people earlier this week in a northern village among them 10 children.', '2015-02-23', 'earlier this week', '2015-02-23', '2015-03-01', 'week'],
  ['Syrian opposition forces on Sunday claimed that Russian jets in violation of a cease-fire hit an outpost in northwestern Syrias Idlib province', '2017-04-02', 'Sunday', '2017-04-02', '2017-04-02', 'day'],
  ['Thirteen civilians among them seven children were killed in aerial attacks by Syrias government Wednesday on the northern province of Aleppo', '2015-07-15', 'Wednesday', '2015-07-15', '2015-07-15', 'day'],
  ['Date of publication 30 September 2017 Four children are among the 28 dead in overnight airstrikes on the town of Armanaz', '2017-09-30', '30 September 2017', '2017-09-30', '2017-09-30', 'day'],
  ['13 civilians killed in regime air raids on northern Syria AFP Wednesday 15 Jul 2015 Thirteen civilians among them seven children were killed', '2015-07-15', 'Wednesday 15 Jul 2015', '2015-07-15', '2015-07-15', 'day'],
  ['Wed 05 Apr 2017', '2017-04-05', 'Wed 05 Apr 2017', '2017-04-05', '2017-04-05', 'day'],
  ['Local communities have mostly sought to remain neutral in the conflict wracking the country since March 2011', '2016-10-12', 'March 2011', '2011-03-01', '2011-03-31', 'month'],
  ['It was some of Syrias worst violence since the outbreak of the revolt against Assad three years ago which was met by a brutal crackdown', '2014-10-04', 'three years ago', '2011-01-01', '2011-12-31', 'year'],
  ['Hundreds of civilians have been killed since the breakdown of a ceasefire last month', '2016-10-12', 'last month', '2016-09-01', '2016-09-30', 'month'],
  ['Activists say rebel infighting in Syria has killed 45 opposition fighters over the past two days', '2014-10-04', 'the past two days', '2014-10-02', '2014-10-04', 'week'],
  ['It was the first attack of its kind on Assad supporters since campaigning got underway earlier this month', '2016-10-12', 'earlier this month', '2016-10-01', '2016-10-31', 'month'],
  ['Al-Nusra was given 48 hours to release those it took hostage nearly a week ago when it stormed its headquarters', '2016-10-12', 'a week ago', '2016-10-03', '2016-10-09', 'week'],
  ['At least 57 civilians were killed when it dropped "container bombs" on the IS-held town of Al-Bab at the weekend', '2016-12-05', 'weekend', '2016-12-03', '2016-12-04', 'week'],
  ['The Syrian conflict began when the Baath regime in power since 1963 and led by Assad responded with military force', '2016-10-12', '1963', '1963-01-01', '1963-12-31', 'year'],
  ['Launched in London in 1978 Asharq Al-Awsat has established itself as the leading Arab daily', '2016-10-12', '1978', '1978-01-01', '1978-12-31', 'year'],
  ['Peaceful protests broke out in mid-March 2011 and were met with a crackdown', '2016-10-12', 'mid-March 2011', '2011-03-01', '2011-03-31', 'month'],
  ['The group was driven out of the town late last year', '2016-10-12', 'late last year', '2015-01-01', '2015-12-31', 'year'],
  ['The siege was imposed on July 31 by government forces', '2016-10-12', 'July 31', '2016-07-31', '2016-07-31', 'day'],
  ['The United Nations aid convoy attacked on Sept. 19 near Aleppo', '2016-10-12', 'Sept. 19', '2016-09-19', '2016-09-19', 'day'],
  ['The truce took effect on September 12 2016 in accordance with the US-Russian deal', '2016-10-12', 'September 12 2016', '2016-09-12', '2016-09-12', 'day'],
  ['The offensive was launched on Saturday March 28 2015 against the city', '2015-04-12', 'Saturday March 28 2015', '2015-03-28', '2015-03-28', 'day'],
  ['Fighting raged from Friday March 27 2015 to Friday April 10 2015 in the camp', '2015-04-12', 'Friday March 27 2015 to Friday April 10 2015', '2015-03-27', '2015-04-10', 'day'],
  ['The Syrian army said yesterday it had regained control of the hills', '2016-10-12', 'yesterday', '2016-10-11', '2016-10-11', 'day'],
  ['At least 20 people were killed in the past 24 hours a monitor said', '2017-10-10', 'the past 24 hours', '2017-10-10', '2017-10-10', 'day'],
  ['A ceasefire brokered by Turkey and Russia collapsed in February', '2016-10-12', 'February', '2016-02-01', '2016-02-29', 'month'],
  ['The talks broke down in December', '2016-10-12', 'December', '2015-12-01', '2015-12-31', 'month'],
  ['The town has been besieged since the end of July', '2014-10-04', 'the end of July', '2014-07-01', '2014-07-31', 'month'],
  ['Government aircraft bombed the district late on Monday wounding a large number of people', '2016-10-12', 'Monday', '2016-10-10', '2016-10-10', 'day'],
  ['The refugees arrived in spring 2015 and settled in the camp', '2016-10-12', 'spring 2015', '2015-01-01', '2015-12-31', 'year'],
  ['The city was encircled in mid-2012', '2016-10-12', 'mid-2012', '2012-01-01', '2012-12-31', 'year'],
  ['The 2011-2014 drought drove farmers into the cities', '2016-10-12', '2011-2014', '2011-01-01', '2014-12-31', 'year'],
  ['The deal was signed on 2016-06-04 in Geneva', '2016-10-12', '2016-06-04', '2016-06-04', '2016-06-04', 'day'],
  ['The operation began on 10 January', '2018-12-28', '10 January', '2018-01-10', '2018-01-10', 'day'],
  ['Eight civilians were killed on the morning of 3 June in the village', '2016-06-04', '3 June', '2016-06-03', '2016-06-03', 'day'],
  ['Airstrikes killed 12 people on Saturday 12 of them children', '2016-06-04', 'Saturday', '2016-06-04', '2016-06-04', 'day'],
  ['Shelling killed at least 15 civilians and injured 20 on Wednesday a monitor said.', '2016-06-04', 'Wednesday', '2016-06-01', '2016-06-01', 'day'],
  ['More than 1,000 civilians have been killed since the start of the year, the monitor said.', '2016-06-04', 'the start of the year', '2016-01-01', '2016-12-31', 'year'],
  ['The 2012 offensive on the city failed.', '2016-06-04', '2012', '2012-01-01', '2012-12-31', 'year'],
  ['In 2014 jihadists seized Mosul and declared a caliphate.', '2016-06-04', '2014', '2014-01-01', '2014-12-31', 'year'],
  ['The minister visited Turkey on 4 April and Uzbekistan from 5-6 April 2016.', '2016-06-04', '5-6 April 2016', '2016-04-05', '2016-04-06', 'day'],
  ['Regime helicopters dropped barrel bombs on the night of 3-4 June, activists said.', '2016-06-04', '3-4 June', '2016-06-03', '2016-06-04', 'day'],
  ['07.10.2017(updated 1500 07.10.2017) Get short URL', '2017-10-07', '07.10.2017', '2017-10-07', '2017-10-07', 'day'],
  ['Posted 13/05/2016 by the press office', '2016-06-04', '13/05/2016', '2016-05-13', '2016-05-13', 'day'],
  ['A car bomb killed seven people. In August last year another car bomb killed 20.', '2016-06-04', 'August last year', '2015-08-01', '2015-08-31', 'month'],
  ['The offensive began on 10 September last year.', '2016-06-04', '10 September last year', '2015-09-10', '2015-09-10', 'day'],
  ['Between January and March, 1,200 people died in the province.', '2016-06-04', 'March', '2016-03-01', '2016-03-31', 'month'],
  // a year is written in four figures: the one or two after a day are the count that follows
  ['On October 13th 30 people were killed and 90 others were injured after a suicide terrorist blew himself up.', '2016-10-20', 'October 13th', '2016-10-13', '2016-10-13', 'day'],
  ['On 13 October 30 people were killed in the blast.', '2016-10-20', '13 October', '2016-10-13', '2016-10-13', 'day'],
  ['SATURDAY, JUNE 4, 2016', '2016-06-04', 'SATURDAY, JUNE 4, 2016', '2016-06-04', '2016-06-04', 'day'],
  ['The truce began at midnight on Friday (2100 GMT Thursday).', '2016-06-04', 'Thursday', '2016-06-02', '2016-06-02', 'day'],
  ['The convoy was hit on Friday last week near the border.', '2016-06-08', 'Friday last week', '2016-06-03', '2016-06-03', 'day'],
  ['Fighting continued from Friday until Sunday, the monitor said.', '2016-06-08', 'Friday until Sunday', '2016-06-03', '2016-06-05', 'day'],
];

describe('dates: real news expressions resolve against the publication date', () => {
  it('has at least 60 cases', () => expect(RESOLVED.length).toBeGreaterThanOrEqual(60));
  it.each(RESOLVED)('%s [%s] -> %s', (sentence, published, text, start, end, precision) => {
    const found = findDatesInText(sentence, published);
    const m = found.find((d) => d.text === text);
    expect(m, `found: ${JSON.stringify(found.map((d) => d.text))}`).toBeDefined();
    expect(m!.value).toEqual({ start, end, precision });
    expect(sentence.slice(m!.start, m!.end)).toBe(text);
  });
});

// Numbers and words that only look like dates: nothing may be found in them.
const NOT_DATES: [sentence: string, published: string | null][] = [
  ['Fighting and regime bombing destroyed almost 60 per cent of residential areas in the al-Qaryatayn area, Sharq said.', '2016-03-20'],
  ['At least 26 Isis fighters had been killed, as well as nine members of Syrian security forces and supporting militias.', '2016-06-04'],
  ["The jihadists beheaded the city's 82-year-old former antiquities chief.", '2016-03-27'],
  ['The town lies about 420 kilometres (260 miles) east of Damascus.', null],
  ['The advance came in spite of reinforcements of around 1,000 men IS received from Iraq.', null],
  ['Russian warplanes conducted more than 40 combat sorties targeting 158 terrorist positions.', '2016-03-27'],
  ['2 min read', '2018-12-12'],
  ["The group lost 8 percent of its territories, Jane's 360 military analyst reported.", '2016-03-20'],
  ['Omar Abu Layla, of the activist-run Deir az-Zour 24 monitoring group, confirmed it.', '2018-12-12'],
  ['Omar Abu Layla of the Deir Ezzor 24 network said the town was cut off.', '2018-12-12'],
  ['Regime forces made advances towards the city of al-Qaryatayn after recapturing several hills.', '2016-03-20'],
  ['The talks may resume if the regime agrees to a ceasefire.', '2016-03-20'],
  ['Thousands joined a march on the capital to demand the release of detainees.', '2016-03-20'],
  ['Theresa May said the attack was barbaric.', '2017-04-05'],
  ['Its warplanes conducted more than 40 combat sorties in just 24 hours, the ministry said.', '2016-03-27'],
  ['Nearly 2000 people were killed in the battle for the city.', '2016-03-27'],
  ['The fighting reduced the Christian population from 2000 to a few hundred.', '2016-03-27'],
  ['The battle claimed 2015 lives according to the monitor.', '2016-03-27'],
  ['UN Security Council Resolution 2042 called for monitors.', '2016-03-27'],
  ['The Sunday Times reported that the convoy was hit.', '2016-03-27'],
  ['Protesters gathered every Friday after prayers.', '2016-03-27'],
  ['Russia Today broadcast the footage of the strike.', '2016-03-27'],
  ['The Islamic State group had expelled Syrian forces from Mayadeen two days after they entered the town.', null],
  ['The 9/11 attacks and a 24/7 operation of the 3rd Division.', '2016-03-27'],
  ['The blast was heard at a depth of 2010 metres.', '2016-03-27'],
  ['The monitor counted 1,200 strikes and 3,000 shells.', '2016-03-27'],
  ['Some of the 2000 Syrian fighters who crossed the border were killed.', '2016-03-27'],
  ['The regime deployed the 2000 pro-government militiamen to the front.', '2016-03-27'],
  ['The death toll in the city rose to 2000, the monitor said.', '2016-03-27'],
  ['Estimates of the dead range from 1500 to 2000.', '2016-03-27'],
  ['Reinforcements will march towards the front line.', '2016-03-27'],
  ['The March 14 alliance accused Hezbollah of dragging Lebanon into the war.', '2016-03-27'],
  ['Members of the 6 April Youth Movement were arrested.', '2016-03-27'],
  ['Last updated: 4/6/2016 10:00', '2016-06-04'],
  ['May God have mercy on them, the commander said.', '2016-06-04'],
  ['"This week-long campaign of bombing is a war crime," he said.', '2016-06-04'],
  ['A scorching Baghdad heat clung on, although the sun had set a few hours before.', '2016-06-04'],
];

describe('dates: things that are not dates', () => {
  it.each(NOT_DATES)('%s', (sentence, published) => {
    expect(findDatesInText(sentence, published).map((d) => d.text)).toEqual([]);
  });
});

// Without a publication date, words relative to it stay unresolved; absolute
// dates still resolve.
const NO_PUBLICATION: [sentence: string, text: string, start: string | null, precision: DatePrecision][] = [
  ['The Britain-based Syrian Observatory for Human Rights said Thursday.', 'Thursday', null, 'unknown'],
  ['In July, it lost Mosul, the largest city it ever controlled.', 'July', null, 'unknown'],
  ['The Islamic State group had last week succeeded in expelling Syrian forces.', 'last week', null, 'unknown'],
  ['Syrian troops recaptured the famed ancient city of Palmyra today.', 'today', null, 'unknown'],
  ['SDF fighters launched an offensive to capture Hajin on 10 September.', '10 September', null, 'unknown'],
  ['Russian forces intervened in support of longtime ally Assad last September.', 'last September', null, 'unknown'],
  ['ISIS overran the Palmyra ruins and adjacent modern city in May 2015.', 'May 2015', '2015-05-01', 'month'],
  ['IS proclaimed a self-styled "caliphate" straddling Iraq and Syria in 2014.', '2014', '2014-01-01', 'year'],
  ['The reported location of the advance on 4 June 2016.', '4 June 2016', '2016-06-04', 'day'],
  ['The city fell in mid-July 2014 after a week of fighting.', 'mid-July 2014', '2014-07-01', 'month'],
  ['Russian warplanes flew 40 sorties from Friday to Saturday.', 'Friday to Saturday', null, 'unknown'],
];

describe('dates: without a publication date', () => {
  it.each(NO_PUBLICATION)('%s -> %s', (sentence, text, start, precision) => {
    const m = findDatesInText(sentence, null).find((d) => d.text === text);
    expect(m).toBeDefined();
    expect(m!.value.start).toBe(start);
    expect(m!.value.precision).toBe(precision);
  });

  it('never uses the machine clock', () => {
    const text = 'Observatory said Thursday that IS had last week taken the town it lost in July and in 2014.';
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date('2030-02-03T10:00:00Z'));
      const a = findDatesInText(text, null);
      vi.setSystemTime(new Date('2011-07-20T23:30:00Z'));
      const b = findDatesInText(text, null);
      expect(b).toEqual(a);
      expect(a.filter((d) => d.value.start !== null).map((d) => d.text)).toEqual(['2014']);
    } finally {
      vi.useRealTimers();
    }
  });
});

const ARTICLE = `US-backed Syrian force push deeper into IS stronghold

Syrian fighters released footage on Tuesday showing their advance into the Islamic State group's last stronghold in Syria.
2 min read
12 December, 2018

According to a SDF spokesman, the fighters took full control of town's hospital early on Monday.

SDF fighters launched an offensive to capture Hajin and nearby villages on 10 September.

IS overran large swathes of Syria and neighbouring Iraq in 2014.`;

function articleDoc(text: string, published: string | null): ArticleDoc {
  return {
    id: 'a',
    file: 'a.txt',
    raw: text,
    text,
    segments: [{ start: 0, end: text.length, rawStart: 0 }],
    meta: { title: null, outlet: null, byline: null, dateline: null, published, publishedFrom: published ? 'header' : 'none' },
    sentences: [],
    mentions: emptyMentions(),
    warnings: [],
  };
}

describe('dates: the stage over an article', () => {
  it('finds the header date line and resolves the rest against it', () => {
    const found = findDateMentions(articleDoc(ARTICLE, '2018-12-12'));
    expect(found.map((d) => [d.text, d.value.start, d.value.precision])).toEqual([
      ['Tuesday', '2018-12-11', 'day'],
      ['12 December, 2018', '2018-12-12', 'day'],
      ['Monday', '2018-12-10', 'day'],
      ['10 September', '2018-09-10', 'day'],
      ['2014', '2014-01-01', 'year'],
    ]);
    for (const d of found) expect(ARTICLE.slice(d.start, d.end)).toBe(d.text);
  });

  it('offsets point into the cleaned text when run per sentence', () => {
    const doc = articleDoc(ARTICLE, '2018-12-12');
    const at = ARTICLE.indexOf('According');
    const end = ARTICLE.indexOf('\n', at);
    const withSentences = { ...doc, sentences: [{ index: 0, start: at, end, text: ARTICLE.slice(at, end), paragraph: 2, headline: false }] };
    const [m] = findDateMentions(withSentences);
    expect(ARTICLE.slice(m.start, m.end)).toBe('Monday');
    expect(m.value.start).toBe('2018-12-10');
  });

  it('gives byte-identical results in any time zone', () => {
    const saved = process.env.TZ;
    const runs: string[] = [];
    const offsets = new Set<number>();
    try {
      for (const tz of ['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
        process.env.TZ = tz;
        offsets.add(new Date(Date.UTC(2018, 11, 12)).getTimezoneOffset());
        runs.push(JSON.stringify([findDateMentions(articleDoc(ARTICLE, '2018-12-12')), RESOLVED.map((c) => findDatesInText(c[0], c[1]))]));
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    expect(offsets.size).toBe(4); // the zones really changed
    expect(new Set(runs).size).toBe(1);
  });

  it('resolves a date expression for the event extractor', () => {
    expect(resolveDateText('since dawn on Friday', '2016-06-04')).toEqual({ start: '2016-06-03', end: '2016-06-03', precision: 'day' });
    expect(resolveDateText('since May 2015', null)).toEqual({ start: '2015-05-01', end: '2015-05-31', precision: 'month' });
    expect(resolveDateText('the town of Hawija', '2016-06-04')).toBeNull();
  });
});

describe('dates: long text', () => {
  it('a megabyte without a sentence end is read in bounded time, and its dates found', () => {
    const text = 'Rebels shelled the town on Monday and 26 people were killed near Aleppo '.repeat(15_000);
    const t0 = Date.now();
    const found = findDatesInText(text, '2016-06-04');
    expect(Date.now() - t0).toBeLessThan(20_000); // about 2 s; minutes without chunks
    expect(found).toHaveLength(15_000);
    expect(found.every((d) => d.text === 'Monday' && d.value.start === '2016-05-30')).toBe(true);
  });
});

describe('dates: rule data', () => {
  it('has unique ids that read area.topic.case', () => {
    const ids = [...DATE_RULES, ...NOT_A_DATE_RULES].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^date\.[a-z]+(?:-[a-z]+)*\.[a-z]+(?:-[a-z]+)*$/);
  });

  it('every not-a-date rule keeps its own example free of dates', () => {
    for (const r of NOT_A_DATE_RULES) expect(findDatesInText(r.example, '2016-06-04').map((d) => d.text), r.id).toEqual([]);
  });

  it('every match of a rule holds one of its cue words (the rule only runs on text that holds one)', () => {
    const texts = [...DATE_RULES, ...NOT_A_DATE_RULES].map((r) => r.example).concat([
      'In mid-March, late last night, the day before yesterday and over the last 24 hours; this morning; 2015–16; Sept. 2014',
    ]);
    for (const r of DATE_RULES) {
      // lower-casing the text keeps every match only while the pattern folds ASCII letters alone
      expect(r.flags, r.id).not.toContain('u');
      expect(r.cues.every((w) => w === w.toLowerCase()), r.id).toBe(true);
      for (const text of texts) {
        for (const m of text.matchAll(new RegExp(r.pattern, `${r.flags}g`))) {
          expect(r.cues.some((w) => m[0].toLowerCase().includes(w)), `${r.id}: ${m[0]}`).toBe(true);
        }
      }
    }
  });

  it('every rule compiles and finds its own example', () => {
    for (const r of DATE_RULES) {
      expect(() => new RegExp(r.pattern, r.flags)).not.toThrow();
      expect(findDatesInText(r.example, '2016-06-04').some((d) => d.rule === r.id), r.id).toBe(true);
    }
  });
});

describe('publication date of a page flattened to one line', () => {
  const page = (first: string) => extractArticle(`${first}\n`, {});
  it.each([
    ['Rocket attacks kill at least 30 in Syrias Aleppo AP Saturday 9 Jul 2016 Syrians pass burnt-out vehicles the day after shelling on the regime-held Furqan neighbourhood.', '2016-07-09', 'Rocket attacks kill at least 30 in Syrias Aleppo'],
    ['43 killed in Syria army shelling of rebel town Monitor AFP Sunday 3 Jul 2016 Fierce government bombardment of an opposition-held town near Damascus killed 43 people.', '2016-07-03', '43 killed in Syria army shelling of rebel town'],
  ])('%s', (text, published, title) => {
    const r = page(text);
    expect(r.published).toBe(published);
    expect(r.title).toBe(title);
  });

  it('a stamp whose weekday does not fit its date is no publication date', () => {
    expect(page('Rebels attack Aleppo AP Monday 9 Jul 2016 Fighting went on through the night in the divided city of Aleppo and its countryside.').published).toBeNull();
  });
});

describe('chrono reads calendar expressions only', () => {
  it('its relative parsers are left out (the rule table owns "two days ago"), its calendar ones kept', async () => {
    const { parseCalendarExpressions } = await import('../src/nlp/chrono.js');
    expect(parseCalendarExpressions('Jets struck the town two days ago and within 24 hours again.', '2016-11-24')).toEqual([]);
    expect(parseCalendarExpressions('Jets struck the town on Tuesday.', '2016-11-24').map((h) => h.start.weekday)).toEqual([2]);
  });
});
