// Events: tables of real sentences (seed articles, FA-KES-style reports) with
// the event a coder would record, and negative cases that are not events.
import { describe, expect, it } from 'vitest';
import { extractArticle, type ArticleEvent } from '../src/index.js';
import { findFatalities } from '../src/stages/events/fatalities.js';

const extract = (text: string, published = '2016-06-04') => extractArticle(text, { referenceDate: published }).events;

interface Expect {
  type: string;
  sub?: string;
  actor1?: string | null;
  actor2?: string | null;
  assoc1?: string[];
  location?: string;
  date?: string | null;
  fatalities?: number | null;
}

function matches(e: ArticleEvent, x: Expect): boolean {
  if (e.event_type !== x.type) return false;
  if (x.sub !== undefined && e.sub_event_type !== x.sub) return false;
  if (x.actor1 !== undefined && (e.actor1?.id ?? null) !== x.actor1) return false;
  if (x.actor2 !== undefined && (e.actor2?.id ?? null) !== x.actor2) return false;
  if (x.assoc1 !== undefined && !x.assoc1.every((id) => e.assoc_actor1.some((a) => a.id === id))) return false;
  if (x.location !== undefined && !(e.location?.name ?? '').toLowerCase().includes(x.location.toLowerCase())) return false;
  if (x.date !== undefined && e.date.start !== x.date) return false;
  if (x.fatalities !== undefined && (e.fatalities?.best ?? null) !== x.fatalities) return false;
  return true;
}

const summary = (events: ArticleEvent[]) =>
  events.map((e) => `${e.event_type}/${e.sub_event_type} ${e.actor1?.id}->${e.actor2?.id} @${e.location?.name} ${e.date.start} †${e.fatalities?.best}`);

describe('events from real sentences', () => {
  const cases: [string, string, Expect][] = [
    [
      'a country\'s "surface-to-surface missiles" are its forces\' missile attack',
      'Israeli surface-to-surface missiles killed three people near Damascus on Friday.',
      { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', actor1: 'israel', location: 'Damascus' },
    ],
    [
      'the side whose attacks the dead were killed "following" did the killing, though named after the verb',
      'At least 35 people were killed following coordinated Islamic State attacks on villages east of Sweida on Wednesday.',
      { type: 'Violence against civilians', sub: 'Attack', actor1: 'islamic-state', actor2: 'civilians', location: 'Suwayda' },
    ],
    [
      'a town "fallen to" a side named with its epithets was taken by it',
      'The strategic town of Morek has fallen to the brutal Assad regime and its allied militias, state media said on Tuesday.',
      { type: 'Battles', sub: 'Government regains territory', actor1: 'syrian-government', location: 'Morek' },
    ],
    [
      'a side named as what the next is linked to, its hyphen lost ("AL Qaeda linked Nusra Front"), is no side of the act',
      'The Syrian army clashed with AL Qaeda linked Nusra Front in Morek on Thursday.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'syrian-government', actor2: 'hts', location: 'Morek' },
    ],
    [
      'two sides that "clashed", the second named past a word of its own, fought each other',
      'Kurdish peshmerga forces and Turkmen Shiite paramilitaries clashed on Sunday in Tuz Khurmatu.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'peshmerga', actor2: 'popular-mobilisation-forces', location: 'Tuz Khurmatu' },
    ],
    [
      'two sides "engaged in clashes" fought each other',
      'Rebel fighters and Kurdish YPG militiamen were engaged in clashes in Afrin on Sunday.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'syrian-rebels', actor2: 'sdf', location: 'Afrin' },
    ],
    [
      'two sides whose men "were killed in clashes" lost them to each other',
      'Dozens of rebel and regime forces were killed in clashes near Daraa on Thursday.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'syrian-government', actor2: 'syrian-rebels', location: 'Daraa' },
    ],
    [
      'a state\'s forces named with a side told by its name and acronym ("Free Syrian Army (FSA) forces") lead the act, the side backs it',
      'The Turkish military and Free Syrian Army (FSA) forces captured four more villages from the YPG near Afrin on Friday.',
      { type: 'Battles', actor1: 'turkey', assoc1: ['syrian-rebels'], actor2: 'sdf', location: 'Afrin' },
    ],
    [
      'a "martyr\'s operation" in a jihadist group\'s statement is a suicide bombing, with its means told between it and its verb',
      '"A martyr\'s operation with a truck bomb hit the checkpoint at the entrance of the city of Hilla," the group\'s statement said.',
      { type: 'Explosions/Remote violence', sub: 'Suicide bomb', actor1: 'unidentified-armed-group', location: 'Hillah' },
    ],
    [
      'a bombardment "with" air strikes is an air strike',
      'Regime forces bombarded the town of Jisr al-Shughour with at least 30 airstrikes on Saturday.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'syrian-government', location: 'Jisr al-Shughur' },
    ],
    [
      'a country that "takes control" of a town is its armed forces',
      'Turkey takes control of the Syrian town of Ras al-Ayn on Saturday.',
      { type: 'Battles', actor1: 'turkey', location: 'Ras al-Ain' },
    ],
    [
      'a country "blamed for" an air strike is its author',
      'Syria and Iran blamed Israel for the air strike on the T4 air base in Homs on Monday.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'israel', location: 'Homs' },
    ],
    [
      'a missile that "kills" is a missile attack, on the people it killed',
      'Syrian army missile kills 23 people including 8 children in a rebel-held town in Aleppo province on Tuesday.',
      { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', actor1: 'syrian-government', actor2: 'civilians', fatalities: 23 },
    ],
    [
      'forces that "freed" a village from a side retake it, on the day the sentence names (not the day of the side\'s own taking)',
      'Iraqi troops on Thursday freed the village of Imam Gharbi in Salahudin province from Islamic State fighters, who had seized it about two weeks earlier.',
      { type: 'Battles', sub: 'Government regains territory', actor1: 'iraqi-government', actor2: 'islamic-state', location: 'Salah ad Din', date: '2016-06-02' },
    ],
    [
      'forces that break a siege fight the side that laid it, whom the siege\'s own "imposed by" names',
      'Iraqi troops and Shiite militias broke a ten-week siege imposed by Islamic State militants on the Turkmen town of Amirli on Sunday.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'iraqi-government', actor2: 'islamic-state', location: 'Amerli' },
    ],
    [
      'rockets that "slammed into" a base are a shelling, not a clash with the soldiers they killed',
      'Rockets slammed into Camp Taji north of Baghdad on Wednesday, killing three coalition soldiers.',
      { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', location: 'Taji', fatalities: 3 },
    ],
    [
      'a missile that "fell" on a city is a missile attack',
      'At least six people died after a surface-to-surface missile fell on a crowded market in Raqqa overnight, the Observatory said.',
      { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', actor2: 'civilians', location: 'Raqqa', fatalities: 6 },
    ],
    [
      'a state force retaking a town is Government regains territory',
      'Syria regime forces have retaken four neighbourhoods of Mayadeen in their latest assault on the eastern jihadist bastion.',
      { type: 'Battles', sub: 'Government regains territory', actor1: 'syrian-government', location: 'Mayadin' },
    ],
    [
      'a non-state actor expelling forces is Non-state actor overtakes territory',
      'The Islamic State group had last week succeeded in expelling Syrian forces from Mayadeen two days after they entered the town.',
      { type: 'Battles', sub: 'Non-state actor overtakes territory', actor1: 'islamic-state', actor2: 'syrian-government', location: 'Mayadin' },
    ],
    [
      'backers named before the subject are associated actors',
      'Backed by Russian forces, Syrian troops recaptured the famed ancient city of Palmyra from the Islamic State militant group today.',
      { type: 'Battles', sub: 'Government regains territory', actor1: 'syrian-government', actor2: 'islamic-state', assoc1: ['russia'], location: 'Palmyra', date: '2016-06-04' },
    ],
    [
      'passive voice takes its actor from "by"',
      'Omar Abu Layla confirmed the hospital on the edge of Hajin was retaken by the SDF.',
      { type: 'Battles', sub: 'Non-state actor overtakes territory', actor1: 'sdf', location: 'Hajin' },
    ],
    [
      'clashes between two sides, state forces first, dated by the sentence',
      'The Syrian Observatory for Human Rights said there had been violent clashes between Isis militants and regime troops in Raqqa since dawn on Friday.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'syrian-government', actor2: 'islamic-state', location: 'Raqqa', date: '2016-06-03' },
    ],
    [
      'airstrikes by a named force are an Air/drone strike by that force',
      'Rami Abdurrahman said the hospital in Hajin had been destroyed earlier by airstrikes from the US-led coalition.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'us-led-coalition', location: 'Hajin' },
    ],
    [
      'a suicide bomber killing people is a Suicide bomb with its dead',
      'A suicide bomber killed four people in a hospital in Qardaha on Sunday.',
      { type: 'Explosions/Remote violence', sub: 'Suicide bomb', location: 'Qardaha', fatalities: 4 },
    ],
    [
      'a place owned after the trigger is its object, not a name the attack gives it',
      "SDF fighters took full control of town's hospital in Hajin early on Monday, a spokesman said.",
      { type: 'Battles', actor1: 'sdf', location: 'Hajin' },
    ],
    [
      'a passive killing names its agent late in the sentence',
      'Tens of ISIS terrorists including foreigners were killed in the last few days in several areas of Deir Ezzor province by army units.',
      { type: 'Battles', actor1: 'syrian-government', actor2: 'islamic-state', location: 'Deir' },
    ],
    [
      'soldiers who "also killed" someone killed, they were not killed',
      'Syrian soldiers also killed a number of them near Al-Mestah Hill in Damascus.',
      { type: 'Battles', actor1: 'syrian-government', location: 'Damascus' },
    ],
    [
      'a unit of a side after a place told first acts for the side',
      'In Deir Ezzor a unit of the Syrian armed forces destroyed two dens for ISIL terrorists in Nazlet al-Rdeisat, killing several of them.',
      { type: 'Battles', actor1: 'syrian-government', actor2: 'islamic-state' },
    ],
    [
      'the regime\'s air raids and the government\'s airstrikes are the Syrian government\'s',
      '13 civilians killed in regime air raids on Atareb.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'syrian-government', actor2: 'civilians', fatalities: 13 },
    ],
    [
      'a possessive without its apostrophe still names the side',
      'Thirteen civilians among them seven children were killed in aerial attacks by Syrias government Wednesday on the northern province of Aleppo a monitoring group said.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'syrian-government', fatalities: 13 },
    ],
    [
      'an airstrike "of" a state\'s coalition is that coalition\'s',
      'An airstrike of the US-led anti-terror coalition has claimed lives of eight civilians in the Syrian city of Al-Tabqah west of Raqqa local media reported Sunday.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'us-led-coalition', actor2: 'civilians', fatalities: 8 },
    ],
    [
      'barrel bombs that killed are the air force\'s of the state where they fell',
      'Barrel bombs killed at least 15 civilians in a rebel-held district of Aleppo city on Saturday.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'syrian-government', actor2: 'civilians', fatalities: 15 },
    ],
    [
      'barrel bombs told with air strikes do not name the strikes\' author',
      'At least 16 people were killed in airstrikes and barrel bomb attacks on rebel-held parts of Aleppo province on Monday.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: null, fatalities: 16 },
    ],
    [
      'a shell "fired by" a side that killed is that side\'s',
      'A shell fired by regime troops hit the entrance of a school in Jisreen just as children were leaving it killing five people.',
      { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', actor1: 'syrian-government', actor2: 'civilians', fatalities: 5 },
    ],
    [
      'terrorist groups that targeted a neighbourhood, killing, are the attacker the report does not name',
      'A source at Damascus Police Command said that terrorist groups positioned in the Eastern Ghouta targeted al-Salyhiah neighborhood killing a woman and injuring three others.',
      { type: 'Violence against civilians', actor1: 'unidentified-armed-group', actor2: 'civilians', fatalities: 1 },
    ],
    [
      'mines "planted by" a side are no act of those who defuse them',
      'Army sappers were defusing mines and bombs planted by ISIS in the ancient ruins of Palmyra.',
      { type: 'Strategic developments', actor1: 'syrian-government' },
    ],
    [
      '"terrorist rocket attacks" are an unnamed armed group\'s, as ACLED codes state media\'s terrorists',
      'Terrorist rocket attacks have killed 10 civilians and injured 41 others in Daraa city.',
      { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', actor1: 'unidentified-armed-group', actor2: 'civilians', fatalities: 10 },
    ],
    [
      '"the Syrian armys shelling" without its apostrophe is the army\'s',
      'Karam Ammoun was killed after he had earlier been injured by the Syrian armys shelling onto Nusra sites on Flita barrens in Qalamoun.',
      { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', actor1: 'syrian-government', actor2: 'hts' },
    ],
    [
      '"regime-bombardment" written with a hyphen is the regime\'s',
      'More than 100 civilians were killed in regime-bombardment on Idlib.',
      { type: 'Explosions/Remote violence', actor1: 'syrian-government', actor2: 'civilians', fatalities: 100 },
    ],
    [
      'a town taken "in" the city its province is named after happened in the town',
      'Syrian Army Retakes Qaryatain City in Homs Kills over 50 Terrorists in Hama.',
      { type: 'Battles', sub: 'Government regains territory', actor1: 'syrian-government', location: 'Qaryatayn' },
    ],
    [
      'a place "in" another town of its province is not held by that town',
      'The Abu Ubaidah Ibn al-Jarrah mosque north of Hama city in Kafr Zeita was also destroyed by Russian airstrikes on Saturday.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'russia', location: 'Kafr Zayt' },
    ],
    [
      'two sides that clashed with no third named fought each other, the state first',
      'Rebels and government forces clashed near a power plant in Hama province on Sunday.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'syrian-government', actor2: 'syrian-rebels', location: 'Hama' },
    ],
    [
      'two sides that fought a third named after fight it together',
      'Syrian and Russian forces fought IS near Palmyra on Sunday.',
      { type: 'Battles', sub: 'Armed clash', actor2: 'islamic-state', location: 'Palmyra' },
    ],
    [
      'the Popular Committees are pro-government militias',
      'Three fighters from the Popular committees in Quneitra were martyred as an Israeli drone struck their position in al-Hadar.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'israel', actor2: 'progovernment-militias', fatalities: 3 },
    ],
    [
      'an aircraft "shot down" with no agent named was the target, and "both pilots" are two dead',
      'An Iraqi army helicopter was shot down near Baiji, killing both pilots.',
      { type: 'Battles', actor1: null, actor2: 'iraqi-government', location: 'Baiji', fatalities: 2 },
    ],
    [
      'the side a passive taking names as its subject lost the ground ("were driven out", "were ousted")',
      'Kurdish fighters said IS militants were driven out of the village of Tal Hamis on Sunday.',
      { type: 'Battles', actor1: null, actor2: 'islamic-state', location: 'Tall' },
    ],
    [
      'a death an act "led to" happened: "to" is no infinitive there',
      'The rocket bomb packed with heavy explosive material led to the killing of one person in the Syrian capital Damascus.',
      { type: 'Violence against civilians', location: 'Damascus', fatalities: 1 },
    ],
    [
      'a car bomb that destroyed things is still a blast',
      'A car bomb destroyed several shops and vehicles in the market of Azaz on Monday, killing 12 people.',
      { type: 'Explosions/Remote violence', location: 'Azaz', fatalities: 12 },
    ],
    [
      'a side\'s "strikes" are air strikes, also as the source of a toll',
      'The death toll from Russian and Syrian strikes in the opposition-held city of Al Quriyah has risen to 82 people including 58 civilians.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor2: 'civilians', location: 'Quriyah', fatalities: 82 },
    ],
    [
      'a place abroad before the report of an act is where it was told, not where it happened',
      'In Washington the Pentagon confirmed eight US strikes against "seasoned Al-Qaeda veterans" in Aleppo province.',
      { type: 'Explosions/Remote violence', actor1: 'united-states', location: 'Aleppo' },
    ],
    [
      'one side\'s kinds killed together ("Hizbollah and other Iranian-backed militias") are no two sides of a fight',
      'Members of the Lebanese group Hizbollah and other Iranian-backed militias were killed in fighting in the south Aleppo area in the past four days, the observatory said.',
      { type: 'Battles', actor1: null, location: 'Aleppo' },
    ],
    [
      'a gas attack told by whom it harmed, its author unnamed, is an unidentified armed group\'s',
      'A spokesman for Syria Civil Defence said that 33 people, mostly women and children, were affected by the gas, which they suspect was chlorine, in Saraqeb, Idlib province.',
      { type: 'Explosions/Remote violence', sub: 'Chemical weapon', actor1: 'unidentified-armed-group', location: 'Saraqib' },
    ],
    [
      'a single rocket shell fired is shelling',
      'The terrorists fired a rocket shell which fell near the Public Park in al-Aziziyeh neighborhood in Aleppo, killing a civilian.',
      { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', actor1: 'unidentified-armed-group', fatalities: 1 },
    ],
    [
      'people "killed by" warplanes died in an air strike',
      'On Friday 86 people were killed by regime and Russian warplanes in Aleppo.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor2: 'civilians', location: 'Aleppo', fatalities: 86 },
    ],
    [
      'pushing a side "from the town of" a place takes the place',
      'Hizballah fighters backed by Syrian and Iranian forces have pushed the Nusra Front from the town of Deir al-Adas in the Daraa governorate.',
      { type: 'Battles', sub: 'Non-state actor overtakes territory', actor1: 'hezbollah', actor2: 'hts', location: 'Deir al-Adas' },
    ],
    [
      'a passive expulsion keeps the agent named by "by"',
      'IS militants were expelled from Manbij by the SDF on Friday.',
      { type: 'Battles', sub: 'Non-state actor overtakes territory', actor1: 'sdf', actor2: 'islamic-state', location: 'Manbij' },
    ],
    [
      'a side that reports a passive taking took the ground, it did not lose it',
      'The army said the town of Tal Hamis was recaptured on Sunday.',
      { type: 'Battles', sub: 'Government regains territory', actor1: 'syrian-government', location: 'Tall' },
    ],
    [
      'the sides of a "where" clause after the act describe the place, not who struck',
      'Air strike struck a Hezbollah position in eastern Homs province where the Iran-backed Lebanese group is fighting Daesh alongside the Syrian regime and Russian forces.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: null, actor2: 'hezbollah', location: 'Homs' },
    ],
    [
      'the side a "where" clause says is fought is not the target of the strike',
      'An air strike hit a rebel position near Hama where the group is fighting regime forces.',
      { type: 'Explosions/Remote violence', actor1: null, actor2: 'syrian-rebels', location: 'Hama' },
    ],
    [
      'the side that besieges the place a strike hits is not its target',
      'Russian warplanes targeted the districts of Bustan al-Qasr and al-Fardos in Aleppo all of which were currently under siege by the Assad regime.',
      { type: 'Explosions/Remote violence', actor1: 'russia', actor2: null, location: 'Bustan al-Qasr' },
    ],
    [
      'a state force that "established control over" a place regained it',
      'The Syrian army on Wednesday established full control of al-Masasneh village southwest of Mourek in the countryside of Hama.',
      { type: 'Battles', sub: 'Government regains territory', actor1: 'syrian-government', location: 'Masasneh' },
    ],
    [
      'a sentence that opens with a participle has the main clause\'s subject, with no comma after the participle\'s words',
      'After capturing the town of Manbij from IS fighters the SDF advanced towards Jarablus.',
      { type: 'Battles', sub: 'Non-state actor overtakes territory', actor1: 'sdf', actor2: 'islamic-state', location: 'Manbij' },
    ],
    [
      'fighting told as a noun ("After heavy fighting") has no object: the side after it acts',
      'After heavy fighting the army took control of the town of Manbij.',
      { type: 'Battles', sub: 'Government regains territory', actor1: 'syrian-government', location: 'Manbij' },
    ],
    [
      'a side named after "between" is a party to the fight when the other goes unnamed (an unidentified armed group)',
      'Intense fighting was reported between the Syrian army and terrorist groups northwest of Aleppo city on Friday.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'syrian-government', actor2: 'unidentified-armed-group', location: 'Aleppo' },
    ],
    [
      'a side named second after "between", the first a kind of group, is a party to the fight',
      'Tough battle is underway between the terrorist groups and the Syrian government forces near Khan Touman on Friday.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'syrian-government', actor2: 'unidentified-armed-group', location: 'Khan Tuman' },
    ],
    [
      'the fighters a side\'s spokesman tells of are that side\'s, whatever the event before',
      'The Syrian Air Force struck ISIS positions near Palmyra on Wednesday. According to a SDF spokesman, the fighters took full control of the town\'s hospital in Hajin early on Thursday.',
      { type: 'Battles', sub: 'Non-state actor overtakes territory', actor1: 'sdf', location: 'Hajin' },
    ],
    [
      'a side the spokesman\'s sentence names as the subject acts, not the spokesman\'s',
      'According to a SDF spokesman, ISIS fighters attacked the town\'s hospital in Hajin early on Thursday.',
      { type: 'Violence against civilians', sub: 'Attack', actor1: 'islamic-state', location: 'Hajin' },
    ],
    [
      '"the Air Force" striking, in a story of a country, is that country\'s',
      'The Air Force shelled Daesh positions in Raqqah and Deir ez-Zor provinces, the media outlet added.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'syrian-government', actor2: 'islamic-state', location: 'Raqqa' },
    ],
    [
      'positions attacked by the air force are an air strike, not a fight',
      'Elsewhere on Thursday the air force attacked terrorists position northeast of Damascus including the city of Douma.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'syrian-government', actor2: 'unidentified-armed-group', location: 'Damascus' },
    ],
    [
      'state forces fighting "terrorists" no report names fight an unidentified armed group',
      'The Syrian army killed 15 terrorists in Qalamoun on Monday.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'syrian-government', actor2: 'unidentified-armed-group', location: 'Qalamoun', fatalities: 15 },
    ],
    [
      'the "terrorists" an act kills are the side its clause struck ("targeted ISIS sites ... killing 13 terrorists")',
      'An army unit targeted ISIS sites in the neighborhoods of al-Rushdiyeh in Deir Ezzor city killing 13 terrorists.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'syrian-government', actor2: 'islamic-state', fatalities: 13 },
    ],
    [
      'the "terrorists" are no ally the clause names ("backed by Hezbollah")',
      'The army, backed by Hezbollah, killed 13 terrorists in Qalamoun.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'syrian-government', actor2: null, location: 'Qalamoun', fatalities: 13 },
    ],
    [
      '"terrorists" with a side\'s name are that side',
      'The Syrian army killed 15 ISIS terrorists in Qalamoun on Monday.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'syrian-government', actor2: 'islamic-state', location: 'Qalamoun' },
    ],
    [
      '"terrorists" the story told as a side before are that side',
      'ISIS militants attacked army posts near Palmyra on Monday. The army killed 20 terrorists near the town on Monday.',
      { type: 'Battles', sub: 'Armed clash', actor2: 'syrian-government', location: 'Palmyra', fatalities: 20 },
    ],
    [
      'two sides coordinated before one force word ("regime and Kurdish forces") are both parties to the fight',
      'Clashes between regime and Kurdish forces escalated in Hasakah on Friday.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'syrian-government', actor2: 'sdf', location: 'Hasakah' },
    ],
    [
      'fighters "from" or "of" a faction after "between" are that faction',
      'Fierce clashes broke out early Saturday between rebels from the Army of Islam and ISIL near the town of Hammuriyeh, the Observatory said.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'jaysh-al-islam', actor2: 'islamic-state', location: 'Hamouriyah' },
    ],
    [
      'the fighters of a faction named after "between" are that faction',
      'Clashes between fighters of Ahrar al-Sham and regime troops killed 9 in Idlib.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'syrian-government', actor2: 'ahrar-al-sham', location: 'Idlib', fatalities: 9 },
    ],
    [
      'a place\'s possessive before the first side ("between Kobani\'s Kurdish defenders and the jihadists")',
      'Islamic State militants attacked Kobani on Sunday. Another 11 were killed in clashes that ensued between Kobanis Kurdish defenders and the jihadists at the border.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'sdf', actor2: 'islamic-state', location: 'Kobani', fatalities: 11 },
    ],
    [
      'an act told beside another fight does not take that fight\'s two sides as its own',
      'Shelling in West Aleppo left 11 people dead on Friday with reports of armed clashes between pro-regime and opposition forces in several neighbourhoods of the war-torn city.',
      { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', actor1: null, actor2: 'civilians', location: 'Aleppo', fatalities: 11 },
    ],
    [
      'an act compared with the war ("among the worst in the country\'s six-year war") is no toll of the war',
      'Dozens of people have been killed in Syria\'s northern Idlib province on Tuesday in a suspected chemical attack that has been described as among the worst in the country\'s six-year war.',
      { type: 'Explosions/Remote violence', sub: 'Chemical weapon', actor2: 'civilians', location: 'Idlib' },
    ],
    [
      'Christians taken by an armed group are civilians',
      'ISIS militants kidnapped more than 260 Assyrian Christians from villages near Tal Tamr in Hasakah province on Monday.',
      { type: 'Violence against civilians', sub: 'Abduction/forced disappearance', actor1: 'islamic-state', actor2: 'civilians' },
    ],
    [
      'the "by" of an occupation named after a liberation is the side that lost the ground',
      'Sinjar has been liberated after its violent and unwanted occupation by the terrorist group ISIL.',
      { type: 'Battles', actor1: null, actor2: 'islamic-state', location: 'Sinjar' },
    ],
    [
      'a barrage of rockets is shelling',
      'Opposition fighters unleashed a barrage of rockets on the government-held western side of the divided city of Aleppo on Friday.',
      { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', actor1: 'syrian-rebels', location: 'Aleppo' },
    ],
    [
      'the "by" of another deed names that deed\'s author, not the strike\'s ("an airstrike in the Ramouseh area recently seized by rebels")',
      'The volunteer group said one of its members died after being buried under the rubble following a Saturday airstrike in the Ramouseh area recently seized by rebels from government forces.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: null, actor2: 'syrian-rebels' },
    ],
    [
      'a count captured is people, not ground ("Captured 10"), unless it counts places',
      'Syrian Army kills 33 Fateh Al Sham Terrorist Captured 10 in Rural Daraa.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'syrian-government', actor2: 'hts', fatalities: 33 },
    ],
    [
      'a count of villages captured is ground taken',
      'Rebels captured 3 villages south of Aleppo on Saturday.',
      { type: 'Battles', sub: 'Non-state actor overtakes territory', actor1: 'syrian-rebels', location: 'Aleppo' },
    ],
    [
      'an armed side attacking ground another armed side holds fights it',
      'Regime forces attacked the rebel-held Qaboun neighborhood of Damascus on Sunday.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'syrian-government', actor2: 'syrian-rebels' },
    ],
    [
      'a side right after the act that does its verb itself is a second author ("Coalition air strikes, Turkish army kill"), its comma lost',
      'Coalition air strikes Turkish army kill 8 IS group militants in northern Aleppo on Saturday.',
      { type: 'Explosions/Remote violence', actor1: 'us-led-coalition', actor2: 'islamic-state', assoc1: ['turkey'], fatalities: 8 },
    ],
    [
      'a soldier killed "in a PKK attack" was killed by the PKK',
      'A Turkish soldier was killed and two others were wounded in a PKK attack in Hakkari province on Sunday.',
      { type: 'Battles', actor1: 'pkk', actor2: 'turkey', fatalities: 1 },
    ],
    [
      'a headline\'s "in <place> <side> attack", its article dropped, is that side\'s attack',
      'Four killed, six wounded in Tuz Khurmatu ISIS attack',
      { type: 'Battles', actor1: 'islamic-state', location: 'Tuz', fatalities: 4 },
    ],
    [
      'a side whose vehicle triggered a landmine is its victim, not its author',
      'An Iraqi army Humvee triggered a landmine near Khanaqin on Tuesday, killing an officer and two soldiers.',
      { type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED', actor1: null, actor2: 'iraqi-government', location: 'Khanaqin', fatalities: 3 },
    ],
    [
      'a patrol that hit a roadside bomb was hit by it',
      'A Turkish military patrol hit a roadside bomb near Afrin, killing two soldiers.',
      { type: 'Explosions/Remote violence', actor2: 'turkey', fatalities: 2 },
    ],
    [
      '"Syrian government and allied forces" are the government\'s',
      'Syrian government and allied forces have taken the town of al-Mayadeen from Islamic State, a military source said.',
      { type: 'Battles', sub: 'Government regains territory', actor1: 'syrian-government', actor2: 'islamic-state', location: 'Mayadin' },
    ],
    [
      'air strikes that back an advance are flown by the side that names them; the sides they back are no target',
      'Counter-terrorism troops, backed by tribesmen and US-led coalition air strikes, raised the Iraqi flag in central Rutba.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'us-led-coalition', actor2: null },
    ],
    [
      'a side backed by another\'s air strikes is not their target',
      'Rebels, backed by Turkish artillery and Turkish air strikes, seized the town of Jarablus.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'turkey', actor2: null },
    ],
    [
      'a massacre carried out by a side\'s warplanes is their air strike',
      'As the Russian intervention enters its third month, Russian warplanes have reportedly carried out a fresh massacre on Monday in the rebel-held town of Saraqeb.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'russia', location: 'Saraq' },
    ],
    [
      'forces that routed a side from a town took it',
      'Iraqi forces routed ISIL from its stronghold in Heet on Friday.',
      { type: 'Battles', sub: 'Government regains territory', actor1: 'iraqi-government', actor2: 'islamic-state', location: 'Hit' },
    ],
    [
      'the side a subject killed, told before the trigger, is the target',
      'The SDF said it had killed 30 IS fighters in clashes near Hajin.',
      { type: 'Battles', actor1: 'sdf', actor2: 'islamic-state', location: 'Hajin', fatalities: 30 },
    ],
    [
      'medical workers killed are civilians',
      'Russian jets bombed a hospital in Idlib province, killing five medical workers, rescuers said.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'russia', actor2: 'civilians', fatalities: 5 },
    ],
    [
      'a coalition strike is the coalition\'s',
      'A coalition strike destroyed an IS weapons depot near Mayadin.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'us-led-coalition', actor2: 'islamic-state', location: 'Mayadin' },
    ],
    [
      'burning tyres is a violent demonstration by rioters',
      'Hundreds of people blocked roads with burning tyres in Basra.',
      { type: 'Riots', sub: 'Violent demonstration', actor1: 'rioters', location: 'Basra' },
    ],
    [
      'residents who block a road in protest are protesters',
      'Residents blocked the main road in Suwayda to protest fuel shortages.',
      { type: 'Protests', sub: 'Peaceful protest', actor1: 'protesters', location: 'Suwayda' },
    ],
    [
      'a massacre in a town "traded between" two sides is not a fight between them, and the town is where it happened',
      'A human rights group has claimed that Daesh executed at least 128 Syrian civilians in the town of Al-Qaryatayn which has been traded between the militant group and the Syrian Arab Army multiple times.',
      { type: 'Violence against civilians', actor1: 'islamic-state', actor2: 'civilians', location: 'Qaryatayn', fatalities: 128 },
    ],
    [
      'militants "killed by the army in clashes": the agent told before the fight',
      'More than 30 Nusra Front militants including three commanders were killed by the Syrian army and its allies in clashes near Abu Lefeh in the northeastern part of Hama province.',
      { type: 'Battles', actor1: 'syrian-government', actor2: 'hts', fatalities: 30 },
    ],
    [
      'a strike on a held place that killed civilians named as such is against civilians',
      'Regime jets struck the rebel-held town of Douma, killing 12 civilians.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'syrian-government', actor2: 'civilians', location: 'Douma', fatalities: 12 },
    ],
    [
      'a strike on a held place with no one named hit is against its holder',
      'Regime jets struck the rebel-held town of Douma on Sunday.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'syrian-government', actor2: 'syrian-rebels', location: 'Douma' },
    ],
    [
      'two factions of one camp that clashed fought each other',
      'Jaish al-Islam and Faylaq al-Rahman fighters clashed in Eastern Ghouta, leaving 15 dead.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'jaysh-al-islam', actor2: 'faylaq-al-rahman', fatalities: 15 },
    ],
    [
      'US service members killed by an IED were of the United States',
      'The Pentagon said two US service members were killed by an IED near Mosul.',
      { type: 'Explosions/Remote violence', actor2: 'united-states', location: 'Mosul', fatalities: 2 },
    ],
    [
      'strikes on the Qandil mountains are placed there',
      "Turkish warplanes struck PKK targets in northern Iraq's Qandil mountains.",
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'turkey', actor2: 'pkk', location: 'Qandil' },
    ],
    [
      'forces that entered a town advanced into it',
      'Turkish troops entered the city of Afrin on Sunday.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'turkey', location: 'Afrin' },
    ],
    [
      'an army "backed by its Lebanese ally Hezbollah" shells for itself, with the ally as its associate, commas lost or not',
      'North of the capital the army backed by its Lebanese ally Hezbollah shelled Flita as it prepared an offensive.',
      { type: 'Explosions/Remote violence', actor1: 'syrian-government', assoc1: ['hezbollah'], location: 'Flita' },
    ],
    [
      'civilians killed in a village "held by" rebels are the strike\'s target',
      'Eight civilians including three children were killed when regime warplanes struck the village of Daret Izza held by Islamist fighters and other rebels.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'syrian-government', actor2: 'civilians', fatalities: 8 },
    ],
    [
      'workers kidnapped by gunmen are civilians',
      'Gunmen kidnapped three Turkish workers in Baghdad.',
      { type: 'Violence against civilians', actor1: 'unidentified-armed-group', actor2: 'civilians', location: 'Baghdad' },
    ],
    [
      'a warplane "downed" by a side was shot down by it',
      'Syrian rebels downed a government warplane over Hama.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'syrian-rebels', actor2: 'syrian-government', location: 'Hama' },
    ],
    [
      'a side\'s missile is that side\'s',
      'An Israeli missile hit a Hezbollah convoy in Qalamoun.',
      { type: 'Explosions/Remote violence', actor1: 'israel', actor2: 'hezbollah', location: 'Qalamoun' },
    ],
    [
      'a side that said it killed "at least 50" fighters in a bombing carried it out against them',
      'DAESH said that it killed at least 50 opposition fighters in a suicide bombing on a bus near the Atmeh border crossing with Turkey.',
      { type: 'Explosions/Remote violence', sub: 'Suicide bomb', actor1: 'islamic-state', actor2: 'syrian-rebels', fatalities: 50 },
    ],
    [
      'units of the army after a dateline act for the army',
      'Deir Ezzor Units of the army and armed forces killed 15 ISIS terrorists and injured others in al-Reshdia neighborhood in Deir Ezzor city.',
      { type: 'Battles', actor1: 'syrian-government', actor2: 'islamic-state', fatalities: 15 },
    ],
    [
      'an armed side told as a protest\'s subject acted against it: protesters met with intervention',
      'Gunmen opened fire on a demonstration in Daraa on Friday.',
      { type: 'Protests', sub: 'Protest with intervention', actor1: 'protesters', actor2: 'unidentified-armed-group', location: 'Daraa' },
    ],
    [
      'a crackdown on protests is the protesters\' event, the regime intervening',
      'The regime cracked down on peaceful protests in Daraa on Friday.',
      { type: 'Protests', sub: 'Protest with intervention', actor1: 'protesters', actor2: 'syrian-government' },
    ],
    [
      'security forces that fired on protesters, killing, used excessive force against them',
      'Security forces fired on protesters in Baghdad, killing three.',
      { type: 'Protests', sub: 'Excessive force against protesters', actor1: 'protesters', actor2: 'iraqi-government', fatalities: 3 },
    ],
    [
      'protesters "in" a place that "demanded" protested there: the crowd speaks, not the place',
      'Protesters in Daraa demanded the release of detainees.',
      { type: 'Protests', sub: 'Peaceful protest', actor1: 'protesters', location: 'Daraa' },
    ],
    [
      'a side that attacked a protest, killing, used excessive force against the protesters',
      'Turkish-backed rebels attacked a Kurdish protest in Afrin, killing two.',
      { type: 'Protests', sub: 'Excessive force against protesters', actor1: 'protesters', actor2: 'syrian-national-army', fatalities: 2 },
    ],
    [
      'a side named after a protest, in another clause, is no protester',
      'Protests erupted in Daraa after government forces killed a teenager.',
      { type: 'Protests', sub: 'Peaceful protest', actor1: 'protesters', location: 'Daraa' },
    ],
    [
      'a death toll "believed" by the report is told as fact, not as a wish',
      'At least 40 people are believed to have died when security forces fired on a crowd in the Syrian city of Homs.',
      { type: 'Violence against civilians', actor1: 'syrian-government', actor2: 'civilians', location: 'Homs', fatalities: 40 },
    ],
    [
      'forces that fired on "a crowd of protesters" used force against the protest',
      'Syrian security forces fired on a crowd of protesters in Homs on Friday, killing 12.',
      { type: 'Protests', sub: 'Excessive force against protesters', actor1: 'protesters', actor2: 'syrian-government', fatalities: 12 },
    ],
    [
      'masked men who gun down protesters are an unidentified armed group that met the protest',
      'Masked men gun down protesters in Nasiriyah',
      { type: 'Protests', sub: 'Protest with intervention', actor1: 'protesters', actor2: 'unidentified-armed-group', location: 'Nasiriyah' },
    ],
    [
      'the day a "since" clause names starts a span; it does not date the act',
      'Gunmen opened fire on protesters in Nasiriyah, killing at least 15 people, in one of the deadliest attacks since the demonstrations erupted earlier this month.',
      { type: 'Protests', sub: 'Excessive force against protesters', date: '2016-06-04', fatalities: 15 },
    ],
    [
      'the side a sentence blames for carrying out the attack is its author; the sides that blame it are none',
      'Four Iranian military personnel were killed in an airstrike on a Syrian airbase on Sunday, as Syria and its allies blamed the Israeli military for carrying out the attack.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'israel', actor2: 'iran', fatalities: 4 },
    ],
    [
      'a report\'s closing "blaming" a side names the author of the act it reports',
      'An attack on a military bus near al-Mayadeen killed 23 Syrian government troops, a war monitor said, blaming the Islamic State group.',
      { type: 'Battles', actor1: 'islamic-state', location: 'Mayadin', fatalities: 23 },
    ],
    [
      'jets blamed for a raid told in the clause before flew it',
      'Twelve civilians were killed in an air strike on a market in Ariha on Sunday, and activists blamed Russian jets for the raid.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'russia', actor2: 'civilians', location: 'Ariha', fatalities: 12 },
    ],
    [
      'police that dispersed demonstrators are the state\'s, met the protest',
      'Police dispersed demonstrators in Basra with tear gas.',
      { type: 'Protests', sub: 'Protest with intervention', actor1: 'protesters', actor2: 'iraqi-government', location: 'Basra' },
    ],
    [
      'jets the report believes to be a side\'s struck for that side',
      'War jets also believed to be Russian also struck Urum al Kubra town in opposition-held western Aleppo countryside where five civilians were killed.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'russia', actor2: 'civilians', fatalities: 5 },
    ],
    [
      'warplanes that bombard or shell strike from the air',
      'Syrian warplanes bombarded Islamic State positions near Tabqa on Sunday, the Observatory said.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'syrian-government', actor2: 'islamic-state', location: 'Tabqa' },
    ],
    [
      'helicopters that shell strike from the air',
      'Syrian helicopters shelled the town of Saraqeb on Monday.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'syrian-government', location: 'Saraq' },
    ],
    [
      'a car bomb is a remote explosive',
      'A car bomb exploded near a checkpoint in Azaz on Thursday, killing 12 civilians.',
      { type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED', actor2: 'civilians', location: 'Azaz', fatalities: 12 },
    ],
    [
      'shelling of a town by a named side',
      'Regime forces shelled the town of Douma in Eastern Ghouta on Monday, the Observatory said.',
      { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', actor1: 'syrian-government', location: 'Douma' },
    ],
    [
      'a chemical attack is its own sub-event type',
      'A suspected chemical attack on the town of Khan Sheikhoun in Idlib province killed at least 58 people on Tuesday.',
      { type: 'Explosions/Remote violence', sub: 'Chemical weapon', location: 'Khan Sheikhoun', fatalities: 58 },
    ],
    [
      'beheadings of captives are violence against civilians',
      'Islamic State militants beheaded three men in the town of Manbij on Friday.',
      { type: 'Violence against civilians', sub: 'Attack', actor1: 'islamic-state', location: 'Manbij' },
    ],
    [
      'a pronoun subject continues the previous event',
      'The SDF continued to push west along the Turkish border towards Manbij. They have so far taken at least 28 villages from Isis, the Syrian Observatory said.',
      { type: 'Battles', sub: 'Non-state actor overtakes territory', actor1: 'sdf', location: 'Manbij' },
    ],
    [
      'a pronoun after an opening day is the side the sentence before opened with, when that sentence told no act',
      'The Islamic State group is under attack in its remaining strongholds in eastern Syria by both Russian-backed government forces and US-backed fighters. On Thursday it mounted a counterattack against government forces along their supply lines through the desert to the eastern city of Deir Ezzor.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'islamic-state', actor2: 'syrian-government', location: 'Deir ez-Zor' },
    ],
    [
      'a side named with its country, its comma lost, after "in" opens the clause: "Elsewhere in Syria rebels and government forces battled"',
      'Elsewhere in Syria rebels and government forces battled around a major power plant in the central Hama province.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'syrian-government', actor2: 'syrian-rebels', location: 'Hama' },
    ],
    [
      'a pronoun after an act told just before still continues that act, whoever opened the sentence',
      'Kurdish fighters of the SDF attacked Isis positions near Manbij on Monday. Meanwhile they stormed two villages west of the town.',
      { type: 'Battles', actor1: 'sdf', location: 'Manbij' },
    ],
    [
      'a demonym on the trigger names the attacker, and a headline attribution does not hide the place',
      'Russian strikes kill 34 civilians in Syrias Deir Ezzor Monitor AFP Sunday 26 Nov 2017.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'russia', actor2: 'civilians', location: 'Deir ez-Zor', fatalities: 34 },
    ],
    [
      'the aircraft\'s nationality names the attacker: "Russian jets hit"',
      'Oposition sources claimed on Sunday that Russian jets hit an outpost in Syrias northwestern Idlib province killing at least one opposition fighter.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'russia', location: 'Idlib', fatalities: 1 },
    ],
    [
      '"regime warplanes bombed"',
      'Syrian regime warplanes bombed Kurdish positions in the north-eastern city of Hassakeh on Friday.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'syrian-government', location: 'Hasakah' },
    ],
    [
      'of a headline and its lead run together, the trigger with its actor leads',
      'Syria air strikes kill dozens in rebel town Monitor AFP Wednesday 17 Sep 2014 Syrian air strikes on a besieged rebel town in Homs province have killed nearly 50 people.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'syrian-government', fatalities: 50 },
    ],
    [
      'air strikes that back the advance are not the advancing side\'s air strike',
      'Kurdish Peshmerga fighters backed by US-led coalition air strikes pushed into Bashiqa, east of Mosul, on Sunday.',
      { type: 'Battles', actor1: 'peshmerga', location: 'Bashiqa' },
    ],
    [
      'gunmen shooting dead a local official is violence against a civilian, one dead',
      'Gunmen shot dead a local official in Kirkuk on Tuesday.',
      { type: 'Violence against civilians', sub: 'Attack', actor1: 'unidentified-armed-group', actor2: 'civilians', location: 'Kirkuk', fatalities: 1 },
    ],
    [
      'shooting down an aircraft is a clash between its side and the shooters',
      'Rebels shot down a Syrian army helicopter over Idlib province on Tuesday, killing its two pilots.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'syrian-rebels', actor2: 'syrian-government', location: 'Idlib', fatalities: 2 },
    ],
    [
      'an attack on "an army checkpoint"',
      'IS fighters attacked an army checkpoint in Deir Ezzor on Monday.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'islamic-state', location: 'Deir ez-Zor' },
    ],
    [
      'the civilians who flee a town\'s capture are not the side that lost it',
      'Islamic State militants seized the town of Sinjar on Sunday, forcing thousands of Yazidis to flee.',
      { type: 'Battles', sub: 'Non-state actor overtakes territory', actor1: 'islamic-state', actor2: null, location: 'Sinjar' },
    ],
    [
      'the object of a participle does not act: "Syrian Kurds fighting the IS group made fresh advances"',
      'On a separate front Syrian Kurds fighting the IS group made fresh advances near Kobani seizing a new string of villages on Monday.',
      { type: 'Battles', sub: 'Non-state actor overtakes territory', actor1: 'sdf', location: 'Kobani' },
    ],
    [
      'every backer of a list is a backer: "backed by ... militias and Russias air force"',
      'Syrias army backed by Lebanese Iranian and Iraqi Shiite militias and Russias air force launched a major offensive on rebel groups in eastern Aleppo on Saturday.',
      { type: 'Battles', actor1: 'syrian-government', actor2: 'syrian-rebels', assoc1: ['progovernment-militias', 'russia'], location: 'Aleppo' },
    ],
    [
      'a fighter "among the dead" is a victim, not the attacker',
      'On Tuesday 25 people were killed in air strikes on Talbisseh in Homs province, the Observatory said, adding that a rebel commander was also among the dead.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: null, location: 'Talbiseh', fatalities: 25 },
    ],
    [
      'the dead named before the trigger are its victims',
      'At least 17 people were killed in a triple bombing in central Damascus, the Syrian Observatory said.',
      { type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED', actor2: 'civilians', location: 'Damascus', fatalities: 17 },
    ],
    [
      'civilians killed by an unnamed attacker are violence against civilians',
      'In the attack 18 of the 31 lorries were destroyed and 20 civilians were killed in Urum al-Kubra.',
      { type: 'Violence against civilians', sub: 'Attack', actor1: null, actor2: 'civilians', location: 'Urum al-Kubra', fatalities: 20 },
    ],
    [
      'the subject of a passive killing suffered it',
      'Isis fighters were killed in Raqqa on Sunday.',
      { type: 'Battles', actor1: null, actor2: 'islamic-state', location: 'Raqqa' },
    ],
    [
      'a headline\'s counted dead are the victims',
      '50 ISIL Terrorists Killed in Kobani in 24 Hours.',
      { type: 'Battles', actor1: null, actor2: 'islamic-state', location: 'Kobani', fatalities: 50 },
    ],
    [
      'the killed told before the strikes that killed them are their target',
      'IS militants killed in Raqqa air strikes.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: null, actor2: 'islamic-state', location: 'Raqqa' },
    ],
    [
      'both sides counting their dead fought each other, the state named first',
      'The Syrian Observatory said 45 opposition fighters and 43 regime forces had been killed in the fighting in Daraa.',
      { type: 'Battles', actor1: 'syrian-government', actor2: 'syrian-rebels', location: 'Daraa', fatalities: 88 },
    ],
    [
      'an active killer with "at least" is still the killer',
      'Air strikes thought to be carried out by Russian forces killed at least 17 people in Ashara on Monday.',
      { type: 'Explosions/Remote violence', actor1: 'russia', actor2: 'civilians', fatalities: 17 },
    ],
    [
      '"US-led air strikes" are the coalition\'s',
      'US-led Air Strikes Kill 7 Al-Nusra Gunmen in Idlib.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'us-led-coalition', actor2: 'hts', location: 'Idlib' },
    ],
    [
      'a town told where it lies by a direction from a city is the place',
      'Three women from the besieged town of Madaya west of the Syrian capital Damascus were killed after being hit by artillery shells on Thursday.',
      { type: 'Explosions/Remote violence', location: 'Madaya' },
    ],
    [
      'a side named with the subject strikes with it',
      'Russian or Syrian regime war planes bombed a refugee camp inside rebel-held Idlib province on Sunday.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'syrian-government', assoc1: ['russia'], location: 'Idlib' },
    ],
    [
      'the "by" of an offensive the strikes support is not the strikes\' agent',
      'Both Russian and Syrian warplanes struck Aleppo on Monday in support of a major offensive by regime forces.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'syrian-government', actor2: null, assoc1: ['russia'], location: 'Aleppo' },
    ],
    [
      'the dead of a shelling of another neighbourhood, told next, are not the first shelling\'s',
      'Terrorists fired a number of rocket shells at al-Midan neighborhood in Aleppo city killing 3 civilians including 2 women injuring 15 others. Moreover 4 civilians were killed and 5 others were injured as the terrorist groups targeted Saturday evening Seif al-Dawla neighborhood with rocket shells.',
      { type: 'Explosions/Remote violence', location: 'al-Midan', fatalities: 3 },
    ],
    [
      'a neighbourhood of the story\'s city the gazetteer does not know is where its dead were killed',
      'Terrorists fired a number of rocket shells at al-Midan neighborhood in Aleppo city killing 3 civilians including 2 women injuring 15 others. Moreover 4 civilians were killed and 5 others were injured as the terrorist groups targeted Saturday evening Seif al-Dawla neighborhood with rocket shells.',
      { type: 'Violence against civilians', location: 'Seif al-Dawla', fatalities: 4 },
    ],
    [
      'the dead told before the act, in an enclave a side holds, are civilians, not the side',
      'At least four schoolchildren were among eight people killed in Syrian regime shelling in Eastern Ghouta on Tuesday despite a ceasefire in the hunger-hit rebel enclave outside Damascus.',
      { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', actor1: 'syrian-government', actor2: 'civilians', fatalities: 8 },
    ],
    [
      'more dead told next ("Moreover ...") are not the toll of an act that counted its own',
      'Terrorists fired a number of rocket shells at al-Midan neighborhood in Aleppo city killing 3 civilians. Moreover 4 civilians were killed and 5 others were injured as the terrorist groups targeted residential buildings with rocket shells.',
      { type: 'Explosions/Remote violence', location: 'al-Midan', fatalities: 3 },
    ],
    [
      'a shell told in a relative clause is the shelling that killed',
      'Another rocket shell that fell in al-Hamadaniyeh neighborhood in Aleppo left 5 civilians dead and 47 others injured.',
      { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', actor2: 'civilians', fatalities: 5 },
    ],
    [
      'a shell told in the passive is the shelling that killed',
      'The reporter noted that a rocket shell was fired by terrorists positioned in the eastern neighborhoods and landed in al-Mohafazah neighborhood in Aleppo killing 2 children.',
      { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', fatalities: 2 },
    ],
    [
      'a side the strikes are told to support fights with their author, not against it',
      'The US-led coalition is currently carrying out airstrikes near Raqqa to support the offensive of Kurdish-led Syrian Democratic Forces (SDF) against Daesh.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'us-led-coalition', actor2: 'islamic-state', assoc1: ['sdf'], location: 'Raqqa' },
    ],
    [
      'a supported side whose own fight is told after it still fights',
      'The coalition conducts strikes in Raqqa to support the Kurdish-led Syrian Democratic Forces (SDF) fighting against Daesh.',
      { type: 'Battles', actor1: 'sdf', actor2: 'islamic-state', location: 'Raqqa' },
    ],
    [
      'a killing "in an operation by" names the killer',
      'At least 14 Daesh terrorists were killed in northern Aleppo during an operation by Turkish Armed Forces on Sunday.',
      { type: 'Battles', actor1: 'turkey', actor2: 'islamic-state', fatalities: 14 },
    ],
    [
      'a bombing whose author is not named is an unidentified armed group\'s',
      '6 Lebanese martyrs and 22 injured were claimed in a terrorist bombing which targeted on Sunday a bus in the neighborhood of al-Kallaseh in Damascus.',
      { type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED', actor1: 'unidentified-armed-group', location: 'Kallaseh', fatalities: 6 },
    ],
    [
      'no armed group flies: the group that holds the struck village is not the striker',
      'At least 53 civilians died on Sunday when Russian air strikes hit residential buildings in a village held by IS in Deir Ezzor province.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'russia', location: 'Deir' },
    ],
    [
      'an air raid on a village a group controls, its author unknown',
      'An air raid hit a village controlled by the IS group near Al-Bab on Wednesday, killing three children.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: null, actor2: 'civilians' },
    ],
    [
      'an air force that bombs strikes from the air, its possessive lost or not',
      'Russias air force bombed Idlib on Monday.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'russia', location: 'Idlib' },
    ],
    [
      'the regime\'s warplanes with the apostrophe lost',
      'The regimes warplanes struck Idlib on Monday.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'syrian-government', location: 'Idlib' },
    ],
    [
      'forces that "eliminate" a counted group kill it',
      'Syrian Army Eliminates Over 75 Nusra Front Militants in Southern City of Daraa.',
      { type: 'Battles', actor1: 'syrian-government', actor2: 'hts', location: 'Daraa', fatalities: 75 },
    ],
    [
      'raids a state carries out and that kill are air strikes',
      'Russian raids killed 12 civilians in Idlib on Sunday.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'russia', actor2: 'civilians', location: 'Idlib', fatalities: 12 },
    ],
    [
      'an armed group\'s drone strike keeps its author',
      'An IS drone strike killed two Iraqi soldiers in Mosul on Monday.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'islamic-state', actor2: 'iraqi-government', fatalities: 2 },
    ],
    [
      'a base that fell to a side was taken by it',
      'Residents of Tabqa toured the streets in celebration after Tabqa air base fell to Islamic State militants on Sunday.',
      { type: 'Battles', sub: 'Non-state actor overtakes territory', actor1: 'islamic-state', location: 'Tabqa' },
    ],
    [
      'the side a taking lets act took the ground',
      'The capture of Mallah Farms and Castello Road enabled Syrian forces to besiege militant-held neighborhoods of Aleppo.',
      { type: 'Battles', sub: 'Government regains territory', actor1: 'syrian-government', actor2: null },
    ],
    [
      'the people an execution names are its victims, and a taking that describes a place does not lead',
      'Activists in Aleppo said that the Iranian militias summarily executed six young men in the neighborhood of Sakhour on Friday after those men returned to their homes in eastern Aleppo which completely fell to regime forces.',
      { type: 'Violence against civilians', sub: 'Attack', actor1: 'progovernment-militias', actor2: 'civilians', location: 'Sakhour', fatalities: 6 },
    ],
    [
      'a side killed in clashes, told with its head noun, was fought by the side named after',
      '23 members of the al-Nusra Front terrorist group were killed in clashes with Hezbollah al-Nujaba near Khan Touman on Wednesday.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'popular-mobilisation-forces', actor2: 'hts', fatalities: 23 },
    ],
    [
      'a day told between "were killed" and the fight does not hide who suffered it',
      'At least three Turkish-backed fighters were killed on Saturday in clashes with Kurdish forces near Afrin, a monitor said.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'sdf', actor2: 'syrian-national-army', location: 'Afrin', fatalities: 3 },
    ],
    [
      'the dead of a fight "between" sides named after it are its toll, not one of its sides',
      'At least 40 fighters and three civilians were killed Monday in clashes between rival rebel groups in Eastern Ghouta.',
      { type: 'Battles', sub: 'Armed clash', location: 'Ghouta', fatalities: 43 },
    ],
    [
      'a side\'s aircraft "from" it strike, and the pronoun that opens the act\'s clause is that side',
      'The command said warplanes from the U.S.-led coalition killed 12 senior IS commanders when they pounded group offices in western Mosul.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'us-led-coalition', actor2: 'islamic-state', location: 'Mosul', fatalities: 12 },
    ],
    [
      'shells an attack was made with are its means, not strikes backing it',
      'Two children were killed and eight others were injured due to a terrorist attack with a mortar shell on al-Qadam neighborhood in Damascus.',
      { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', actor1: 'unidentified-armed-group', actor2: 'civilians', location: 'Qadam', fatalities: 2 },
    ],
    [
      'one citizen killed is a civilian hit, counted as one',
      'A citizen was killed and 12 others were wounded when terrorists fired mortar shells on residential areas in Homs city.',
      { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', actor1: 'unidentified-armed-group', actor2: 'civilians', location: 'Homs', fatalities: 1 },
    ],
    [
      'a side in a clause fronted before the comma is not the author of the act after it',
      'As Turkish troops push toward Afrin, car bomb in Azaz kills 12 people',
      { type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED', actor1: 'unidentified-armed-group', location: 'Azaz', fatalities: 12 },
    ],
    [
      'the side an act captured is its object, not the author of the fight told after',
      'Islamic State militants captured an Iraqi army colonel near Tal Afar after a skirmish on Monday.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'islamic-state', location: 'Tal Afar' },
    ],
    [
      'a count\'s "of" is no preposition: dozens of militants are the subject',
      'Dozens of Islamic State militants attacked government positions south of Tabqa early on Saturday.',
      { type: 'Battles', actor1: 'islamic-state', actor2: 'syrian-government' },
    ],
    [
      'dozens of militants killed in air strikes were their target',
      'Dozens of Islamic State militants were killed in air strikes near Raqqa.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor2: 'islamic-state', location: 'Raqqa' },
    ],
    [
      'strikes carried out by "the United States-led international coalition" are the coalition\'s',
      'At least 45 Islamic State militants were killed in airstrikes carried out by the United States-led international coalition in Raqqa on Monday.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'us-led-coalition', actor2: 'islamic-state', location: 'Raqqa', fatalities: 45 },
    ],
    [
      'a state\'s forces named with a non-state side\'s lead the act',
      'Turkish and FSA forces captured the village of Ali Kar in northern Afrin on Thursday.',
      { type: 'Battles', actor1: 'turkey', assoc1: ['syrian-rebels'] },
    ],
    [
      'a place told after the country it lies in, a comma between, says where in it',
      'The YPG killed three Turkish soldiers and wounded two others in southeast Turkey, Hakkari, on Thursday.',
      { type: 'Battles', actor1: 'sdf', actor2: 'turkey', location: 'Hakk', fatalities: 3 },
    ],
    [
      'counted bombings are bomb attacks, and the teller of a closing attribution is no side of them',
      'Dozens of people were killed in two bombings at a crowded market in a Shiite neighbourhood of Baghdad, the police said.',
      { type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED', actor1: 'unidentified-armed-group', actor2: 'civilians', location: 'Baghdad' },
    ],
    [
      'a group of fighters is the side\'s own',
      'A group of 20 Islamic State fighters took control of a grain silo in Abu Ghraib west of Baghdad on Sunday.',
      { type: 'Battles', actor1: 'islamic-state', location: 'Abu Ghraib' },
    ],
    [
      'a word of when between "managed" and "to" keeps the act done',
      'Pro-government NDF units managed today to re-take Rabea town in the eastern countryside of Hama.',
      { type: 'Battles', sub: 'Government regains territory', location: 'Rabea' },
    ],
    [
      'quotation marks around the unnamed attackers do not hide them',
      'SANA reported that a civilian was killed in a rocket attack by "terrorist groups" that fired rockets at a government-held area near Idlib.',
      { type: 'Explosions/Remote violence', actor1: 'unidentified-armed-group', actor2: 'civilians', fatalities: 1 },
    ],
    [
      'a dead official "from" a side is that side\'s, not a civilian',
      'A senior official from the Kurdistan Workers\' Party and three fighters were killed when a Turkish army drone targeted their vehicle on Mount Sinjar.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'turkey', actor2: 'pkk', location: 'Sinjar' },
    ],
    [
      'an act "due to" which people died is a cause, not a purpose; regime rocket attacks are the regime\'s',
      'A civilian was killed due to regime rocket attacks on the outskirts of Al-Qahera village in the countryside of Hama on Friday.',
      { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', actor1: 'syrian-government', actor2: 'civilians', fatalities: 1 },
    ],
    [
      'a drone attack is a drone strike; the side killed in it, told before its author, is its target',
      'Four YPG fighters killed in Turkish drone attack near Kobani',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'turkey', actor2: 'sdf', location: 'Kobani', fatalities: 4 },
    ],
    [
      'the first of the sides listed as hit in a side\'s strikes is its target',
      'Bases belonging to regime forces and Iranian militias were targeted on Tuesday in Israeli strikes near Damascus.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'israel', actor2: 'syrian-government', location: 'Damascus' },
    ],
    [
      'the side that came under an act suffered it',
      'A truck carrying SDF fighters came under drone attack near Qamishli on Friday.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: null, actor2: 'sdf', location: 'Qamishli' },
    ],
    [
      'coming under attack is an attack, by the side it came from',
      'An Iraqi army checkpoint came under attack from suspected IS militants north of Baquba on Sunday.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'islamic-state', actor2: 'iraqi-government', location: 'Baq' },
    ],
    [
      'a side killed, its acronym in brackets, suffered the strike; a leader counts as one dead',
      'One of the leaders of the Kurdistan Workers\' Party (PKK) was killed in a drone strike in Sinjar on Monday.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor2: 'pkk', location: 'Sinjar', fatalities: 1 },
    ],
    [
      'one policeman killed is a count of one',
      'One policeman was killed when a roadside bomb exploded in Kirkuk on Monday.',
      { type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED', location: 'Kirkuk', fatalities: 1 },
    ],
    [
      'the side named before a mortar attack carried it out',
      'A Peshmerga officer was killed in an IS mortar attack near Makhmour.',
      { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', actor1: 'islamic-state', actor2: 'peshmerga', fatalities: 1 },
    ],
    [
      'a town called Sarin is no nerve agent, and those attacked by a drone were struck from the air',
      'Three fighters travelling from the town of Sarin to Kobani were attacked by a Turkish drone on Sunday.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'turkey' },
    ],
    [
      'former rebels are no side\'s fighters: killing them is an attack on civilians',
      'Two former rebels were shot dead by unknown gunmen in the town of Tafas on Monday.',
      { type: 'Violence against civilians', sub: 'Attack', actor1: 'unidentified-armed-group', actor2: 'civilians', location: 'Tafas', fatalities: 2 },
    ],
    [
      'a former officer "in" an army is not the army',
      'Unidentified gunmen assassinated a former officer in the Syrian army in Daraa on Tuesday.',
      { type: 'Violence against civilians', sub: 'Attack', actor1: 'unidentified-armed-group', actor2: 'civilians', location: 'Daraa' },
    ],
    [
      'the side a clause says holds the place the dead fell in is no side of the killing',
      'Three former rebels were killed in the province of Daraa, which is under the control of regime forces, on Sunday.',
      { type: 'Violence against civilians', sub: 'Attack', actor1: null, actor2: 'civilians', fatalities: 3 },
    ],
    [
      'the dead of similar incidents told after an act are not its toll',
      'Gunmen shot dead a teacher in Tafas on Monday. Several similar incidents took place last May when four men were killed.',
      { type: 'Violence against civilians', sub: 'Attack', location: 'Tafas', fatalities: 1 },
    ],
    [
      'the dead of another day the next sentence names are not the act\'s toll',
      'Warplanes hit rebel-held districts of Aleppo on Thursday, killing 13 people. Seven children were among 71 civilians killed in opposition-held areas on Tuesday and Wednesday, the monitor said.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', location: 'Aleppo', fatalities: 13 },
    ],
    [
      'a side "its" dead are told of suffered the act that killed them',
      'The YPG said four of its fighters were killed in a Turkish drone strike on Kobani on Sunday.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'turkey', actor2: 'sdf', location: 'Kobani', fatalities: 4 },
    ],
    [
      'gunmen who targeted volunteers attacked civilians',
      'Unknown gunmen targeted two volunteers from an aid organization near Muzeirib on Monday. Both were killed, and a third volunteer was injured.',
      { type: 'Violence against civilians', sub: 'Attack', actor1: 'unidentified-armed-group', actor2: 'civilians', fatalities: 2 },
    ],
    [
      'a grenade is named over the blast it made, and "an unknown armed man" threw it',
      'An explosion was heard in the Karak area of eastern Daraa. conflicting sources said that it was caused by a grenade thrown by an unknown armed man at a checkpoint belonging to the Syrian security forces.',
      { type: 'Explosions/Remote violence', sub: 'Grenade', actor1: 'unidentified-armed-group', actor2: 'syrian-government', location: 'Daraa' },
    ],
    [
      'the deaths of "its" fighters a side announces are of that side',
      'The General Command of the SDF announced the deaths of three of its fighters in a Turkish drone strike near Kobani on Sunday.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'turkey', actor2: 'sdf', fatalities: 3 },
    ],
    [
      'the act told ", two days after" another is not that act: its dead are not the strike\'s',
      'The US carried out air strikes against a pro-Iran militant group in Qaim, killing 19 fighters, two days after a rocket attack that killed an American contractor.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'united-states', actor2: 'progovernment-militias', fatalities: 19 },
    ],
    [
      'a side\'s old name told beside it is no second side',
      'The Turkish military and the Ankara-backed Syrian National Army, previously known as the Free Syrian Army, took control of Ras al-Ain on Saturday.',
      { type: 'Battles', actor1: 'turkey', location: 'Ras al-Ain' },
    ],
    [
      'a side killed in a strike, told with an appositive between, is its target',
      'The monitor said 22 fighters from the Popular Mobilization Forces, an Iraqi umbrella group of Shiite paramilitaries, were killed in US strikes in Boukamal.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'united-states', actor2: 'popular-mobilisation-forces', location: 'Bukamal' },
    ],
    [
      'a side named "beneath" or "under" something is no later subject of the act',
      'Fighters from the Ansar al-Tawhid group attacked troops in the south of Idlib province, killing at least 11. Militants detonated explosives in specially-built tunnels beneath army positions and launched a simultaneous attack from other tunnels.',
      { type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED', actor1: null, actor2: 'syrian-government' },
    ],
    [
      'an attack a side "executed" is no execution',
      'ISIS fighters executed an attack on regime positions near al-Sawab village east of Homs.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'islamic-state', actor2: 'syrian-government' },
    ],
    [
      'an attack on a military bus is a battle, and a dust storm takes no ground',
      'ISIS fighters attacked a military bus near Palmyra, taking advantage of the dust storm that hit the desert.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'islamic-state', location: 'Palmyra' },
    ],
    [
      'a vehicle bombing is a bomb attack',
      'A vehicle bombing near Suleiman Beg killed one person and injured four others.',
      { type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED', actor2: 'civilians', fatalities: 1 },
    ],
    [
      'the name a side is "also known as", told with no other side before it, is that side',
      'Clashes erupted on Saturday between the paramilitary unit, also known as the Popular Mobilisation Forces, and ISIL on several fronts in the town of Mekeeshfa.',
      { type: 'Battles', sub: 'Armed clash', actor2: 'popular-mobilisation-forces' },
    ],
    [
      'planes firing missiles, and missiles that targeted a city, are a missile attack',
      'The Jerusalem Post wrote that Israeli planes were firing missiles at targets near Damascus on Monday.',
      { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', actor1: 'israel', location: 'Damascus' },
    ],
    [
      'the side "neutralized" or "ambushed", told as a passive\'s subject, suffered it',
      'In the Operation Claw-Lock area in northern Iraq, 10 PKK terrorists were neutralized in an air operation, the ministry said.',
      { type: 'Battles', sub: 'Armed clash', actor1: null, actor2: 'pkk' },
    ],
    [
      'an ambushed convoy\'s side suffered the ambush',
      'An Iraqi army convoy was ambushed near Tarmiyah on Sunday.',
      { type: 'Battles', sub: 'Armed clash', actor1: null, actor2: 'iraqi-government', location: 'Tarmiyah' },
    ],
    [
      'militants "affiliated with" a side are its own',
      'A group of militants affiliated with the terrorist organization of ISIS abducted five shepherds from a village in southern Kirkuk on Thursday.',
      { type: 'Violence against civilians', sub: 'Abduction/forced disappearance', actor1: 'islamic-state', actor2: 'civilians' },
    ],
    [
      'youths killed in an attack on a home are civilians',
      'Islamic State militants attacked a residential home in a village west of Kirkuk late Tuesday night, killing four youths and injuring several others.',
      { type: 'Violence against civilians', sub: 'Attack', actor1: 'islamic-state', actor2: 'civilians', fatalities: 4 },
    ],
    [
      'the uniform attackers wore is no side of their act',
      'A number of ISIS militants wearing Peshmerga clothing stormed a village near Daquq town in southern Kirkuk on Thursday, killing several people.',
      { type: 'Battles', actor1: 'islamic-state', actor2: null },
    ],
    [
      'a headline\'s "shell town" is a shelling by the regime\'s ground forces',
      'Regime ground forces shell town in Aleppo killing two children',
      { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', actor1: 'syrian-government', actor2: 'civilians', location: 'Aleppo', fatalities: 2 },
    ],
    [
      'a missile fired, told with two words before it, is a missile attack',
      'Opposition factions fired an anti-tank guided missile at a regime vehicle on the frontlines of Kawkaba village in Idlib countryside on Tuesday.',
      { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', actor1: 'syrian-rebels', location: 'Kawkaba' },
    ],
    [
      'gunmen believed to be a group\'s members are that group',
      'A number of gunmen believed to be members of the ISIS terrorist organization assaulted an army checkpoint outside al-Tala\'a village in Diyala province on Sunday.',
      { type: 'Battles', actor1: 'islamic-state', actor2: 'iraqi-government' },
    ],
    [
      'a headline tells a strike in the present tense',
      'Syrian jets bomb rebel town of Talbiseh',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'syrian-government', location: 'Talbiseh' },
    ],
    [
      'aircraft that "pound" a city strike it',
      'Russian jets pound rebel-held eastern Aleppo on Monday.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'russia', location: 'Aleppo' },
    ],
    [
      'a bomb a side set off is its bombing',
      'About 30 Syrian government fighters were killed when rebels set off a bomb in a tunnel beneath a checkpoint in Idlib.',
      { type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED', actor1: 'syrian-rebels', actor2: 'syrian-government', location: 'Idlib', fatalities: 30 },
    ],
    [
      'fighters "from" a group are its own, and set it off',
      'Six soldiers were killed when insurgents from the Islamic Front set off tonnes of explosives in a tunnel near Maarat al-Numan.',
      { type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED', actor1: 'syrian-rebels', actor2: 'syrian-government', fatalities: 6 },
    ],
    [
      'who claims an attack carried it out',
      'On Wednesday three suicide bombers killed at least two people near the main police headquarters in Damascus in an attack claimed by the Islamic State group.',
      { type: 'Explosions/Remote violence', sub: 'Suicide bomb', actor1: 'islamic-state', location: 'Damascus', fatalities: 2 },
    ],
    [
      'the ally named with the agent of a bombardment strikes with it',
      'Intense bombardment by the Assad regime and its ally Russia killed over 80 civilians in Aleppo on Friday.',
      { type: 'Explosions/Remote violence', actor1: 'syrian-government', actor2: 'civilians', assoc1: ['russia'], fatalities: 80 },
    ],
    [
      'civilians killed in coalition strikes were hit by the coalition from the air',
      'At least 10 civilians were killed in US-led coalition strikes west of Raqqa on Saturday.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'us-led-coalition', actor2: 'civilians', fatalities: 10 },
    ],
    [
      'terrorist groups "from" a named organisation are its own',
      'A woman was injured as terrorist groups from Jaish al-Fatah organization attacked the town of al-Fouaa with rocket shells.',
      { type: 'Violence against civilians', actor1: 'syrian-rebels', actor2: 'civilians', location: 'Fuaa' },
    ],
    [
      'the side whose joint operation it was, with an acronym and a partner named between',
      'At least 23 DAESH members were killed Sunday in northern Syria in a Turkish Armed Forces (TSK) and U.S.-led coalition operation, security sources said.',
      { type: 'Battles', actor1: 'turkey', actor2: 'islamic-state', fatalities: 23 },
    ],
    [
      'the side unnamed dead fought in clashes killed them',
      'Dozens of militants were killed in clashes with Kurdish fighters near Hasakah.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'sdf', location: 'Hasakah' },
    ],
    [
      'an oil field recaptured is ground taken',
      'Syrian Democratic Forces recapture an oil field in Deir ez-Zor province on Sunday.',
      { type: 'Battles', actor1: 'sdf' },
    ],
    [
      'fighting alongside an ally against a named enemy is a battle',
      'Rebels fought alongside Turkish troops against Islamic State in al-Bab on Sunday.',
      { type: 'Battles', actor2: 'islamic-state', location: 'Bab' },
    ],
    [
      'a town that came under shelling on a given day is an event',
      'The town of Douma came under heavy shelling by regime forces on Monday.',
      { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', actor1: 'syrian-government', location: 'Douma' },
    ],
    [
      'the side that holds a struck town is its target, not its attacker',
      'The rebel-held town of Douma came under heavy shelling on Monday.',
      { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', actor1: null, actor2: 'syrian-rebels', location: 'Douma' },
    ],
    [
      'a place\'s holder named between the attacker and the strike',
      'Regime forces escalated their bombardment of Wadi Barada, pounding the rebel-held enclave with barrel bombs and airstrikes on Monday.',
      { type: 'Explosions/Remote violence', actor1: 'syrian-government', actor2: 'syrian-rebels' },
    ],
    [
      'a holder in a caption is never the attacker of the attack it follows',
      'A hospital in Khan Shaykhun, a rebel-held town in Idlib province, after the toxic gas attack.',
      { type: 'Explosions/Remote violence', sub: 'Chemical weapon', actor1: null, actor2: 'syrian-rebels' },
    ],
    [
      'chemical bombs dropped from the air are a chemical attack',
      'Scores of people died on Tuesday after the regime air strike dropped chemical bombs onto the town of Khan Sheikhoun.',
      { type: 'Explosions/Remote violence', sub: 'Chemical weapon', actor1: 'syrian-government', location: 'Khan Sheikhoun' },
    ],
    [
      'barrel bombs filled with gas are a chemical attack',
      'Helicopters dropped chlorine-filled barrel bombs on Sarmin, killing six people.',
      { type: 'Explosions/Remote violence', sub: 'Chemical weapon', location: 'Sarm', fatalities: 6 },
    ],
    [
      'the agent named inside the subject: "carried out by", with its co-agent',
      'The Syrian Observatory said air strikes thought to be carried out by Syrian and Russian forces killed at least 17 people in a market in Ashara on Monday.',
      { type: 'Explosions/Remote violence', actor1: 'syrian-government', actor2: 'civilians', assoc1: ['russia'], fatalities: 17 },
    ],
    [
      'a strike told again names the attacker the first telling did not',
      'Air strikes have struck the town of Urum al-Joz in rebel-controlled Idlib province on Saturday, a monitor said. The attack, believed to have been carried out by Russian aircraft, killed at least 18 people including five children.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'russia', actor2: 'syrian-rebels', location: 'Urum al-Joz', fatalities: 18 },
    ],
    [
      'warplanes that kill carry out an air strike',
      'Russian warplanes killed 10 civilians in Saraqeb on Monday.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'russia', actor2: 'civilians', fatalities: 10 },
    ],
    [
      'killed by warplanes, in the passive',
      'Ten civilians were killed by Russian warplanes in Saraqeb on Monday.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'russia', fatalities: 10 },
    ],
    [
      'artillery that kills shells',
      'Regime artillery killed five people in Douma on Monday.',
      { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', actor1: 'syrian-government', fatalities: 5 },
    ],
    [
      'forces that kill with no weapon named attack',
      'Regime forces killed five people in Douma on Monday.',
      { type: 'Violence against civilians', sub: 'Attack', actor1: 'syrian-government', fatalities: 5 },
    ],
    [
      'suicide bombers are no aircraft',
      'Six ISIS suicide bombers killed 20 people in Azaz on Monday.',
      { type: 'Explosions/Remote violence', sub: 'Suicide bomb', actor1: 'islamic-state', fatalities: 20 },
    ],
    [
      'people are abducted from where they are',
      'IS fighters abducted 30 civilians from the town of Qaryatain on Monday.',
      { type: 'Violence against civilians', sub: 'Abduction/forced disappearance', actor1: 'islamic-state', actor2: 'civilians', location: 'Qaryatayn' },
    ],
    [
      'a car bomb that exploded is an event with or without its dead',
      'A car bomb exploded in the town of Azaz on Monday.',
      { type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED', actor1: 'unidentified-armed-group', location: 'Azaz' },
    ],
    [
      'gunmen who shoot a council member attack a civilian',
      'Gunmen shot dead a local council member in Daraa on Monday.',
      { type: 'Violence against civilians', sub: 'Attack', actor1: 'unidentified-armed-group', actor2: 'civilians', fatalities: 1 },
    ],
    [
      'a government helicopter is the government\'s',
      'Rebels shot down a government helicopter over Idlib on Monday.',
      { type: 'Battles', actor1: 'syrian-rebels', actor2: 'syrian-government', location: 'Idlib' },
    ],
    [
      'a side named inside the trigger\'s words is attacked',
      'Islamic State fighters attacked a government checkpoint in Deir ez-Zor on Monday, killing five soldiers.',
      { type: 'Battles', actor1: 'islamic-state', actor2: 'syrian-government', fatalities: 5 },
    ],
    [
      'a bomb that went off, told without its dead',
      'A bomb went off near a checkpoint in Azaz on Monday.',
      { type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED', actor1: 'unidentified-armed-group', location: 'Azaz' },
    ],
    [
      'an assassination is a killing',
      'Gunmen assassinated a local official in Daraa on Monday.',
      { type: 'Violence against civilians', sub: 'Attack', actor1: 'unidentified-armed-group', actor2: 'civilians', fatalities: 1 },
    ],
    [
      'a drone shot down is a weapon stopped, by the side that said it shot it down',
      'The Syrian army said it had shot down an Israeli drone over Quneitra on Sunday.',
      { type: 'Strategic developments', sub: 'Disrupted weapons use', actor1: 'syrian-government', actor2: 'israel', location: 'Quneitra' },
    ],
    [
      'strikes a side says it carried out',
      'The U.S.-led coalition said it carried out 15 strikes against Islamic State targets near Mosul on Sunday.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'us-led-coalition', actor2: 'islamic-state', location: 'Mosul' },
    ],
    [
      'a demonym before positions names their side',
      'Iranian-backed militias shelled US positions near Tanf on Sunday.',
      { type: 'Explosions/Remote violence', actor2: 'united-states' },
    ],
    [
      'a bomb at an army checkpoint targets the army of the story\'s country',
      'A suicide car bomb killed 12 soldiers at an army checkpoint in Ramadi on Sunday.',
      { type: 'Explosions/Remote violence', sub: 'Suicide bomb', actor1: 'unidentified-armed-group', actor2: 'iraqi-government', fatalities: 12 },
    ],
    [
      'the side before an attack made with gas carries it out',
      'At least 6 civilians suffer suffocation in ISIS terrorist attack with toxic gas on Marea.',
      { type: 'Explosions/Remote violence', sub: 'Chemical weapon', actor1: 'islamic-state' },
    ],
    [
      'an attack "using" mustard gas is that attack, not a habit',
      'Five people died in an IS attack using mustard gas on Marea on Monday.',
      { type: 'Explosions/Remote violence', sub: 'Chemical weapon', actor1: 'islamic-state', fatalities: 5 },
    ],
    [
      'who suffered, told before the attacker, was attacked',
      'On Monday, two Turkish soldiers were martyred and three others injured when PKK terrorists attacked a military outpost in Hakkari province, near the Iraqi border.',
      { type: 'Battles', actor1: 'pkk', actor2: 'turkey', location: 'Hakk', fatalities: 2 },
    ],
    [
      'soldiers killed with no side named are the story\'s state\'s, even with a civilian among them',
      'In a separate incident, a car bomb exploded at a checkpoint in the town of Tikrit, killing four soldiers and a civilian, police sources said.',
      { type: 'Explosions/Remote violence', actor1: 'unidentified-armed-group', actor2: 'iraqi-government', fatalities: 5 },
    ],
    [
      'an operation "against the positions of" a side is against that side',
      'Army units on Monday carried out intensive operations against the positions of Jabhat al-Nusra terrorists in the northern countryside of Hama province, killing scores of them.',
      { type: 'Battles', actor1: 'syrian-government', actor2: 'hts', location: 'Hama' },
    ],
    [
      'positions destroyed, in a list of villages',
      'The army units destroyed a number of terrorist positions and fortified posts in the villages of Latamna, Kafr Zita and Morek on Monday.',
      { type: 'Battles', actor1: 'syrian-government', location: 'Morek' },
    ],
    [
      'an infiltration foiled is a clash',
      'An army unit foiled an attempt by terrorists to infiltrate towards the military points near Maan village in Hama on Monday.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'syrian-government' },
    ],
    [
      'the agent "carried out by", named after the place',
      'Four children are among the 28 dead in overnight airstrikes on the town of Armanaz in Idlib province purportedly carried out by Syrian regime or Russian jets.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'syrian-government', location: 'Arman', fatalities: 28 },
    ],
    [
      'a day or a time before the subject is no phrase it stands in',
      'On Thursday IS mounted a counterattack against government forces near Deir Ezzor.',
      { type: 'Battles', actor1: 'islamic-state', actor2: 'syrian-government' },
    ],
    [
      'strikes that "engaged" a unit are air strikes, and the unit they engaged is no subject of the next verb',
      'Near Raqqah, five strikes engaged an ISIL tactical unit and destroyed an ISIL fighting position and two ISIL vehicles.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor2: 'islamic-state', location: 'Raqqa' },
    ],
    [
      'the object of one verb does not act in the next',
      'Regime forces killed ten IS fighters and destroyed their vehicles near Palmyra on Monday.',
      { type: 'Battles', actor1: 'syrian-government', actor2: 'islamic-state', location: 'Palmyra' },
    ],
    [
      'an attack on a side named in several words',
      'Kurdish fighters attacked Islamic State militants near Manbij on Monday.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'sdf', actor2: 'islamic-state', location: 'Manbij' },
    ],
    [
      'a demonym before "targets" names the side struck',
      'Israeli jets struck Iranian targets near Damascus on Tuesday.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'israel', actor2: 'iran', location: 'Damascus' },
    ],
    [
      'fighters described by their war still kill',
      'Kurdish fighters battling IS in Kobani killed 20 militants on Monday.',
      { type: 'Battles', actor1: 'sdf', location: 'Kobani' },
    ],
    [
      'a side\'s media unit that reports the attack is no side of it',
      'Rebels attacked the convoy near Aleppo on Saturday, the Hezbollah military media unit said.',
      { type: 'Battles', actor1: 'syrian-rebels', actor2: null, location: 'Aleppo' },
    ],
    [
      'a sentence opening with "having" and a participle has the main clause\'s subject as its agent',
      'Having captured the town of Maskana on Monday, the army pushed on towards Raqqa.',
      { type: 'Battles', sub: 'Government regains territory', actor1: 'syrian-government', location: 'Maskan' },
    ],
    [
      'a "having" opening names the captor after it, not the loser',
      'Having seized the village of Tal Rifaat, Kurdish fighters advanced on Marea.',
      { type: 'Battles', sub: 'Non-state actor overtakes territory', actor1: 'sdf', location: 'Tal Rifaat' },
    ],
    [
      'strikes intensified on a day are that day\'s strikes',
      'Russian jets intensified air strikes on Aleppo on Tuesday, killing 20 civilians.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'russia', location: 'Aleppo', fatalities: 20 },
    ],
    [
      'a side\'s air power named after "with" backs the act, it is not fought',
      'The army advanced on Palmyra with Russian air strikes on Monday.',
      { type: 'Battles', actor1: 'syrian-government', actor2: null, assoc1: ['russia'], location: 'Palmyra' },
    ],
    [
      'a side named after "clashed with" is fought',
      'Rebels clashed with Russian troops in Hama on Sunday.',
      { type: 'Battles', actor1: 'syrian-rebels', actor2: 'russia', location: 'Hama' },
    ],
    [
      'the dead counted in the perfect after a dated act are its dead',
      'Rebels shelled the town of Kafr Nabl on Monday. Five people have been killed, the Observatory said.',
      { type: 'Explosions/Remote violence', actor1: 'syrian-rebels', location: 'Kafr', fatalities: 5 },
    ],
    [
      'every side listed after "by" strikes with the agent, a state named alone among them',
      'The bombardment of Aleppo by the Assad regime, Russia and the Iranian militias killed 20 civilians on Monday.',
      { type: 'Explosions/Remote violence', actor1: 'syrian-government', actor2: 'civilians', assoc1: ['progovernment-militias'], fatalities: 20 },
    ],
    [
      'a list of agents whose commas the page lost',
      'Shelling by regime forces Hezbollah fighters and Iranian militias killed 12 civilians in Madaya on Monday.',
      { type: 'Explosions/Remote violence', actor1: 'syrian-government', actor2: 'civilians', assoc1: ['hezbollah', 'progovernment-militias'], location: 'Madaya' },
    ],
    [
      'a refugee shot dead is a civilian killed',
      'A Syrian refugee was shot dead inside the camp of al-Hol on Wednesday.',
      { type: 'Violence against civilians', actor2: 'civilians', location: 'Hol', fatalities: 1 },
    ],
    [
      'a person named with an age and found killed is a civilian killed',
      'Ahmad Khalil, 34, was found killed by gunshots in the town of Manbij on Tuesday.',
      { type: 'Violence against civilians', actor2: 'civilians', location: 'Manbij', fatalities: 1 },
    ],
    [
      'nationals and demonyms killed are civilians',
      'Four Iraqi nationals were killed inside the al-Hol camp on Friday.',
      { type: 'Violence against civilians', actor2: 'civilians', location: 'Hol', fatalities: 4 },
    ],
    [
      'a demonym alone as the one shot dead is a civilian',
      'Gunmen shot dead an Iraqi and wounded another in the al-Hol camp on Saturday.',
      { type: 'Violence against civilians', actor1: 'unidentified-armed-group', actor2: 'civilians', location: 'Hol' },
    ],
    [
      'a civilian with a demonym is the object, not a side named in a clause about the place',
      'Masked gunmen assassinated an Iraqi civilian in the crowded al-Hol camp that holds women affiliated with the Islamic State.',
      { type: 'Violence against civilians', actor1: 'unidentified-armed-group', actor2: 'civilians' },
    ],
    [
      'the side gunmen are believed to be is theirs, not the target',
      'Two Iraqi women were shot dead by gunmen believed to be members of ISIS in the al-Hol camp on Sunday.',
      { type: 'Violence against civilians', actor1: 'unidentified-armed-group', actor2: 'civilians', fatalities: 2 },
    ],
    [
      'one death in a series counted since the start of the month is still an event',
      'An Iraqi woman was found dead in the al-Hol camp on Monday, the fifth killing in the camp since the start of the month.',
      { type: 'Violence against civilians', actor2: 'civilians', location: 'Hol', fatalities: 1 },
    ],
    [
      'a camp described before its name is where it happened, not the province after it',
      'Gunmen killed a civilian in the sprawling al-Hol camp in al-Hasakah on Saturday.',
      { type: 'Violence against civilians', location: 'Hol' },
    ],
    [
      'soldiers killed in a side\'s attack: the side is the author, the soldiers the state\'s',
      'Five soldiers were killed in an ISIS attack on the outskirts of Khanaqin.',
      { type: 'Battles', actor1: 'islamic-state', actor2: 'iraqi-government', location: 'Khanaqin', fatalities: 5 },
    ],
    [
      'a headline\'s dead in a side\'s attack, without its article',
      'At least 13 killed and 25 injured in ISIS attack in Diyala',
      { type: 'Battles', actor1: 'islamic-state', location: 'Diyala', fatalities: 13 },
    ],
    [
      'a clause that notes what followed tells its own act: the killing stays the killing',
      'Gunmen killed three Iraqi army soldiers near Khalis on Monday, the source said, noting that the security forces retook control of the area.',
      { type: 'Battles', sub: 'Armed clash', actor2: 'iraqi-government', fatalities: 3 },
    ],
    [
      'a market named like a faraway place lies in the town told after it',
      'A car bomb exploded near a checkpoint in Al-Hal market near the industrial zone in Afrin city on Sunday, killing five people.',
      { type: 'Explosions/Remote violence', location: 'Afrin', fatalities: 5 },
    ],
    [
      'a street named after a town is not that town',
      'A motorcycle bomb exploded on Rajou street in the city of Afrin on Thursday, killing four civilians.',
      { type: 'Explosions/Remote violence', location: 'Afrin', fatalities: 4 },
    ],
    [
      'the tribes that fought the SDF are its foe',
      'Five members of the Syrian Democratic Forces were killed in a clash with Syrian tribes in Dhiban on Monday.',
      { type: 'Battles', actor1: 'tribal-militias', actor2: 'sdf', fatalities: 5 },
    ],
    [
      'a government\'s militias driven out lose ground; no one regains it for the government',
      'The pro-government militants were expelled from Dhiban in Deir ez-Zor on Tuesday.',
      { type: 'Battles', sub: 'Non-state actor overtakes territory', actor2: 'progovernment-militias' },
    ],
    [
      'a side that holds the place others came from is no agent of their expulsion',
      'Pro-government militants were expelled from Dhiban on Tuesday after they infiltrated from the regime-controlled west bank of the Euphrates.',
      { type: 'Battles', actor1: null, actor2: 'progovernment-militias' },
    ],
    [
      'a member of an aid agency killed is a civilian killed',
      'A member of the Turkish Red Crescent was killed in an attack on their vehicle near al-Bab on Monday.',
      { type: 'Violence against civilians', actor2: 'civilians', location: 'Bab', fatalities: 1 },
    ],
    [
      'a state\'s own men killed in clashes it is the subject of: it suffered, its foe unnamed',
      'The Syrian Observatory said that three Syrian security forces personnel were killed "as clashes erupted with local factions around Tal Hadid in the western Sweida countryside".',
      { type: 'Battles', actor1: null, actor2: 'syrian-government', fatalities: 3 },
    ],
    [
      'Druze fighters and Bedouin tribesmen are sides, in the province a country\'s possessive names',
      'At least 60 people were killed or wounded in armed clashes between Druze fighters and Bedouin tribesmen in Syria\'s southern Sweida province.',
      { type: 'Battles', actor1: 'druze-militias', actor2: 'tribal-militias', location: 'Suwayda' },
    ],
    [
      'a man fatally shot is a civilian killed',
      'Unidentified gunmen on a motorcycle fatally shot a 60-year-old man in Damascus on Sunday.',
      { type: 'Violence against civilians', actor1: 'unidentified-armed-group', actor2: 'civilians', fatalities: 1 },
    ],
    [
      'a patrol between two provinces is hit in the first, once',
      'An IED detonated on an Iraqi army patrol operating between the provinces of Diyala and Salahuddin, killing a soldier.',
      { type: 'Explosions/Remote violence', location: 'Diyala', fatalities: 1 },
    ],
    [
      'truffle hunters killed are civilians, counted',
      "ISIS kills 26 truffle hunters in Syria's Hama",
      { type: 'Violence against civilians', actor1: 'islamic-state', actor2: 'civilians', fatalities: 26 },
    ],
    [
      'people ambushed at their work are civilians attacked',
      "At least five people were killed in a suspected ISIS ambush while truffle hunting in Syria's central Homs province on Friday.",
      { type: 'Violence against civilians', actor1: 'islamic-state', actor2: 'civilians', location: 'Homs', fatalities: 5 },
    ],
    [
      'a side acting "with the support of" a US-led coalition leads, the coalition backs it',
      'The SDF, with the support of the US-led Global Coalition, defeated ISIS after fierce battles in the town of Baghouz.',
      { type: 'Battles', actor1: 'sdf', location: 'Baghuz' },
    ],
    [
      'the object of "dismantled" is no subject of the arrests after it',
      'The SDF said it dismantled an ISIS cell during a coalition-backed security operation in Dhiban, killing three members and arresting five others.',
      { type: 'Strategic developments', actor1: 'sdf' },
    ],
    [
      'aerial raids are air strikes',
      'Russian forces conducted aerial raids on Jisr al-Shughur on Sunday, killing nine people.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'russia', location: 'Jisr' },
    ],
    [
      'suicide bombers who targeted a market bombed it; they are no aircraft',
      'At least 32 people were killed and 110 injured when two suicide bombers targeted a busy market in central Baghdad this morning.',
      { type: 'Explosions/Remote violence', sub: 'Suicide bomb', location: 'Baghdad', fatalities: 32 },
    ],
    [
      'men who "had blown up in" a square blew themselves up',
      'The Islamic State claimed that two of its men had blown up in Tayaran Square in central Baghdad on Thursday.',
      { type: 'Explosions/Remote violence', sub: 'Suicide bomb', actor1: 'islamic-state' },
    ],
    [
      'the second object of "attacked" is no subject of the killing after it',
      'ISIS attacked PMF and Iraqi Army positions in Diyala on Tuesday, killing one Iraqi soldier.',
      { type: 'Battles', actor1: 'islamic-state', fatalities: 1 },
    ],
    [
      'a side named before "ambush" is the ambush\'s',
      'On Friday, at least five people were killed in an ISIS ambush while truffle hunting in Homs province.',
      { type: 'Violence against civilians', actor1: 'islamic-state', actor2: 'civilians', fatalities: 5 },
    ],
    [
      'clashes between two sides, the first named with its acronym in brackets',
      'Up to 25 people were killed in clashes between the Islamic State group (IS) and Kurdish-led Syrian Democratic Forces (SDF) in Hasakah on Thursday.',
      { type: 'Battles', actor1: 'islamic-state', actor2: 'sdf', location: 'Hasakah', fatalities: 25 },
    ],
    [
      'the side a blast is blamed on is its author',
      'A blast in central Baghdad killed six people on Sunday, which the government blamed on ISIS.',
      { type: 'Explosions/Remote violence', actor1: 'islamic-state', location: 'Baghdad', fatalities: 6 },
    ],
    [
      'the object of "killed a number of" is no subject of the abduction after it',
      'Armed groups affiliated with ISIS killed a number of civilians and kidnapped dozens of others in the desert east of Hama.',
      { type: 'Violence against civilians', sub: 'Abduction/forced disappearance', actor1: 'islamic-state', actor2: 'civilians' },
    ],
    [
      'air defences shooting down some of the missiles disrupt them, with no clash',
      'Syrian air defences intercepted the Israeli missiles over Damascus and shot down some of them.',
      { type: 'Strategic developments', sub: 'Disrupted weapons use', actor1: 'syrian-government' },
    ],
    [
      'a taking of nearly all of a town is still the day\'s taking',
      'Iraqi forces have retaken nearly all of Mosul from Islamic State.',
      { type: 'Battles', sub: 'Government regains territory', actor1: 'iraqi-government', actor2: 'islamic-state', location: 'Mosul' },
    ],
    [
      'a side named before a suicide bombing is the bombing\'s author',
      'Three soldiers were killed in an ISIS suicide bombing in Manbij on Wednesday.',
      { type: 'Explosions/Remote violence', sub: 'Suicide bomb', actor1: 'islamic-state', fatalities: 3 },
    ],
    [
      'a side named before a bomb attack is its author; the side whose soldiers died in it is its target',
      'Two Turkish soldiers died in a PKK bomb attack in Hakkari.',
      { type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED', actor1: 'pkk', actor2: 'turkey' },
    ],
    [
      'a headline\'s dead "dead in" a side\'s bombing suffered it',
      'American troops dead in ISIS suicide bombing in Manbij',
      { type: 'Explosions/Remote violence', sub: 'Suicide bomb', actor1: 'islamic-state', actor2: 'united-states' },
    ],
    [
      'a bomb attack on a convoy is an explosion, not a clash; the soldier "confirmed dead" in it suffered it',
      'An American soldier has been confirmed dead in a bomb attack on a US convoy near Manbij.',
      { type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED', actor1: null, actor2: 'united-states' },
    ],
    [
      'a side that opens a list of the dead suffered the act',
      'Two US service members, one civilian employee and one contractor were killed in an explosion in Manbij.',
      { type: 'Explosions/Remote violence', actor1: null, actor2: 'united-states' },
    ],
    [
      'commanders "of" a side are its own men, killed',
      'Five commanders of the Free Syrian Army were killed on Thursday in Daraa.',
      { type: 'Battles', actor1: null, actor2: 'syrian-rebels', location: 'Daraa', fatalities: 5 },
    ],
    [
      'former leaders of a side are no side\'s: civilians killed',
      'Four former leaders of the Free Syrian Army (FSA) were killed on Thursday in the northern countryside of Daraa.',
      { type: 'Violence against civilians', actor2: 'civilians', location: 'Daraa', fatalities: 4 },
    ],
    [
      '"Free Army" is the Free Syrian Army, and an ex-commander of it no soldier of the state',
      'Ex-Free Army commander killed by unknown gunmen west of Daraa',
      { type: 'Violence against civilians', actor1: 'unidentified-armed-group', actor2: 'civilians' },
    ],
    [
      'a side met with is no side of the killing; a man killed with four of his entourage makes five',
      'Gunmen killed Khaled al-Hariri and four members of his entourage near Daraa city on Thursday as they returned from a meeting with regime officials.',
      { type: 'Battles', actor1: 'unidentified-armed-group', actor2: null, fatalities: 5 },
    ],
    [
      'strikes "carried out by what is believed to be" a side\'s warplanes are that side\'s; the number killed has risen to the toll',
      'The number of civilians killed in the airstrikes carried out by what is believed to be Russian warplanes on the town of Douma has risen to 19.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'russia', location: 'Douma', fatalities: 19 },
    ],
    [
      'a side whose stronghold a strike hits is not its target when civilians died',
      'Warplanes bombed Douma, the stronghold of Jaysh al-Islam, killing six people including two children.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor2: 'civilians', fatalities: 6 },
    ],
    [
      'a side a place is "under control of" is not the target of a bomb that killed children there',
      'A car bomb exploded in a market in Afrin, under control of Turkey-backed rebels, killing nine people including two children.',
      { type: 'Explosions/Remote violence', actor2: 'civilians', location: 'Afrin', fatalities: 9 },
    ],
    [
      'people killed by a strike on a school were civilians, whoever holds the town near it',
      'At least 33 people have been killed in an air strike on a school in a village west of the Islamic State-held city of Raqqa.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor2: 'civilians', fatalities: 33 },
    ],
    [
      'the side holding a place a distance is told from is no target',
      'A US air strike hit the village of Mansoura, 15 miles from the capital of Islamic State\'s so-called caliphate, on Tuesday.',
      { type: 'Explosions/Remote violence', actor1: 'united-states', actor2: null },
    ],
    [
      'a raid "the deadliest since" a campaign began is still the day\'s raid, with its dead',
      'A coalition raid on a mosque outside the city of Aleppo last Thursday evening left as many as 46 dead, making it the deadliest for civilians alleged against the coalition since it began its campaign against ISIS two years ago.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'us-led-coalition', location: 'Aleppo', fatalities: 46 },
    ],
    [
      'a side named as what the side after it is linked to is no side of the act',
      'The Syrian army killed two commanders of the al-Qaeda-linked al-Nusra Front in Qalamoun on Thursday.',
      { type: 'Battles', actor1: 'syrian-government', actor2: 'hts', fatalities: 2 },
    ],
    [
      '"wrested control over" is a taking',
      'Syrian troops and Hezbollah fighters wrested control over the Mallah farms near Aleppo on Thursday.',
      { type: 'Battles', sub: 'Government regains territory', actor1: 'syrian-government', location: 'Mallah Farms' },
    ],
    [
      'soldiers killed "during fighting with militants of" a side were killed by that side',
      'At least 21 Syrian soldiers were killed during fighting with militants of the Islamic State group near the al-Shaer gas field on Saturday.',
      { type: 'Battles', actor1: 'islamic-state', actor2: 'syrian-government', fatalities: 21 },
    ],
    [
      'men who "have reportedly been killed" in an ambush suffered it',
      'Six Hezbollah members have reportedly been killed in an ambush by the Qaida-linked al-Nusra Front in the Qalamoun region.',
      { type: 'Battles', actor1: 'hts', actor2: 'hezbollah', fatalities: 6 },
    ],
    [
      'the dead quoted, the quote closed before the fight they fell in, suffered it',
      '"Two Hezbollah members were killed yesterday and six others were injured" during clashes with al-Nusra Front in Qalamoun, the Observatory said.',
      { type: 'Battles', actor1: 'hts', actor2: 'hezbollah', fatalities: 2 },
    ],
    [
      'a city a town lies between is not where the act was; "government war planes" are the state\'s',
      'Iraqi forces retook Ramadi on Tuesday. In IS-controlled Fallujah, which lies about half way between Ramadi and Baghdad, 30 civilians were killed on Tuesday when government war planes bombed residential areas.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'iraqi-government', actor2: 'civilians', location: 'Fallujah', fatalities: 30 },
    ],
    [
      '"the warplanes kill" is an air strike',
      'The warplanes kill 4 children and two women in Maarrat al-Numan city in the south of Idlib',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor2: 'civilians', fatalities: 6 },
    ],
    [
      'the number of fatalities "has jumped to" a figure is the toll',
      'The number of fatalities in the regime rocket attacks on Ariha has jumped to seven, including four children.',
      { type: 'Explosions/Remote violence', actor1: 'syrian-government', location: 'Ariha', fatalities: 7 },
    ],
    [
      '"fired scores of rockets" is shelling',
      'The rebels fired scores of rockets on the Hama military airport on Sunday.',
      { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', actor1: 'syrian-rebels', location: 'Hama' },
    ],
    [
      '"targeted with rocket shells" is shelling',
      'Terrorists of the so-called Jaish al-Islam targeted with rocket shells a number of residential neighborhoods in Damascus city.',
      { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', actor1: 'jaysh-al-islam', location: 'Damascus' },
    ],
    [
      'a motorcycle bomb is a bomb',
      'The YPG said it targeted the Hamza Brigade on Monday with a motorcycle bomb in the village of Basutah.',
      { type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED', actor1: 'sdf', location: 'Basutah' },
    ],
    [
      '"the village of Benin" in a story of Idlib is no city of Nigeria; "Suqur al-Sham" is of the National Liberation Front',
      'Syrian troops shelled Idlib on Tuesday. A unit of Russian special forces raided a position of Turkish-backed Suqur al-Sham near the village of Benin, killing four members of the group.',
      { type: 'Battles', actor1: 'russia', actor2: 'national-liberation-front', location: 'Benin', fatalities: 4 },
    ],
    [
      'soldiers whose lives an assault "claimed" are the state\'s',
      'On Saturday, jihadists carried out an assault in Syria\'s Idlib province that claimed the lives of at least 11 soldiers.',
      { type: 'Battles', actor2: 'syrian-government', fatalities: 11 },
    ],
    [
      '"Turkiye\'s National Intelligence Organization" is Turkey\'s',
      'Last Friday, Turkiye\'s National Intelligence Organization said it neutralized a senior PKK official in the Makhmour camp.',
      { type: 'Battles', actor1: 'turkey', actor2: 'pkk', location: 'Makhmour' },
    ],
    [
      'clashes that "kill" men of two sides are a fight between them',
      'Clashes kill Iraqi forces and ISIS members north of Baghdad',
      { type: 'Battles', sub: 'Armed clash', actor1: 'iraqi-government', actor2: 'islamic-state' },
    ],
    [
      'storming an army\'s defences is an assault, not a taking',
      'ISIS began the offensive by storming the Syrian army\'s defences at the southern axis of the Deir Ezzor airport on Wednesday.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'islamic-state', actor2: 'syrian-government' },
    ],
    [
      'the aircraft "of" a side are its own',
      'On Saturday, the aircraft of the anti-Daesh coalition carried out four airstrikes against the positions of the Syrian army at the Deir ez-Zor airport, leaving 62 soldiers killed.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'us-led-coalition', actor2: 'syrian-government', fatalities: 62 },
    ],
    [
      '"killed and injured" many of a side is done to that side',
      'The Syrian army killed and injured large numbers of Islamic State terrorists in operations in the countryside of Hama.',
      { type: 'Battles', actor1: 'syrian-government', actor2: 'islamic-state' },
    ],
    [
      'a "suicide truck bombing" is a suicide bombing',
      'More than 40 people have been killed in the city of Qamishli after a massive suicide truck bombing claimed by Islamic State.',
      { type: 'Explosions/Remote violence', sub: 'Suicide bomb', actor1: 'islamic-state', location: 'Qamishli', fatalities: 40 },
    ],
    [
      '"targeted a military checkpoint" is an attack on it',
      'The security forces stated that four members of ISIS cells riding motorcycles targeted a military checkpoint in the Al-Kasrat area south of Raqqa on Tuesday.',
      { type: 'Battles', sub: 'Armed clash', actor1: 'islamic-state', location: 'Raqqa' },
    ],
    [
      'militants "of" a side are its own',
      'On Saturday, militants of al-Nusra Front targeted headquarters of the Syrian regime in the Qalamoun area.',
      { type: 'Battles', actor1: 'hts', actor2: 'syrian-government', location: 'Qalamoun' },
    ],
    [
      'clashes between a side and its unnamed allies against a third: the side fights the third',
      'Clashes continued between regime forces and militiamen loyal to them against Jaysh al-Islam on the outskirts of Douma.',
      { type: 'Battles', actor1: 'syrian-government', actor2: 'jaysh-al-islam' },
    ],
    [
      'clashes between a side and the rebels it backs against a third: the pair fights the third',
      'Clashes between Turkish troops and Turkey-backed Syrian rebels against Islamic State militants grew heavier in the centre of al-Bab on Wednesday.',
      { type: 'Battles', actor1: 'turkey', actor2: 'islamic-state', location: 'Al-Bab' },
    ],
    [
      '"nerve gas" fired on a district is a chemical attack',
      'Dozens of people died on Wednesday after government forces fired nerve gas on opposition-held suburbs of Damascus, activists said.',
      { type: 'Explosions/Remote violence', sub: 'Chemical weapon', actor1: 'syrian-government', location: 'Damascus' },
    ],
    [
      'a blast dated by "the first since the city was retaken from" a side: that side is no party to the blast',
      'A car bomb went off near a cafe in western Mosul on Friday, police said, the first such blast since the city was retaken from the Islamic State group.',
      { type: 'Explosions/Remote violence', actor1: 'unidentified-armed-group', actor2: null, location: 'Mosul' },
    ],
    [
      'a ceremony "targeted with drones" is a drone strike',
      'Islamic State militants targeted the graduation ceremony of military college officers in Homs with drones carrying explosives on Thursday.',
      { type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'islamic-state', location: 'Homs' },
    ],
    [
      '"bombardments" by a state are its shelling',
      'Turkish bombardments against a village in Zakho have killed eight Arab tourists and injured two dozen more, medics said.',
      { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', actor1: 'turkey', actor2: 'civilians', location: 'Zakho', fatalities: 8 },
    ],
    [
      'men "killed or wounded in the bombardments" suffered them',
      'Several ISIS members were killed or wounded in the bombardments near Deir ez-Zor on Monday, FNA reported.',
      { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', actor1: null, actor2: 'islamic-state' },
    ],
    [
      'the dead of an offensive are not those of the bombardment the area "saw" before it',
      'The Kurdish-led forces said 38 ISIS fighters had been killed in the offensive on the last enclave in Baghuz after the area saw heavy bombardment overnight.',
      { type: 'Battles', actor2: 'islamic-state', location: 'Baghuz', fatalities: 38 },
    ],
    [
      'the side that announces its dead did not kill them; "a Kurdish rebel attack on troops" in Turkey is the PKK\'s',
      "Turkey's military announced Monday that 16 soldiers were killed in a Kurdish rebel attack on troops in Hakkari province in southeast Turkey.",
      { type: 'Battles', actor1: 'pkk', actor2: 'turkey', location: 'Hakk', fatalities: 16 },
    ],
    [
      '"Rockets fired by" a side that killed people are its shelling',
      'Rockets fired by rebels killed six civilians in Aleppo on Sunday.',
      { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', actor1: 'syrian-rebels', actor2: 'civilians', fatalities: 6 },
    ],
    [
      'the men of a side killed, with an aside of who they were before the verb, suffered the act',
      'Three members of the Kurdish peshmerga forces, including a senior commander, were killed in Tuz Khurmatu on Saturday.',
      { type: 'Battles', actor1: null, actor2: 'peshmerga', location: 'Tuz Khurmatu', fatalities: 3 },
    ],
    [
      'a side that "helped" another storm a city backs it',
      'Hezbollah, allied with Syrian President Bashar al-Assad, helped regime forces storm the rebel-held city of Qusayr on Sunday.',
      { type: 'Battles', sub: 'Government regains territory', actor1: 'syrian-government', actor2: 'syrian-rebels', assoc1: ['hezbollah'], location: 'Qusayr' },
    ],
    [
      'the place a possessive place holds is where it happened ("the Kurdistan Region\'s Zakho")',
      'Turkish bombardments against a resort village in the Kurdistan Region’s Zakho have killed eight tourists, medics said.',
      { type: 'Explosions/Remote violence', actor1: 'turkey', location: 'Zakho', fatalities: 8 },
    ],
    [
      'who was killed when rockets struck did not fire them',
      'A U.S.-led coalition contractor was killed and an unknown number of other civilians were wounded when a barrage of rockets struck outside an airport in northern Iraq, officials said.',
      { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', actor1: null, actor2: 'civilians' },
    ],
    [
      '"an officer and six others were killed when militants attacked": the militants killed them, seven in all',
      'A senior Iraqi army officer and six others were killed overnight when Islamic State militants attacked a military headquarters near Haditha, officials said on Tuesday.',
      { type: 'Battles', actor1: 'islamic-state', actor2: 'iraqi-government', location: 'Haditha', fatalities: 7 },
    ],
    [
      'bombers that "blew themselves up" are no side named before the comma',
      '"The security forces shot one of them dead in Kirkuk, the other three blew themselves up," the mayor said.',
      { type: 'Explosions/Remote violence', sub: 'Suicide bomb', actor1: 'unidentified-armed-group' },
    ],
    [
      '"opposition groups" that take checkpoints are the rebels',
      'Opposition groups captured 12 regime checkpoints in the eastern countryside of Daraa on Thursday.',
      { type: 'Battles', sub: 'Non-state actor overtakes territory', actor1: 'syrian-rebels', actor2: 'syrian-government', location: 'Daraa' },
    ],
    [
      'a side that says what an attack did did not do it',
      'Diplomats met to discuss reports of a chemical attack near Damascus on Wednesday that rebels say killed hundreds of people.',
      { type: 'Explosions/Remote violence', sub: 'Chemical weapon', actor1: null, actor2: 'civilians' },
    ],
    [
      'a side that accuses another of an attack did not carry it out',
      "Rebels have accused the president's forces of launching chemical attacks near Damascus on April 10, killing as many as 1,300 people.",
      { type: 'Explosions/Remote violence', sub: 'Chemical weapon', actor1: null, location: 'Damascus', fatalities: 1300 },
    ],
    [
      '"fellow" fighters the bombers cleared the way for are their own, not their target',
      'Two Islamic State suicide bombers blew up cars at the gates of Kobani on Thursday, clearing the way for fellow rebels to storm the town.',
      { type: 'Explosions/Remote violence', sub: 'Suicide bomb', actor1: 'islamic-state', actor2: null, location: 'Kobani' },
    ],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const events = extract(text);
      expect(events.some((e) => matches(e, expected)), summary(events).join('\n')).toBe(true);
    });
  }

  it('an act told "west of" a city is at the town the report names when it tells the act again', () => {
    const text = 'A suicide car bomb struck buses carrying evacuees west of Aleppo on Saturday, killing at least 100 people. The blast in Rashidin, a rebel-held district, also wounded dozens.';
    expect(extract(text, '2017-04-16').map((e) => [e.sub_event_type, e.location?.name, e.fatalities?.best])).toEqual([['Suicide bomb', 'Rashidin', 100]]);
  });

  it('the dead told after an agreement are no toll of the agreement', () => {
    const events = extract('The government announced on Sunday a final evacuation deal with the rebels in Waer. Both passengers were killed in the car explosion, SANA said.');
    expect(events.map((e) => [e.sub_event_type, e.fatalities?.best ?? null])).toEqual([['Agreement', null]]);
  });

  it('"He said" tells of blasts; it does not make the last event\'s sides set them off', () => {
    const events = extract('Iraqi forces retook the village of Bashir south of Kirkuk from Islamic State militants on Monday. He said the blasts leveled several buildings in Kirkuk.');
    expect(events.filter((e) => e.location?.name === 'Kirkuk').map((e) => e.actor1?.id)).not.toContain('iraqi-government');
  });

  it('the side that says "armed terrorist groups" struck is not the striker', () => {
    const events = extract('The Syrian army said earlier that "armed terrorist groups this afternoon targeted the ceremony in Homs with drones carrying explosives."');
    expect(events.map((e) => e.actor1?.id)).not.toContain('syrian-government');
  });

  it('the tellers of a blast, "the Observatory and police", are no side of it', () => {
    const events = extract('The blasts in Tartus were caused by a car bomb and two suicide bombers on Monday, the Observatory and police said.');
    expect(events.map((e) => e.actor1?.id)).not.toContain('syrian-government');
  });

  it('a claim of responsibility that names the bombing reaches back past the description of the place', () => {
    const text =
      'A car bomb went off in a crowded shopping street in the Karrada district of Baghdad shortly after midnight on Sunday, killing at least 115 people. ' +
      'Karrada is a major commercial area lined with clothing stores and cafes. Most of the victims were inside a shopping mall, police said. ' +
      'It was among the worst single bombings in more than a decade. "It was like an earthquake," said a street vendor. ' +
      'The Islamic State group swiftly claimed responsibility for the bombing in a statement posted online.';
    const blast = extract(text, '2016-07-03').find((e) => e.fatalities?.best === 115);
    expect(blast?.actor1?.id).toBe('islamic-state');
  });

  it('where a teller spoke from is no place of the act', () => {
    const events = extract('SDF fighters pressed into Baghuz on Monday. "Coalition forces have carried out about 30 air strikes on defence positions," she said, speaking from the Turkish border town of Gaziantep.', '2019-03-12');
    expect(events.length).toBeGreaterThan(0);
    expect(events.map((e) => e.location?.name)).not.toContain('Gaziantep');
  });

  it('two reports of one strike, dated only by the days they were told, are one strike', () => {
    const text =
      'Twenty Turkish soldiers have been killed in an air strike by the Syrian regime in Idlib province, a Turkish official said on Thursday. ' +
      'An air strike by Syrian government forces in Idlib killed at least 33 Turkish troops, the governor of Hatay said early on Friday.';
    expect(summary(extract(text, '2020-02-28'))).toEqual(['Explosions/Remote violence/Air/drone strike syrian-government->turkey @Idlib 2020-02-27 †33']);
  });

  it('the taking a blast is counted from is no event, nor its loser a side of the blast', () => {
    expect(summary(extract('A bomb attack hit Mosul on Friday, the first since the city was retaken from ISIS.'))).toEqual(['Explosions/Remote violence/Remote explosive/landmine/IED unidentified-armed-group->undefined @Mosul 2016-06-03 †undefined']);
  });

  it('the death toll "in" a side\'s attacks names their author, not their target', () => {
    const events = extract('The death toll in coordinated Islamic State group attacks in the southern province of Sweida rose on Thursday.');
    expect(events.map((e) => [e.actor1?.id, e.actor2?.id ?? null, e.location?.name])).toEqual([['islamic-state', null, 'Suwayda']]);
  });

  it('the dead, and the wounded told "while" in the attack that hit them, are one act\'s', () => {
    const events = extract('Nine civilians were killed among them two children while 30 civilians were injured in terrorist attacks with rocket shells on neighborhoods in Aleppo city on Sunday.', '2016-07-25');
    expect(summary(events)).toEqual(['Explosions/Remote violence/Shelling/artillery/missile attack unidentified-armed-group->civilians @Aleppo 2016-07-24 †9']);
  });

  it('the town a taking names without its name is the one "the town of" names next; "it" is that town; the side that had seized it lost it', () => {
    const text =
      'Syrian army retakes village near Hama road from rebels\n\n' +
      'Syrian government forces backed by Russian air strikes recaptured a village seized by rebels near the road to Hama, a monitor said on Thursday. ' +
      'The village of Kernaz is located some 25 km northwest of Hama city. Rebels captured it three days ago, the monitor said.';
    expect(summary(extract(text, '2016-02-25'))).toEqual([
      'Battles/Government regains territory syrian-government->syrian-rebels @Kernaz 2016-02-25 †undefined',
      'Battles/Non-state actor overtakes territory syrian-rebels->syrian-government @Kernaz 2016-02-22 †undefined',
    ]);
  });

  it('a headline\'s town told without its name or article is the town the body names', () => {
    const text =
      'Syrian government retakes town near Aleppo road from Islamic State\n\n' +
      'Syrian government forces recaptured a town seized by Islamic State near the road used by the army to reach Aleppo, a monitor said on Thursday. ' +
      'The town of Khanaser is located some 50 km southeast of Aleppo city.';
    expect(extract(text, '2016-02-25').map((e) => [e.sub_event_type, e.actor2?.id, e.location?.name])).toEqual([['Government regains territory', 'islamic-state', 'Khanāşir']]);
  });

  it('the side that had seized a place retaken is the side it is retaken from', () => {
    const [e] = extract('Government forces recaptured a village seized by rebels in Hama province on Thursday.', '2016-02-25');
    expect([e?.sub_event_type, e?.actor1?.id, e?.actor2?.id]).toEqual(['Government regains territory', 'syrian-government', 'syrian-rebels']);
  });

  it('where "the town, which lies" is told is no place of the act on the town', () => {
    const events = extract('Daesh militants have retaken nearly half of Bukamal in eastern Syria, a monitor said on Friday. Syrian regime forces had recaptured the town, which lies on the border with Iraq in the eastern Deir Ezzor province, from the militants on Thursday.', '2017-11-10');
    expect(events.map((e) => [e.sub_event_type, e.location?.name])).toEqual([['Non-state actor overtakes territory', 'Al Bukamal'], ['Government regains territory', 'Al Bukamal']]);
  });

  it('"the ultra hardline militants" are the militants named before', () => {
    const events = extract('At least 37 Islamic State fighters were killed in air strikes by the U.S.-led coalition near Raqqa, a monitor said. The ultra hardline militants had retaken from Kurdish forces the town of Ain Issa on Monday, the monitor said.', '2015-07-07');
    expect(events.map((e) => [e.sub_event_type, e.actor1?.id, e.actor2?.id])).toEqual([['Air/drone strike', 'us-led-coalition', 'islamic-state'], ['Non-state actor overtakes territory', 'islamic-state', 'sdf']]);
  });

  it('barrel bombs dropped on a quarter the gazetteer does not know are the air force\'s of the story\'s country', () => {
    const events = extract('Syrian regime helicopters dropped barrel bombs on Aleppo on Sunday, killing 30 people. Another six people died in a separate barrel bomb attack in a rebel-held area in Ashrafiyeh neighbourhood.', '2014-06-02');
    expect(events.map((e) => [e.location?.name, e.actor1?.id, e.fatalities?.best])).toEqual([['Aleppo', 'syrian-government', 30], ['Ashrafiyeh', 'syrian-government', 6]]);
  });

  it('control of the situation is no ground taken', () => {
    const events = extract('At least six members of the Hashd al-Shaabi forces were killed in an attack by ISIL in the town of Mekeeshfa on Saturday. Iraqi forces and the Hashd said they have now taken control of the situation, pushing back ISIL fighters.', '2020-07-05');
    expect(events.map((e) => e.sub_event_type)).toEqual(['Armed clash']);
  });

  it('whose planes struck, told in the sentence after, is the strike\'s author', () => {
    const [e] = extract('Heavy air strikes on the rebel-held city of Idlib killed 20 people on Monday, the Syrian Observatory said. The war monitor said it believed the planes were Russian.', '2016-05-31');
    expect([e?.sub_event_type, e?.actor1?.id, e?.fatalities?.best, e?.evidence.length]).toEqual(['Air/drone strike', 'russia', 20, 2]);
  });

  it('action a government has taken is no ground taken', () => {
    const text = 'Speaking from Baghdad the Foreign Secretary said ISIL is a brutal terrorist group unrepresentative of the people of Iraq. The action the UK has taken to date shows the UK will play its part in standing with the Iraqi people in their fight against ISIL.';
    expect(extract(text, '2014-10-13').map((e) => e.sub_event_type)).toEqual([]);
  });

  it('the dateline city with its country, and where the tellers are, are not where the act was', () => {
    const text =
      'ARBIL, Iraq: A Turkish drone strike killed at least four members of the Kurdistan Workers\' Party (PKK) in northern Iraq on Sunday, authorities in the autonomous Kurdistan region said.\n\n' +
      'A senior official from the Kurdistan Workers\' Party and three fighters were killed when a Turkish army drone targeted their vehicle in the Jal Mir region on Mount Sinjar, the counter-terrorism services said.';
    expect(extract(text, '2023-09-18').map((e) => [e.actor1?.id, e.actor2?.id, e.location?.name])).toEqual([['turkey', 'pkk', 'Mount Sinjar']]);
  });

  it('a dateline with an abbreviated month is where the story was filed, and a headline "in NE Syria" is in Syria', () => {
    const text =
      'SDF commander killed in drone attack in NE Syria\n\n' +
      'TEHRAN, Apr. 14 (MNA) - One of the commanders of the Syrian Democratic Forces (SDF) was killed in a drone attack in Qamishli city in northeastern Syria.';
    expect(extract(text, '2023-04-14').map((e) => [e.actor2?.id, e.location?.name])).toEqual([['sdf', 'Qamishli']]);
    const unplaced = 'SDF commander killed in drone attack\n\nTEHRAN, Apr. 14 (MNA) - Media sources reported that an SDF commander was killed in a drone attack on Friday.';
    expect(extract(unplaced, '2023-04-14').map((e) => e.location?.name ?? null)).not.toContain('Tehran');
  });

  it('where a victim came from is not where she was killed', () => {
    const text = 'Three Iraqis were killed in violence inside the al-Hol camp, a monitor said on Saturday. A woman originally from the northern Iraqi city of Mosul died of bullet wounds on Saturday.';
    expect(extract(text, '2021-11-13').map((e) => e.location?.name ?? null)).not.toContain('Mosul');
  });

  it('the act a report tells again names the target the first telling left out', () => {
    const text = 'Five soldiers were killed and wounded in an ISIS attack on the outskirts of Khanaqin. The source said that ISIS terrorists attacked a security point of the Iraqi army with sniper weapons, killing a soldier.';
    expect(summary(extract(text, '2021-09-15'))).toEqual(['Battles/Armed clash islamic-state->iraqi-government @Khanaqin 2021-09-15 †1']);
  });

  it('a village named again with its article capitalised is the same village', () => {
    const text = 'At least 13 people were killed in an ISIS attack in al-Rashad village in Diyala on Tuesday. A police officer said ISIS terrorists attacked the village of Al-Rashad with sniper rifles.';
    expect(extract(text, '2021-10-27')).toHaveLength(1);
  });

  it('"A day later" is the day after the one the sentence before names', () => {
    const text = 'On Wednesday, the Turkish president threatened a new offensive against the YPG. A day later, a Turkish soldier was killed in the Afrin region after coming under fire from the YPG.';
    expect(summary(extract(text, '2018-12-17'))).toEqual(['Battles/Armed clash sdf->turkey @Afrin 2018-12-13 †1']);
  });

  it('an agency and its city on a line of their own are the dateline, not where it happened', () => {
    const text = 'Shafaq News – Damascus\n\nDruze fighters clashed with Bedouin tribesmen in Syria\'s southern Sweida province on Sunday.';
    expect(extract(text, '2025-07-13').map((e) => e.location?.name)).toEqual(['Suwayda']);
  });

  it('the dead one more of those just counted, and where she came from, are the act told', () => {
    const text =
      'Three civilians were killed on Saturday in Turkish shelling of the Kurdish-controlled city of Tal Rifaat, north of Aleppo. ' +
      'The Observatory reported three civilians were killed and eleven wounded. Two of them were children. ' +
      'The third person who died, Nazliye Mustafa, was originally from Afrin, according to Hawar News Agency, an outlet affiliated with the Syrian Democratic Forces (SDF).';
    expect(summary(extract(text, '2021-01-23'))).toEqual(['Explosions/Remote violence/Shelling/artillery/missile attack turkey->civilians @Tal Rifaat 2021-01-23 †3']);
  });

  it('the town a report told again names is where the act in a province was', () => {
    const text =
      'Eight children were among 11 civilians killed Monday in a Turkish artillery attack that hit near a school in a northern Syrian town in Aleppo province, a war monitor said. ' +
      'The shelling on Tal Rifaat, controlled by local Kurdish fighters, wounded 21 others.';
    expect(extract(text, '2019-12-03').map((e) => e.location?.name)).toEqual(['Tal Rifaat']);
  });

  it('a headline that counts a part of the dead the report counts whole is the same act', () => {
    const text = 'Eight children killed in Turkish artillery strike in Tal Rifaat\n\nAt least 11 Kurdish civilians were killed on Monday in a Turkish artillery attack in Aleppo province, including eight children.';
    expect(summary(extract(text, '2019-12-03'))).toEqual(['Explosions/Remote violence/Shelling/artillery/missile attack turkey->civilians @Tal Rifaat 2019-12-02 †11']);
  });

  it('one count at a city and the same count at a part of it, told together, are one act', () => {
    const text =
      'Syria news roundup\n\nAleppo bomb blast kills six Syrian state TV. A bomb blast killed six people and injured 11 in the Salah al-Din district of Aleppo Syrian state television reported without giving further details. ' +
      'Salah al-Din is located west of Aleppos Old City in a district that was part of the last rebel enclave there.';
    expect(extract(text, '2013-04-06').map((e) => e.location?.name)).toEqual(['Salaheddine']);
  });

  it('the dead of acts a year\'s record counts are no event\'s', () => {
    const text = 'So far this year ISIS has conducted at least 50 operations in the Syrian desert, including ambushes and explosions. These attacks have killed 101 members of the Syrian army and ten civilians.';
    expect(summary(extract(text, '2024-02-24'))).toEqual([]);
  });

  it('the dead of similar attacks told after an act are not its dead', () => {
    const text = 'Three rocket shells fired by terrorists landed in the neighborhood of al-Jamiliyeh in Aleppo, leaving a woman dead. Similar terrorist attacks that took place in Aleppo city in the past 48 hours killed 10 people.';
    expect(extract(text, '2016-04-05').map((e) => e.fatalities?.best ?? null)).toEqual([1]);
  });

  it('the dead "also killed in a strike" told after a side\'s strikes are its strike\'s', () => {
    const text = 'Russian air strikes on Sunday killed at least 11 people in Jisr al-Shughur. Six civilians were killed in the market, a monitor said. The strikes hit the city at dawn. One civilian and one rebel fighter were also killed in a strike on the outskirts of Idlib city.';
    expect(extract(text, '2023-06-26').find((e) => e.location?.name === 'Idlib')?.actor1?.id).toBe('russia');
  });

  it('a headline\'s massacre by a side is the strike the story tells of it', () => {
    const text = 'Russia Strikes a Market in Jisr al-Shughur, Resulting in a Massacre\n\nRussian fighter jets attacked a vegetable market on the outskirts of Jisr al-Shughur early Sunday morning, killing seven people.';
    expect(extract(text, '2023-06-25')).toHaveLength(1);
  });

  it('a dateline city, its region and country are where the story was filed', () => {
    const text = 'ERBIL, Kurdistan Region of Iraq – The SDF said its units targeted an ISIS terrorist cell on Thursday, resulting in the arrest of three terrorists.';
    expect(extract(text, '2024-05-02').map((e) => e.location?.name)).not.toContain('Erbil');
  });

  it('a civilian and a fighter killed together are the strike\'s dead, not two sides that fought', () => {
    const [e] = extractArticle('One civilian and one rebel fighter were killed in a strike on the outskirts of Idlib city.', { referenceDate: '2023-06-26', explain: true }).events;
    expect([e?.actor2?.id, e?.explain?.actor2]).toEqual(['syrian-rebels', 'role.passive-subject-suffered']);
  });

  it('those the arrested are said to have attacked are not the arrests\' target', () => {
    const text =
      'ERBIL, Kurdistan Region of Iraq – The Kurdish-led Syrian Democratic Forces (SDF) announced on Thursday that they arrested three suspected Islamic State (ISIS) operatives in two "precise security operations" in the eastern Deir ez-Zor province. ' +
      'The raids, conducted in cooperation with the US-led global coalition against ISIS, took place near the town of Busayrah in Deir ez-Zor, according to an SDF statement. ' +
      '"During the first operation … our units targeted an ISIS terrorist cell, resulting in the arrest of a terrorist proven to be involved in attacks against our forces and civilians in the area," the Kurdish-led force said.';
    expect(extract(text, '2024-05-02').map((e) => e.actor2?.id)).not.toContain('civilians');
  });

  it('a backer a relative clause makes the subject of strikes carried them out', () => {
    const text =
      'Five ISIS militants were killed by Iraqi forces in Tarmiyah district, north of Baghdad, the Security Media Cell said on Saturday. ' +
      "The operation was carried out by Baghdad Operations Command units, the Popular Mobilization Forces (PMF), and the tribal militia Hashd al-Ashairi, with assistance from Iraq's air force, which conducted four airstrikes in the area, the Cell said.";
    expect(extract(text, '2021-02-20').find((e) => e.sub_event_type === 'Air/drone strike')?.actor1?.id).toBe('iraqi-government');
  });

  it('"our forces" in a side\'s statement are that side\'s', () => {
    const text = '"Violent clashes between our forces and the terrorist attackers erupted in al-Hasaka, during which our forces managed to retake several points," said the SDF statement on Saturday.';
    expect(extract(text, '2022-01-22').map((e) => [e.sub_event_type, e.actor1?.id])).toEqual([['Non-state actor overtakes territory', 'sdf']]);
  });

  it('the Sinjar Resistance Units are a side of their own, the PKK\'s affiliate', () => {
    const text = 'Turkish drone bombs YBS target in Sinjar district\n\nA Turkish drone targeted a vehicle belonging to the Sinjar Resistance Units (YBS) in Bare village in Sinjar on Sunday evening.';
    const [e] = extract(text, '2020-11-09');
    expect([e?.actor1?.id, e?.actor2?.id, e?.actor2?.group]).toEqual(['turkey', 'ybs', 'pkk']);
  });

  it('a dateline\'s city and the region told after it are where the story was filed', () => {
    const text =
      'ERBIL, Kurdistan Region - A woman was shot dead in the al-Hol camp on Wednesday by members of ISIS. ' +
      'She is reported to be originally from Aleppo, and the wife of a man who was also killed in the camp earlier this week.';
    const places = extract(text, '2022-07-14').map((e) => e.location?.name ?? null);
    expect(places).toContain('Al-Hol');
    expect(places).not.toContain('Aleppo');
    expect(places).not.toContain('Erbil');
    expect(places).not.toContain('Kurdistan Region');
  });

  it('an act told ", six days after" the main one is dated so many days before it, at "the town" the sentence named', () => {
    const text = 'Syria\'s army recaptured Deir Attiyeh on Thursday, state television said, six days after rebel fighters seized the town on the strategic highway between Damascus and the central city of Homs.';
    const seized = extract(text, '2017-10-05').find((e) => e.sub_event_type === 'Non-state actor overtakes territory');
    expect([seized?.actor1?.id, seized?.location?.name, seized?.date.start]).toEqual(['syrian-rebels', 'Dayr ‘Aţīyah', '2017-09-29']);
  });

  it('a headline at a country sums up the acts the story tells in it, and joins the first; a strike "conducted" alone is one', () => {
    const text =
      'Coalition strikes continue against ISIS in Syria, Iraq\n\n' +
      'Yesterday in Syria, coalition military forces conducted a strike against ISIS targets near Abu Kamal.\n\n' +
      'On Dec. 15, coalition military forces conducted five strikes consisting of seven engagements against ISIS targets near Shadaddi.\n\n' +
      'On Dec. 16 in Iraq, coalition military forces conducted two strikes against ISIS targets near Rutbah.';
    expect(extract(text, '2017-12-18').map((e) => [e.location?.name, e.date.start])).toEqual([['Al Bukamal', '2017-12-17'], ['Rutba', '2017-12-16'], ['Shaddadi', '2017-12-15']]);
  });

  it('the side a later sentence says carried out the strike just told is its author', () => {
    const text = 'A drone strike killed two senior commanders of an al-Qaeda-linked group near Idlib on Sunday. The monitor said the strike was believed to have been carried out by the US-led coalition.';
    expect(extract(text, '2020-06-14').map((e) => [e.sub_event_type, e.actor1?.id, e.evidence.length])).toEqual([['Air/drone strike', 'us-led-coalition', 2]]);
  });

  it('a headline\'s bare killing with a toll is the body\'s violent act of that toll in its province; a hostage "possibly" taken is no abduction', () => {
    const text =
      'ISIS militants kill 4 Kakei Kurds in southern Kirkuk\n\n' +
      'Islamic State militants attacked the house of a Kakei Kurd in the village of Liheb near Daquq early on Thursday, killing four people. ' +
      'Five people are also reported missing, possibly taken hostage by the group.';
    expect(extract(text, '2017-07-27').map((e) => [e.sub_event_type, e.actor1?.id, e.fatalities?.best, e.evidence.length])).toEqual([['Attack', 'islamic-state', 4, 2]]);
  });

  it('a headline already told at its place by the body does not join another act of the same toll', () => {
    const text =
      'Syrian Army Kills Terrorist Commander on Barrens of Assal Al-Ward in Qalamoun\n\n' +
      'The Syrian army targeted the militants gatherings on the barrens of Assal Al-Ward in Qalamoun killing the terrorist commander Abu Taha, sources said. ' +
      'The sources added that Karam Ammoun, another terrorist leader, was also killed after he had earlier been injured by the Syrian army\'s shelling onto Nusra sites on Flita barrens in Qalamoun in Damascus countryside.';
    expect(extract(text, '2014-11-15').map((e) => e.location?.name)).toEqual(['‘Assāl al Ward', 'Flita']);
  });

  it('the fight with "the attackers" just told is their attack told again', () => {
    const text = 'Five soldiers were killed when ISIS terrorists attacked a military checkpoint in Diyala province on Tuesday, the government said. Iraqi soldiers at the checkpoint engaged in clashes with the attackers for about half an hour, the statement said.';
    expect(summary(extract(text, '2022-08-03'))).toEqual(['Battles/Armed clash islamic-state->iraqi-government @Diyala 2022-08-02 †5']);
  });

  it('a massacre told with the rocket attacks that carried it out is one shelling', () => {
    const text = 'Monitors reported that regime forces committed a new massacre this morning, as five civilians were killed in rocket attacks on the Masbah area near al-Fuah in the countryside of Idlib.';
    expect(summary(extract(text, '2020-06-10'))).toEqual(['Explosions/Remote violence/Shelling/artillery/missile attack syrian-government->civilians @Fuaa 2020-06-10 †5']);
  });

  it('history the story recalls at a town does not take the day\'s fight there with it', () => {
    // (an undated story: the day's fight has no date the history's year could disagree with)
    const { events } = extractArticle('Two Turkish-backed fighters were killed on Friday in clashes with Kurdish forces near Afrin, a monitor said.\n\nAfrin was taken over by Turkey and Turkish-backed Syrian rebels in an offensive against Kurdish fighters of the YPG in 2018.');
    expect(summary(events)).toEqual(['Battles/Armed clash sdf->syrian-national-army @Afrin null †2']);
  });

  it('strikes of one kind told town by town after a province-wide report share its attackers, unless a drone is unidentified', () => {
    const events = extract(
      'At least 36 civilians were killed on Wednesday when regime and Russian warplanes pounded towns in Idlib province, a monitor said. ' +
        'The Syrian Observatory for Human Rights said 18 people, including six children, died in air strikes on the town of Saraqeb. ' +
        'Seven more civilians were killed in barrel bomb attacks on Khan Sheikhoun, the Britain-based monitor said. ' +
        'An unidentified drone hit a rebel position near Maarat al-Numan, killing four fighters.',
      '2017-02-15',
    );
    const by = (place: string) => events.find((e) => e.location?.name.includes(place));
    expect(by('Saraqib')?.actor1?.id, summary(events).join('\n')).toBe(by('Idlib')?.actor1?.id);
    // (barrel bombs are the Syrian air force's, whoever else flew that day)
    expect(by('Khan Sheikhoun')?.actor1?.id).toBe('syrian-government');
    expect(by('Idlib')?.actor1).toBeTruthy();
    expect(by('Maarat')?.actor1?.id).toBe('unidentified-armed-group');
  });

  it('towns told one by one after a country-wide strike report share its attackers', () => {
    const events = extract(
      'Syrian government air strikes on opposition-held towns across the country killed at least 44 people on Monday, a monitoring group said. ' +
        'In Jassem in the southern province of Daraa 16 civilians were killed in four air strikes. ' +
        'The strikes came in response to a major rebel offensive in southern Syria. ' +
        'Elsewhere air strikes on Douma, the besieged rebel-held town east of Damascus, killed at least 10 civilians.',
      '2015-02-02',
    );
    const by = (place: string) => events.find((e) => e.location?.name.includes(place));
    expect(by('Jāsim')?.actor1?.id, summary(events).join('\n')).toBe('syrian-government');
    expect(by('Douma')?.actor1?.id).toBe('syrian-government');
    // (a town of another country is not the report's; the country named after "across" is where the report's strikes fell)
    const abroad = extract('Syrian government air strikes on opposition-held towns across Syria killed at least 44 people on Monday. In Iraq air strikes on Mosul killed 10 civilians.', '2015-02-02');
    expect(abroad.map((e) => [e.actor1?.id ?? null, e.location?.name])).toEqual([
      ['syrian-government', 'Syria'],
      [null, 'Mosul'],
    ]);
  });

  it('"another" strikes after a side\'s strikes are that side\'s', () => {
    const events = extract('The US-led coalition reported Monday it had launched 10 air strikes against IS in Syria, nine near Kobani. Another 17 strikes targeted the jihadists in neighbouring Iraq, the Pentagon said.', '2015-02-02');
    expect(events.map((e) => [e.actor1?.id ?? null, e.location?.name])).toEqual([
      ['us-led-coalition', 'Kobani'],
      ['us-led-coalition', 'Iraq'],
    ]);
  });

  it('a day\'s toll of the strikes told again beats the toll of several days in the lead', () => {
    // (a page flattened to one line, dated by its own dateline)
    const events = extractArticle(
      'Syria air strikes kill dozens in rebel town Monitor AFP Wednesday 17 Sep 2014 Syrian air strikes on a besieged rebel town in the heart of the country have killed nearly 50 people over the past two days a monitoring group said on Wednesday. ' +
        '"On Tuesday 25 people including seven women and a child were killed in air strikes on Talbisseh in Homs province" the Syrian Observatory for Human Rights said adding that a rebel commander was also among the dead. ' +
        'On Monday air strikes killed 23 people in the town.',
    ).events;
    expect(events.filter((e) => e.location?.name === 'Talbiseh').map((e) => [e.date.start, e.fatalities?.best ?? null])).toEqual([
      ['2014-09-16', 25],
      ['2014-09-15', 23],
    ]);
  });

  it('a life\'s dates in a parenthesis are no killing, even told the day after', () => {
    const text = "Ziad Khalaf al-Karbouly (زياد خلف الكربولي; died 4 February 2015) a native of Al-Qa'im, was an Islamist former Iraqi officer and the son of an Iraqi tribal sheikh of the Al-Karabla clan of the Dulaim.";
    expect(summary(extract(text, '2015-02-05'))).toEqual([]);
  });

  it('an act whose clause names no place, beside a clause that names one, takes the place the next sentences tell', () => {
    const events = extract(
      'A suicide car bomb attack on buses carrying Syrians evacuated from two besieged government-held towns killed 43 people on Saturday as US-backed fighters advanced in their push towards the Daesh terror group\'s Raqqa stronghold. ' +
        'The blast targeted buses carrying residents evacuated from the northern towns of Fuaa and Kafraya. ' +
        'Bodies were still being recovered from the attack at a transit point in Rashidin west of Aleppo.',
      '2017-04-15',
    );
    expect(events.find((e) => e.sub_event_type === 'Suicide bomb')?.location?.name, summary(events).join('\n')).toBe('Rashidin');
  });

  it('"a further 19 men ... were executed" after a side\'s executions are that side\'s, not the next verb\'s', () => {
    const events = extract(
      'Islamic State militants crucified two men in the city of Mayadin for dealing with apostates, the Observatory said. ' +
        'Islamic State has made rapid gains in Syria since it seized Mosul in June. ' +
        'The Observatory said a further 19 men from the al-Sheitaat tribe were executed on Thursday on the outskirts of Deir al-Zor city.',
      '2014-08-11',
    );
    expect(events.find((e) => e.fatalities?.best === 19)?.actor1?.id, summary(events).join('\n')).toBe('islamic-state');
    // (one more victim counted with a verb after it is no "further" act: "another child were killed when helicopters dropped")
    const taduf = extract('A woman and her three children as well as another child were killed when helicopters dropped a barrel bomb on the village of Taduf in Aleppo province.', '2015-07-15');
    expect(taduf.map((e) => e.explain?.actor1 ?? null)).not.toContain('role.context-same-side');
  });

  it('one side\'s executions of the same many at one place within days are the other report\'s event told again', () => {
    const events = extract(
      'Militant group Islamic State killed 270 soldiers, guards and staff when they captured the Shaar gas field east of Homs on Thursday, a monitoring group said on Saturday. ' +
        'But on Saturday the Observatory quoted trusted sources as saying that the Islamic State had killed and executed 270 people during the assault on the gas field in Homs.',
      '2014-07-19',
    );
    expect(events.filter((e) => e.fatalities?.best === 270).length, summary(events).join('\n')).toBe(1);
  });

  it('two days joined are the span of the event, so the day before it is the same fight', () => {
    const events = extract('On Thursday Islamic State fighters mounted a counterattack against government forces near Deir Ezzor. At least 128 troops and militia were killed on Thursday and Friday as the army battled to restore control, the Observatory said.', '2017-09-30');
    expect(summary(events)).toHaveLength(1);
    expect([events[0]!.date.start, events[0]!.fatalities?.best]).toEqual(['2017-09-28', 128]);
  });

  it('a battle told by each side\'s deed, its sides named either way round, is one record', () => {
    const events = extract('Islamic State fighters captured several army positions near the town of Salamiyeh on Thursday. Syrian government forces repelled the Islamic State attack near Salamiyeh on Thursday.', '2017-05-18');
    expect(events.map((e) => [e.sub_event_type, e.actor1?.id, e.actor2?.id, e.location?.name, e.evidence.length])).toEqual([['Non-state actor overtakes territory', 'islamic-state', 'syrian-government', 'Salamiyah', 2]]);
  });

  it('an act whose words end with "the strike" tells the strike again', () => {
    const events = extract('A drone hit a Hezbollah position near the town of Sukhna in central Homs province on Monday killing eight fighters. Asked about a report that a US drone carried out the strike the spokesman for the US-led coalition said the location was outside its area of operations.', '2017-10-02');
    expect(summary(events)).toHaveLength(1);
    expect([events[0]!.actor2?.id, events[0]!.fatalities?.best]).toEqual(['hezbollah', 8]);
  });

  it('the author a report names a few sentences after the strike, what the monitors said of the site between, is its author', () => {
    const events = extract('At least 33 people were killed in an air strike on a school in the village of al-Mansoura west of Raqqa. The monitor said the building was used as a shelter for displaced people. Another group said the fate of 50 families there was unknown. Both groups believe the raid was carried out by US-led coalition jets.', '2017-03-22');
    expect(summary(events)).toEqual(['Explosions/Remote violence/Air/drone strike us-led-coalition->civilians @Al Manşūrah 2017-03-22 †33']);
  });

  it('the side of what a headline dates the blast by ("came a day after joint patrols began") is no side of the blast', () => {
    const events = extract('Car bomb hits market in Syrian border town of Tal Abyad\n\nExplosion came a day after joint Turkish-Russian patrols began in northeastern Syria\n\nAt least 13 people were killed on Saturday after a car bomb exploded at a market in Tal Abyad.', '2019-11-02');
    expect(summary(events)).toEqual(['Explosions/Remote violence/Remote explosive/landmine/IED unidentified-armed-group->civilians @Tal Abyad 2019-11-02 †13']);
  });

  it('"Tamim" alone is a district of Ramadi as much as Kirkuk\'s old name: no act is placed in Kirkuk by it', () => {
    const events = extract('Iraqi troops launched their assault on Tamim on Tuesday and IS militants were completely destroyed.', '2015-12-09');
    expect(events.some((e) => e.location?.name === 'Kirkuk'), summary(events).join('; ')).toBe(false);
  });

  it('the side whose strikes backed a storming is not the side stormed', () => {
    const events = extract('Troops stormed the town of Soran following dozens of strikes by jets believed to be Russian.', '2017-04-09');
    expect(events.some((e) => e.actor2?.id === 'russia'), summary(events).join('; ')).toBe(false);
  });

  it('areas a side captured days ago, told as what a counter-offensive targets, are no taking of the day', () => {
    const events = extract('The army launched a counter-offensive in the northern countryside of Hama, targeting the areas captured by the rebels two days ago.', '2017-04-09');
    expect(events.map((e) => e.sub_event_type), summary(events).join('; ')).toEqual(['Armed clash']);
  });

  it('the dead the fighting "has so far resulted in" are no toll of the day\'s clash told before', () => {
    const events = extract('Seven Turkish soldiers were killed in clashes with the YPG in Afrin on Saturday. The fighting has so far resulted in the death of at least 68 civilians, according to the monitor.', '2018-02-04');
    expect(events.map((e) => e.fatalities?.best ?? null), summary(events).join('; ')).toEqual([7]);
  });

  it('a figure a report corrects is no toll, and the news site "Kurdistan 24" no place', () => {
    const events = extract('Three Iraqi soldiers were killed in an ISIS ambush in Tarmiyah district on Sunday. Local reports claimed eight Iraqi soldiers were killed, but security sources told Kurdistan 24 only three were killed.', '2020-01-06');
    expect(events.map((e) => [e.location?.name, e.fatalities?.best ?? null]), summary(events).join('; ')).toEqual([['Tarmiyah', 3]]);
  });

  it('a title-case headline\'s verb "Makes" is no place', () => {
    const places = extractArticle('ISIS Seizes Checkpoints, Makes Progress Around Airport', { referenceDate: '2015-05-08' }).entities.places.map((p) => p.name);
    expect(places).not.toContain('Makes');
  });

  it('a blast told by the people it killed and by the side it targeted is one blast', () => {
    const events = extract('More than 40 people have been killed in Qamishli on Wednesday after a massive suicide truck bombing claimed by Islamic State. The truck bomb demolished the facade of the headquarters of the Kurdish militia in Qamishli.', '2016-07-28');
    expect(events.map((e) => [e.sub_event_type, e.actor1?.id, e.fatalities?.best ?? null]), summary(events).join('; ')).toEqual([['Suicide bomb', 'islamic-state', 40]]);
  });

  it('a capital a town is told to lie west of sets no scene: the act quoted after stays in the town', () => {
    const events = extract('Regime forces targeted a funeral with mortars on Thursday, killing three women in the besieged town of Madaya. Three women from the besieged town of Madaya west of the Syrian capital Damascus were killed while attending a funeral. "Regime forces targeted a funeral with mortars and artillery shells," an activist said.', '2016-08-12');
    expect(events.map((e) => e.location?.name), summary(events).join('; ')).toEqual(['Madaya']);
  });

  it('the dead of a killing told "furthermore" are no toll of the attack told before', () => {
    const events = extract('ISIS cells attacked an Asayish checkpoint east of Raqqa on Thursday morning. There were no casualties among the Asayish forces. Furthermore, unidentified gunmen murdered a driver in his house in Raqqa.', '2022-04-22');
    const attack = events.find((e) => e.event_type === 'Battles');
    expect(attack?.fatalities?.best ?? 0, summary(events).join('; ')).toBe(0);
  });

  it('a strike told "in addition" at another town stays its own record', () => {
    const events = extract('Russian warplanes struck the town of Douma on Monday, killing 12 civilians. In addition, other Russian warplanes hit the town of Hammoriyya in the Eastern Ghouta.', '2016-01-12');
    expect(events.map((e) => [e.location?.name, e.fatalities?.best ?? null]), summary(events).join('; ')).toEqual([['Douma', 12], ['Hamouriyah', null]]);
  });

  it('a car bomb and a gas attack told at one place stay two records: a car bomb delivers no gas', () => {
    const events = extract('A car bomb has killed four people in the Sumaria area in the Syrian capital Damascus on Thursday. The militants posted pictures and videos of an alleged chemical attack which they claimed the Syrian army was responsible for.', '2013-09-05');
    const bomb = events.find((e) => e.fatalities?.best === 4);
    expect(bomb?.sub_event_type, summary(events).join('; ')).toBe('Remote explosive/landmine/IED');
  });

  it('"Wednesdays explosion", its apostrophe lost, is the explosion told again', () => {
    const events = extract('A bomb exploded in the city of Qamishli on Wednesday killing five people. Wednesdays explosion came as U.S.-backed Kurdish forces pressed ahead with their offensive to take the Daesh-held town of Manbij.', '2016-06-09');
    expect(events.filter((e) => e.location?.name === 'Qamishli'), summary(events).join('; ')).toHaveLength(1);
    expect(events.some((e) => e.actor2?.id === 'sdf'), summary(events).join('; ')).toBe(false);
  });

  it('a killing by a side does not fold into another report\'s fight against that side', () => {
    const events = extract('ISIS killed more than 50 people in an attack on two villages in Hama province on Thursday. Syrian troops launched an offensive against ISIS in Hama province on Thursday.', '2017-05-18');
    const attack = events.find((e) => e.fatalities?.best === 50);
    expect([attack?.event_type, attack?.actor1?.id, attack?.actor2?.id], summary(events).join('; ')).toEqual(['Violence against civilians', 'islamic-state', 'civilians']);
  });

  it('a day\'s event named again points back however far, at an event of its kind', () => {
    const text = 'A twin bombing struck a crowd in the Kurdish city of Qamishli on Wednesday killing 44 people. Daesh claimed responsibility for the attack. The blasts leveled several buildings. Rescuers searched the rubble for survivors. Hospitals in the city appealed for blood donations. Wednesdays explosion came as U.S.-backed Kurdish forces pressed ahead with their offensive to take the Daesh-held town of Manbij further to the west of Qamishli.';
    const events = extract(text, '2016-07-27');
    expect(events.filter((e) => e.event_type === 'Explosions/Remote violence'), summary(events).join('; ')).toHaveLength(1);
    expect(events.some((e) => e.actor2?.id === 'sdf'), summary(events).join('; ')).toBe(false);
  });

  it('a side named in an aside between dashes is no side of the act told around it', () => {
    const events = extract('The recapture of Heet – located near Ain al-Asad airbase where American personnel are training Iraqi army troops – would push IS further west.', '2016-04-08');
    expect(events.map((e) => e.actor2?.id ?? null), summary(events).join('; ')).toEqual(['islamic-state']);
  });

  it('a pronoun that suffers a passive act does not continue the last act\'s author', () => {
    const events = extract('Syrian government forces have taken al-Mayadeen from Islamic State, a military source said on Saturday. The town had become a major base for Islamic State militants as they were being driven out of Raqqa by a U.S.-backed offensive.', '2017-10-14');
    expect(events.map((e) => e.location?.name), summary(events).join('; ')).toEqual(['Mayadin']);
  });

  it('a trigger in quotes after "vowed to" is a vow, as one without quotes', () => {
    const events = extract('The Nusra Front fighters, who have vowed to “liberate” the area, captured the Quneitra crossing from government forces on Wednesday.', '2014-08-28');
    expect(events.map((e) => e.sub_event_type), summary(events).join('; ')).toEqual(['Non-state actor overtakes territory']);
  });

  it('a headline\'s killing told again by the body takes the sides the body names', () => {
    const events = extract('Three killed in Khanaqin ISIS attack\n\nThree people were killed and seven wounded after ISIS militants attacked a village near Khanaqin on Wednesday night.', '2020-02-13');
    expect(summary(events)).toEqual(['Violence against civilians/Attack islamic-state->civilians @Khanaqin 2020-02-12 †3']);
  });

  it('"In one of the attacks" is by the author of the attacks just told', () => {
    const events = extract('At least ten policemen were killed on Wednesday in three attacks by Islamic State militants in Salahudin province. In one of the attacks, four suicide bombers stormed a police base in the town of Baiji.', '2017-08-16');
    expect(events.find((e) => e.location?.name === 'Baiji')?.actor1?.id, summary(events).join('; ')).toBe('islamic-state');
  });

  it('the side attacked that fought back in the same sentence fought the same fight', () => {
    const events = extract('IS militants attacked the posts of the Hashd al-Shaabi in the Zuwiyah area near Baiji, but the units fighters fought back and prevented the militants from taking the posts.', '2017-08-16');
    expect(summary(events)).toEqual(['Battles/Armed clash islamic-state->popular-mobilisation-forces @Baiji 2017-08-16 †undefined']);
  });

  it('one protest at one place and day is one record, of the most force any report tells met it', () => {
    const events = extract('Masked men gun down protesters in Nasiriyah\n\nGunmen opened fire on protesters in Nasiriyah on Thursday, killing at least 15 people. Thousands of Iraqis took to the streets of Nasiriyah on Thursday, protesting against corruption.', '2019-11-28');
    expect(summary(events)).toEqual(['Protests/Excessive force against protesters protesters->unidentified-armed-group @Nasiriyah 2019-11-28 †15']);
  });

  it('a side that tells with residents ("Residents and rebels say") is no side of what they tell', () => {
    const events = extract('Residents and rebels say warplanes, believed to be Russian, have stepped up raids on homes in several towns of north-western Syria, within 30 kilometres of the Turkish border, following the downing of a Russian jet last week.', '2015-11-30');
    expect(events.some((e) => e.actor1?.id === 'syrian-rebels' || e.actor2?.id === 'syrian-rebels'), summary(events).join('; ')).toBe(false);
  });

  it('where gunners are based is not where their shells fell when the act names the story\'s city', () => {
    const events = extract('Eight people were killed in mortar attacks in Damascus city on Wednesday. A source told SANA that terrorists based in Eastern Ghouta fired mortar shells at residential neighborhoods in the city which resulted in killing eight people.', '2016-01-06');
    expect(events.map((e) => e.location?.name), summary(events).join('; ')).toEqual(['Damascus']);
  });

  it('"the city" is the city told before, not a town, a region or a province told since', () => {
    const cases: [string, string, string][] = [
      [
        'Air strikes hit rebel-held parts of Aleppo province on Monday. Air raids believed to be Russian killed 10 civilians in the rebel-held Atareb town. Meanwhile six others were killed in government barrel bombs in the east of the city.',
        '2016-07-25',
        'Aleppo',
      ],
      [
        'Shelling on the central district of Old Damascus killed four civilians. Eastern Ghouta is one of four such zones agreed at May peace talks. SANA said four people were wounded on Saturday when two mortar rounds hit the Absasiyeen Square in the centre of the city.',
        '2017-10-15',
        'Damascus',
      ],
      [
        'DAESH holds around 60 percent of Deir Ezzor city the capital of the province of the same name which is next to the jihadist-held Raqqa province. Government forces were also fighting rebels in northern neighbourhoods of the city.',
        '2016-06-26',
        'Deir ez-Zor',
      ],
    ];
    // the act told with "the city" (the barrel bombs' six dead, the mortar rounds, the fighting) stands at the city
    const placed = cases.map(([text, published]) => extract(text, published).find((e) => e.evidence.some((ev) => /\bthe city\b/.test(ev.text)))?.location?.name);
    expect(placed).toEqual(cases.map(([, , city]) => city));
  });

  it('"the town" is the town told before, not a province or a city told since', () => {
    const fouaa = extract(
      'Two persons were injured when terrorist organizations located in Binnish and Maaret Masrin fired mortar shells on the terrorist-besieged town of al-Fouaa to the north of Idleb city according to local sources. The sources said that a number of mortar shells hit citizens houses in the town injuring a 45-years-old woman and a 9-years-old girl.',
      '2016-08-12',
    );
    expect(fouaa.map((e) => e.location?.name), summary(fouaa).join('; ')).toEqual(['Fuaa']);
    const khanSheikhun = extract(
      'One woman was killed in an air strike Saturday on the Syrian town of Khan Sheikhun site of a suspected chemical weapons attack earlier this week a monitor said. The Syrian Observatory for Human Rights said it was unclear if the strike on the rebel-held town in northwest Syrias Idlib province was carried out by Syrian planes or those of government ally Russia. The death was the first in the town since a suspected chemical weapons attack on Tuesday that killed 87 civilians.',
    );
    // (and the gas attack of Tuesday, 87 dead, is not the strike of Saturday that killed one: their tolls disagree)
    expect(khanSheikhun.map((e) => `${e.sub_event_type} @${e.location?.name} †${e.fatalities?.best}`).sort(), summary(khanSheikhun).join('; ')).toEqual([
      'Air/drone strike @Khan Sheikhoun †1',
      'Chemical weapon @Khan Sheikhoun †87',
    ]);
  });

  it('"the town" keeps a large town the article calls a town, wherever it does', () => {
    const events = extract(
      'Regime air strikes hit the rebel-held town of Douma in Eastern Ghouta on Monday. Activists said shelling also hit the nearby town of Harasta. Douma has been besieged by government forces since 2013. Residents said six civilians were killed when air strikes hit a market in the town.',
      '2017-11-20',
    );
    expect(events.find((e) => e.fatalities?.best === 6)?.location?.name, summary(events).join('; ')).toBe('Douma');
  });

  it('"the towns" that are many are no town told before', () => {
    const many = extract(
      'Turkish-backed rebels took the village of Dabiq on Sunday. Backed by Russian forces, Syrian troops recaptured the famed ancient city of Palmyra from the Islamic State militant group on Monday. Since the operation began Turkish experts and Free Syrian Army (FSA) forces supported by the Turkish military carried out detailed scans after Daesh terrorists were ousted from civilian settlements only to allow civilians return after the towns were fully secured.',
      '2016-10-20',
    );
    expect(many.filter((e) => e.location?.name === 'Dabiq'), summary(many).join('; ')).toHaveLength(1);
  });

  it('"the city" keeps a town the sentence before called the city, and not a place a source spoke from', () => {
    const manbij = extract('Syrian forces hold Deir Ezzor city. Elsewhere in Syria in Manbij US-backed Syrian Democratic Forces overran a key road junction in the citys south. The SDF had seized the silos and pushed into the city.', '2016-06-26');
    expect(manbij.map((e) => e.location?.name), summary(manbij).join('; ')).not.toContain('Deir ez-Zor');
    const qamishli = extract(
      'Dozens Martyred Injured in Qamishli ISIL Terrorist Attack. A terrorist car bomb attack killed at least 44 and injured 140 others on Wednesday in al-Qameshli city in Hasaka province. An ISIL terrorist car bomb attack killed at least 44 and injured 140 others on Wednesday in al-Qameshli city in Hasaka province. SANA news agency quoted a source in Hasaka as saying that a terrorist suicide bomber carried out the attack using a car bomb in al-Gharbiya neighborhood on the road between al-Hialiyeh roundabout and Youth City roundabout on the western part of the city. The source said that scores of people were killed and injured in the attack and that a number of residential buildings and the infrastructure in the area sustained severe damage. Medical sources in the city told SANAs reporter that al-Qamishli National Hospital and a number of private hospitals received the bodies of 44 victims as well as 140 injured people some of whom sustained severe injuries which means that the death toll is likely to rise. For its part the Takfiri ISIL group claimed responsibility for the attack. In a statement circulated on social media it said the attack was carried out by a bomber in an explosives-laden truck. The terrorist group said the attack was "a response to the crimes committed by the crusader coalition aircraft" in the town of Manbij a bastion of the Takfiri group in Syrias Aleppo province.',
      '2016-07-27',
    );
    expect(qamishli.map((e) => e.location?.name), summary(qamishli).join('; ')).toEqual(['Qamishli']);
  });

  it('a headline placed at a city joins the same event in "the neighborhood of" a part the sentence puts in that city', () => {
    const events = extract('Iranian Militias Carry out Summary Executions against Civilians in Aleppo\n\nActivists in Aleppo said that the Iranian militias summarily executed six young men in the neighborhood of Sakhour on Friday after those men returned to their homes in eastern Aleppo.', '2016-12-24');
    expect(summary(events), summary(events).join('; ')).toHaveLength(1);
    expect([events[0]!.location?.name, events[0]!.fatalities?.best]).toEqual(['Sakhour', 6]);
  });

  it('a gas attack told at a province joins the air strike said to have caused it at a town in it', () => {
    const events = extract('Posted on April 4 2017 by Asharq Al-Awsat English 58 Killed in Suspected Gas Attack in Syrias Idlib Dozens of people have been killed in Syrias northern Idlib province on Tuesday in a suspected chemical attack. The Syrian American Medical Society said it had sent a team to Khan Sheikhoun. They claimed the attack was caused by an airstrike carried out either by the regime or Russian warplanes.', '2017-04-04');
    expect(summary(events), summary(events).join('; ')).toHaveLength(1);
    expect([events[0]!.sub_event_type, events[0]!.actor1?.id, events[0]!.location?.name]).toEqual(['Chemical weapon', 'syrian-government', 'Khan Sheikhoun']);
  });

  it('a taking named again by its place\'s noun ("Seizing control over the city") is the taking told again', () => {
    const events = extract('Syrian army units fully retook the al-Qaryatain city in Homs after the remaining gatherings of ISIL were eliminated on Sunday. Seizing control over the city which is located in southeastern Homs came after the army units in cooperation with allied forces earlier advanced further inside it.', '2016-04-03');
    expect(events.map((e) => [e.sub_event_type, e.actor1?.id]), summary(events).join('; ')).toEqual([['Government regains territory', 'syrian-government']]);
  });

  it('strikes that assisted an offensive are no strike of their own', () => {
    const events = extract('About 30,000 Iraqi security force personnel, assisted by US-led coalition air strikes, launched the long-awaited offensive to retake Mosul on Monday.', '2016-10-17');
    expect(events.map((e) => e.sub_event_type), summary(events).join('; ')).toEqual(['Armed clash']);
  });

  it('the wounded told beside the dead, and the cause "as a result of" both, are one act', () => {
    const events = extract('Three civilians died on Monday, while 12 others were wounded, as a result of a car bomb explosion in Azaz.', '2016-06-04');
    expect(events.map((e) => [e.sub_event_type, e.actor2?.id, e.fatalities?.best]), summary(events).join('; ')).toEqual([['Remote explosive/landmine/IED', 'civilians', 3]]);
    // (the dead told as the subject suffered it, past the day and the wounded)
    const soldiers = extract('Two regime soldiers died on Wednesday, while six others were injured, as a result of a landmine explosion near Daraa.', '2016-06-04');
    expect(soldiers.map((e) => [e.actor1?.id ?? null, e.actor2?.id, e.fatalities?.best]), summary(soldiers).join('; ')).toEqual([[null, 'syrian-government', 2]]);
  });

  it('a side that strikes with the agent "by" is not the target, named elsewhere in the sentence', () => {
    const events = extract('Early on, the Syrian troops managed to capture two towns in northern Hama following heavy artillery and missile shelling, as well as intense aerial bombardment by the Russian and Syrian warplanes.', '2016-06-04');
    const strike = events.find((e) => e.sub_event_type === 'Air/drone strike');
    expect([strike?.actor1?.id, strike?.actor2?.id ?? null], summary(events).join('; ')).toEqual(['russia', null]);
  });

  it('a total over many places is no one town\'s toll', () => {
    const events = extract('Two more civilians were killed in regime airstrikes on the town of Maarrat Masrin in Idlib on Tuesday. In total over 40 civilians were killed in the aerial bombardment that hit at least 11 towns and villages across Idlib on Tuesday.', '2016-12-07');
    const town = events.find((e) => e.location?.name.startsWith('Ma'));
    expect(town?.fatalities?.best, summary(events).join('; ')).toBe(2);
  });

  it('a merged record never lists one of its sides among its associates', () => {
    const events = extract('Intense bombardment by the Assad regime and its ally Russia killed over 80 civilians including three children in the battleground city of Aleppo on Friday a monitor said. "At least 27 civilians including three children were killed and dozens more wounded by raids by Russian aircraft and regime helicopters on several opposition districts of Aleppo" said the Syrian Observatory for Human Rights.', '2016-09-23');
    expect(events, summary(events).join('; ')).toHaveLength(1);
    const sides = [events[0]!.actor1?.id, events[0]!.actor2?.id];
    expect(events[0]!.assoc_actor1.filter((a) => sides.includes(a.id))).toEqual([]);
    expect([sides[0], ...events[0]!.assoc_actor1.map((a) => a.id)].sort()).toEqual(['russia', 'syrian-government']);
  });

  it('both sides named after "by" before a coordinated pair are the authors', () => {
    const events = extract('Bombardment by the Russian and Assad regime air forces hit the city of Idlib on Monday.', '2016-12-07');
    expect([events[0]?.actor1?.id, ...(events[0]?.assoc_actor1.map((a) => a.id) ?? [])].sort(), summary(events).join('; ')).toEqual(['russia', 'syrian-government']);
  });

  it('the later clause of a title-case headline is another act\'s: its side is not the first act\'s author', () => {
    const events = extract('Toxic Gas Dropped on Syrian Town After Russian Helicopter is Shot Down\n\nA spokesman for the civil defence said 33 people were affected by the gas in Saraqeb in Idlib province on Monday.', '2016-08-03');
    expect(events.some((e) => e.sub_event_type === 'Chemical weapon' && e.actor1?.id === 'russia'), summary(events).join('; ')).toBe(false);
  });

  it('reports of an attack that a meeting will discuss are still the attack', () => {
    const events = extract('Saudi Arabia called on Monday for an emergency U.N. Security Council meeting to discuss reports of a chemical attack that opposition groups say killed 1300 people in Eastern Ghouta.', '2013-08-21');
    expect(events.map((e) => e.sub_event_type), summary(events).join('; ')).toContain('Chemical weapon');
  });

  it('bodies found are no toll of the event told before', () => {
    const events = extract('Iraqi forces launched an offensive against IS south of Mosul on Monday. The following day Iraqi security forces reportedly discovered the bodies of 70 civilians inside houses in the village of Tuloul Naser south of Mosul.', '2016-10-25');
    expect(events.every((e) => e.fatalities?.best !== 70), summary(events).join('; ')).toBe(true);
  });

  it('a battle and a strike between the same two sides stay two records', () => {
    const events = extract('Islamic State fighters captured several army positions near the town of Salamiyeh on Thursday. Syrian warplanes struck Islamic State positions near Salamiyeh on Thursday.', '2017-05-18');
    expect(events.map((e) => e.sub_event_type).sort()).toEqual(['Air/drone strike', 'Non-state actor overtakes territory']);
  });

  it('a unit and the side it belongs to telling one capture are one record', () => {
    const events = extract('The Syrian Arab Army liberated the Jabal Hayan hilltop west of Palmyra on Saturday after fierce clashes with ISIS militants. According to the source, the Tiger Forces stormed the hilltop in the early morning hours, killing at least 20 ISIS fighters.', '2017-02-12');
    expect(summary(events)).toHaveLength(1);
    expect([events[0]!.actor1?.id, events[0]!.fatalities?.best]).toEqual(['syrian-government', 20]);
  });

  it('a report placed at a country and dated to the day joins the one same event told at a town in it', () => {
    const events = extract('Turkish security forces neutralized seven PKK/YPG terrorists who were preparing an attack in northern Syria, the ministry said on Saturday. The terrorists were spotted near Ras al-Ain and neutralized by Turkish commandos, the ministry said.', '2020-05-16');
    expect(summary(events)).toHaveLength(1);
    expect([events[0]!.actor1?.id, events[0]!.location?.name]).toEqual(['turkey', 'Ras al-Ain']);
  });

  it('a side\'s strikes in the headline and its missiles in the lead are one attack', () => {
    const events = extract('Israeli strikes hit Iranian targets near Damascus, monitor says\n\nBEIRUT (Reuters) - Israeli missiles struck Iranian-backed militia positions near Damascus airport early on Tuesday, killing at least 11 fighters, a war monitor said.', '2019-11-20');
    expect(summary(events)).toHaveLength(1);
    expect([events[0]!.actor1?.id, events[0]!.date.start, events[0]!.fatalities?.best]).toEqual(['israel', '2019-11-19', 11]);
  });

  it('a headline placed at a province joins the one same event at a village in it', () => {
    const events = extract('18 Civilians Killed in Barrel Bomb Attack on Rural Aleppo.\n\nThe regime committed a massacre in the village of al-Bureij northeast of Aleppo where 18 civilians were killed in a barrel bomb attack on Wednesday.', '2015-07-22');
    expect(summary(events)).toHaveLength(1);
    expect(events[0]!.location?.mention).toBe('al-Bureij');
    expect(events[0]!.evidence).toHaveLength(2);
  });

  it('a side a taking names by "by" took ground, it did not lose it', () => {
    const events = extract('The capture of the Castello Road came in the wake of recent recapture of al-Mallah Farms area northwest of Aleppo by the Syrian army.');
    for (const e of events) expect(e.actor2?.id).not.toBe('syrian-government');
  });

  it('devices removed from ground taken back are no blast: the taking is the event', () => {
    const events = extract('Earlier today army units took control of al-Mazare and al-Kharroubi al-Kabir areas to the northwest of al-Qaryatain which are now completely secured after tens of explosive devices and mines were removed.');
    expect(summary(events)).toEqual([expect.stringMatching(/^Battles\/Government regains territory syrian-government->/)]);
  });

  it('a taking told after "until" is a condition, not an event', () => {
    const events = extract('Six civilians were killed in airstrikes on the town of Atareb west of Aleppo on Saturday.\n\nMember of the Syrian Coalitions political committee Yasser Farhan said that the Free Syrian Army and forces of the Syrian revolution will continue to resist the Russian and Iranian invaders until they are ousted from of all Syrian territory.', '2016-12-24');
    expect(events.filter((e) => e.event_type === 'Battles')).toEqual([]);
  });

  it('a place told as recently seized by a side describes where a strike fell; the taking is no event of its own', () => {
    const events = extract('The volunteer group said one of its most well-known members died after being buried under the rubble following a Wednesday airstrike in the Ramouseh area recently seized by rebels from government forces.', '2016-08-12');
    expect(events.map((e) => e.sub_event_type)).toEqual(['Air/drone strike']);
  });

  it('a headline told with a participle is still the taking it reports', () => {
    const events = extract('Key Syrian town Palmyra recaptured by government forces.', '2016-03-27');
    expect(events.map((e) => [e.sub_event_type, e.actor1?.id, e.location?.name])).toEqual([['Government regains territory', 'syrian-government', 'Palmyra']]);
  });

  it('who was among the dead, told at a place, belongs to the event before, not to a fight of its own', () => {
    const events = extract('Air strikes killed at least 12 civilians in Syrias Aleppo on Monday a monitor said. The Britain-based Syrian Observatory for Human Rights said five children were among the dead on Monday in the rebel-held district of Marjeh in east Aleppo.', '2016-10-17');
    expect(events.map((e) => [e.sub_event_type, e.actor2?.id, e.fatalities?.best])).toEqual([['Air/drone strike', 'civilians', 12]]);
  });

  it('a fight told in the perfect since a day is an event of those days', () => {
    const events = extract('Rebels have been fighting government forces in Daraa since Monday.', '2016-10-06');
    expect(events.map((e) => [e.sub_event_type, e.actor1?.id, e.actor2?.id, e.location?.name])).toEqual([['Armed clash', 'syrian-rebels', 'syrian-government', 'Daraa']]);
  });

  it('a clause that tells its own event keeps its sides and its dead to it', () => {
    const events = extract('A car bomb killed 12 people in Azaz on Monday, as Turkish-backed rebels advanced on al-Bab.', '2017-04-15');
    expect(events.map((e) => [e.sub_event_type, e.actor1?.id, e.actor2?.id, e.location?.name, e.fatalities?.best ?? null])).toEqual([
      ['Remote explosive/landmine/IED', 'unidentified-armed-group', 'civilians', 'Azaz', 12],
      ['Armed clash', 'syrian-national-army', undefined, 'Al-Bab', null],
    ]);
  });

  it('a place that "came under" an act is where it fell, not the place of the clause told after "as"', () => {
    const events = extract("Syria's rebel-held northwestern Idlib province came under heavy bombardment Sunday activists reported as rebels and pro-government forces battled for control of the nearby city of Aleppo.", '2016-08-14');
    expect(events[0]?.location?.name).toBe('Idlib');
    expect(events.some((e) => e.location?.name === 'Aleppo' && e.sub_event_type !== 'Armed clash')).toBe(false);
  });

  it('"while SDF fighters make gains" opens a clause that tells its own event', () => {
    const events = extract('Russian warplanes pounded rebel positions in Idlib while SDF fighters make gains in Manbij.', '2016-06-26');
    expect(events.map((e) => [e.sub_event_type, e.actor1?.id ?? null, e.location?.name])).toEqual([
      ['Air/drone strike', 'russia', 'Idlib'],
      ['Armed clash', 'sdf', 'Manbij'],
    ]);
  });

  it('"as battles rage" and "while clashes raged" open clauses of their own', () => {
    const events = extract("Warplanes pound Syria's rebel-held Idlib as battles rage in Aleppo.", '2016-08-14');
    expect(events.find((e) => e.sub_event_type === 'Air/drone strike')?.location?.name).toBe('Idlib');
  });

  it('the dead counted in another clause of the sentence are that clause\'s event\'s', () => {
    const events = extract("At least one man was killed by regime shelling while clashes raged on the city's front lines in Aleppo, the group said, adding that 11 troops were killed in Monday's fighting.", '2014-03-17');
    expect(events.find((e) => e.sub_event_type === 'Shelling/artillery/missile attack')?.fatalities?.best).toBe(1);
  });

  it('a killing told in another clause of the sentence is not the toll of the act before it', () => {
    const events = extract('A source at Aleppo Police Command told SANA that terrorists fired rocket shells at al-Hamadaniya neighborhood in Aleppo city killing one woman and injuring four others while one child was killed by a terrorist sniper\'s gunfire in Baron Street in the city.', '2016-08-12');
    expect(events.map((e) => [e.sub_event_type, e.fatalities?.best ?? null])).toEqual([
      ['Shelling/artillery/missile attack', 1],
      ['Attack', 1],
    ]);
  });

  it('those "among those killed" by the blast just told are its dead, not another blast', () => {
    const events = extract('About 30 Syrian government fighters were killed when rebels set off a bomb beneath a checkpoint in Idlib province on Monday. At least two officers were among those killed when rebels set off tonnes of explosives in a tunnel near Maarat al-Numan.', '2014-05-06');
    expect(events.map((e) => [e.sub_event_type, e.fatalities?.best, e.evidence.length])).toEqual([['Remote explosive/landmine/IED', 30, 2]]);
  });

  it('a day\'s own toll with "also among the dead" after it is that day\'s event', () => {
    const events = extract('On Monday air strikes killed 23 people in Talbiseh. "On Tuesday 25 people were killed in air strikes on Talbiseh in Homs province" the Syrian Observatory for Human Rights said adding that a rebel commander was also among the dead.', '2014-09-17');
    expect(events.map((e) => [e.date.start, e.fatalities?.best])).toEqual([['2014-09-15', 23], ['2014-09-16', 25]]);
  });

  it('a headline run into its lead at the dateline tells one toll, not two to add up', () => {
    const events = extract('10 civilians killed 15 injured in terrorist rocket attacks on Aleppo and Deir Ezzor 6 September 2016 SANA reporter in Aleppo said that 6 civilians including a woman and two children were killed by rocket shells fired by terrorist groups on al-Athamiyeh neighborhood in Aleppo city on Tuesday.', '2016-09-06');
    expect(events.map((e) => [e.location?.name, e.fatalities?.best])).toEqual([['Aleppo', 6]]);
  });

  it('another source\'s toll and a claim\'s, told paragraphs later, are the event told, and do not raise its toll', () => {
    const events = extract(
      'A suicide bomber has struck a wedding in Tall Tawil in Hasakeh province on Monday killing 32 people. Rows of seats were covered in blood. A witness said he saw a man. ' +
        'He looked strange. People had fallen on the ground. About 100 people were wounded according to the medical source. ' +
        'The Syrian Observatory for Human Rights a British-based monitoring group gave a slightly lower toll of 31 people killed. The claim which did not mention a wedding said 40 people had been killed.',
      '2016-10-04',
    );
    expect(events.map((e) => [e.sub_event_type, e.fatalities?.best, e.evidence.length])).toEqual([['Suicide bomb', 32, 3]]);
  });

  it('a headline\'s toll at the capital is the same toll told at a suburb outside the capital\'s province', () => {
    const events = extract('Fri Sep 27 2013 Bomb blast kills 60 in Damascus suburb. At least 60 people have been killed and more than 100 others injured in a car bomb explosion in the Syrian town of al-Rankus north of the capital on Friday.', '2013-09-27');
    expect(events.map((e) => [e.sub_event_type, e.location?.name, e.fatalities?.best, e.evidence.length])).toEqual([['Remote explosive/landmine/IED', 'Rankūs', 60, 2]]);
  });

  it('a headline\'s toll and another town\'s equal toll far away stay two events', () => {
    const events = extract('Fri Sep 27 2013 Bomb blast kills 6 in Damascus suburb. Six people were killed in a car bomb explosion in Homs on Friday.', '2013-09-27');
    expect(events.map((e) => e.location?.name).sort()).toEqual(['Damascus', 'Homs']);
  });

  it('a photo caption sets no scene: a strike told after it is not placed at the caption\'s place', () => {
    const events = extract('29 Jul 2016 The coalition opened a formal investigation on Wednesday. A picture taken on July 29 2016 shows a close up view of Karaj al-Hajz corridor (C) a passage in rebel-held Aleppo leading towards the Syrian government controlled area of Masharqa neighbourhood. (TRT World and Agencies) At least 15 civilians were killed and many wounded in fresh air strikes by US-led coalition in Syria on Thursday morning.', '2016-07-29');
    expect(events.map((e) => [e.sub_event_type, e.actor1?.id, e.fatalities?.best])).toEqual([['Air/drone strike', 'us-led-coalition', 15]]);
    expect(events[0]!.location?.name).not.toBe('Masharqa');
  });

  it('the second of two objects of an attack is not its attacker', () => {
    const events = extract('Militants have launched fresh rounds of attacks on civilians and security forces across Syria killing at least 12 and injuring a number of others.', '2016-04-24');
    for (const e of events) expect(e.actor1?.id).not.toBe('syrian-government');
  });

  it('what an attack came as or after is the backdrop: its recalled acts and its dead are not the attack\'s', () => {
    const qardaha = extract('A suicide bomber killed four people in a hospital in Qardaha on Sunday. The attack came as the Syrian Observatory for Human Rights reported that troops had executed 48 people earlier this week in a northern village.', '2015-02-23');
    expect(qardaha.map((e) => [e.sub_event_type, e.fatalities?.best])).toEqual([['Suicide bomb', 4]]);
    const idlib = extract('In Idlib province residents said Syrian and Russian jets bombed the rebel-held provincial capital setting fire to a market. More than 30 people were injured at least three killed according to an activist. The Idlib strikes came just days after some of the heaviest raids on residential areas for months killing more than 30 people and injuring dozens on May 31.', '2016-06-05');
    expect(idlib.filter((e) => e.location?.name === 'Idlib').map((e) => e.fatalities?.best)).toEqual([3]);
  });

  it('reports merged into one record never make a side act on itself', () => {
    const events = extract('US-led Air Strikes Kill 7 Al-Nusra Gunmen in Idlib.\n\nSeven militants from Al-Nusra Front including commanders were killed in coalition air strikes on Wednesday in Idlib.', '2015-07-09');
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.actor1?.id).not.toBe(e.actor2?.id ?? 'none');
  });

  it('an event recalled from weeks before the news is background, not a record', () => {
    const events = extract('A car bomb killed 12 people in Jaramana on Tuesday, state media said.\n\nA similar bombing in the same square on July 25 killed at least seven people.', '2013-08-08');
    expect(events.map((e) => e.date.start)).toEqual(['2013-08-06']);
  });

  it('a follow-up whose events are all older keeps them', () => {
    const events = extract('Samples from Khan Sheikhoun tested positive for sarin after the chemical attack by regime forces on April 4.', '2017-04-13');
    expect(events.map((e) => e.sub_event_type)).toEqual(['Chemical weapon']);
  });

  it('a bombing told without its author and with it is one record, the named side\'s', () => {
    const events = extract('A terrorist car bomb attack killed at least 44 people on Wednesday in Qamishli.\n\nAn ISIL terrorist car bomb attack killed at least 44 and injured 140 others on Wednesday in Qamishli.', '2016-07-28');
    expect(events.map((e) => [e.sub_event_type, e.actor1?.id])).toEqual([['Remote explosive/landmine/IED', 'islamic-state']]);
  });

  it('a claim of responsibility names the author of a bombing told as unidentified', () => {
    const events = extract('A suicide bomber killed four people in a hospital in Qardaha on Sunday.\n\nIslamic State claimed responsibility for the attack.', '2015-02-23');
    expect(events[0]?.actor1?.id).toBe('islamic-state');
  });

  it('a toll placed in another province is not the event before it', () => {
    const events = extract('Terrorist groups positioned in the Eastern Ghouta shelled al-Salhiyeh neighborhood in Damascus on Monday, killing a woman.\n\nIn Aleppo the death toll from rocket attacks on residential neighborhoods rose to 5 killed and 17 injured.', '2015-07-13');
    const ghouta = events.find((e) => e.location?.admin1 === 'Rif Dimashq' || e.location?.admin1 === 'Damascus');
    expect(ghouta?.fatalities?.best).toBe(1);
  });

  it('"warplanes either Russian or Syrian" strike as the first named; a village the gazetteer lacks lies in the story\'s one province', () => {
    const text = 'Date of publication 26 October 2016 Warplanes either Russia or Syrian carried out six strikes in the village of Hass including on a school complex a monitor has said. Airstrikes on Syrias rebel-held Idlib province hit a school and the surrounding area on Wednesday killing at least 26 civilians including many children a monitor and activists said.';
    const strikes = extractArticle(text).events.filter((e) => e.sub_event_type === 'Air/drone strike');
    expect(strikes.map((e) => [e.actor1?.id, e.location?.name, e.location?.admin1, e.fatalities?.best])).toEqual([['russia', 'Hass', 'Idlib', 26]]);
  });

  it('the act just told, told bare again, is that act; the soldiers it executed are no civilians', () => {
    const executed = extract('ISIL terror elements have executed more than 50 Syrian army troops in Raqqa after taking them captive in an ambush. The opposition organization added that most of the soldiers were summarily executed.', '2014-07-27');
    expect(executed.map((e) => [e.actor1?.id, e.actor2?.id, e.fatalities?.best])).toEqual([['islamic-state', 'syrian-government', 50]]);
    expect(extract('Most of the soldiers were summarily executed in Raqqa on Sunday.', '2014-07-27').map((e) => e.actor2?.id)).not.toContain('civilians');
    const bomb = extract('A bomb killed 18 people in the Damascus suburb of Jaramana on Tuesday. The car bomb in the suburbs Siouf square also wounded 56 people the state SANA news agency said.', '2013-08-06');
    expect(bomb.map((e) => e.fatalities?.best)).toEqual([18]);
  });

  it('strikes "under the cover of U.S.-led coalition airstrikes" back the offensive; a headline run into the lead keeps the lead\'s subject', () => {
    const text = 'US-backed Syrian fighters pressing IS gunmen in north US-backed Syrian fighters are pushing ahead in their offensive in northern Syria against members of the Islamic State group under the cover of U.S.-led coalition airstrikes. The fighting between Kurdish-led Syrian Democratic Forces and IS members on the eastern outskirts of the town of Tabqa left at least 11 extremists dead.';
    expect(extract(text, '2017-04-01').map((e) => [e.sub_event_type, e.actor1?.id, e.actor2?.id, e.assoc_actor1?.map((a) => a.id), e.fatalities?.best])).toEqual([['Armed clash', 'sdf', 'islamic-state', ['us-led-coalition'], 11]]);
  });

  it('a weekday the lead gives its act is that act\'s day, even in the stamp\'s sentence; the day it was told comes last', () => {
    const rows: [string, string][] = [
      ['Tuesday 4 Apr 2017 Shelling of rebel bastion near Syria capital kills 19 Monitor At least 19 civilians were killed on Tuesday in heavy aerial bombardment of several opposition-held towns east of the Syrian capital a monitoring group said. Six children were among the dead in Eastern Ghouta the largest rebel bastion near Damascus the Syrian Observatory for Human Rights said. \"It was a series of air strikes throughout the day and the death toll may still rise\" the Britain-based group added. He said civilians had died in Jisreen Kafr Batna and the largest of the towns in Eastern Ghouta Douma. An AFP photographer in Douma saw half a dozen wounded children sitting on the floor of a makeshift clinic caked in dust and blood as they awaited treatment. But most of the victims - 14 - died in air strikes on an area between the opposition-held towns of Hammuriyah and Saqba. Another AFP photographer in Saqba saw residents scrambling over rubble and through clouds of dust tossing debris aside as they searched for signs of life. One man sat atop a small mountain of cinderblocks clothes and furniture with his head in his hands. The Observatory said Tuesdays bombardment brought to 49 the number killed in Eastern Ghouta in two days of attacks. \"There has been fierce artillery shelling and air strikes since yesterday and 165 people total have been wounded\" Observatory chief Rami Abdel Rahman said.', '2017-04-04'],
      ['Published September 24 2016 Ninety-two civilians were killed and 273 others injured Saturday by Assad regime and Russian airstrikes on residential areas in opposition-held parts of Aleppo a civil defense official said.', '2016-09-24'],
    ];
    // (the article's own stamp dates the report, as for a page read from a file)
    const own = (text: string) => extractArticle(text).events;
    for (const [text, day] of rows) expect(own(text)[0]?.date.start, text).toBe(day);
    const told = own('Syria air strikes kill 10 children 5 women in Aleppo monitor AFP Friday 24 Oct 2014 Ten children and five women have been killed in Syrian government air strikes in the northern province of Aleppo a monitoring group said Friday. The children and women were killed Thursday in barrel bomb strikes by regime helicopters on a home in the village of Tal Qarrah in the north of Aleppo the Syrian Observatory for Human Rights said.');
    expect(told.map((e) => [e.location?.name, e.date.start, e.fatalities?.best])).toEqual([['Tal Qarrah', '2014-10-23', 15]]);
  });

  it('a headline stamped with the day of the report is the body\'s event of the day before', () => {
    const events = extract('Air strike kills 21 at Syria market Monitor AFP Wednesday 17 Sep 2014 An air strike on a market in Talbisseh killed at least 21 people.\n\nSyrian government air strikes hit the market of Talbisseh in Homs province on Tuesday, the Syrian Observatory said.', '2014-09-17');
    expect(events.filter((e) => e.sub_event_type === 'Air/drone strike').map((e) => e.date.start)).toEqual(['2014-09-16']);
  });

  it('a report of the day does not take the date of an older event at the same place', () => {
    const events = extract('35 IS jihadists killed in clashes with Syria Kurds Monitor AFP Sunday 15 Feb 2015 At least 35 Islamic State jihadists were killed on Sunday in clashes with Kurdish fighters around Kobane.\n\nThe other deaths came in clashes west of Kobane, the town that Kurdish forces recaptured on January 26.', '2015-02-15');
    expect(events.find((e) => e.fatalities?.best === 35)?.date.start).toBe('2015-02-15');
  });

  it('a village the gazetteer lacks takes its province from the sentence that names it', () => {
    const events = extract('An air raid hit the village of Thalthana on Wednesday, killing three children.\n\nThalthana lies near the Islamic State stronghold of Al-Bab.', '2016-10-05');
    const raid = events.find((e) => e.sub_event_type === 'Air/drone strike');
    expect([raid?.location?.name, raid?.location?.admin1]).toEqual(['Thalthana', 'Aleppo']);
  });

  it('"the troops" are the state\'s forces named last, not the jihadists of the last event', () => {
    const text = 'IS executed 18 civilians in Manbij on Thursday. The province forms an important front for the Syrian governments soldiers who recently killed 170 terrorists there. Backed by Russian airpower the troops advanced toward Raqqa city on Friday.';
    const advance = extract(text, '2016-06-24').find((e) => e.location?.name === 'Raqqa');
    expect(advance?.actor1?.id).toBe('syrian-government');
    // (with no state named before, no side is made up)
    const none = extract('IS executed 18 civilians in Manbij on Thursday. Backed by Russian airpower the troops advanced toward Raqqa city on Friday.', '2016-06-24');
    expect(none.find((e) => e.location?.name === 'Raqqa')?.actor1?.id).not.toBe('islamic-state');
  });

  it('the other side\'s dead, told as also killed, add to the toll and name the other side', () => {
    const [clash] = extract('Eighteen rebels were killed in an abortive attempt to infiltrate the heart of Damascus on Monday. Two pro-regime militiamen were also killed.', '2014-09-16');
    expect([clash?.fatalities?.best, clash?.actor1?.id, clash?.actor2?.id]).toEqual([20, 'progovernment-militias', 'syrian-rebels']);
    // (not the dead of another act the sentence names, nor more of the same side's dead)
    const executed = extract('ISIL terror elements executed more than 50 Syrian army troops in Raqqa on Saturday after taking them captive in an ambush. It added that more than 35 ISIL terrorists were also killed during the fighting for the base.', '2014-07-27');
    expect(executed.find((e) => e.sub_event_type === 'Attack')?.fatalities?.best).toBe(50);
    const children = extract('Twelve civilians were killed in air strikes on Douma on Monday. Two children were also killed.', '2016-02-02');
    expect(children.map((e) => e.fatalities?.best)).toEqual([12]);
  });

  it('a toll updated "to 18" before its noun is the toll of the act told', () => {
    const [clash] = extract('Rebels tried to infiltrate the heart of Damascus on Monday, clashing with pro-regime militiamen. The Observatory meanwhile updated to 18 its toll for the number of rebels killed in the abortive attempt.', '2014-09-16');
    expect(clash?.fatalities?.best).toBe(18);
  });

  it('an unknown village its words set in a country is not anchored in a province of another', () => {
    const events = extract('ISIS militants abducted 90 Assyrian Christians near Dohuk in Iraq on Monday. A source said a mosque in the Arab Sunni village of Bab Alfaraj Syria had called on people to attend a mass killing of infidels on Friday.', '2015-02-27');
    const killing = events.find((e) => e.location?.name === 'Bab Alfaraj');
    expect([killing?.location?.country_code, killing?.location?.admin1]).toEqual(['SY', null]);
  });

  it('an unknown village named again behind its article is where the later act happened', () => {
    const events = extract('Several ISIS hideouts were destroyed in army airstrikes in al-Mreiiyeh village in the eastern countryside of Deir Ezzor. An army unit clashed with ISIS terrorists in the surroundings of al-Mreiiyeh killing 9 terrorists.', '2016-02-14');
    expect(events.find((e) => e.sub_event_type === 'Armed clash')?.location?.name).toBe('al-Mreiiyeh');
  });

  it('a list of one city\'s parts is one act at that city; a list of two cities\' parts is two', () => {
    const parts = extract('Terrorists positioned in the eastern neighborhoods of Aleppo fired rocket shells on the neighborhoods of al-Hamadanyia and Halab al-Jadida killing three people. On Sunday more than 35 people suffered suffocation after the terrorist organizations targeted al-Hamadanyia neighborhood with shells.', '2016-10-31');
    expect(parts.filter((e) => e.fatalities?.best === 3).map((e) => e.location?.name)).toEqual(['Aleppo']);
    expect(parts.filter((e) => e.evidence.some((v) => v.text.includes('Halab al-Jadida'))).length).toBe(1);
    const cities = extract('Rebels fired shells on the residential neighborhoods of Damascus and Aleppo on Monday.', '2016-10-31');
    expect(cities.map((e) => e.location?.name)).toEqual(['Damascus', 'Aleppo']);
  });

  it('one kind, one place, one day and one toll is one event, however the reports name the sides', () => {
    const events = extract("Jaysh al-Islam rocket fire killed 5 regime soldiers in Damascus on Thursday, a monitoring group said.\n\nElsewhere the air force struck Douma. Rebels said they had repelled an advance near Harasta.\n\nSyria's state news agency SANA said five people had been killed in a bombardment of Damascus by Takfiri terrorists on Thursday.", '2015-02-05');
    expect(events.filter((e) => e.location?.name === 'Damascus').map((e) => [e.actor1?.id, e.fatalities?.best, e.evidence.length])).toEqual([['jaysh-al-islam', 5, 2]]);
  });

  it('places before the report of an act are the frame\'s, not the act\'s own', () => {
    const events = extract('The opposition faces the DAESH threat while fighting intensively against the Syrian regime in Idlib and Aleppo DAESH said on Monday they were responsible for a suicide bombing on a bus on Sunday which killed 50 fighters from western-backed Syrian opposition groups near the Atmeh border crossing with Turkey.', '2016-08-15');
    expect(events.map((e) => [e.sub_event_type, e.location?.name, e.date.start])).toEqual([['Suicide bomb', 'Atmeh', '2016-08-14']]);
  });

  it('a place told before "activists said" is still where the act was when it names no other', () => {
    const events = extract('In Douma activists said government warplanes bombed a market on Monday, killing 12 civilians.', '2015-08-18');
    expect(events.map((e) => [e.sub_event_type, e.location?.name])).toEqual([['Air/drone strike', 'Douma']]);
  });

  it('the places of what an event came amid are not its own', () => {
    const events = extract('A car bomb exploded in Qamishli on Wednesday, killing 44 people.\n\nThe car bomb blast came as U.S.-backed Kurdish forces pressed ahead with their offensive to take the Daesh-held town of Manbij.', '2016-07-28');
    const blasts = events.filter((e) => e.sub_event_type === 'Remote explosive/landmine/IED');
    expect(blasts.length).toBeGreaterThan(0);
    expect(blasts.every((e) => e.location?.name === 'Qamishli')).toBe(true);
  });

  it('where a group operates or its gunners are based is not where its shells fell', () => {
    const events = extract('At least 30 militants of the terrorist group operating in Iraq and Syria were killed in clashes with Kurdish troops in northeastern Syria on Thursday.\n\nA source said terrorists based in Eastern Ghouta fired mortar shells on the Bab Touma neighbourhood of Damascus, injuring four civilians.', '2014-12-26');
    expect(events.map((e) => e.location?.name)).not.toContain('Iraq');
    expect(events.map((e) => e.location?.name)).not.toContain('Eastern Ghouta');
  });

  it('a quarter the gazetteer lacks, named as hit, lies in the story\'s city, not where the gunners sit', () => {
    const cases: [string, string][] = [
      [
        'Terrorists targeted with rocket shells a number of the residential neighborhoods in Damascus city on Friday. A source at the Police Command said that terrorist groups positioned in the Eastern Ghouta targeted al-Salyhiah neighborhood killing a woman and injuring three others.',
        'Damascus',
      ],
      [
        'Terrorists fired rocket shells on residential neighborhoods in Aleppo city on Sunday. Earlier the source said three rocket shells fired by terrorists positioned in Bani Zaid neighborhood landed in the neighborhoods of al-Jamiliyeh Mogambo and al-Ashrafiyeh leaving a woman dead and five people injured.',
        'Aleppo',
      ],
    ];
    for (const [text, place] of cases) {
      const events = extract(text, '2016-11-18');
      const killing = events.find((e) => e.fatalities?.best === 1);
      // (the quarter itself when the words name it as one, in the city's province)
      expect(killing?.location?.admin1, summary(events).join('; ')).toBe(place);
      expect(['Eastern Ghouta', 'Bani Zaid']).not.toContain(killing?.location?.name);
    }
    // with no quarter named, where the gunners sit is still the nearest thing to where it happened
    const events = extract('Terrorists positioned in Bani Zaid fired rocket shells on the neighbourhood, killing a child.', '2016-11-18');
    expect(events.map((e) => e.location?.name)).toEqual(['Bani Zaid']);
  });

  it('a capital made to act ("leading Damascus to bomb") is not where the clashes were', () => {
    const events = extract('The uneasy peace in Hassakeh city was broken two days ago as clashes between regime and Kurdish forces escalated, leading Damascus to bomb separatist positions.', '2016-08-19');
    expect(events.map((e) => e.location?.name)).not.toContain('Damascus');
  });

  it('"the two sides" are the sides of the last report that named both', () => {
    const events = extract('Syrian regime warplanes bombed Kurdish positions in the north-eastern city of Hassakeh on Friday. The regime launched eight air raids on Friday. Images showed the city burning last night. Control for Hassakeh city is mostly in the hands of Kurdish forces. Clashes between the two sides have rocked the city, leaving 23 civilians - including nine children - dead.', '2016-08-19');
    expect(events.find((e) => e.sub_event_type === 'Armed clash')).toMatchObject({ actor1: { id: 'syrian-government' }, actor2: { id: 'sdf' }, fatalities: { best: 23 } });
  });

  it.each([
    [
      'Mortar rounds fired by rebels killed six children in Damascus on Thursday, official media said. Officials called the shelling indiscriminate. Thursday\u2019s deadly attack, official media said, involved four mortar shells that fell in the Dakhaniyeh district, east of the Old City and next to Jaramana, a government-held suburb often hit by rebel shelling.',
      '2014-04-03',
      [['syrian-rebels', 'Damascus', 6]],
    ],
    [
      'Islamic State killed 12 US-backed fighters in a surprise attack on Sunday in Deir Ezzor province, the monitor said. A spokesman for the alliance denied that any of its fighters had died. According to the monitor\u2019s head, Sunday\u2019s attack started with a car bomb driven by a suicide attacker against an SDF position near Hajin.',
      '2018-11-04',
      [['islamic-state', 'Hajin', 12]],
    ],
  ])('an attack named again as the subject, with the means it was made with, is the attack told, not another: %s', (text, published, expected) => {
    expect(extract(text, published).map((e) => [e.actor1?.id ?? null, e.location?.name, e.fatalities?.best ?? null])).toEqual(expected);
  });

  it.each([
    ['A suicide bomber killed 29 people at the Atmeh border crossing west of Aleppo on Thursday. Islamic State said in an online statement that it carried out the attack.'],
    ['A car bomb killed five people in the town of Azaz on Wednesday. Islamic State later claimed the bombing.'],
    ['A suicide bomber killed 29 people at the Atmeh border crossing west of Aleppo on Thursday. In an online statement Daesh has claimed responsibilty for the attack.'],
  ])('a side that says it carried out the attack, or claims it, however the page spells it, is its author: %s', (text) => {
    expect(extract(text, '2016-10-06').map((e) => e.actor1?.id)).toEqual(['islamic-state']);
  });

  it('the lands a side holds, said of it, are not where it acted ("militants who control much of Syria and Iraq")', () => {
    const text = 'The battle for the Syrian border town of Kobane goes on. Islamic State militants who control much of Syria and Iraq, fired 44 mortars at Kurdish parts of the town on Saturday.';
    expect(extract(text, '2014-10-19').map((e) => [e.sub_event_type, e.actor1?.id, e.location?.name])).toEqual([['Shelling/artillery/missile attack', 'islamic-state', 'Kobani']]);
  });

  it('none of a side among the dead is no killing of it', () => {
    const text =
      'At least four Iranian advisers were killed in an Israeli air strike on the T4 air base east of Homs on Monday. The victims were named by a news agency. ' +
      'The Ministry of Defence in Moscow confirmed that no Russian advisers were among those killed.';
    expect(extract(text, '2018-04-10').map((e) => [e.actor1?.id, e.location?.name])).toEqual([['israel', 'Homs']]);
  });

  it('a side that confirms the act in a closing attribution, in the perfect, is its teller, not its author', () => {
    const [e] = extract('Three rockets hit the Ain al-Asad air base in Anbar province on Monday, killing two Iraqi soldiers, the US-led coalition has confirmed.', '2021-07-05');
    expect([e?.actor1?.id ?? null, e?.actor2?.id, e?.location?.name]).toEqual([null, 'iraqi-government', 'Ain al-Asad']);
  });

  it('a killing told bare at a town of the province the strikes just told were over is theirs, on their day', () => {
    const text =
      'At least eight people were killed in government air strikes on Idlib province, a monitor said. ' +
      'The Observatory said government forces carried out dozens of strikes on Idlib province on Wednesday morning. ' +
      'Five people were killed, among them two children, in the town of Kafr Aweed, the Observatory said.';
    const e = extract(text, '2019-06-06').find((x) => x.location?.name === 'Kafr Aweed');
    expect([e?.sub_event_type, e?.actor1?.id, e?.date.start, e?.fatalities?.best]).toEqual(['Air/drone strike', 'syrian-government', '2019-06-05', 5]);
  });

  it('"the explosion" told many sentences after the one act the story has told, at another town, is another act', () => {
    const text =
      'A suicide bomber killed 12 Kurdish fighters at a checkpoint near Hasakeh city on Monday, the Observatory said. Islamic State said one of its fighters had fired on a large gathering of Kurdish fighters before blowing himself up. ' +
      'About 40 people were wounded, a medical source said. The Kurdish police closed the roads into the city. Residents said the city was calm on Tuesday. ' +
      'The Observatory said the explosion in Salem Mosque in Ariha also killed a senior member of the Nusra Front.';
    expect(extract(text, '2016-10-06').map((e) => e.location?.name)).toEqual(['Hasakah', 'Ariha']);
  });

  it('"the attack" told many sentences after the one act the story has told is that act, when it names no other place', () => {
    const text =
      'At least 29 people were killed in a suicide bombing that targeted a border crossing between Syria and Turkey on Thursday. The casualties included rebel fighters, the Observatory said. ' +
      'The attack took place at the Atmeh crossing west of Aleppo during a change of guard, the monitor said. A news agency said the blast hit a refugee camp. ' +
      'Islamic State said in an online statement that it carried out the attack. Witnesses said most of the fighters killed in the attack were from Failaq al-Sham.';
    expect(extract(text, '2016-10-06').map((e) => [e.sub_event_type, e.fatalities?.best ?? null])).toEqual([['Suicide bomb', 29]]);
  });

  it('a count that points back at "the air strikes" joins the strikes, not the clash told between', () => {
    const events = extract('Nearly 50 air strikes hit rebel-held areas of Aleppo on Sunday in some of the heaviest recent raids by Russian and Syrian government aircraft, residents said. The Observatory also said a war plane had crashed south of Aleppo in an area where rebel fighters are battling the Syrian army. It had no information on the crash. A civil defence worker said at least 32 people were killed in the rebel-held parts of the city during the air strikes.', '2016-06-06');
    expect(events.find((e) => e.sub_event_type === 'Air/drone strike')?.fatalities?.best).toBe(32);
    expect(events.find((e) => e.sub_event_type === 'Armed clash')?.fatalities ?? null).toBeNull();
  });

  it.each([
    ['Nearly 50 air strikes hit rebel-held areas of Aleppo on Sunday in the heaviest raids by Russian and Syrian government aircraft.'],
    ['Air strikes by Russian and Syrian government aircraft hit rebel-held areas of Aleppo on Sunday.'],
  ])('"raids by Russian and Syrian government aircraft": both strike, the rebels are struck: %s', (text) => {
    const [e] = extract(text, '2016-06-06');
    expect([e.actor1?.id, e.actor2?.id, e.assoc_actor1.map((a) => a.id)]).toEqual(['russia', 'syrian-rebels', ['syrian-government']]);
  });

  it('"airstrikes by regime and Russian fighter jets": the regime strikes, Russia with it', () => {
    const [e] = extract('At least 13 civilians were killed and 30 others wounded in airstrikes by regime and Russian fighter jets on the town of Alghantou on Friday.', '2016-08-20');
    expect([e?.actor1?.id, e?.actor2?.id, e?.assoc_actor1.map((a) => a.id)]).toEqual(['syrian-government', 'civilians', ['russia']]);
  });

  it.each([
    ['Earlier a source at Aleppo Police Command said that terrorists fired a number of rocket shells at al-Midan neighborhood in Aleppo city, killing 3 civilians.', 'unidentified-armed-group'],
    ['Three civilians were killed in mortar attacks by terrorist groups on al-Midan neighborhood in Aleppo city on Saturday.', 'unidentified-armed-group'],
    ['Rocket attacks killed 5 people in Damascus on Thursday in the second heavy bombardment by terrorist group Jaysh al-Islam in less than two weeks.', 'jaysh-al-islam'],
    ['State TV said two people were wounded in ISIS shelling on the nearby town of Salamiyeh on Sunday.', 'islamic-state'],
    ['Eleven people including a woman and child were killed in Syrian rebel shelling of a regime-held neighbourhood of Aleppo on Friday.', 'syrian-rebels'],
    ['Shelling by the army killed at least 21 civilians in Eastern Ghouta on Saturday.', 'syrian-government'],
    ['Fifty nine US cruise missiles struck a Syrian regime airbase in Homs province early Friday morning.', 'united-states'],
    ['Syria has accused Israel of bombarding an area west of Damascus, with reports of a military airport being hit.', 'israel'],
    ['Four people were injured in mortar shells fired by terrorists of the so-called Jaish al-Fateh on the surroundings of Damascus on Friday.', 'syrian-rebels'],
    ['The armys air force hit positions of terrorist organizations in Kafr Zita in Hama on Tuesday, killing 7 terrorists.', 'syrian-government'],
    ['US air strikes killed 50 Al-Qaeda militants and eight civilians west of Aleppo on Tuesday.', 'united-states'],
    ['Ten Syrian civilians were killed Wednesday in airstrikes launched by the aircrafts of the US-led coalition on tents in Raqqa.', 'us-led-coalition'],
    ['Three people were injured in a booby-trapped motorcycle detonated by terrorists in al-Mshairfeh neighborhood in Hasaka city on Sunday.', 'unidentified-armed-group'],
  ])('the side that shells, strikes or bombs, named before the noun or by "by" (shelling by "terrorists" the report does not name is an unidentified armed group\'s): %s', (text, id) => {
    expect(extract(text, '2016-11-24')[0]?.actor1?.id).toBe(id);
  });

  it.each([
    ['Regime forces bombed a popular market in Douma on Saturday.', 'Air/drone strike', 'syrian-government'],
    ['The US-led coalition bombed Hanida village west of Raqqa on Saturday.', 'Air/drone strike', 'us-led-coalition'],
    ['Rebels bombed a checkpoint in Daraa on Saturday.', 'Shelling/artillery/missile attack', 'syrian-rebels'],
    ['Turkish troops struck Kurdish positions near Afrin on Saturday.', 'Shelling/artillery/missile attack', 'turkey'],
    ['Fighter jets also believed to be Russian struck the town of Urum al-Kubra on Saturday, killing five civilians.', 'Air/drone strike', 'russia'],
    ['Terrorists attacked al-Ramouseh neighborhood in Aleppo city with rockets on Saturday.', 'Attack', 'unidentified-armed-group'],
    ['Islamic State militants attacked a market in Raqqa on Saturday.', 'Attack', 'islamic-state'],
  ])('a plain verb of violence reports an event: %s', (text, sub, actor1) => {
    const [e] = extract(text, '2017-04-09');
    expect([e?.sub_event_type, e?.actor1?.id ?? null]).toEqual([sub, actor1]);
  });

  it.each([
    'Russia and Turkey struck a deal on Idlib on Saturday.',
    'Rebel leaders in Idlib attacked the village council decision in a statement on Tuesday.',
    'The army has repeatedly bombed the town of Talbiseh in recent years.',
    'The coalition denied that its jets struck the market in Raqqa.',
    'If the rebels attack the town of Saraqeb, the army will respond.',
    'Residents returned to the bombed-out buildings of Homs on Saturday.',
    'Any shelling of civilians in Raqqa is a war crime, the coalition said.',
  ])('not a plain verb of violence: %s', (text) => {
    expect(extract(text, '2017-04-09').filter((e) => e.event_type !== 'Strategic developments')).toEqual([]);
  });

  it('an attack that does not say how is the bombing of the place and day told again', () => {
    const text = 'The Observatory said 98 evacuees were killed when a car bomb hit their buses at a transit point in Rashidin west of Aleppo on Saturday. Many residents of Fuaa lost their lives after terrorists attacked their buses in Rashidin on Saturday.';
    expect(extract(text, '2017-04-16').map((e) => e.sub_event_type)).toEqual(['Remote explosive/landmine/IED']);
  });

  it('the protests of the war\'s history are no protest told', () => {
    const events = extract('Opponents of Assad took up arms in response to a bloody crackdown on peaceful pro-democracy protests in Daraa.', '2014-09-11');
    expect(events.filter((e) => e.event_type === 'Protests')).toEqual([]);
  });

  it('a car bomb no one claimed is an unidentified armed group\'s', () => {
    const [e] = extract('A car bomb exploded in the town of Saraqeb on Tuesday, killing 5 people.', '2016-11-24');
    expect([e?.sub_event_type, e?.actor1?.id]).toEqual(['Remote explosive/landmine/IED', 'unidentified-armed-group']);
  });

  it('"one woman", "one person" killed are civilians, so the strike that killed them is an event', () => {
    for (const text of ['One woman was killed in an air strike on the town of Khan Sheikhun on Saturday.', 'An air strike killed one person in Idlib on Saturday.']) {
      const events = extract(text, '2017-04-08');
      expect(summary(events)).toHaveLength(1);
      expect([events[0]!.sub_event_type, events[0]!.actor2?.id, events[0]!.fatalities?.best]).toEqual(['Air/drone strike', 'civilians', 1]);
    }
  });

  it('an attack told without its means and the shelling of a part of the city with the same dead are one record, at the part', () => {
    const text = 'A child and a woman were killed and seven others were injured by terrorist rocket and sniper attacks that targeted Aleppo city on Friday. A source at Aleppo Police Command told SANA that terrorists fired rocket shells at al-Hamadaniya neighborhood in Aleppo city, killing one woman and one child.';
    const events = extract(text, '2016-08-12');
    expect(summary(events)).toHaveLength(1);
    expect([events[0]!.sub_event_type, events[0]!.location?.name, events[0]!.fatalities?.best]).toEqual(['Shelling/artillery/missile attack', 'Hamadaniyah', 2]);
  });

  it('an attack told without its means stays its own record when its dead are not the other report\'s', () => {
    const text = 'Three civilians were killed in terrorist attacks on Aleppo city on Friday. Terrorists fired rocket shells at al-Hamadaniya neighborhood in Aleppo city on Friday, killing two children.';
    expect(extract(text, '2016-08-12')).toHaveLength(2);
  });

  it('the attack a town is remembered for does not lead the strike told now', () => {
    const [e, ...rest] = extract('One woman was killed in an air strike Saturday on the Syrian town of Khan Sheikhun, site of a suspected chemical weapons attack earlier this week, a monitor said.', '2017-04-08');
    expect(rest).toHaveLength(0);
    expect([e?.sub_event_type, e?.fatalities?.best]).toEqual(['Air/drone strike', 1]);
  });

  it('a battle merged with a report of the civilians it killed does not make the civilians its side', () => {
    const text = "9 dead as new Islamist alliance attacks Syria's Aleppo\n\nAt least nine people were killed and dozens wounded on Thursday as a new Islamist opposition alliance attacked government-held parts of Aleppo city, a monitor said. The Syrian Observatory for Human Rights said four civilians had been killed in a massive multi-district assault by the rebel coalition.";
    const events = extract(text, '2015-07-02');
    expect(events).toHaveLength(1);
    expect([events[0]!.event_type, events[0]!.actor1?.id, events[0]!.fatalities?.best]).toEqual(['Battles', 'syrian-rebels', 9]);
    expect(events[0]!.actor2?.id).not.toBe('civilians');
  });

  it('a taking merged with another report names its kind after the side the record says took the ground', () => {
    const text = 'Hardatnin massacre\n\nSyrian regime forces killed 48 alleged rebels in Hardatnin village in Aleppo in northern Syria, according to a statement released Saturday. The massacre was discovered when the rebels completely seized control of Hardatnin village on Saturday, according to the statement.';
    for (const e of extract(text, '2015-02-21').filter((x) => /territory/.test(x.sub_event_type))) {
      const state = e.actor1?.type === 'state-forces';
      expect(e.sub_event_type, summary([e])[0]).toBe(state ? 'Government regains territory' : 'Non-state actor overtakes territory');
    }
  });

  it('weapons destroyed or seized are no fire', () => {
    const text = 'The SDF foiled an ISIS attack near Manbij on Saturday. The Kurdish-led SDF fighters repelled ISILs heavy attacks on SDF positions near the villages of Qoraa al-Kabireh and Um Adseh killing around 80 militants and destroying their armored vehicles and mortar shells and launchers the source said.';
    const events = extract(text, '2016-07-18');
    expect(events.filter((e) => e.sub_event_type === 'Shelling/artillery/missile attack').map((e) => summary([e])[0])).toEqual([]);
    expect(events.some((e) => e.actor1?.id === 'sdf' && e.event_type === 'Battles')).toBe(true);
  });

  it('"the terrorists of the so-called X" are X, not the last group named', () => {
    const text = 'Islamic State fighters attacked army posts near Palmyra on Sunday. The position was hit in army airstrikes that targeted sites of the terrorists of the so-called Liwaa al-Islam and Jaish al-Islam that are active in Eastern Ghouta.';
    const strike = extract(text, '2016-04-03').find((e) => e.sub_event_type === 'Air/drone strike');
    expect([strike?.actor1?.id, strike?.actor2?.id]).toEqual(['syrian-government', 'jaysh-al-islam']);
  });

  it('a side named in an aside between dashes or brackets is not the subject of the act after it', () => {
    const dashes = extract('At least 86 members of Syrian government forces and its allies - who include members of the Lebanese group Hezbollah and other Iranian-backed militias - were killed in fighting in the south Aleppo area on Monday.', '2016-06-14');
    expect(dashes.filter((e) => e.actor1?.id === 'progovernment-militias').map((e) => summary([e])[0])).toEqual([]);
    const brackets = extract('A woman was killed when al-Nusra Front (Qaeda branch in the Levant) terrorists fired two mortar shells on Ain al-Dananeer village on Saturday.', '2016-05-28');
    expect(brackets.map((e) => e.actor1?.id)).toEqual(['hts']);
    // (a name's acronym in brackets is no aside)
    const acronym = extract('US-backed Syrian Democratic Forces (SDF) overran a key road junction south of Raqqa on Tuesday.', '2017-06-06');
    expect(acronym.map((e) => e.actor1?.id)).toEqual(['sdf']);
  });

  it('a taking keeps the taker its report names when a killing there by the other side is folded in', () => {
    const text = 'Hardatnin massacre\n\nSyrian regime forces killed 48 alleged rebels in Hardatnin village in Aleppo in northern Syria, according to a statement released Saturday. The massacre was discovered when the rebels completely seized control of Hardatnin village on Saturday, according to the statement.';
    const takings = extract(text, '2015-02-21').filter((x) => /territory/.test(x.sub_event_type));
    expect(takings.map((e) => [e.sub_event_type, e.actor1?.id, e.actor2?.id])).toEqual([['Non-state actor overtakes territory', 'syrian-rebels', 'syrian-government']]);
  });

  it('a town abroad told after the war\'s country is not the story\'s place: the country is', () => {
    const text = 'Published June 20 2016 At least 23 DAESH members were killed Sunday in northern Syria in a Turkish Armed Forces and U.S.-led coalition operation security sources said. Turkish artillery and coalition jets hit 33 weapons emplacements including Katyusha rockets security sources said on Monday. The southeastern province of Kilis has faced a spate of cross-border rocket attacks from DAESH in recent months.';
    const events = extract(text, '2016-06-20');
    expect(events.length).toBeGreaterThan(0);
    expect(events.map((e) => e.location?.name)).not.toContain('Kilis');
  });

  it('a day\'s act named again with its dead ("Saturdays convoy attack killed 126") is the act told on that day, however many acts came between', () => {
    const text =
      'A bomb blast hit a crowded bus convoy of evacuees outside Aleppo on Saturday. A bomb killed six people and wounded more than 30 in Aleppo on Wednesday, state television reported. ' +
      'About 45 buses carrying 3000 people left the besieged al-Foua and Kefraya towns. Three buses on Wednesday also carried people who were injured in the convoy attack. ' +
      'Saturdays convoy attack killed 126 people including more than 60 children the Syrian Observatory for Human Rights said.';
    const events = extract(text, '2017-04-19');
    expect(events.map((e) => [e.sub_event_type, e.location?.name, e.date.start, e.fatalities?.best ?? null])).toEqual([
      ['Remote explosive/landmine/IED', 'Aleppo', '2017-04-15', 126],
      ['Remote explosive/landmine/IED', 'Aleppo', '2017-04-19', 6],
    ]);
  });

  it('a day\'s act named again is no act of that day\'s when two were told on it', () => {
    const text = 'Syrian jets struck Saraqib on Saturday. Rebels shelled Aleppo on Saturday. A bomb killed six people in Idlib on Wednesday. Saturdays attack killed 10 people, the monitor said.';
    const events = extract(text, '2017-04-19');
    expect(events.filter((e) => e.date.start === '2017-04-15').map((e) => e.fatalities?.best ?? null)).toEqual([null, null]);
  });

  it('an act told at a town abroad sets the story there for the sentences after it', () => {
    const text = 'Kurds Come Closer to Azaz. The Kurdish forces have continued their advance on the town of Azaz in northern Aleppo province, a key Turkey-backed stronghold. In a separate event a major suicide attack by so-called Islamic State on Peshmerga defense lines south of Kirkuk was foiled Saturday morning, said the frontline commander. The militants were gunned down before they could detonate themselves, commander Kamal Kirkuki told Rudaw. "Six ISIS suicide bombers attacked the Peshmerga base at around 3:30 am," said Kirkuki.';
    const events = extract(text, '2016-03-12').filter((e) => e.actor2?.id === 'peshmerga');
    expect(events.length).toBeGreaterThan(0);
    expect(events.map((e) => e.location?.name)).toEqual(events.map(() => 'Kirkuk'));
  });

  it('a town abroad only named, with no act told there, sets no scene', () => {
    const text = 'Regime forces shelled the town of Azaz in northern Aleppo province on Friday. Turkish Prime Minister Ahmet Davutoglu said in Ankara that Turkey would not allow the town to fall. The shelling killed three civilians, activists said.';
    const events = extract(text, '2016-03-12');
    expect(events.map((e) => e.location?.name)).toEqual(events.map(() => 'Azaz'));
  });

  it('"the province" an act is told in is the province told last, not a town named since', () => {
    const text = "Isis in Syria: Government forces 'enter Raqqa province' in new offensive pushing towards Isis capital\n\nTroops loyal to Bashar al-Assad celebrate on the edge of Palmyra\n\nSyrian government forces have reportedly crossed into the province housing Isis' de-facto capital in a new advance against the terrorist group.";
    const events = extract(text, '2016-06-04');
    expect(events.map((e) => e.location?.name)).not.toContain('Palmyra');
    expect(events.map((e) => e.location?.admin1)).toContain('Raqqa');
  });

  it('a headline at a city that does not say how joins the one violent act told at a part of it, with its toll', () => {
    const text = '20.04.2017(updated 1618 20.04.2017) Get short URL 215 The death toll of a terrorist attack near Aleppo on April 15 surpasses 130 people including 67 children according to the United Nations. MOSCOW (Sputnik) Over 130 people including 67 children were killed in a terrorist attack near the Syrian city of Aleppo on April 15 UN Special Envoy for Syria Staffan de Mistura said Thursday. On Saturday a suicide attacker detonated a car bomb in the Rashidin neighborhood of Aleppo near a convoy of buses carrying civilians who had been evacuated from the towns of Fua and Kefraya.';
    expect(extract(text, '2017-04-20').map((e) => [e.sub_event_type, e.location?.name, e.fatalities?.best])).toEqual([['Suicide bomb', 'Rashidin', 130]]);
  });

  it('a headline placed at a city joins the one same event at a part of it, and stands first', () => {
    const text = 'Wed 19 Apr 2017 Aleppo bomb blast kills six Syrian state TV. A bomb blast killed six people and injured 32 in the Salah al-Din district of Aleppo, Syrian state television reported on Wednesday.';
    const events = extract(text, '2017-04-19');
    expect(events).toHaveLength(1);
    expect(events[0]!.evidence.map((x) => x.text.slice(0, 20))).toEqual(['Wed 19 Apr 2017 Alep', 'A bomb blast killed ']);
  });

  it('"terrorists" who were killed are no attacker', () => {
    const [e] = extract('10 October 2017 More than 100 ISIS terrorists killed in Deir Ezzor by Russian air strikes.', '2017-10-10');
    expect(e?.actor1?.id).not.toBe('unidentified-armed-group');
  });

  it('"airstrikes carried out by the Assad regime and its Russian allies": Russia strikes with the regime', () => {
    const [e] = extract('At least nine civilians were killed Thursday in airstrikes carried out by the Assad regime and its Russian allies in Idlib province.', '2019-05-16');
    expect([e?.actor1?.id, e?.assoc_actor1.map((a) => a.id), e?.actor2?.id]).toEqual(['syrian-government', ['russia'], 'civilians']);
  });

  it('a side\'s opponent is found among the associates of the sides it fought', () => {
    const events = extract('Air strikes by Russian and Syrian government aircraft hit rebel-held areas of Aleppo on Sunday. South of Aleppo, rebel fighters are battling the Syrian army. For their part rebels fired mortars on the Kurdish-populated Sheikh Maqsood neighbourhood in Aleppo on Sunday.', '2016-06-06');
    expect(events.find((e) => e.actor1?.id === 'syrian-rebels')?.actor2?.id).toBe('syrian-government');
  });

  it.each([
    ['The regime has stepped up air attacks in Aleppo province in recent days, killing at least 57 civilians when it dropped container bombs on the town of Al-Bab at the weekend.', '2015-07-15', '2015-07-11'],
    ['Islamic State has crucified two people and executed 23 others in Deir ez-Zor province in the past five days, a monitoring group said on Monday.', '2014-08-11', '2014-08-06'],
  ])('a window of days gives way to a date that points at the day, not to the day it was told: %s', (text, published, start) => {
    expect(extract(text, published)[0]?.date.start).toBe(start);
  });

  it('a toll told before the event joins the report that points back at "the deaths"', () => {
    const text = 'Victims of a suspected chemical attack in Idlib appeared to show symptoms of a nerve agent, the WHO said on Wednesday. The WHO said in a statement putting the death toll at at least 70. The United States has said the deaths were caused by sarin nerve gas dropped by Syrian aircraft.';
    expect(extract(text, '2017-04-05').find((e) => e.sub_event_type === 'Chemical weapon')?.fatalities?.best).toBe(70);
  });

  it('a toll told first stays alone when the next report does not point back at it', () => {
    const text = 'The WHO said in a statement putting the death toll at at least 70 in Idlib. Syrian aircraft bombed the town of Saraqeb on Thursday.';
    expect(extract(text, '2017-04-07').find((e) => e.location?.name === 'Saraqib')?.fatalities ?? null).toBeNull();
  });

  it('a toll of clashes whose sides are unnamed joins the report that names them ("the clashes pitted X against Y")', () => {
    const text = 'Fierce clashes between Islamist militants near Damascus left at least 40 dead and 70 wounded on Friday, a monitoring group said. The Syrian Observatory for Human Rights said the clashes pitted the Saudi-backed rebel faction Jaish al-Islam (Army of Islam) against Fateh al-Sham and Faylaq al-Rahman.';
    const [e] = extract(text, '2017-04-29');
    expect([e?.actor1?.id, e?.actor2?.id, e?.fatalities?.best]).toEqual(['jaysh-al-islam', 'hts', 40]);
  });

  it('the dead a report lists ("those killed included ...") are some of the toll told before', () => {
    const text = 'A Syrian war monitoring group on Tuesday raised the death toll from airstrikes on a market in the town of Atareb the previous day to 61. There were at least three airstrikes on the market. Those killed included six women, five children and three police officers, according to the monitoring group.';
    expect(extract(text, '2017-11-14').map((e) => e.fatalities?.best)).toEqual([61]);
  });

  it.each([
    'Other media reports suggest that at least 23 people were killed by the airstrike.',
    'Rescue workers responding to the attacks gave a higher toll of 23 dead.',
  ])('another source\'s higher estimate does not replace the figure reported: %s', (after) => {
    const text = `Syrian government air strikes on opposition-held neighborhoods of Aleppo killed at least 15 civilians on Wednesday, a monitor said. ${after}`;
    expect(extract(text, '2016-06-08')[0]?.fatalities?.best).toBe(15);
  });

  it('an updated toll does replace it', () => {
    const text = 'Syrian government air strikes on opposition-held neighborhoods of Aleppo killed at least 15 civilians on Wednesday, a monitor said. The death toll later rose to 23.';
    expect(extract(text, '2016-06-08')[0]?.fatalities?.best).toBe(23);
  });

  it('the dead a report singles out ("nine people ... among the terrorists killed") are some of the toll told before', () => {
    const text = 'The Defense Ministry has reported the elimination of a Daesh command position in the Al Mayadin district, about 80 militants killed. The ministry added that there were nine people from the North Caucasus among the terrorists killed.';
    expect(extract(text, '2017-10-07').map((e) => e.fatalities?.best)).toEqual([80]);
  });

  it('a battle\'s toll "since Tuesday", compared with the war ("one of the deadliest ... since the start of the war"), joins the capture it ended in', () => {
    const text = 'Islamic State militants stormed an air base near Tabqa on Sunday, capturing it from government forces. The Observatory said at least 346 Islamic State fighters were killed and more than 170 members of government forces had died since Tuesday in the fight over Tabqa base, making it one of the deadliest confrontations between the two groups since the start of the war.';
    const events = extract(text, '2014-08-24');
    expect(events.map((e) => [e.sub_event_type, e.fatalities?.best])).toEqual([['Non-state actor overtakes territory', 516]]);
  });

  it('a wire report: headline and lead one event dated by the lead, not the dateline; the later shelling its own; last September\'s strike left out', () => {
    const text = [
      'Syrian government air strikes kill 23 in Idlib market',
      'BEIRUT, Nov 24 (Reuters) - Syrian government warplanes bombed a crowded market in the town of Saraqeb in Idlib province on Wednesday, killing at least 23 people, a war monitor and rescue workers said.',
      'The Syrian Observatory for Human Rights said the toll was likely to rise as many of the wounded were in serious condition. Civil defence workers said they pulled 15 bodies from the rubble.',
      'Rebels later fired rockets at government-held districts of Aleppo, killing three civilians, state media said.',
      'In September, a similar strike on the same market killed 12 people.',
    ].join('\n\n');
    expect(summary(extract(text, '2016-11-24'))).toEqual([
      'Explosions/Remote violence/Air/drone strike syrian-government->civilians @Saraqib 2016-11-23 †23',
      'Explosions/Remote violence/Shelling/artillery/missile attack syrian-rebels->civilians @Aleppo null †3',
    ]);
  });

  it('a title-case headline that lost its comma tells its second act with a second verb of the same subject, with its own place and dead', () => {
    const events = extract('Syrian Army Retakes Qaryatain City in Homs Kills over 50 Terrorists in Hama.', '2016-04-03');
    expect(events.map((e) => [e.sub_event_type, e.actor1?.id, e.location?.name, e.fatalities?.best ?? null])).toEqual([
      ['Government regains territory', 'syrian-government', 'Al-Qaryatayn', null],
      ['Armed clash', 'syrian-government', 'Hama', 50],
    ]);
  });

  it('"insurgents" a report does not name are an unidentified armed group', () => {
    const events = extract('The monitor said 13 people including six children were killed on Saturday in Sheikh Maqsoud in Aleppo by insurgents mortars.', '2016-06-05');
    expect(events.map((e) => [e.sub_event_type, e.actor1?.id, e.actor2?.id, e.fatalities?.best])).toEqual([['Shelling/artillery/missile attack', 'unidentified-armed-group', 'civilians', 13]]);
  });

  it('"the two sides" are the last two armed sides named, not a side and the civilians it hit', () => {
    const text = 'Government forces clashed with Islamic State fighters in Hasakah on Monday. Russian warplanes bombed the city on Monday, killing five civilians. In July more than 52 people were killed in a battle between the two sides in Hasakah.';
    const battle = extract(text, '2016-08-05').find((e) => e.fatalities?.best === 52)!;
    expect([battle.actor1?.id, battle.actor2?.id]).toEqual(['syrian-government', 'islamic-state']);
  });

  it('the civilians a side hit are not the other side of its battle told next', () => {
    const text = 'Regime forces shelled Mayadeen on Tuesday, killing 12 civilians. Syria regime forces have retaken four neighbourhoods of Mayadeen in their latest assault on the eastern jihadist bastion.';
    const taking = extract(text, '2016-06-05').find((e) => e.event_type === 'Battles')!;
    expect([taking.actor1?.id, taking.actor2?.id ?? null]).toEqual(['syrian-government', null]);
  });

  it('strikes told as the United States\' in the headline and as the US-led coalition\'s in the lead are one strike', () => {
    const text = ['US airstrikes kill 23 civilians in Syrias Deir ezzor', '"At least 23 civilians among them eight children and six women were killed Wednesday before dawn by airstrikes carried out by the US-led coalition targeting a village controlled by Isis on the eastern banks of the Euphrates river" said the Syrian Observatory for Human Rights.'].join('\n\n');
    // (at the province the headline names: a river says less than the province it runs through)
    expect(extract(text, '2017-12-14').map((e) => [e.sub_event_type, e.location?.name, e.fatalities?.best])).toEqual([['Air/drone strike', 'Deir ez-Zor', 23]]);
  });

  it('dead counted on another day at the same place are another day\'s event, not the shelling\'s toll', () => {
    const text = 'At least four schoolchildren were among eight people killed in Syrian regime shelling in Eastern Ghouta on Tuesday. On Sunday 11 civilians including a journalist for pro-opposition television were killed in Eastern Ghouta.';
    expect(extract(text, '2017-11-01').map((e) => [e.date.start, e.fatalities?.best])).toEqual([['2017-10-31', 8], ['2017-10-29', 11]]);
  });

  it('a car bomb told at the city and at a part of it the gazetteer does not know, with one toll, is one bombing', () => {
    const text = '05-09-2013 Damascus Car bomb Kills Four . Four people were killed and six others injured in a car bomb attack in western Damascus on Thursday state news agency SANA reported. Four people were killed and six others injured in a car bomb attack in western Damascus on Thursday state news agency SANA reported. The blast hit near a research and testing centre affiliated with the ministry of industry in the Sumaria neighborhood of the Syrian capital. "A terrorist car bomb attack killed four people and wounded six others" SANA reported adding that the blast damaged shops and cars near the centre.';
    expect(extract(text).map((e) => [e.sub_event_type, e.location?.admin1, e.fatalities?.best])).toEqual([['Remote explosive/landmine/IED', 'Damascus', 4]]);
  });

  it('a report at a city that counts no dead, and the same kind of act at a part of it told next, are one act', () => {
    const text = 'Nearly 50 air strikes hit rebel-held areas in and around the Syrian city of Aleppo on Sunday in some of the heaviest recent raids by Russian and Syrian government aircraft residents said. For their part rebels hit government-held areas of Aleppo in what Syrian media said was an escalation of mortar attacks on the western districts. State media said attacks on Sunday on Hamadaniyah Midan and other neighbourhoods by insurgents killed at least 20 people in the second day of intense shelling of government-held areas.';
    const events = extract(text, '2016-06-05');
    expect(events.filter((e) => e.sub_event_type === 'Shelling/artillery/missile attack').map((e) => [e.actor1?.id, e.location?.name, e.fatalities?.best])).toEqual([['syrian-rebels', 'Hamadaniyah', 20]]);
  });

  it('a battle near a border and the same sides\' clashes in a region by that border, told the other way round, are one battle', () => {
    const text = 'At least 50 jihadists from the Islamic State and Al-Nusra Front were killed overnight by Syrian troops backed by Lebanese Hezbollah fighters near the Lebanese border a monitor said Saturday. The Syrian Observatory for Human Rights said the jihadists clashed throughout Friday night and into Saturday morning with the regime troops and allied forces in the Qalamun region by the Lebanese border.';
    const events = extract(text, '2014-08-02');
    expect(events.map((e) => [e.event_type, e.location?.name, e.fatalities?.best])).toEqual([['Battles', 'Qalamoun', 50]]);
  });

  it('a headline run into the next one is the body\'s shelling told short, whichever act of the two headlines led it', () => {
    const text = '10 July 2015 Three civilians killed in rocket attack in Aleppo ISIS attacks Hasaka city with mortars and car bombs . Terrorists attacked al-Ramouseh neighborhood in Aleppo city with rockets leaving civilian casualties. A source at the Police Command told SANA on Friday that terrorists positioned in al-Rashidin neighborhood fired rockets that fell in the southwestern part of al-Ramouseh killing three civilians.';
    const events = extract(text, '2015-07-10');
    expect(events.filter((e) => e.fatalities?.best === 3).map((e) => [e.sub_event_type, e.location?.name])).toEqual([['Shelling/artillery/missile attack', 'Ramouseh']]);
  });

  it('a wire roundup: the capture, the day\'s shelling and another province\'s strike; the campaign\'s toll is no event', () => {
    const text = [
      'Turkish troops, allied Syrian fighters capture key town',
      'BEIRUT (AP) — Turkish troops and allied Syrian opposition fighters on Sunday captured the northern Syrian town of Afrin from Kurdish militiamen, Turkish President Recep Tayyip Erdogan said.',
      'The Kurdish-led administration said Turkish airstrikes had killed more than 280 civilians during the two-month offensive. The Syrian Observatory for Human Rights said at least 11 civilians were killed on Sunday in Turkish shelling of the town.',
      'Meanwhile, Syrian government forces pressed their offensive in eastern Ghouta, where Russian and Syrian airstrikes killed at least 37 people in the town of Kfar Batna on Saturday, the Observatory said.',
    ].join('\n\n');
    expect(summary(extract(text, '2018-03-18'))).toEqual([
      'Battles/Non-state actor overtakes territory turkey->sdf @Afrin 2018-03-18 †undefined',
      'Explosions/Remote violence/Shelling/artillery/missile attack turkey->civilians @Afrin 2018-03-18 †11',
      'Explosions/Remote violence/Air/drone strike syrian-government->civilians @Kafr Baţnā 2018-03-17 †37',
    ]);
  });

  it('a state news report: a headline of two verbs shares its subject; Mhardeh is in Hama', () => {
    const text = [
      'Army units eliminate ISIS terrorists in Deir Ezzor, restore security to new villages in Hama',
      'Deir Ezzor, SANA – Army units on Tuesday killed scores of ISIS terrorists and destroyed their vehicles in the surroundings of Deir Ezzor city, a military source said.',
      'The source told SANA that army units restored security and stability to the villages of Tal al-Sakhr and Zour al-Hisa in the northern countryside of Hama after eliminating the last gatherings of Jabhat al-Nusra terrorists there.',
      'Meanwhile, terrorists fired three rocket shells on the city of Mhardeh, killing a woman and injuring five civilians.',
    ].join('\n\n');
    const events = extract(text, '2017-10-11');
    expect(events.map((e) => [e.sub_event_type, e.actor1?.id, e.location?.admin1])).toEqual([
      ['Government regains territory', 'syrian-government', 'Hama'],
      ['Armed clash', 'syrian-government', 'Deir ez-Zor'],
      ['Shelling/artillery/missile attack', 'unidentified-armed-group', 'Hama'],
    ]);
  });

  it('an Iraq wire report: the support and the toll of "the advance" join the recapture; a campaign\'s tactics are no event', () => {
    const text = [
      'Iraqi forces retake key district in west Mosul',
      'MOSUL, Iraq, March 7 (Reuters) - Iraqi government forces recaptured the main government building in western Mosul on Tuesday, a military statement said.',
      'U.S.-led coalition aircraft supported the advance, which left at least 15 Islamic State fighters dead, an Iraqi officer said. Two soldiers were killed by a car bomb in the al-Dawasa district.',
      'Islamic State militants have used suicide car bombs, snipers and mortar fire to slow the advance since the offensive began in October.',
    ].join('\n\n');
    const events = extract(text, '2017-03-07');
    expect(events.map((e) => [e.sub_event_type, e.actor1?.id, e.assoc_actor1.map((a) => a.id), e.fatalities?.best])).toEqual([
      ['Government regains territory', 'iraqi-government', ['us-led-coalition'], 15],
      ['Remote explosive/landmine/IED', 'unidentified-armed-group', [], 2],
    ]);
  });

  it('"the two sides" with no report naming both is no clash', () => {
    const events = extract('Clashes between the two sides have rocked the city of Hassakeh, leaving 23 civilians dead.', '2016-08-19');
    expect(events.filter((e) => e.event_type === 'Battles')).toEqual([]);
  });

  it('"civilians west of Aleppo" died near Aleppo (not where they came from)', () => {
    const events = extract('Air strikes killed 50 civilians west of Aleppo on Tuesday.', '2016-11-24');
    expect(events.map((e) => [e.location?.name, e.location?.geo_precision])).toEqual([['Aleppo', 2]]);
  });

  it('where the people came from is not where they were killed', () => {
    const events = extract('The Observatory said that 98 evacuees from the northern towns of Fuaa and Kafraya were killed when an explosives-laden vehicle hit their buses at a transit point west of Aleppo on Saturday.', '2017-04-16');
    expect(events.map((e) => e.location?.name)).toEqual(['Aleppo']);
  });

  it('a suicide bombing is an unidentified armed group\'s until a side is named', () => {
    const events = extract('At least 22 people were killed in a double suicide bomb attack at an army checkpoint in the central Syrian city of Homs on Tuesday, state media said.', '2016-01-26');
    expect(events.map((e) => [e.sub_event_type, e.actor1?.id])).toEqual([['Suicide bomb', 'unidentified-armed-group']]);
  });

  it('a list of places gives one event per place', () => {
    const events = extract('The US-led coalition has been striking targets in Raqqa, Manbij and Mar’a in Syria in recent days.');
    const air = events.filter((e) => e.sub_event_type === 'Air/drone strike' && e.actor1?.id === 'us-led-coalition');
    expect(air.map((e) => e.location?.name).sort()).toEqual(['Manbij', "Mare'", 'Raqqa']);
  });

  it('a place that starts its own clause is not in the list: "advance on Manbij and Fallujah remains under attack"', () => {
    const events = extract('A spokesperson said the Syrian Democratic Forces (SDF) advance on Manbij and Fallujah remains under attack in Iraq.');
    const sdf = events.filter((e) => e.actor1?.id === 'sdf');
    expect(sdf.map((e) => e.location?.name)).toEqual(['Manbij']);
  });

  it('the headline, the lead and the body reporting one event give one record with all the evidence', () => {
    const text = [
      'Backed by Russia, Syria forces retake Palmyra in major victory over ISIS',
      '',
      'Backed by Russian forces, Syrian troops recaptured the famed ancient city of Palmyra from the Islamic State militant group today.',
      '',
      'The army and its militia allies took complete control over the city of Palmyra, a military source said.',
    ].join('\n');
    const events = extract(text).filter((e) => e.location?.name === 'Palmyra' && e.event_type === 'Battles');
    expect(events).toHaveLength(1);
    expect(events[0].evidence.length).toBeGreaterThanOrEqual(2);
    expect(events[0].sub_event_type).toBe('Government regains territory');
  });

  it('a count of the dead after the event sentence is added to that event', () => {
    const text =
      'The Syrian Observatory for Human Rights said there had been violent clashes between Isis militants and regime troops in Raqqa on Friday. ' +
      'At least 26 Isis fighters had been killed, as well as nine members of Syrian security forces and supporting militias.';
    const clash = extract(text).find((e) => e.sub_event_type === 'Armed clash');
    expect(clash?.fatalities?.best).toBe(35);
    expect(clash?.fatalities?.low).toBe(35);
    expect(clash?.sources).toContain('Syrian Observatory for Human Rights');
  });

  it('the dead "in the fighting" join the battle told before, not a new one', () => {
    const text =
      'Rebels clashed with government forces in western Aleppo on Friday. ' +
      'It also said that 19 regime fighters were killed in the fighting.';
    const events = extract(text);
    expect(summary(events)).toHaveLength(1);
    expect(events[0].fatalities?.best).toBe(19);
  });

  it('a count for "the battle for Palmyra" goes to that battle, not to the last event told', () => {
    const text =
      'Backed by Russian forces, Syrian troops recaptured the ancient city of Palmyra from the Islamic State group today. ' +
      'On Thursday, the Iraqi army announced the launch of an offensive to recapture Mosul. ' +
      'ISIS lost at least 400 militants in the battle for Palmyra, said the Syrian Observatory for Human Rights.';
    const palmyra = extract(text).find((e) => e.location?.name === 'Palmyra');
    expect(palmyra?.fatalities?.best).toBe(400);
  });

  it('a chemical attack delivered by an air strike is one event', () => {
    const text =
      'A suspected chemical attack killed 58 people in the town of Khan Sheikhoun on Tuesday. ' +
      'Witnesses said a regime air strike dropped the gas on the town early on Tuesday.';
    const events = extract(text, '2017-04-05');
    expect(summary(events)).toHaveLength(1);
    expect(events[0].sub_event_type).toBe('Chemical weapon');
  });

  it('bombardment that does not say by what is the air strike of the day told again, with its toll', () => {
    const text =
      'In fresh strikes Russian and Syrian regime jets pounded opposition-held parts of Aleppo early on Thursday. ' +
      'Severe bombardment on Syrias biggest city has killed at least 84 civilians including children, the monitor said.';
    const events = extract(text, '2016-10-13');
    expect(summary(events)).toHaveLength(1);
    expect(events[0].sub_event_type).toBe('Air/drone strike');
    expect(events[0].fatalities?.best).toBe(84);
  });

  it('a month of infighting summed up after the day\'s clash adds nothing to its toll', () => {
    const text =
      'Activists say rebel infighting in Deir Ezzor has killed 45 opposition fighters over the past two days. ' +
      'The Observatory says a month of infighting in Deir Ezzor alone has killed nearly 300 fighters.';
    const events = extract(text, '2014-06-09');
    expect(events.map((e) => e.fatalities?.best)).toEqual([45]);
  });

  it('"in the town" after "Talbisseh in Homs province" is the town, not the province', () => {
    const text = 'On Tuesday 25 people were killed in air strikes on Talbisseh in Homs province. On Monday air strikes killed 23 people in the town which has been under siege by the army.';
    expect(extract(text, '2014-09-17').map((e) => e.location?.name)).toEqual(['Talbiseh', 'Talbiseh']);
  });

  it('a report placed only at the country joins the same attack at a town of that country', () => {
    const text =
      'Victims of a suspected chemical attack in Syria on Tuesday showed symptoms of a nerve agent, the WHO said. ' +
      'The chemical attack on Khan Sheikhoun on Tuesday killed at least 70 people.';
    const events = extract(text, '2017-04-05');
    expect(events.map((e) => [e.sub_event_type, e.location?.name])).toEqual([['Chemical weapon', 'Khan Sheikhoun']]);
  });

  it.each([
    ['A car bomb exploded in the Kurdish-held city of Qamishli on Tuesday, killing at least 48 people. IS claimed responsibility for the attack.', 'Remote explosive/landmine/IED'],
    ['A suicide bomber struck a wedding in Hasakah on Sunday, killing 32 people. Responsibility for the bombing was claimed by Islamic State.', 'Suicide bomb'],
  ])('the side that claims the attack is its author: %s', (text, sub) => {
    const [e] = extract(text, '2018-03-20');
    expect([e.sub_event_type, e.actor1?.id, e.actor2?.id]).toEqual([sub, 'islamic-state', 'civilians']);
  });

  it('a foreign state\'s forces taking a town overtake territory, with their allies as backers', () => {
    const [e] = extract('Turkish forces and allied Syrian rebels took full control of Afrin on Sunday, the Turkish army said.', '2018-03-20');
    expect([e.sub_event_type, e.actor1?.id, e.assoc_actor1.map((a) => a.id)]).toEqual(['Non-state actor overtakes territory', 'turkey', ['syrian-rebels']]);
  });

  it('a headline that only says "kills" joins the report of the same side\'s attack at the place', () => {
    const text =
      'May 18 2017 ISIL Kills over 50 in Central Syria Attack. ' +
      'ISIL terrorist group killed more than 50 people in an attack on two villages in central Syrias Hama province on Thursday a monitor said.';
    const events = extract(text, '2017-05-18');
    expect(summary(events)).toHaveLength(1);
    expect([events[0].event_type, events[0].actor1?.id, events[0].evidence.length]).toEqual(['Violence against civilians', 'islamic-state', 2]);
  });

  it('"in neighbouring Iraq" in a story set in Syria is where those strikes were', () => {
    const text =
      'The US-led coalition reported Monday it had launched 10 air strikes against IS in Syria near Kobani. ' +
      'Another 17 strikes targeted the jihadists in neighbouring Iraq, the Pentagon said.';
    expect(extract(text, '2015-02-02').map((e) => e.location?.name)).toEqual(['Kobani', 'Iraq']);
  });

  it('the side that fires in a "when" clause is the attacker of the passive killing', () => {
    const [e] = extract('A terrorist was killed and another was injured when army units targeted their positions in Daraa al-Balad.', '2016-06-10');
    expect(e.actor1?.id).toBe('syrian-government');
  });

  it('"(banned in Russia)" is no place of the story', () => {
    const text = 'Terrorist attacks regularly hit Damascus as the army fights Jabhat al-Nusra (a terrorist group banned in Russia) near the capital on Monday.';
    expect(extract(text, '2017-03-14').map((e) => e.location?.name)).not.toContain('Russia');
  });

  it('a later campaign tally does not replace the event\'s exact toll', () => {
    const text =
      'An air strike on a market on Thursday killed at least 21 people in a village of the north Syrian province of Aleppo. ' +
      'The Syrian Observatory for Human Rights said the bombing campaign has killed hundreds mostly civilians.';
    const [e] = extract(text, '2014-04-24');
    expect(e.fatalities?.best).toBe(21);
  });

  it('a strike with one side named is against the enemy the story gives that side or its client', () => {
    const text =
      'Backed by Russian air power, regime forces recaptured several hills near al-Qaryatayn from Islamic State on Saturday. ' +
      '"This advance was achieved with support from Russia which intensified its air raids," he added.';
    const air = extract(text).find((e) => e.sub_event_type === 'Air/drone strike');
    expect(air?.actor1?.id).toBe('russia');
    expect(air?.actor2?.id).toBe('islamic-state');
  });

  it('the enemy met in another province is not assumed', () => {
    const text = 'Government forces retook Palmyra from IS on Sunday. The army shelled Douma on Friday.';
    const douma = extract(text, '2016-03-27').find((e) => e.location?.name === 'Douma');
    expect(douma?.actor1?.id).toBe('syrian-government');
    expect(douma?.actor2).toBeNull();
  });

  it('a beheading of one named victim is violence against a civilian with one death', () => {
    const text = 'The jihadists used the ancient amphitheatre of Palmyra for public executions, including the beheading of the city\'s 82-year-old former antiquities chief.';
    const e = extract(text).find((x) => x.event_type === 'Violence against civilians');
    expect(e?.actor2?.id).toBe('civilians');
    expect(e?.fatalities?.best).toBe(1);
  });

  it('fighting "since last week" and the push on Tuesday are one battle, dated by the day', () => {
    const text =
      'US-backed Syrian fighters of the SDF on Tuesday continued their push deeper into Hajin, the Islamic State group\'s last stronghold. ' +
      'The SDF have been fighting IS for control over the town of Hajin since last week.';
    const battles = extract(text, '2018-12-12').filter((e) => e.event_type === 'Battles' && e.location?.name === 'Hajin');
    expect(battles).toHaveLength(1);
    expect(battles[0].date.start).toBe('2018-12-11');
  });

  it('a push "near the Turkish border" joins the same sides\' battle at a town of the story', () => {
    const text =
      'The SDF rebel alliance continued to push west in a US-supported advance on the city of Manbij, fighting Isis. ' +
      'The assault came as SDF rebels pushed into Isis territory near the Turkish border to the north.';
    const battles = extract(text).filter((e) => e.event_type === 'Battles');
    expect(battles.map((e) => e.location?.name)).toEqual(['Manbij']);
    expect(battles[0].evidence).toHaveLength(2);
  });

  it('a foreign capital\'s possessive and the dateline are not where it happened', () => {
    const text =
      'MOSCOW (Sputnik) - Rebels shelled government-held districts of Aleppo on Friday. ' +
      'The Observatory reported a halt to Moscows aerial bombing of the rebel-held east, and rebels seized ground on Friday.';
    const where = extract(text).map((e) => e.location?.name);
    expect(where).toContain('Aleppo');
    expect(where).not.toContain('Moscow');
  });

  it('a capital standing for its government is not where the event happened', () => {
    const text =
      'Russian and Syrian jets pounded opposition-held parts of Aleppo on Thursday. ' +
      'The regime operation has been backed by Moscow which stepped up its air strikes against opposition-held areas this week.';
    expect(extract(text, '2016-10-13').map((e) => e.location?.name)).not.toContain('Moscow');
  });

  it('a side\'s capital a strike hits is the side\'s ground; the civilians it killed are the target', () => {
    const text = 'Overnight airstrikes on the Islamic State groups de facto Syrian capital Raqqa killed 25 civilians a monitoring group said on Wednesday.';
    expect(extract(text, '2016-06-22').map((e) => e.actor2?.id)).toEqual(['civilians']);
  });

  it('"combat flights" are air strikes, not combat on the ground', () => {
    const text = 'A long convoy of ISIL fuel tankers moving from northwestern Aleppo was targeted in the joint combat flights of the Syrian and Russian fighter jets on Wednesday.';
    expect(extract(text, '2016-05-26').map((e) => [e.sub_event_type, e.actor1?.id, e.actor2?.id])).toEqual([['Air/drone strike', 'syrian-government', 'islamic-state']]);
  });

  it('a missile the killer\'s own words name makes its killing a missile attack; one of several weapons does not', () => {
    expect(extract('Syrian army missile kills 23 including 8 kids in Marea.', '2014-05-20').map((e) => e.sub_event_type)).toEqual(['Shelling/artillery/missile attack']);
    expect(extract('A child and a woman were killed by terrorist rocket and sniper attacks that targeted al-Hader town in Aleppos southern countryside on Sunday.', '2016-08-14').map((e) => e.sub_event_type)).toEqual(['Attack']);
  });

  it('the country a province borders is no place of the act', () => {
    const text = 'On Monday about 70 rebels were killed in clashes with IS in an eastern province bordering Iraq the Observatory said.';
    expect(extract(text, '2014-05-06').map((e) => e.location?.name)).not.toContain('Iraq');
  });

  it('a capital accused or blamed stands for its government: the dead it is blamed for are the act told before', () => {
    const text = 'Regime helicopters dropped toxic gas on Saraqeb in Idlib province on Monday. The United States accused Damascus of the attack which killed 12 people.';
    expect(extract(text, '2016-08-02').map((e) => [e.location?.name, e.fatalities?.best])).toEqual([['Saraqib', 12]]);
  });

  it('who tells of what a new subject did is not its author', () => {
    const rows: [string, string | undefined][] = [
      ['The army said a car bomb exploded in Homs on Monday, killing five people.', 'unidentified-armed-group'],
      ['Rebels said a helicopter dropped toxic gas on Saraqeb in Idlib province on Monday, killing two civilians.', undefined],
      // (the speaker's own: "it", "its forces", "an army unit")
      ['The army said an army unit killed 20 terrorists in Homs on Monday.', 'syrian-government'],
      ['The SDF said it killed 20 IS militants near Hajin on Monday.', 'sdf'],
      ['IS also claimed an attack on a police station in Mosul that killed 56 people.', 'islamic-state'],
    ];
    for (const [text, actor1] of rows) expect(extract(text, '2016-08-02').map((e) => e.actor1?.id), text).toEqual([actor1]);
  });

  it('"that attack" after a sentence that dates an old act is that act, recalled, not news', () => {
    const old = 'Rescuers said 33 people were affected by gas in Saraqeb in Idlib province on Monday. UN investigators established that sarin gas was used in Eastern Ghouta in 2013. The United States accused Damascus of that attack which it estimates killed 1429 people including at least 426 children.';
    expect(extract(old, '2016-08-02').map((e) => e.fatalities?.best)).not.toContain(1429);
    // (the pointing back dates nothing when the sentence before names no day: the act stays)
    const fresh = 'Regime helicopters dropped toxic gas on Saraqeb in Idlib province. That attack killed 12 people including five children.';
    expect(extract(fresh, '2016-08-02').map((e) => e.fatalities?.best)).toContain(12);
  });

  it('a foreign capital that only acts or owns ("Moscow which holds a veto", "its Damascus ally") is not where the attack was', () => {
    const text =
      'The death toll from a suspected chemical weapons attack on a rebel-held Syrian town has risen to 86, a monitoring group said. ' +
      'But Moscow which holds a veto defended its Damascus ally. ' +
      'Residents of Khan Sheikhun described the attack on the town.';
    const where = extract(text, '2017-04-05').map((e) => e.location?.name);
    expect(where).not.toContain('Moscow');
    expect(where).not.toContain('Damascus');
  });

  it('factions fought "alongside" are allies, not the other side', () => {
    const [e] = extract('The rebels are fighting alongside Al Qaeda-affiliated Al Nusra Front against regime forces near Aleppo.');
    expect([e.actor1?.id, e.actor2?.id]).not.toContain('hts');
    expect(e.assoc_actor1.map((a) => a.id)).toContain('hts');
  });

  it('"as civilians are forced to flee air raids" is another clause: civilians are not the battle\'s other side', () => {
    const events = extract('Regime troops, backed by Russian air support, have made strategic gains against militants in Palmyra as civilians are forced to flee devastating air raids.');
    expect(summary(events).length).toBeGreaterThan(0);
    expect(events.every((e) => e.actor2?.id !== 'civilians')).toBe(true);
  });

  it('a denial in the article marks the event contested', () => {
    const text =
      'Regime forces recaptured several hills near al-Qaryatayn on Saturday. ' +
      'However, a news agency loyal to IS contradicts the reports of loss of key ground in al-Qaryatayn.';
    const e = extract(text).find((x) => x.sub_event_type === 'Government regains territory');
    expect(e?.contested).toBe(true);
  });

  it('what a place has seen since a day of the story is an event', () => {
    const events = extract('The town of Douma has witnessed heavy clashes between the army and Jaysh al-Islam since Sunday.', '2016-06-07');
    expect(events.map((e) => [e.sub_event_type, e.location?.name])).toEqual([['Armed clash', 'Douma']]);
  });

  it('the second verb of the purpose reinforcements were sent for is not done either', () => {
    const events = extract('The regime sent reinforcements to storm Muzayrib and capture those it believed responsible for the incident.', '2020-05-12');
    expect(events.filter((e) => e.event_type === 'Battles'), summary(events).join('; ')).toEqual([]);
  });

  it('what was done "without" an act is no act', () => {
    const events = extract('Activists reported today that the regime had withdrawn its forces from Muzayrib without entering the town.', '2020-05-12');
    expect(events.filter((e) => e.event_type === 'Battles'), summary(events).join('; ')).toEqual([]);
  });

  it('mortar rounds and explosive devices destroyed in a list of things are no shelling or bombing', () => {
    const events = extract('The security forces destroyed eight hideouts, two tunnels, six mortar rounds, and three explosive devices during the operation in Diyala.', '2021-05-02');
    expect(events.filter((e) => e.event_type === 'Explosions/Remote violence'), summary(events).join('; ')).toEqual([]);
  });

  it('a dust storm takes no ground', () => {
    const events = extract('ISIS fighters attacked a military bus near Palmyra, taking advantage of the dust storm that hit the desert.', '2022-03-06');
    expect(events.filter((e) => /territory/.test(e.sub_event_type)), summary(events).join('; ')).toEqual([]);
  });

  it('history the article recalls is not reported as news', () => {
    const events = extract('IS overran large swathes of Syria and neighbouring Iraq in 2014, proclaiming a "caliphate".', '2018-12-12');
    expect(events).toEqual([]);
  });

  it.each([
    [
      'A salvo of US cruise missiles have severely damaged a Syrian regime airbase that was used as a launchpad for a devastating chemical attack on an opposition village in Idlib. Fifty nine US cruise missiles struck a Syrian regime airbase in Homs province early Friday morning. SANA said that six people were killed in the attack.',
      [['Shelling/artillery/missile attack', 'united-states', 'Homs', 6]],
    ],
    [
      'Shayrat Airfield was allegedly the launch pad for a devastating chemical attack on an Idlib village that left up to a hundred civilians dead. US cruise missiles struck the airfield in Homs province early Friday.',
      [['Shelling/artillery/missile attack', 'united-states', 'Homs', null]],
    ],
  ])('the act a place served as launch pad for names the place; its places and dead are not the act of the story, and a lead that names no place joins the act the story places: %s', (text, expected) => {
    const events = extract(text, '2017-04-07');
    expect(events.map((e) => [e.sub_event_type, e.actor1?.id, e.location?.name, e.fatalities?.best ?? null])).toEqual(expected);
  });

  it('a lead that names no place does not join an act told only at a country ("arms seized in Iraq")', () => {
    const text =
      'Hundreds dead as Islamic State seizes Syrian air base. Islamic State militants stormed an air base in northeast Syria on Sunday capturing it from government forces after days of fighting that cost more than 500 lives. ' +
      'The Observatory said at least 346 Islamic State fighters were killed and more than 170 members of government forces had died since Tuesday in the fight over Tabqa base. ' +
      'Islamic State has taken three Syrian military bases in the area in recent weeks boosted by arms seized in Iraq.';
    const [e] = extract(text, '2014-08-24');
    expect([e?.sub_event_type, e?.location?.name, e?.fatalities?.best]).toEqual(['Non-state actor overtakes territory', 'Tabqa', 516]);
  });

  it('means listed together with no agent of their own ("fighting shelling and car bombs killed 18") are one act\'s', () => {
    const events = extract('Fierce fighting shelling and car bombs killed at least 18 regime forces and allied fighters in Aleppo on Friday according to the Observatory.', '2016-10-29');
    expect(events.map((e) => [e.location?.name, e.fatalities?.best])).toEqual([['Aleppo', 18]]);
  });

  it.each([
    ['US cruise missiles struck a Syrian regime airbase in Homs province on Friday. Syrian regime forces retook two villages in Homs province on Saturday.', 'Government regains territory'],
    ['Russian jets pounded rebel positions in Aleppo on Friday. Opposition fighters unleashed a barrage of rockets on the western side of Aleppo on Saturday.', 'Shelling/artillery/missile attack'],
  ])('a foreign power that struck a side from afar is no target of that side\'s own acts: %s', (text, sub) => {
    const e = extract(text, '2017-04-09').find((x) => x.sub_event_type === sub && x.evidence[0]!.text.includes('Saturday'));
    expect(e).toBeDefined();
    expect(e!.actor2?.id ?? null).toBeNull();
  });

  it.each([
    ['The Syrian army units eliminated over 75 Nusra Front militants including the suicide bombers in Daraa on Sunday.', 'Armed clash', 'syrian-government', 'hts'],
    ['Peshmerga shoot dead six ISIS suicide bombers west of Kirkuk on Saturday.', 'Armed clash', 'peshmerga', 'islamic-state'],
  ])('suicide bombers counted among the dead or shot dead are no bombing: %s', (text, sub, actor1, actor2) => {
    const events = extract(text, '2017-04-09');
    expect(events.map((e) => [e.sub_event_type, e.actor1?.id, e.actor2?.id])).toEqual([[sub, actor1, actor2]]);
  });

  it('"citizens", as state media call civilians, are the victims an act is recorded for', () => {
    const [e] = extract('SANA reporter in Aleppo said that terrorists fired a rocket shell on Iskandaron Street in al-Jamilyeh neighborhood in Aleppo city killing 3 citizens and injuring 8 others.', '2016-11-18');
    expect([e?.sub_event_type, e?.actor1?.id, e?.actor2?.id, e?.fatalities?.best]).toEqual(['Shelling/artillery/missile attack', 'unidentified-armed-group', 'civilians', 3]);
  });

  it.each([
    // a list of cities or provinces whose commas the page lost: one record each, the dead not shared out
    ['Six citizens were killed in terrorist attacks with shells in Damascus Aleppo and Idleb on Friday.', [['Damascus', null], ['Aleppo', null], ['Idlib', null]]],
    // (not a run of suburbs or villages, which may be one name the gazetteer splits)
    ['Regime rockets fell on Ain Tarma Zamalka and Jobar on Friday killing 150 people.', [['Ain Tarma', 150]]],
  ])('a list of places without commas: %s', (text, expected) => {
    expect(extract(text, '2016-11-18').map((e) => [e.location?.name, e.fatalities?.best ?? null])).toEqual(expected);
  });

  it('a headline that sums up the day\'s attacks over several cities is told again by the first act the body tells at each', () => {
    const text =
      '18 November 2016 6 citizens killed 22 injured in terrorist attacks with shells in Damascus Aleppo and Idleb. ' +
      'Damascus Terrorists of the so called Jaish al-Islam targeted with rocket shells a number of the residential neighborhoods in Damascus city. ' +
      'A source at Damascus Police Command said that terrorist groups positioned in the Eastern Ghouta targeted al-Salyhiah neighborhood killing a woman and injuring three others. ' +
      'Aleppo SANA reporter in Aleppo said that terrorists fired a rocket shell on Iskandaron Street in al-Jamilyeh neighborhood in Aleppo city killing 3 citizens and injuring 8 others. ' +
      'Idleb Two persons were injured when terrorist organizations located in Binnish fired mortar shells on the town of al-Fouaa to the north of Idleb city.';
    const events = extract(text, '2016-11-18');
    expect(events.map((e) => [e.location?.name, e.fatalities?.best ?? null]).sort()).toEqual([['Fuaa', null], ['Jamiliyah', 3], ['al-Salyhiah', 1]]);
  });

  it('a count brought up to date ("as of Thursday, the death toll stood at") is the toll of the killing told before, on its day', () => {
    const text =
      'More than 60 people were killed in coordinated attacks by Islamic State militants on villages near Sweida on Wednesday. ' +
      'As of Thursday, the death toll stood at 72, 40 of them civilians, according to the Observatory.';
    const events = extract(text, '2018-07-26');
    expect(events.map((e) => [e.location?.name, e.date?.start, e.fatalities?.best])).toEqual([['Suwayda', '2018-07-25', 72]]);
  });

  it('a count of a later day told paragraphs after the killing is that killing\'s toll brought up to date, not another attack', () => {
    const text =
      'More than 200 people have been reported killed following coordinated Islamic State attacks in the province of Sweida on Wednesday. ' +
      'A farmer in one of the villages said his family woke to the sound of gunfire before dawn. ' +
      '"We hid in the cellar until the shooting stopped," he told the agency by telephone. ' +
      'His brother and two neighbours did not survive. ' +
      'As of Thursday, the death toll stood at 215, 120 of them civilians, according to the Syrian Observatory for Human Rights.';
    const events = extract(text, '2018-07-26');
    expect(events.map((e) => [e.actor1?.id, e.date?.start, e.fatalities?.best])).toEqual([['islamic-state', '2018-07-25', 215]]);
  });

  it('a count of "people" killed, by another source, at the place of an act told before is that act\'s dead', () => {
    const text =
      'A suicide bomber driving a water tanker killed at least 18 people on Tuesday at a base of the Kurdish police in eastern Syria, in an attack the Islamic State group claimed, a war monitor said. ' +
      'The monitor said the explosion in Qamishli killed 12 policemen and six civilians. ' +
      'Kurdish units have been among the most effective forces fighting IS in the north. ' +
      "Burnt-out cars lay at the scene of the blast in the east of Qamishli, a largely Kurdish city in Syria's north-eastern province of Hasakeh. " +
      'State television said 17 people were killed but did not say whether any of them were civilians.';
    const events = extract(text, '2015-08-20');
    expect(events.map((e) => [e.location?.name, e.fatalities?.best])).toEqual([['Qamishli', 18]]);
  });

  it('another source\'s higher count of the same dead does not replace the count of the report that told the act', () => {
    const text =
      // (a page that lost its commas)
      'A blast at a mosque in Syrias Idlib province on Friday killed at least 25 Nusra Front fighters the monitor said. ' +
      'The explosion in the town of Ariha struck as the fighters gathered to break their fast. ' +
      'The monitor said the blast in Ariha also killed a senior foreign commander of the group. ' +
      'Opposition media had conflicting casualty figures with some saying more than 40 people were dead. ' +
      'A Turkish agency reported 15 deaths citing an opposition statement.';
    const events = extract(text, '2015-07-04');
    expect(events.map((e) => [e.location?.name, e.fatalities?.best])).toEqual([['Ariha', 25]]);
  });

  it('", and" before a new subject and its verb starts another clause: the strike is not the taking\'s, nor placed at the road\'s end', () => {
    const text =
      'Islamic State fighters pushed the Free Syrian Army out of the town of al-Bab on Thursday. ' +
      'The FSA had earlier gained full control of the highway from al-Bab to Aleppo, and Turkish warplanes had destroyed nearly 65 Daesh targets, the army said.';
    const events = extract(text, '2016-12-22');
    expect(events.filter((e) => e.sub_event_type === 'Air/drone strike').map((e) => [e.actor1?.id, e.location?.name])).toEqual([['turkey', 'Al-Bab']]);
    expect(events.filter((e) => e.actor2?.id === 'turkey')).toEqual([]);
  });

  it('a taking "of a key border town" is placed at the town whose capture the sentences after it name', () => {
    const text =
      'IS suffers biggest setback as Kurds take Syria border town\n\n' +
      'Kurdish fighters seized control Tuesday of a key border town from the Islamic State group, cutting a major supply line. ' +
      'From across the frontier the Kurds could be seen raising their banners at the border post. ' +
      'The capture of Tal Abyad was the biggest setback to the group in a year, the monitor said.';
    const events = extract(text, '2015-06-16');
    const taking = events.find((e) => e.evidence.some((x) => x.text.startsWith('Kurdish fighters seized')));
    expect([taking?.actor1?.id, taking?.location?.name]).toEqual(['sdf', 'Tal Abyad']);
    // (and "The capture of Tal Abyad", its taker the SDF the story named before, is a non-state actor's taking)
    expect(events.filter((e) => e.sub_event_type === 'Government regains territory')).toEqual([]);
  });

  it('--explain names the rule behind the fields', () => {
    const [e] = extractArticle('Syria regime forces have retaken four neighbourhoods of Mayadeen.', { explain: true, referenceDate: '2017-10-12' }).events;
    expect(e.explain?.event_type).toBe('event.territory.retake');
    expect(e.explain?.location).toMatch(/^location\./);
  });
});

describe('sentences that are not events', () => {
  const negatives: [string, string][] = [
    ['a kind of act told as a side\'s "trademark" is its habit, not an act', "No group claimed the bombing in Baqubah, but suicide bombings are the trademark of al Qaeda's local affiliate, the Islamic State of Iraq."],
    ['a side told as "the prime target of" strikes is their aim, not a strike', 'Ahrar al-Sham in Homs is now the prime target of Russian air raids.'],
    ['"shelled-out" ruins describe a place, not a shelling', 'After two years of siege, weary civilians and rebel forces made their way out of the shelled-out ruins of the Old City of Homs on buses.'],
    ['a side that "fights separately from" others is told apart from them, not fighting them', 'The SDF, backed by US special forces in Raqqa, fights separately from other rebel groups that seek to topple Assad.'],
    ['an act asked "whether" it happened is not told', 'Residents asked whether Turkish jets had bombed the village of Jandairis by mistake.'],
    ['weapons "seized from army bases" are things taken, not a place taken', 'The militants were able to fight on thanks to weapons seized from army bases in villages around Haditha.'],
    ['what a report does not disclose ("whether" its troops took part, "which forces attacked") is not told', 'The coalition did not disclose whether its troops took part in the strike or give details on which forces attacked the base near Deir al-Zor.'],
    ['the total of a campaign\'s takings ("have liberated a total of") is no one taking', 'Since the offensive began, Turkish troops and allied rebels have captured a total of 40 villages in Afrin.'],
    ['a side\'s own act stopped under a deal is no act told', 'The ceasefire stated that Hezbollah would halt its attacks on Zabadani in exchange for the rebels halting their offensive on Kefraya and Foua.'],
    ['strikes told as going on throughout a country are no one strike', 'Coalition jets continue to pound Islamic State positions throughout Iraq, a coalition colonel said.'],
    ['what a fight is seen as is no fight', "Hezbollah's role in Qusair is seen as a decisive fight against the rebels."],
    ['what a victory highlights is no act', 'The victory in Qusair marks a significant turn that highlights a renewed offensive push by the Syrian army.'],
    ['a side that attacked a place "multiple times" has a habit, not an act', 'ISIS sleeper cells attacked Kurdish security forces near Kirkuk multiple times.'],
    ['a side\'s "combat power" is no fighting', 'ISIS combat power remains strong in the deserts of Anbar, a Pentagon report said.'],
    ['"the continued fight against" a side is the war as a whole', "His cousin spoke of the commander's bravery and the continued fight against ISIS in Kirkuk."],
    ['the hostages of a town set free are no town taken', 'Iraqi troops freed the town\'s hostages in Ramadi on Monday.'],
    ['an act in the condition a threat is made on is not done', 'Jaysh al-Islam had warned that it would shell the capital if government forces kept up their air strikes on Douma.'],
    ['a taking a "since ..., when" clause dates, years before the report, is history recalled', 'Manbij had been under the control of Islamic State since January 2014, when the extremists pushed other Syrian militant groups from the town.'],
    ['the foe a campaign\'s aim names is no side of the fighting told with it', 'The clashes in Hasakah could undermine Washington\'s campaign to degrade and destroy Islamic State.'],
    ['an advance a town served as a launching pad for is told to say what the town served', 'The army later used Baiji as a launching pad for a further advance toward the IS stronghold of Mosul.'],
    ['a side fighting "on the side of" another is its ally, not its foe', 'Israel says it targets the bases of Hezbollah, which has fighters deployed in Syria fighting on the side of Syrian government forces.'],
    ['an act named as a goal is not yet done', 'The Iraqi minister said on Friday the war was being won, and capturing Tal Afar from IS remains the main goal.'],
    ['a campaign\'s sum over a region, told in the perfect', 'IS fighters have been driven out of almost all of eastern Syria.'],
    ['the dead of raids over two countries, told in the perfect', 'Earlier this month, the coalition said its raids in Syria and Iraq had unintentionally killed at least 220 civilians.'],
    ['a backer\'s part in a campaign, told in the present', 'The coalition is supporting an offensive by an alliance of Kurdish and Arab fighters aimed at capturing Raqqa.'],
    ['strikes told as what they go on doing', 'Rights groups said Russian air strikes in Idlib were causing heavy civilian casualties.'],
    ['the course of a battle told after it', 'Officials said the battles turned in favour of government forces after the arrival of reinforcements from Baghdad.'],
    ['a campaign\'s dead, told in the perfect', 'The Turkish military reported that hundreds of militants had been killed in the campaign in Afrin.'],
    ['the dead of the many acts a report just counted', 'The SDF said 49 people were killed in these attacks in Deir ez-Zor, including 18 civilians.'],
    ['who the dead of the act told were', 'Among the killed ISIS militants near Salamiyeh were Omar al-Sabha, Omar al-Omar and Saif al-Khaled.'],
    ['what a place has suffered over time', 'The camp in Makhmour has been targeted multiple times by Turkish drone strikes aimed at PKK members.'],
    ['a place told as a target of strikes before', 'The Makhmour camp has previously been a target of Turkish drone strikes, residents said.'],
    ['"fighting" that names a kind of group', 'HTS is an Islamist faction made up of fighting groups including the Haqq Brigade and Jaysh al-Sunnah in Idlib.'],
    ['strikes as a subject noun', 'The US-led coalition strikes came a day after the coalition opened an investigation.'],
    ['a taking drawn near is not yet done', 'Iraqi operations near a total recapture of western Mosul, police officers said.'],
    ['a report that does not know who struck', 'The Observatory said it did not know whether Syrian or Russian jets had carried out the strikes on Idlib.'],
    ['the intensity of attacks', 'The ministry said the coalition had sharply reduced the intensity of its attacks on ISIS terrorists positions in Iraq.'],
    ['attempts foiled that were no attack', 'The Russian Aerospace Forces foiled any attempts by terrorists to resume the sale of oil in Deir ez-Zor.'],
    ['strikes counted by how often', 'The US-led coalition fighting the Islamic State group has also carried out rare strikes in Idlib province.'],
    ['an attack that names a town', 'Turkish troops delivered aid to the Syria chemical attack town of Khan Sheikhun.'],
    ['an act the matter is known by', 'The Syrian Coalition urged the UN Security Council to re-open the file of the Eastern Ghouta massacre.'],
    ['an act its perpetrators are known by', 'The Syrian Coalition called upon the UN Security Council to re-open the file of the massacre in Eastern Ghouta and to determine perpetrators of the massacre.'],
    ['the dead of an act told before, said who they were', 'In Rashidin the monitor said that most of the dead were evacuees but also included several rebels who had been guarding the buses.'],
    ['an act the place is known by', 'In an interview with Al Arabiya Syrian National Coalition chief Ahmad Jarba called on the U.N. investigators to travel to Ghouta the site of the massacre.'],
    ['a conquest dated by the year that names it, years before the story', 'Daesh seized large areas of both Syria and Iraq in a lightning 2014 campaign.'],
    ['an aim', 'The SDF launched two separate offensives in Deir ez-Zor aimed at ousting Daesh from Syria, the Observatory said.'],
    ['gains told as a trend', 'Assad says the war has shifted in favor of government forces as they have made continuous gains against Daesh in Aleppo.'],
    ['the war\'s toll since then', 'Since then more than a quarter of a million people have been killed in Aleppo and throughout the war-battered country, according to the UN.'],
    ['a toll told by the day', 'Opposition sources say the toll is much higher, with dozens of people being killed each day in eastern Aleppo.'],
    ['a campaign grown stronger, undated', 'Activists in northern rural Homs said that the Assad regime and Russian forces have recently intensified aerial attacks on rebel-held Talbiseh.'],
    ['a campaign grown stronger, told as a noun over recent days', 'Aleppo has been cut off from the outside world in recent days by an escalation of air and artillery strikes on the only road in, putting hundreds of thousands of people under effective siege.'],
    ['the dead counted after a record over a span: the span\'s toll', 'Kilis just across the frontier from an IS group-controlled region of Syria has been hit by rockets more than 70 times this year. More than 20 people have been killed.'],
    ['the dead counted after attacks since a month: their toll', 'Kilis has been under indiscriminate rocket attacks from neighboring Syria since mid-January. Twenty people in Kilis have been killed and almost 70 others wounded by rockets that fell in the city.'],
    ['a war that entered a year', 'The Syrian war between the regime and the rebels entered its sixth year in Aleppo.'],
    ['pounds as a weight', 'The bomb contained 200 pounds of explosives, police in Afrin said.'],
    ['an attack planned, told with the verb that would carry it out', 'The Syrian Air Force surprised the terrorists near Aleppo as they were preparing to stage a major attack on the pro-government forces in the region.'],
    ['an attack told as the subject of what it came as', 'The attack comes as government forces are on the offensive against the extremists in other parts of Syria.'],
    ['a person captured', 'He disputed the version that he was captured inside Iraq in a joint operation of the Jordanian army and intelligence.'],
    ['a topic of talks', 'The Foreign Secretary met the Iraqi Foreign Minister to discuss a range of issues including the ongoing fight against Daesh in Iraq.'],
    ['a kind of foe', 'The government and its partners continue fighting against terrorist organizations such as the Islamic State in Damascus.'],
    ['a means a side relies on', 'Assad has been utterly dependent on foreign militias and Russian air support, and has caused destruction in Aleppo.'],
    ['devices listed among things destroyed', 'The SDF have pushed ISIL back, destroying ISIL heavy weapons, vehicles, fortifications, IED facilities, VBIEDs, armored vehicles and caches around Raqqa.'],
    ['a death learnt of, in a scene of grief', 'In Douma a man cried out after learning his son had died as others around him tried to comfort him.'],
    ['a campaign condemned', 'The UN deputy spokesman condemned Russian strikes in Syria, saying the attacks were blatant violations of international laws.'],
    ['a side that pushed back from a town took nothing', 'The army pushed back from the town of Palmyra after heavy losses.'],
    ['a push from a direction towards a town takes nothing', 'Rebels pushed from the north towards the town of Palmyra.'],
    ['what goes on at a place, told to describe it', 'The plane crashed in countryside south of Aleppo in an area where Islamist rebel fighters are battling the Syrian army.'],
    ['a name given to the act told', 'The coalition described the attack in Khan Sheikhoun as a horrifying massacre.'],
    ['a means of support', 'The Coalition supports the SDF through training, advise and assist operations, airstrikes and material support in Raqqa.'],
    ['looted things', 'ISIL trafficked in looted archaeological material from Syria and Iraq.'],
    ['a person described by a deed', 'A court in Amman sentenced Islamic State suicide bomber Abu Omar al-Shishani to death.'],
    ['a reach', 'The town was within shelling range of the nearest IS-controlled territory in Kirkuk.'],
    ['a plan', 'The army plans to recapture Raqqa from Islamic State next year.'],
    ['a threat', 'Turkey threatened to attack Kurdish fighters in Manbij.'],
    ['a question', 'Will the regime retake Idlib from the rebels?'],
    ['analysis of a trend', 'Increasing US-led coalition and Russian airstrikes have exhausted the militant group in Raqqa, analysts said.'],
    ['a negated attack', 'The coalition did not strike targets in Raqqa on Friday.'],
    ['a condition', 'If the rebels attack Aleppo, the army will respond.'],
    ['an ultimatum: a fight that would go on', 'Assad issued an ultimatum to rebels in East Aleppo stating that unless they agreed to a deal pro-regime forces would continue the fight with the rebels until they leave Aleppo.'],
    ['no armed actor at all', 'Civilians from the city in Homs province were forced to flee as winter neared.'],
    ['what people flee', 'Thousands of residents of Raqqa fled the fighting between the SDF and Islamic State.'],
    ['the war as a whole', 'Kurdish militias in Hasakah are key US allies in the fight against IS.'],
    ['violence summed up over recent weeks', 'There has been heavy bombardment of areas in Idlib province in recent weeks, including air strikes that killed at least 23 people last month.'],
    ['a habit', 'Besieged for nearly two years, residents of Talbiseh suffer regime shelling every day.'],
    ['what a habit brings about', 'Rights groups say Syrian military forces in Daraa often indiscriminately strike rebel-held areas with projectiles that cannot be targeted properly overwhelmingly killing civilians.'],
    ['a habit someone is accused of', 'In Raqqa the military alliance has repeatedly been accused of targeting and killing civilians.'],
    ['the war told from its start', 'Syria has been locked in a civil war since early 2011 when the Assad regime cracked down on pro-democracy protests in Daraa.'],
    ['weeks of violence summed up', 'In the past two weeks more than 200 civilians have been killed in Aleppo after regime forces responded with air raids.'],
    ['days of strikes summed up', 'Seven days of airstrikes across Idlib province had left more than 75 civilians dead and another 150 wounded.'],
    ['a campaign since a month long past', 'Russia has been carrying out airstrikes in Aleppo to bolster Syrian government forces since last September.'],
    ['a campaign that goes on', 'Regime forces are continuing to kill civilians in Daraa through aerial attacks with barrel bombs.'],
    ['a council that "demonstrated" unity', 'The United Nations Security Council has demonstrated the unity of the international community in working to defeat ISIL in Raqqa.'],
    ['a war aim', 'Defeating ISIL in Mosul will take time and patience but it is a fight we must win.'],
    ['support for a side\'s fight', 'The UK remains steadfast in its support of the Government of Iraq in their fight against ISIL in Sinjar.'],
    ['a year\'s record', 'Over the last year the Global Coalition has launched almost 8,000 strikes against ISIL in Iraq and Syria and have taken back 30% of territory.'],
    ['the war\'s toll told with a kill verb', 'More than 146000 people have been killed in Syrias war and millions more displaced.'],
    ['what a side does instead of fighting', 'Many rebels in western Syria do not trust the YPG in Afrin because they say it cooperates with Damascus rather than fighting it.'],
    ['an offensive under way for months', 'The strikes came in response to a major rebel offensive in Daraa that has been under way in southern Syria for months.'],
    ['rebels described by their aim', 'Rebels fighting to oust President Bashar Assad in Daraa have suffered a spate of defeats.'],
    ['a denial of the attack', 'Syria has categorically denied carrying out the gas attack on Khan Sheikhoun.'],
    ['a general denial', 'The regime has consistently denied using chemical weapons and chlorine gas in Idlib.'],
    ['a side described by the war it fights', 'The Observatory said he was also a member of the Syrian Democratic Forces, an Arab-Kurdish alliance battling IS in northern Syria.'],
    ['groups named by their enemy', 'Moscow would support armed groups fighting against al-Nusra Front in Idlib.'],
    ['a city under shelling as a state of affairs', 'Aleppo city is under continued shelling by al-Nusra Front.'],
    ['a neighbourhood under bombardment for months', 'Sheikh Maqsoud has been under intense bombardment since mid-February.'],
    ['an aim of support', 'He called for more support for the rebel groups to enable them oust ISIS from Deir Ezzor province.'],
    ['a death from disease', 'A rebel commander died of cancer in Idlib on Monday.'],
    ['deaths from hunger under siege', 'Dozens died of starvation in Madaya under the siege by regime forces.'],
    ['a quoted question', 'Is it possible to liberate Mosul from ISIS under the airstrikes of the Russian air force? he asked.'],
    ['a country at war for years', 'Syria has been in a state of civil war for six years with government forces fighting against opposition groups in Aleppo.'],
    ['fighters on the march', 'The SDF said its fighters marched about 3 kilometers from the eastern side of Tabqa.'],
    ['an alliance told as fighting alongside', 'The rebels in Aleppo are fighting alongside Al Nusra Front.'],
    ['a side\'s record in the war', 'Hezbollah has fought alongside his forces across the country against rebel forces in Aleppo and Homs.'],
    ['months of deaths summed up', 'The Syrian Observatory says more than 300 people have been killed in air strikes and government bombardment of opposition-held Aleppo since April.'],
    ['things captured are no ground taken', 'YPG fighters had captured industrial-grade gas masks from ISIL forces near Hasakah on Sunday.'],
    ['an advance named as what is to be halted', 'The Foreign Secretary is in Iraq for talks amid continuing efforts to halt the Islamic State (IS) advance.'],
    ['rebels named by the fight they are in, telling of another act', 'Rebels battling government offensives in the Aleppo area have said the attack in Khanaser appeared to have eased the pressure on their frontlines.'],
    ['military sites an army destroys are no heritage destroyed', 'Army destroys sites and vehicles for ISIS in Deir Ezzor'],
    ['a running count of a campaign is no act of a day', 'Nearly 1,500 militants neutralized so far in Afrin operation: Turkish military'],
    ['a campaign\'s total is no act of a day', 'A total of 800 terrorists have been neutralised in Syria\'s northern Afrin region as part of Turkey\'s ongoing Operation Olive Branch, the president said on Thursday.'],
    ['officers captured are no ground taken', 'Islamic State militants captured an Iraqi army colonel and six other officers near Tal Afar on Tuesday.'],
    ['soldiers captured are no ground taken', 'IS captured 20 soldiers in Palmyra.'],
    ['fighters captured are no ground taken', 'Another 15 terrorists were captured by the Syrian army in Jobar on Sunday.'],
    ['blame for a record', 'Western powers say the government has been responsible for chlorine and other chemical attacks in Idlib.'],
    ['the war described', 'Much of the fighting has been marked by indiscriminate shelling and aerial bombardment killing scores of civilians across Idlib and Aleppo.'],
    ['strikes stepped up as a trend', 'Its hold on Raqqa appears to be growing firmer even as Syrian government forces intensify air strikes on territory held by the group.'],
    ['devices dismantled', 'The army units dismantled scores of explosive devices and mines left behind in Palmyra.'],
    ['munitions seized in a list of weapons', 'The army units seized the terrorists weapons and ammunition including a DShK machine gun and amounts of RPG shells in Hama.'],
    ['a fight told in the perfect, undated', 'Government forces have been fighting against several rebel groups operating in Idlib including the Islamic State.'],
    ['a fight told in the perfect, over months', 'The Islamic Front, which has been fighting ISIL in Aleppo for months, is the largest rebel coalition.'],
    ['a side\'s focus on the war', 'Al-Nusras focus however has so far been on the fight against President Bashar al-Assads regime in Aleppo.'],
    ['an event named to date what came after', 'Following the massacre the Assad regime surrendered its cache of chemical weapons in Damascus.'],
    ['a present campaign told as a list of its means', 'The US-led coalition of 68 nations is conducting airstrikes ground-based and rocket-propelled artillery fire against Daesh in Syria and Iraq.'],
    ['a cache of mortar rounds found', 'Kurdish fighters found a cache of mortar shells in a tunnel in Manbij on Sunday.'],
    ['devices made and tested', 'The group established a safe haven in Aleppo to construct and test improvised explosive devices.'],
    ['strikes summed up since a day of a month', 'More than 520 US airstrikes since 21 May have killed between 229 and 425 civilians in Manbij.'],
    ['a capture as a point in time', 'Since the town\'s recapture YPG forces have been expanding their control from Kobane into the surrounding countryside.'],
    ['a truce that holds', 'Damascus forces and Kurdish fighters in Hasakah have enjoyed a truce while the Islamic State group threatens the province.'],
    ['the story\'s past', 'Islamic State fighters have previously taken control of oilfields in Deir al-Zor province.'],
    ['the war\'s present told as a whole', 'The US-led coalition of 68 nations is conducting airstrikes against Daesh in Raqqa and Mosul.'],
    ['what drove people out', 'Rebels in Douma say they are forced out by siege and bombardment.'],
    ['an inquiry\'s finding of a record', 'The international inquiry found the Syrian regime was responsible for three chlorine gas attacks in Idlib.'],
    ['a lull in the bombing', 'The brief lull in regime bombing should still provide some relief for the civilians of Idlib.'],
    ['a lack of strikes', 'The observatory said there had been a lack of Russian air strikes in Aleppo this week.'],
    ['acts told as going on somewhere', 'The talks in Astana led to a de-escalation zone in Idlib which produced a drop in violence though Russian air strikes continue in some areas.'],
    ['an event told again as someone heard it', 'People waiting in the Ramousah garage in Aleppo heard the blast and said they feared revenge attacks by pro-government forces.'],
    ['a campaign\'s sum told as swathes of land', 'The army has captured large swathes of territory from the terror group in the Badia.'],
    ['what an act was for', 'U.S. aircraft ferried forces behind militant lines in the Tabqa area to spearhead a major assault near Raqqa.'],
    ['"advanced" as an adjective', 'The opposition has repeatedly called on friendly countries to supply rebels in Idlib with advanced weapons capable of warding off the regime.'],
    ['an advance an attack was to prevent', 'The sources told SANA the bombing was meant to hold back the army units in Hasaka and prevent their further advance on the city.'],
    ['an offensive threatened', 'On Wednesday, the Turkish president threatened a new offensive against the YPG in northern Syria.'],
    ['clashes like the ones told, months ago', 'Similar clashes in April and May between Druze groups and security forces in Sweida left dozens dead.'],
    ['attacks a group claims, counted with no day', 'In its weekly magazine published Thursday, ISIS claimed it carried out seven attacks in Syria, killing and injuring 14 people.'],
    ['victims a danger goes on claiming', 'Searching for truffles continues to leave victims due to old landmines in Hama, which may claim the lives of many innocent people.'],
    ['an airdrop executed is no execution', 'Coalition forces executed an airdrop near the town of Shuhail in Deir ez-Zor on Sunday.'],
    ['strikes a side routinely carries out', "The Turkish military routinely carries out airstrikes and artillery bombardments in the Kurdistan Region against suspected targets of the Kurdistan Workers' Party (PKK)."],
    ['a habit told after the act\'s noun', 'Similar car blasts frequently hit crowded civilian areas in the towns near the border with Turkey under the control of Turkish-backed forces.'],
    ['clashes summed up since the start of the year', 'He said clashes between regime forces and rebel factions in Daraa had killed more than 60 people since the start of the year.'],
    ['many attacks claimed over a week', 'ISIS claimed to have carried out 12 attacks in Iraq from June 3 to June 9, killing and injuring 20 people.'],
    ['strikes summed up over days', 'Coalition forces conducted 14 strikes against ISIS in Syria between May 30 and June 2.'],
    ['what happens every time there is shelling', 'Every time there is shelling near the school in Aleppo the children hide in the basement.'],
    ['a claim made after nearly every strike', 'The Syrian military claims to shoot down incoming missiles over the Golan Heights after nearly every alleged Israeli strike, an assertion Israeli officials dismiss.'],
    ['strikes over a decade', 'Israel has carried out hundreds of airstrikes in Syria in the last decade to stop Iranian forces moving weapons to Hezbollah.'],
    ['the acts a place has seen, undated and many', 'Frequent bombing by regime and Russian war planes have seen numerous massacres in Idlib province and have included refugee camps.'],
    ['a taking a forecast hangs on', 'Once this district has been seized, Daesh’s grip on al-Bab will to a large extent be broken, the army said.'],
    ['a taking recalled among a campaign\'s gains', 'The attack, claimed by the Islamic State group, came despite a series of recent gains against the extremists, including the capture of Fallujah.'],
    ['acts told by how many times, over months', 'Iran-aligned militia groups have targeted US forces in Syria with rockets and drones over a hundred times since October.'],
    ['strikes "ramped up" since a month', 'Russian and regime aircraft have ramped up strikes on Idlib since the end of April.'],
    ['the capture of men is no taking of ground', 'The attack on the camp came after the faction\'s capture of ten IS members in Yarmouk on Tuesday.'],
    ['a side described by the advances it has been making', 'Residents said the strike was carried out by Iraqi forces that have been making advances in the city of Mosul.'],
    ['a massacre feared, in quotation marks', 'The Syrian National Coalition warned of a possible "civilian massacre" in Qusayr.'],
    ['a massacre feared', 'The opposition warned of a possible civilian massacre in the besieged town of Qusayr.'],
    ['a loss granted to make a point', 'Islamic State still mounts deadly attacks on civilians, despite being ousted from its last urban pockets in Sweida in recent months.'],
    ['a town that is the target of continued shelling', 'Falluja is target of continued shelling by Islamic State militants and Iraqi troops.'],
    ['a side\'s record, and the ground it takes wherever it goes', 'The Islamic State group has a record of killing civilians in territory it captures in both Iraq and Syria.'],
  ];
  for (const [name, text] of negatives) {
    it(name, () => expect(summary(extract(text))).toEqual([]));
  }
  it('a habit told apart from the act, in a relative clause or a hyphenated word, leaves the act an event', () => {
    expect(extract('Regime forces, which often shell the town, killed 12 people in Daraa on Monday.')).toHaveLength(1);
    expect(extract('An air strike hit the often-shelled town of Daraa on Monday killing five people.')).toHaveLength(1);
  });
});

describe('fatality counts', () => {
  const cases: [string, { best: number | null; low: number | null; high: number | null } | null][] = [
    ['One contractor was killed and several others wounded in a rocket attack on the air base.', { best: 1, low: 1, high: 1 }],
    // a part told with its whole after a comma ("246, 135 of them civilians") is not added to it
    ['As of Thursday, the death toll stood at 118, 64 of them civilians, the monitor said.', { best: 118, low: 118, high: 118 }],
    // the parts of a toll, told after a dash, are not added to it
    ['Officials said nine people - six civilians and three policemen - were killed in the blasts.', { best: 9, low: 9, high: 9 }],
    ['At least 26 Isis fighters had been killed, as well as nine members of Syrian security forces.', { best: 35, low: 35, high: null }],
    ['ISIS lost at least 400 militants in the battle for Palmyra.', { best: 400, low: 400, high: null }],
    ['War planes bombed a refugee camp in Idlib province, killing five women and a child.', { best: 6, low: 6, high: 6 }],
    ['Sundays bombardment killed a two-day-old baby in the hospital.', { best: 1, low: 1, high: 1 }],
    ['Three 10-year-old children were killed.', { best: 3, low: 3, high: 3 }],
    ['Three children aged 10 were killed in the shelling.', { best: 3, low: 3, high: 3 }],
    ['At least 502 civilian citizens have been killed and 2600 civilians citizens injured in regime and Russian bombings on Aleppo.', { best: 502, low: 502, high: null }],
    ['Two women and two soldiers were killed in the attack.', { best: 4, low: 4, high: 4 }],
    ['45 opposition fighters and 43 regime forces had been killed in the fighting in Daraa.', { best: 88, low: 88, high: 88 }],
    ['A similar bombing in the same square on July 25 killed at least seven people.', { best: 7, low: 7, high: null }],
    ['6 Lebanese martyrs and 22 injured were claimed in a terrorist bombing.', { best: 6, low: 6, high: 6 }],
    ['The rocket led to the killing of one person and the injury of 40 others.', { best: 1, low: 1, high: 1 }],
    ['A woman and her three children as well as another child were killed when helicopters dropped a barrel bomb on the village.', { best: 5, low: 5, high: 5 }],
    ['Karam Ammoun, another terrorist leader, was also killed after he had earlier been injured by the shelling.', { best: 1, low: 1, high: 1 }],
    ['A man and his two sons were wounded while another child was killed.', { best: 1, low: 1, high: 1 }],
    ['Rocket attacks on Aleppo city on Sunday killed 3 people including two women and left 29 other people injured.', { best: 3, low: 3, high: 3 }],
    ['Twelve people were killed and 30 wounded.', { best: 12, low: 12, high: 12 }],
    ['A woman and a child were killed and twenty civilians including children were treated for asphyxiation.', { best: 2, low: 2, high: 2 }],
    ['A man and his son were killed in the shelling.', { best: 2, low: 2, high: 2 }],
    ['Militants stormed the village, killing five people and capturing five others.', { best: 5, low: 5, high: 5 }],
    ['One commander was killed, and one of his guards, whose name was not given, was wounded in the attack.', { best: 1, low: 1, high: 1 }],
    ['The car bomb in the market claimed 30 lives.', { best: 30, low: 30, high: 30 }],
    ['12 August 2016 Terrorist attacks leave child and woman dead and 7 others injured in Aleppo', { best: 2, low: 2, high: 2 }],
    ['Three rocket shells landed in the neighborhoods of al-Masharqa, leaving a woman dead and two others injured.', { best: 1, low: 1, high: 1 }],
    ['An airstrike of the US-led coalition has claimed lives of eight civilians in the Syrian city of Al-Tabqah.', { best: 8, low: 8, high: 8 }],
    ['The blast cost at least 12 lives.', { best: 12, low: 12, high: null }],
    ['Ten children were among at least 48 people killed in a Syrian village last week.', { best: 48, low: 48, high: null }],
    ['WHO said in a statement putting the death toll at at least 70.', { best: 70, low: 70, high: null }],
    ['Seif Abdul Ajel, 22, was found killed by shots to the head.', { best: 1, low: 1, high: 1 }],
    ['17 Druze and 4 Bedouins were killed in the clashes.', { best: 21, low: 21, high: 21 }],
    ['Two of his brothers and his niece were killed by armed groups that entered their home.', { best: 3, low: 3, high: 3 }],
    ['Khaled al-Hariri and four members of his entourage were killed near the checkpoint.', { best: 5, low: 5, high: 5 }],
    ['A Turkish soldier and 4 mercenaries have been killed in the attack.', { best: 5, low: 5, high: 5 }],
    ['The attack left 20 soldiers wounded.', null],
    ['Local reports claimed eight soldiers were killed, but hospital sources said only three were killed.', { best: 3, low: 3, high: 3 }],
    ['At least 10 supporters of al-Nusra Front were killed in the ambush.', { best: 10, low: 10, high: null }],
    ['Ahmad al-Salem and three others were killed in the ambush.', { best: 4, low: 4, high: 4 }],
    ['The number of civilians who were killed in the airstrikes on the town has risen to 19, including 5 women and 4 children.', { best: 19, low: 19, high: 19 }],
    ['It rose to 7 at least (a woman, a man and two of his children) the number of people who were killed in the town.', { best: 7, low: 7, high: 7 }],
    ['An elderly woman and her nephew were killed in the shelling.', { best: 2, low: 2, high: 2 }],
    ['17 Druze were dead, while 50 others—including children and several in critical condition—were injured.', { best: 17, low: 17, high: 17 }],
    ['At least three people were killed in clashes in Sweida, according to two witnesses and a local activist.', { best: 3, low: 3, high: null }],
    ['A refugee was shot dead near the tents.', { best: 1, low: 1, high: 1 }],
    ['An Iraqi refugee was found dead in the camp.', { best: 1, low: 1, high: 1 }],
    ['Three Iraqi nationals were killed in the camp.', { best: 3, low: 3, high: 3 }],
    ['An Iraqi woman was found dead, the sixth killing in the camp since the beginning of the month.', { best: 1, low: 1, high: 1 }],
    ['A monitoring group on Tuesday raised the death toll from airstrikes on a market in a northern town the previous day to 61.', { best: 61, low: 61, high: 61 }],
    ['The monitor raised its toll from 12 to 20.', { best: 20, low: 20, high: 20 }],
    ['Death Toll in Blast Targeting Evacuees From Besieged Towns in Aleppo Rises to 70', { best: 70, low: 70, high: 70 }],
    ['An air strike killed 5 civilians and wounded 20 others in Idlib.', { best: 5, low: 5, high: 5 }],
    ['Dozens have died in ongoing battle between Islamic State group militants and regime forces.', { best: null, low: 24, high: 99 }],
    ['Russian air strikes killed between 229 and 425 civilians in Manbij.', { best: null, low: 229, high: 425 }],
    ['Up to a hundred civilians died in the attack.', { best: 100, low: null, high: 100 }],
    ['The photos show the dead body of an Isis militant who was reportedly killed by Syrian forces near Zakia.', { best: 1, low: 1, high: 1 }],
    ['An air strike killed a child and wounded his mother.', { best: 1, low: 1, high: 1 }],
    ['Published September 24 2016 Ninety-two civilians were killed and 273 others injured Saturday.', { best: 92, low: 92, high: 92 }],
    ['No fatalities were reported.', { best: 0, low: 0, high: 0 }],
    ['Rebel fire killed at least 14 people and left dozens wounded on Wednesday.', { best: 14, low: 14, high: null }],
    ['Five people were killed in the war-torn city.', { best: 5, low: 5, high: 5 }],
    // the wounded, told with or without a verb, are never added to the dead
    ['12 November 2016 Three civilians killed 12 others injured in terrorist attacks in Aleppo', { best: 3, low: 3, high: 3 }],
    ['At least 45 civilians were killed and 30 others were wounded in terrorists mortar fire.', { best: 45, low: 45, high: null }],
    ['Four people were killed and 6 were wounded in the attack.', { best: 4, low: 4, high: 4 }],
    ['At least 4 people killed and 15 other injured when terrorist target an official building in city', { best: 4, low: 4, high: null }],
    ['A girl child was killed and two others were injured on Sunday by rocket shells.', { best: 1, low: 1, high: 1 }],
    ['23 October 2016 Terrorist attacks kill a woman injure 9 in Hasaka and Aleppo', { best: 1, low: 1, high: 1 }],
    ['In Jassem 16 civilians were killed in four air strikes while 25 were wounded.', { best: 16, low: 16, high: 16 }],
    ['Health director Mohammad Hazouri said five people died and eight others experienced breathing difficulties.', { best: 5, low: 5, high: 5 }],
    ['Islamic State crushed a pocket of resistance crucifying two people and executing 23 others, a monitoring group said.', { best: 25, low: 25, high: 25 }],
    // one person, told without a number
    ['Terrorists fired rocket shells at al-Furqan neighborhood claiming the life of a girl child and injuring two others.', { best: 1, low: 1, high: 1 }],
    ['The army targeted the militants gatherings killing the terrorist commander Abu Taha, sources said.', { best: 1, low: 1, high: 1 }],
    ['Sun Sep 4 2016 Syrian Army Kills Top Terrorist Commander in Daraa Province.', { best: 1, low: 1, high: 1 }],
    ['Air strikes killed at least 12 civilians in Aleppo on Monday, a monitor said, bringing to 45 the number killed in 24 hours.', { best: 45, low: 45, high: 45 }],
    ['The toll from regime air raids on Douma has risen to 42 dead including seven children.', { best: 42, low: 42, high: 42 }],
    ['Terrorists fired rocket shells on residential neighborhoods in Aleppo city, claiming the lives of 3 civilians and injuring 10 others.', { best: 3, low: 3, high: 3 }],
    ['Army units destroyed a number of terrorist hideouts in the countryside of Idleb, killing five terrorists.', { best: 5, low: 5, high: 5 }],
    ['Unknown gunmen killed a tribal elder in Deir ez-Zor on Monday.', { best: 1, low: 1, high: 1 }],
    ['A car bomb exploded at a checkpoint in Tikrit, killing four soldiers and a civilian.', { best: 5, low: 5, high: 5 }],
    ['The strike killed 12 militants and a commander.', { best: 13, low: 13, high: 13 }],
    ['Two people were killed and a child was wounded.', { best: 2, low: 2, high: 2 }],
    ['ISIS published a grisly video showing the savage execution of 17 young men from the town of Altibni.', { best: 17, low: 17, high: 17 }],
    ['The massacre of 30 civilians in Houla shocked the world.', { best: 30, low: 30, high: 30 }],
    ['20 October 2016 A child killed 7 people injured in terrorist attacks in Aleppo.', { best: 1, low: 1, high: 1 }],
    // the one the others were with is one more
    ['Ramadan al-Sabta alongside nine of his comrades were killed in a battle with Syrian army men in al-Lajat.', { best: 10, low: 10, high: 10 }],
    ['Abu Omar was killed along with four of his bodyguards.', { best: 5, low: 5, high: 5 }],
    ['A woman and two of her children were killed.', { best: 3, low: 3, high: 3 }],
    ['Air strikes killed four farmers in Idlib.', { best: 4, low: 4, high: 4 }],
    // a headline's present tense: "injures" governs the count after it
    ['Islamic State attack kills one soldier, injures two others in Diyala', { best: 1, low: 1, high: 1 }],
    // a toll far from its figure
    ['Get short URL 0 214 The number of civilians killed by the US-led coalition airstrike in Raqqa has risen to 20.', { best: 20, low: 20, high: 20 }],
    ['The death toll from Russian and Syrian strikes in the opposition-held city of Al Quriyah has risen to 82 people including 58 civilians.', { best: 82, low: 82, high: 82 }],
    // the toll a minister "put at" a figure
    // a list of the dead whose verb comes after an aside; the wounded after them, with their own aside
    ['Five Shiite fighters and three members of the Kurdish peshmerga forces, including a senior commander, were killed and at least two civilians, including a child, were wounded, security sources said.', { best: 8, low: 8, high: 8 }],
    ['Three members were killed and at least two civilians, including a child, were wounded, sources said.', { best: 3, low: 3, high: 3 }],
    // the wounded told after the dead, with an aside between spaced hyphens
    ['At least seven police officers have died and 27 others - 13 police and 14 civilians - were injured in Diyarbakir.', { best: 7, low: 7, high: null }],
    ["Syria's health minister has put the death toll from a drone attack that targeted a military graduation ceremony in Homs at 80.", { best: 80, low: 80, high: 80 }],    // a multiple of a dozen, a hundred or a thousand is the product, not its first word
    ['The clashes left at least two dozen civilians dead in the city.', { best: 24, low: 24, high: null }],
    ['The bombing killed more than a dozen civilians and Kurdish fighters.', { best: 12, low: 12, high: null }],
    ['Gunmen killed half a dozen shepherds near the village.', { best: 6, low: 6, high: 6 }],
    ['Some three hundred people were killed when the militants stormed the town.', { best: 300, low: 300, high: 300 }],
  ];
  for (const [text, expected] of cases) {
    it(text, () => expect(findFatalities(text).total).toEqual(expected));
  }

  const notDeaths = [
    'According to SNHR the number of victims from Friday March 27 2015 to Friday April 10 2015 has reached 236 individuals.',
    '175 Nusra Terrorists Killed Injured in Castello Road in Aleppo.',
    'At least 12 people were killed and wounded in the attack.',
    'Reporters Without Borders reported 23 journalists killed in Syrias 30-month war.',
    'The Observatory reported that more than 3000 people including nearly 1000 civilians have been killed during the past month.',
    'The fresh advance comes in spite of reinforcements of around 1,000 men IS received from Iraq.',
    'They have so far taken at least 28 villages from Isis.',
    'Its warplanes conducted more than 40 combat sorties in just 24 hours, targeting 158 terrorist positions.',
    'Fighting destroyed almost 60 per cent of residential areas.',
    'At least 30 people were wounded in the blast.',
    'The 82-year-old former antiquities chief was a scholar.',
    // a time of day whose colon the page lost
    'Six ISIS suicide bombers attacked the Peshmerga base at around 330 am whose bodies still lie there in the open field.',
    'Hundreds of families fled Raqqa in 2016.',
    'The army killed it off in 2016, analysts said.',
    // a campaign's tally, not the toll of a day's fighting
    'Abdel Rahman said a total of 37 government fighters and 101 Daesh militants have been killed since the regime launched its offensive.',
    'Some 200 fighters have died since the start of the operation to retake the city.',
    'A child was wounded in the shelling.',
    'Russia has so far lost at least 12 soldiers in the Syrian war.',
    // the toll of the whole war, not of the event reported
    'More than 320000 people have been killed in Syria since its conflict began in March 2011.',
    'The war has since killed more than 300000 people with some estimates suggesting 470000 may have died.',
    'More than 150000 people have been killed in Syrias three-year war.',
    'Some 191000 people have been killed since an uprising against President Bashar al-Assads rule erupted in March 2011.',
    'The blast left dozens wounded.',
    'The shelling left the area dead quiet.',
    'More than 300000 people have been killed and millions forced to flee their homes.',
    'The Syrian Center for Policy Research put the death toll from the six-year conflict at more than 470000 people.',
    // a tally over weeks or months
    'More than 550 civilians have been killed in the last two months in Syria because of the attacks.',
    'The Syrian Observatory says more than 300 people have been killed in air strikes on Aleppo since April.',
    // (the dead of many acts in many places)
    'And 61 government forces and loyal groups were killed in 21 ISIS operations in separate areas of the desert.',
    'The camp saw 73 crimes that killed 79 people in the first eleven months of 2021.',
    'The deaths stacked up in the camp, with 21 killed since the beginning of this year.',
    'The army kills top terrorist commanders every week, the ministry claims.',
    'The army is bringing to 45 the number of its units in the province.',
    'Peace talks in Geneva have so far failed to end the conflict in which hundreds of thousands of Syrian civilians are believed to have been killed.',
    // the dead of a span that began with the act told before
    'But more than 1,000 civilians have been killed in government and Russian attacks on the province since then.',
    // who speaks once a quote of the dead closes
    '"I saw rows of children who looked asleep, but they were dead," one activist who helped carry the bodies told the paper.',
  ];
  for (const text of notDeaths) {
    it(`not deaths: ${text}`, () => expect(findFatalities(text).total).toBeNull());
  }
});
