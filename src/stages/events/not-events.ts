// What is not an event: the words around a trigger that make it a plan, a
// habit, a denial, a description or the war's record rather than something
// that happened ("plans to recapture", "suffer shelling every day", "an
// Arab-Kurdish alliance battling IS"), and the sentences that sum up weeks of
// violence or tell the war as a whole. Each rule has an id and an example.
import { clauseOf, SINCE_PASSIVE } from './clauses.js';
import { isTallySentence, isWarToll, RECENT_WINDOW } from './fatalities.js';
import type { TriggerHit } from './triggers.js';

// "will continue to resist the invaders until they are ousted": a condition, not an event
// ("had warned that it would attack Damascus if government forces continued their air strikes on Ghouta")
const CONDITION_BEFORE = /\buntil\s+(?:[\w-]+\s+){1,3}$|\b(?:unless|if)\s+(?:[\w-]+\s+){1,5}$/i;
// "in an attempt to retake", "plans to capture", "could fall", "did not attack": not events
// ("as operations near a total recapture of the city": an act drawing near is not yet done)
const NEARING_ACT_BEFORE = /\b(?:near|nearing|neared|close\s+to|closer\s+to|on\s+the\s+verge\s+of|approaching|approach)\s+(?:(?:a|the)\s+)?(?:(?:total|full|complete|final)\s+)?$/i;
const IRREALIS_BEFORE = /\b(?:rather than|instead of|(?:aimed|aiming|aims?)\s+at|will|would|could|might|may|should|shall|must|can|cannot|can't|won't|(?:plans?|planning|aims?|aiming|intends?|intending|threaten(?:s|ed|ing)?|vow(?:s|ed|ing)?|ready|preparing|prepares?|expected|set|seeks?|seeking|trying|tries|tried|attempts?|attempting|bid|order|want(?:s|ed)?|hopes?|hoping|failed|fail(?:s)?|able|unable|likely|pledged?|promised?|in order)\s+to|to|not|never|no|n't|if|unless|before|until|without|possibly|perhaps|avoid(?:ed)?|prevent(?:ed)?)\s+(?:\w+\s+)?(?:(?:the|their|its|a)\s+)?$|\bprevent(?:s|ed|ing)?\s+(?:(?:their|its|his|any|a|the)\s+)?further\s+$|\bthreaten(?:s|ed|ing)?\s+(?:(?:a|an|the|another)\s+)?(?:[\w-]+\s+)?$/i;
// "increasing US-led coalition and Russian airstrikes", "recent waves of attacks": analysis, not an event
// "key US allies in the fight against IS": the war as a whole
// "in their fight against ISIL", "its focus has been on the fight against the regime", "take up the fight to protect our homeland", "a fight we must win",
// "spoke of the commander's bravery and the continued fight against ISIS"
const KIND_OF_FOE_AFTER = /^\s+(?:against\s+)?(?:all\s+)?(?:terrorist|extremist|jihadist|armed|militant)\s+(?:organi[sz]ations|groups|factions|movements)\s+(?:such\s+as|like|including)\b/i;
const GENERIC_FIGHT = /\b(?:in|on|to|join(?:ed|s)?|lead(?:s|ing)?|part of)\s+(?:the|their|its|our|this)\s+(?:\w+\s+)?(?:fight|war|battle|struggle|campaign)\s+against\b|\b(?:take|took|taking|takes)\s+up\s+the\s+(?:fight|struggle)\b|\b(?:fight|war|battle|struggle)\s+(?:we|they|that)\s+(?:must|will|should|can|need)\b|\b(?:the|their|its|our|his)\s+(?:continued|continuing|ongoing|long-running|wider|broader|global|international|years-long|decades-long)\s+(?:fight|war|struggle|campaign)\s+against\b/i;
const DENIED_BEFORE = /\b(?:denied|denies|deny|denying)\s+(?:(?:carrying out|responsibility for|involvement in|launching|conducting|any role in|having|that it)\s+)?(?:the\s+|any\s+|an?\s+)?(?:[\w-]+\s+){0,2}$/i;
const FLEEING_BEFORE = /\b(?:flee|fled|flees|fleeing|escape|escaped|escaping)\s+(?:from\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;
const GENERIC_BEFORE = /\b(?:intensify|intensifies|step up|steps up|stepping up|daily|regular|frequent|rare|occasional|sporadic|constant|repeated|countless|(?:the\s+)?use of|using|deploying|increasing|increased|growing|mounting|intensifying|escalating|waves? of|series of|years of|history of|threat of|threats of|fear of|fears of|risk of|wake of|lack of|absence of|lull in|pause in|halt to|halt in|end to|end of|campaign of|string of|spate of|wave of|possibility of|prospect of|intensity of|pace of|frequency of|scale of)\s+(?:[\w-]+\s+){0,4}$/i;
// ("an IS attack using mustard gas": the weapon of one attack told)
const ATTACK_USING_BEFORE = /\b(?:attacks?|strikes?|raids?|assaults?)\s+using\s+(?:[\w-]+\s+){0,2}$/i;
// "suffer shelling every day", "is regularly targeted": a habit, not an event
// ("deadly air strikes and battles continue in some areas": acts told as going on somewhere, not one act)
// ("Kolajo has been attacked by ISIS sleeper cells multiple times")
const GENERIC_AFTER = /^\s*(?:[\w-]+\s+){0,5}?(?:(?:multiple|several|many|numerous|countless) times|on (?:several|many|multiple|numerous) occasions|time and again|time after time)\b|^\s*(?:[\w-]+\s+){0,3}?(?:every day|each day|every night|each night|every week|each week|daily|regularly|frequently|often|routinely|repeatedly|constantly|usually|on a daily basis|almost every day|(?:continue|continues|persist|persists)\s+in\s+(?:some|several|many|other|parts\s+of)\b)\b/i;
// "People waiting in the Ramousah garage heard the blast": the event told before, as someone perceived it
const PERCEIVED_BEFORE = /\b(?:heard|hear|hears|hearing|felt|feel|feels)\s+the\s+(?:sound\s+of\s+(?:the\s+)?)?(?:[\w-]+\s+)?$/i;
// "has regained control of 55 percent of the country": a share of the land, the war's sum, not one taking
const SHARE_OF_LAND_AFTER = /^\s+(?:(?:control|hold)\s+)?(?:(?:of|over)\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+)?\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)\s+of\b/i;
// "has captured large swathes of territory from the terror group": a campaign's sum told in the perfect
const SWATHES_AFTER = /^\s+(?:(?:control|hold)\s+(?:of|over)\s+)?(?:large|huge|vast|wide|big|significant|major)\s+(?:swathes?|swaths?|tracts?|areas?|parts?|chunks?|portions?|stretches)\s+of\s+(?:territory|land|the\s+(?:country|province|region))\b/i;
const PERFECT_BEFORE = /\b(?:has|have|had)\s+(?:\w+\s+)?$/i;
// ("IS fighters have been driven out of almost all of eastern Syria": the sum of a campaign told in the perfect, over a
// country or a region of it)
const MOST_OF_LAND_AFTER = /^\s+(?:(?:control|hold)\s+(?:of|over)\s+|(?:of|from)\s+)?(?:almost|nearly|virtually|practically)\s+(?:all|the\s+whole)\s+(?:of\s+)?(?:(?:the|its|their)\s+)?(?:(?:(?:north|south)-?)?(?:east|west)(?:ern)?\s+[A-Z][\w'’-]+|(?:north|south)(?:ern)?\s+[A-Z][\w'’-]+|Syria|Iraq|territory|land|country)\b/;
// "the government has been responsible for chlorine and other chemical attacks", "much of the fighting
// has been marked by indiscriminate shelling": a record of the war, not an event
const BLAME_RECORD = /\b(?:has|have)\s+been\s+(?:responsible\s+for|marked\s+by|characteri[sz]ed\s+by|dominated\s+by)\b|\b(?:was|were|is|are)\s+responsible\s+for\s+(?:[\w-]+\s+){0,3}(?:attacks|bombings|strikes|massacres|killings)\b/i;
// "has fought alongside his forces across the country against rebel forces": a record of the war, not an event
const WAR_RECORD = /\b(?:has|have)\s+(?:\w+\s+)?(?:fought|battled|bombed|shelled|attacked|targeted|struck)\b[^.;]{0,80}?\b(?:across the country|throughout the (?:war|conflict|country)|for years|since the (?:start|beginning|outbreak))\b/i;
// "Russia has been carrying out airstrikes to bolster Syrian forces since last September",
// "the regime continues to kill civilians", "consistently targets", "Russian and regime aircraft have ramped up strikes on
// Idlib since the end of April": a campaign told as a whole
// "a major rebel offensive that has been under way in southern Syria for months"
const ONGOING = /\b(?:has|have|had)\s+been\s+(?:under\s?way|going on|raging|ongoing|in\s+a\s+state\s+of\s+(?:civil\s+)?war)\b|\b(?:fighting|battling|struggling)\s+to\s+(?:oust|topple|overthrow|bring down|remove)\b/i;
const CAMPAIGN = /\b(?:has|have)\s+been\s+(?:\w+ing)\b[^.;]{0,120}?\bsince\s+(?:last\s+(?:year|January|February|March|April|May|June|July|August|September|October|November|December)|(?:early|late|mid-?)\s*\d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}|\d{4})\b|\b(?:continu(?:e|es|ing)\s+to|consistently|systematically)\s+(?:\w+\s+)?(?:kill|target|bomb|shell|attack|strike|leave\s+victims|claim\s+(?:the\s+)?(?:lives|victims))\w*\b|\b(?:has|have|had)\s+(?:ramped|stepped|scaled)\s+up\b[^.;]{0,80}\bsince\b/i;
// "Over the last year the Global Coalition has launched almost 8,000 strikes": a record of months, in the perfect
const SPAN_OF_MONTHS = new RegExp(String.raw`\b(?:in|over|during|within)\s+the\s+(?:last|past)\s+(?:(?:few|several|\w+|\d+)\s+)?(?:years?|months|weeks|decades?)\b|${RECENT_WINDOW}|\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?:last\s+year|(?:19|20)\d\d)\b`, 'i');
const PERFECT = /\b(?:has|have)\s+(?:(?:now|so far|already|also)\s+)?(?:launched|conducted|carried out|flown|taken back|retaken|liberated|destroyed|killed|struck|hit|targeted|trained)\b/i;
// (the perfect first: the rarer of the two, and the quicker to look for)
const isCampaignRecord = (text: string) => PERFECT.test(text) && SPAN_OF_MONTHS.test(text);
// "an Arab-Kurdish coalition battling IS", "armed groups fighting against al-Nusra": a side named by its war, not a fight told
const TO_BE_STOPPED_BEFORE = /\bto\s+(?:halt|stop|slow|check|contain|counter|block|stem|curb|reverse|roll\s+back|repel|prevent|thwart)\s+(?:the\s+)?(?:[\w'’().-]+\s+){0,4}$/i;
const ACTION_TAKEN_BEFORE = /\b(?:action|actions|steps|measures|decisions?|approach|position|stance|initiatives?)\s+(?:that\s+|which\s+)?(?:[\w'’-]+\s+){0,3}$/i;
const TOTAL_OF_BEFORE = /\ba\s+total\s+of\s+[\d,]+\s+(?:[\w'’/-]+\s+){0,4}?(?:have|has|had)\s+(?:now\s+|so\s+far\s+)?been\s+$/i;
const WOULD_BE_AFTER = /^(?:\s+(?:of|on|against|over)\s+[^.,;]{1,60}?)?\s+(?:would|could|might)\s+(?:also\s+|likely\s+|probably\s+)?(?:be|mark|give|deal|allow|mean|open|represent|provide|pave|cut|deprive|strengthen|weaken|leave|hand|put|bring|spell|trigger|spark|lead)\b/i;
const TOTAL_TAKEN_AFTER = /^\s+(?:control\s+(?:of|over)\s+)?(?:a\s+total\s+of|in\s+total|(?:a\s+)?(?:combined|cumulative)\s+(?:total\s+)?(?:of\s+)?)\b/i;
const ACROSS_THE_LAND_AFTER = /^[^.;]{0,70}?\b(?:throughout|across|all\s+over)\s+(?:the\s+(?:country|region)|(?:northern\s+|southern\s+|eastern\s+|western\s+)?(?:Syria|Iraq))\b/i;
const GOING_ON_AROUND = /\b(?:are|is)\s+(?:still\s+|now\s+|also\s+)?\w+ing\b|\bcontinu(?:e|es)\s+to\b/i;
const SIDE_HABIT_AFTER = /^\s+(?:are|is|were|was|remain|remains|have\s+been|has\s+been)\s+(?:the|a|an)\s+(?:(?:common|usual|favou?red|favou?rite|standard|preferred|frequent|typical|signature)\s+)?(?:trademark|hallmark|tactic|weapon|method|signature)\s+of\b/i;
const SIDE_HABIT_BEFORE = /\b(?:the|a)\s+(?:prime|main|chief|principal|favou?rite|frequent)\s+targets?\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+)?$/i;
const SO_FAR_AFTER = /^\W*\s*(?:so\s+far|to\s+date|thus\s+far|since\s+the\s+(?:start|beginning|launch)\s+of)\b/i;
const DESCRIBED_SIDE_BEFORE = /\b(?:coalition|alliance|groups?|factions?|militias?|fighters|forces|units|brigades?|rebels|insurgents|militants|jihadists|troops)\s+(?:(?!(?:is|are|was|were|be|been|being|has|have|had|also|still|now|then|began|started|continued|kept)\b)[\w-]+\s+)?$/i;
const DESCRIBING_FORM = /^(?:fighting|battling|combat(?:t)?ing)$/i;
const ONGOING_HARM_AFTER = /^[^.;]{0,80}?\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:still\s+|also\s+)?(?:causing|inflicting|killing|claiming|taking)\s+(?!(?:at\s+least\s+)?\d)/i;
const TARGET_OF_BEFORE = /\b(?:has|have|had)\s+(?:previously\s+|repeatedly\s+|often\s+|frequently\s+|long\s+|also\s+)?been\s+(?:a\s+|the\s+)?(?:frequent\s+|repeated\s+|regular\s+|common\s+)?targets?\s+(?:of|for)\s+(?:[\w'’-]+\s+){0,3}$/i;
/** What an act told as a subject is: "(capturing Mosul from ISIL) remains the top priority", "is the main goal". */
const GOAL_AFTER = /^[^.;,]{0,60}?\b(?:remains|is|was|will\s+be|would\s+be|has\s+become|became)\s+(?:still\s+)?(?:the|a|our|its|their|his|her)\s+(?:(?:top|main|key|first|chief|primary|ultimate|next|biggest|overriding|immediate)\s+)?(?:priority|goal|aim|objective|target|mission|task)\b/i;
const MANY_TIMES = String.raw`(?:(?:over|more\s+than|nearly|about|some|at\s+least)\s+)?(?:multiple|several|many|numerous|countless|dozens\s+of|hundreds\s+of|a\s+hundred|a\s+dozen|\d+)\s+times`;
const MANY_TIMES_AFTER = new RegExp(String.raw`^\s+${MANY_TIMES}\b`, 'i');
const MANY_TIMES_BEFORE = new RegExp(String.raw`\b${MANY_TIMES}\s+(?:by\s+)?(?:[\w'’-]+\s+){0,4}$`, 'i');
/** The kinds of act a place can be told to have suffered many times. */
const HARM_KINDS = new Set(['air', 'shelling', 'explosive', 'clash', 'kill']);
// ("is conducting airstrikes ground-based and rocket-propelled artillery fire": each act of the list)
// ("The coalition is supporting an offensive by an alliance of Syrian Kurdish and Arab fighters": a backer's part in a campaign)
const PRESENT_CAMPAIGN_BEFORE = /\b(?:is|are)\s+(?:also\s+|still\s+|now\s+)?(?:making|conducting|carrying out|waging|leading|supporting|backing|assisting|providing\s+(?:air\s+)?support\s+(?:to|for))\s+(?:(?:rapid|steady|slow|major|further|more|new|daily|regular|intense)\s+)?(?:[\w-]+\s+){0,4}$/i;
const DEVICES_HANDLED_BEFORE = /\b(?:dismantl\w*|defus\w*|clear\w*|remov\w*|found|find|finding|discover\w*|seiz\w*|confiscat\w*|plant\w*|construct\w*|build\w*|make|making|manufactur\w*|test|testing|smuggl\w*|stor\w*)\s+(?:[\w-]+\s+){0,4}$|\bdestroy(?:s|ed|ing)?\s+(?:[\w'’-]+,?\s+){0,12}$/i;
const DEATH_LEARNT_BEFORE = /\b(?:learn(?:ing|ed|t|s)?|hearing|heard|told|informed|finding\s+out|found\s+out)\s+(?:that\s+)?(?:his|her|their|my|our)\s+(?:[\w'’-]+\s+){1,3}(?:had|has|have|was|were)\s+(?:been\s+)?$/i;
const CONDEMNED_BEFORE = /\b(?:condemn\w*|denounc\w*|criticis\w*|criticiz\w*|decr(?:y|ied|ies|ying))\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$/i;
// "dependent on foreign militias and Russian air support": a means relied on, not an act
const RELIED_ON_BEFORE = /\b(?:dependent|dependence|depend(?:s|ed|ing)?|reliant|reliance|rel(?:y|ies|ied|ying))\s+(?:up)?on\s+(?:[\w'’-]+\s+){0,6}$/i;
// "Ziad Khalaf al-Karbouly (...; died 4 February 2015) a native of Al-Qa'im": a life's dates, not an event
const LIFE_DATES_BEFORE = /\([^()]{0,80}?(?:;\s*|\b(?:born|b\.)\s[^();]{0,40}[;,–-]\s*)?$/i;
const LIFE_DATES_AFTER = /^\s+(?:on\s+|in\s+)?(?:\d{1,2}\s+\w+\s+)?(?:\w+\s+\d{1,2},?\s+)?\d{4}\s*\)/;
// "amounts of RPG shells", "a cache of mortar rounds": munitions counted as things; "explosive devices and mines were removed": handled, not set off
const MUNITIONS_BEFORE = /\b(?:amounts?|quantit(?:y|ies)|boxes|crates|stockpiles?|caches?|depots?|stores|warehouses?|types|kinds)\s+of\s+(?:[\w-]+\s+){0,2}$/i;
// ("killing around 80 militants and destroying their armored vehicles and mortar shells and launchers": weapons destroyed or
// seized are no fire; not "destroyed the building with mortar shells")
const MUNITIONS_TAKEN_BEFORE = /\b(?:destroy(?:ed|ing|s)?|seiz(?:ed|ing|es)|captur(?:ed|ing|es)|confiscat(?:ed|ing|es))\s+(?:(?:their|its|his|the|an?|several|dozens\s+of|a\s+number\s+of)\s+)?(?:(?!(?:with|by|using|from|in|on|at|after|as|when|while)\b)[\w-]+,?\s+){0,10}$/i;
const MUNITIONS_HANDLED_AFTER = /^\s+(?:(?:and|or)\s+(?:[\w-]+\s+){0,3})?(?:were|was|had been|have been|has been|are|is)\s+(?:also\s+|all\s+|safely\s+)?(?:removed|dismantled|defused|cleared|found|discovered|seized|confiscated|recovered|captured|handed over)\b/i;
// ("Syrian Army kills 33 Fateh Al Sham Terrorist Captured 10 in Rural Daraa": a count taken is people, unless it counts places)
const CAPTURED_COUNT_AFTER = /^\s+(?:at\s+least\s+|more\s+than\s+|about\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds)\b(?!\s+(?:of\s+)?(?:[\w-]+\s+)?(?:villages?|towns?|hills?|hilltops?|positions?|areas?|neighbou?rhoods?|districts?|points?|checkpoints?|bases?|posts?|farms?|cities|sites?|fields?|kilometers?|kilometres?|km|square|blocks?|buildings?|streets?|outposts?|localities|hamlets?|islands?|mountains?|peaks?)\b)/i;
const SEIZED_THINGS_AFTER = /^\s+(?:[\w-]+\s+){0,3}?(?:situation|hostages|prisoners|captives|Assyrians?|Christians?|Yazidis?|Kurds|soldiers|officers?|colonels?|generals?|lieutenants?|captains?|commanders?|policemen|pilots?|journalists?|civilians|women|children|weapons|arms|ammunition|munitions|gas masks|masks|vehicles?|tanks?|equipment|documents|materials|supplies|rockets|missiles|explosives|cash|money|trucks?|cars?|drugs)\b/i;
// ("weapons seized from military installations in towns and villages around Haditha": the things taken, told before)
const SEIZED_THINGS_BEFORE = /\b(?:weapons|arms|ammunition|munitions|vehicles|tanks|equipment|documents|supplies|rockets|missiles|explosives|cash|money|trucks|cars|drugs|oil)\s+(?:(?:that\s+|which\s+)?(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?$/i;
const CAPTURED_PEOPLE_BEFORE = /\b(?:terrorists?|militants?|fighters?|soldiers?|troops|men|people|members|gunmen|jihadists?|rebels|officers?|pilots?|he|she|they|who|commanders?|leaders?)\s+(?:were|was|had been|have been|has been)\s+(?:also\s+|reportedly\s+|allegedly\s+)?$/i;
// "is under continued shelling by al-Nusra", "has been under intense bombardment since February": a state of affairs
const ON_THE_BEFORE = /\b(?:is|are|was|were|remains?|remained|has been|have been|had been|be)\s+on\s+the\s+$/i;
const WHERE_ONGOING_BEFORE = /\bwhere\s+(?:(?!(?:was|were|has|have|had)\b)[\w-]+\s+){1,7}?(?:is|are)\s+(?:now\s+|still\s+|currently\s+)?$/i;
const DESCRIBED_AS_BEFORE = /\b(?:described|describing|describes|describe|called|calling|calls|labell?ed|branded|condemned|condemning|denounced|termed)\s+(?:(?:the|this|that|these|those|its|their)\s+(?:[\w-]+\s+){0,5}?|it\s+|them\s+)as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$/i;
// ("this is viewed as an existential fight", "a turn that highlights a renewed offensive push by the Syrian army": what a
// thing is seen as, or what it shows, is no act)
const SEEN_AS_BEFORE = /\b(?:(?:is|are|was|were|being)\s+(?:\w+ly\s+)?(?:viewed|seen|regarded|considered|perceived)\s+as|(?:highlights?|highlighted|highlighting|signals?|signall?ed|underscores?|underscored|reflects?|reflected)\s+(?:a|an|the))\s+(?:[\w-]+\s+){0,2}$/i;
const SUPPORT_THROUGH_BEFORE = /\b(?:supports?|supported|supporting|assists?|assisted|assisting|helps?|helped|backs?)\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?(?:through|by\s+providing)\s+[^.;]{0,90}$/i;
const LOOTED_THING_AFTER = /^\s+(?:[\w-]+\s+)?(?:material|materials|antiquities|artefacts|artifacts|goods|items|property|properties|oil|treasures|relics|objects)\b/i;
const NAME_AFTER = /^\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]*)+/u;
const TOPIC_OF_TALKS_BEFORE = /\b(?:to\s+discuss|discussed|discussing|discusses|talks?\s+(?:about|on)|talked\s+about|a\s+range\s+of\s+issues)\b(?![^.;]*\breports?\s+of\b)[^.;]{0,80}$/i;
// ("Falluja is target of continued shelling": so is a place that is the target of it)
const STATE_BEFORE = /\b(?:is|are|remains?|has been|have been)\s+(?:under|(?:the\s+|a\s+)?(?:target|scene)\s+of)\s+(?:[\w-]+\s+){0,2}$/i;
// "to enable them oust ISIS", "to help the rebels retake": an aim
const AIM_BEFORE = /\bto\s+(?:enable|allow|help|force|encourage|empower)\s+(?:[\w-]+\s+){0,3}?(?:to\s+)?$/i;
// "He died of the plague", "dozens die of starvation": deaths that no armed side inflicted
const NOT_VIOLENT_DEATH_AFTER = /^\s+(?:of|from)\s+(?:the\s+)?(?:plague|disease|illness|cancer|natural causes|old age|(?:a\s+)?heart attack|heart failure|a stroke|starvation|hunger|malnutrition|thirst|the cold|exposure|cholera|typhoid|covid)\b/i;
// "has also carried out rare strikes in the province", "have made continuous gains": acts counted by how often or told as a trend, not one act
const HABIT_IN_TRIGGER = /\b(?:rare|occasional|sporadic|daily|regular|frequent|repeated|countless|continuous|steady|consistent|gradual)\b/i;
const HABIT_ADVERB = String.raw`\b(?:regularly|routinely|frequently|often|repeatedly|constantly|usually)`;
// ("routinely carries out airstrikes": the adverb before the verb that does the act)
// ("routinely carries out airstrikes and artillery bombardments": and the act joined to it)
const HABITUAL_BEFORE = new RegExp(String.raw`${HABIT_ADVERB}\s+(?:\w+\s+){0,2}(?:[\w-]+\s+and\s+(?:[\w-]+\s+)?)?$`, 'i');
// ("Syrian military forces often indiscriminately strike rebel-held areas ... overwhelmingly killing civilians": what a habit brings about is a habit too)
const HABITUAL_CLAUSE_BEFORE = new RegExp(String.raw`${HABIT_ADVERB}(?![\w-])[^.;,]{0,120}$`, 'i');
// ("Similar clashes in April and May between Druze groups and security forces left dozens dead", "previous attacks"): a
// class of acts told again, not one act
const SIMILAR_ACTS_BEFORE = /\b(?:similar|previous|earlier|past|prior)\s+(?:(?!(?:by|in|on|at|from|with|for|to|of|during|this|that|today|yesterday|and|or)\b)[\w-]+\s+)?$/i;
// (and what they did: "Similar clashes in April and May ... left dozens dead")
/**
 * Whether a sentence tells other acts than the one before it: acts like it ("Similar attacks in the past 48 hours killed
 * 10") or many counted over a span ("eight chemical attacks ... last year that killed at least nine"). Their dead are theirs.
 */
export const tellsOtherActs = (text: string): boolean => SIMILAR_ACTS_OPEN.test(text) || manyActsCounted(text);
const SIMILAR_ACTS_OPEN = /^\W*(?:similar|previous|earlier|past|prior)\s+(?:[\w-]+\s+)?(?:clashes|attacks|strikes|air\s*strikes|bombings|raids|battles|incidents|killings|explosions|blasts|assaults)\b/i;
// ("every time there's shelling near the library we pray for it", "whenever the jets strike": a habit of acts, not one)
// ("claims to shoot down missiles after nearly every alleged Israeli strike")
const WHENEVER_BEFORE = /\b(?:every\s+time|each\s+time|whenever)\b[^.;,]{0,50}$|\b(?:after|before|with|in|for)\s+(?:nearly\s+|almost\s+|virtually\s+)?(?:every|each)\s+(?:[\w-]+\s+){0,2}$/i;
const HAS_SEEN_BEFORE = /\b(?:has|have|had)\s+(?:seen|witnessed|suffered|endured|experienced)\s+(?:[\w-]+\s+){0,3}$/i;
// "continued to push west", "managed to retake": the event happened
// ("led to the killing of one person": what an act brought about happened)
// ("managed today to re-take Rabea town": a word of when or how may stand before the "to")
// ("the death of a civilian due to regime rocket attacks": a cause, not a purpose)
// ("At least 53 people are believed to have died when security forces fired": a report's hedge on what happened)
const REALIS_BEFORE = /\b(?:continu(?:e|es|ed|ing)|began|begun|begin|started|start|manag(?:ed|es)|went on|succeeded in|moved|led|leading|due|owing|thanks|in\s+response|in\s+addition|according|prior)(?:\s+(?:today|yesterday|tonight|\w+day|finally|eventually|also|later|then|quickly|successfully))?\s+to\s+(?:\w+\s+)?$|\b(?:are|is|were|was)\s+(?:\w+ly\s+)?(?:believed|thought|reported|said|understood|known|estimated|feared|confirmed)\s+to\s+have\s+(?:been\s+)?$/i;
// ("as they were preparing to stage a major attack on the pro-government forces": the act planned, told with the verb that would carry it out)
const PLANNED_ACT_BEFORE = /\b(?:plans?|planned|planning|aims?|aimed|aiming|intends?|intended|intending|preparing|prepares?|prepared|trying|tried|attempting|attempted|seeking|sought|threaten(?:s|ed|ing)?)\s+to\s+(?:stage|launch|mount|carry\s+out|conduct|wage|start|begin)\s+(?:an?\s+|the\s+|another\s+|new\s+)?(?:[\w-]+\s+){0,2}$/i;
// ("ferried forces behind militant lines ... to spearhead a major assault near Raqqa": what the act was for)
const PURPOSE_ACT_BEFORE = /\bto\s+(?:spearhead|lead|launch|stage|mount|wage)\s+(?:an?\s+|the\s+|another\s+|new\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}$/i;
const IRREALIS_JOINED = /\b(?:(?:sent|sends|send|dispatched|deployed|rushed|brought)\s+(?:[\w-]+\s+){0,2}?(?:reinforcements|troops|forces|units|fighters)(?:\s+[\w-]+){0,3}?|plan(?:s|ned|ning)?|aim(?:s|ed|ing)?|tried|trying|tries|attempt(?:s|ed|ing)?|intend(?:s|ed|ing)?|sought|seeks?|seeking|want(?:s|ed)?|hop(?:e|es|ed|ing)|threaten(?:s|ed|ing)?|vow(?:s|ed|ing)?)\s+to\s+\w+[^.;,]{0,100}?\s+(?:and|or)\s+(?:to\s+)?$/i;
const GAINS_INCLUDING_BEFORE = /\b(?:gains|victories|successes|advances|setbacks|losses|defeats)\b[^.;]{0,80}\bincluding\s+(?:the\s+)?$/i;
// "since the city was retaken from", "since it had been captured by": the act that began a span of time
const SINCE_PASSIVE_BEFORE = new RegExp(String.raw`${SINCE_PASSIVE}(?:\w+ly\s+)?$`, 'i');
// "militants have used suicide car bombs and snipers to slow the advance since the offensive began": how a side has fought
const TACTICS_RECORD = /\b(?:has|have|had)\s+(?:\w+\s+)?(?:used|relied\s+on|resorted\s+to|employed)\b[^.;]{0,120}?\bsince\b/i;
// ("under the cover of U.S.-led coalition airstrikes": a name's dots and hyphens are its word's)
const BACKER_TRIGGER = /\b(?:backed|supported|aided|assisted|covered|helped)\s+by\s+(?:[\w.’'-]+\s+){0,3}$|\bwith\s+(?:[\w.’'-]+\s+){0,3}$|\bwith\s+the\s+(?:help|support|backing|cover)\s+of\s+(?:[\w.’'-]+\s+){0,3}$|\bunder the cover of\s+(?:[\w.’'-]+\s+){0,3}$/i;
const ATTACK_WITH_BEFORE = /\battacks?\s+with\s+(?:[\w.’'-]+\s+){0,3}$/i;

// "It is not known which aircraft carried out the strike", "it did not know whether Syrian or Russian jets had carried out the strikes"
// ("The coalition did not disclose whether US troops had been involved in the retaliatory strike or offer any details on
// which forces attacked the headquarters": what a report does not tell)
const AUTHOR_UNKNOWN_BEFORE = /\b(?:not\s+known|unclear|not\s+clear|did\s+not\s+know|does\s+not\s+know|do\s+not\s+know|no\s+word\s+on)\s+(?:which|whether|who|if)\s+(?:[\w-]+\s+){0,8}$|\b(?:did|does|do|would|could)\s+not\s+(?:disclose|say|specify|reveal|confirm|identify|state)\s+(?:whether|which|who|if)\s+(?:[\w'’-]+\s+){0,10}$|\b(?:details?|information)\s+(?:on|about|as\s+to)\s+(?:which|who|whether)\s+(?:[\w'’-]+\s+){0,8}$/i;

/** "site of a chemical weapons attack earlier this week", "executed 48 people earlier this week": an act recalled, told with when it was */
export const RECALLED_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:earlier\s+(?:this|that|in\s+the)\s+(?:week|month)|last\s+(?:week|month|year)|(?:a|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?|months?)\s+(?:earlier|before|ago))\b/i;
// "The attack came as the Observatory reported that troops had executed 48 people earlier this week": what an event came as or after
export const BACKDROP = /\b(?:came|comes|come)\s+(?:just\s+|only\s+)?(?:as|amid|after|(?:a|one|two|three|several|\d+)?\s*(?:hours?|days?|weeks?)\s+after)\b/i;
const BACKDROP_BEFORE = new RegExp(`${BACKDROP.source}[^.;]*$`, 'i');

/** A trigger that names the act as a noun ("the attack", "strikes", "the massacre"). */
const ACT_NOUN = /(?:attack|strike|raid|bombing|massacre|shelling)s?$/i;
const CAMPAIGN_NOUN = /(?:offensive|operation|campaign)s?$/i;
const CAMPAIGN_NAMED_AFTER = /^\s+(?:dubbed|named|called|code-?named|known\s+as|labell?ed)\b/i;
// "in Ankaras offensive", "part of the operation", "joined the campaign" (not "launched an offensive")
const CAMPAIGN_FRAME_BEFORE = /\b(?:in|of|within|during|part\s+of|joined|joining|join|participating\s+in|taking\s+part\s+in|took\s+part\s+in)\s+(?:(?:the|an?|its|their|his)\s+)?(?:[\w'’-]+\s+){0,2}$/i;
// (the clause's words looked for first: the pattern is tried only where one of them stands)
const servedActClause = (before: string) => /launch|springboard|staging/i.test(before) && SERVED_ACT_CLAUSE_BEFORE.test(before);
const BOMBERS_COUNTED_BEFORE = /\b(?:including|among\s+them|among|killed|killing|kill|kills|eliminated|eliminating|eliminate|shot\s+dead|shoot\s+dead|shoots\s+dead|arrested|arresting|captured|capturing|detained|bodies\s+of)\s+(?:the\s+|a\s+|an\s+|two\s+|three\s+|four\s+|five\s+|six\s+|seven\s+|eight\s+|nine\s+|ten\s+|\d+\s+|several\s+|dozens\s+of\s+)?(?:[\w-]+\s+)?$/i;
// ("an airbase that was used as a launchpad for a devastating chemical attack": the act a place served, told to name the place)
export const SERVED_AS = String.raw`(?:launch(?:ing)?\s*pad|springboard|staging\s+(?:ground|post|area|point))\s+(?:for|of)`;
const ACT_AS_TOPIC_BEFORE = new RegExp(String.raw`\b(?:(?:site|file|anniversary|memory|commemoration|perpetrators)\s+of|${SERVED_AS})\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+)?(?:[\w'’-]+\s+){0,3}$`, 'i');
// ("the launch pad for a devastating chemical attack on an Idlib village that left up to a hundred civilians dead": the dead
// of the act a place served are that act's)
const SERVED_FOR_BEFORE = new RegExp(String.raw`\b${SERVED_AS}\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}$`, 'i');
const SERVED_ACT_CLAUSE_BEFORE = new RegExp(String.raw`\b${SERVED_AS}\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?(?:attack|strike|raid|bombing|massacre|shelling)s?\b[^.;]{0,60}?\b(?:that|which)\s+[^.;]{0,60}$`, 'i');

const ESCALATION_BEFORE = /\b(?:an?|the)\s+(?:[\w-]+\s+)?(?:escalation|intensification|increase|surge|upsurge|uptick)\s+(?:of|in)\s+(?:[\w-]+\s+){0,4}$/i;
// ("rebels hit government-held areas of Aleppo in what Syrian media said was an escalation of mortar attacks": what
// the act told before it was, not a trend told instead of one)
const ESCALATION_NAMES_ACT_BEFORE = /\b(?:was|is|were|are|marked|marks|as)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:escalation|intensification|increase|surge|upsurge|uptick)\s+(?:of|in)\s+(?:[\w-]+\s+){0,4}$/i;
const RECENT_SPAN = /\b(?:in\s+)?(?:recent|the\s+(?:past|last)(?:\s+(?:few|\d+|two|three|several))?)\s+(?:days|weeks|months|hours)\b/i;

/** What a rule sees of one trigger: its hit, the sentence, the 40 characters before it. */
interface TriggerContext {
  hit: TriggerHit;
  text: string;
  before: string;
  /** Whether the sentence names a date. */
  dated: boolean;
}

interface TriggerRule {
  id: string;
  /** A sentence the rule is for (tests check that it applies there). */
  example: string;
  drops: (x: TriggerContext) => boolean;
}

/** Rules that make one trigger no event; the first that applies decides. */
export const TRIGGER_RULES: readonly TriggerRule[] = [
  { id: 'not-event.irrealis', example: 'The army plans to recapture Raqqa from Islamic State next year.', drops: ({ before }) => (IRREALIS_BEFORE.test(before) || PLANNED_ACT_BEFORE.test(before) || PURPOSE_ACT_BEFORE.test(before) || CONDITION_BEFORE.test(before) || NEARING_ACT_BEFORE.test(before)) && !REALIS_BEFORE.test(before) },
  // "the terrorists planned to break the army's defense lines and recapture the farms": the second verb is planned too
  // ("The regime sent reinforcements to storm the town and capture those responsible": so is the second of a purpose)
  {
    id: 'not-event.irrealis-joined',
    example: 'The terrorists planned to break the army defense lines in al-Mallah Farms and recapture the area near Aleppo.',
    drops: ({ hit, text }) => IRREALIS_JOINED.test(text.slice(Math.max(0, hit.start - 120), hit.start)),
  },
  { id: 'not-event.war-as-a-whole', example: 'Kurdish militias in Hasakah are key US allies in the fight against IS.', drops: ({ hit, text }) => GENERIC_FIGHT.test(text.slice(Math.max(0, hit.start - 30), hit.end + 9)) },
  // "as the government and international partners continue fighting against terrorist organizations such as the Islamic State": a kind of foe
  { id: 'not-event.kind-of-foe', example: 'The government and its partners continue fighting against terrorist organizations such as the Islamic State in Damascus.', drops: ({ hit, text }) => KIND_OF_FOE_AFTER.test(text.slice(hit.end, hit.end + 70)) },
  // "civilians are forced to flee devastating air raids": the flight is told, the raids are told elsewhere
  { id: 'not-event.fled', example: 'Thousands of residents of Raqqa fled the fighting between the SDF and Islamic State.', drops: ({ before }) => FLEEING_BEFORE.test(before) },
  // "Syria has categorically denied carrying out the gas attack": a denial reports no event
  { id: 'not-event.denied', example: 'Syria has categorically denied carrying out the gas attack in Khan Sheikhoun.', drops: ({ before }) => DENIED_BEFORE.test(before) },
  // "the Assad regime and Russian forces have recently intensified aerial attacks on rebel-held areas": a campaign grown
  // stronger, undated, is its trend, not an act
  {
    id: 'not-event.intensified',
    example: 'Activists said the regime and Russian forces have recently intensified aerial attacks on rebel-held areas of Homs.',
    drops: ({ before, dated }) => !dated && /\b(?:has|have|had)\s+(?:recently\s+|also\s+|further\s+|now\s+|sharply\s+)?(?:intensified|stepped\s+up|escalated|increased|ramped\s+up)\s+(?:[\w-]+\s+){0,4}$/i.test(before),
  },
  // "cut off in recent days by an escalation of air and artillery strikes on the only road", "the surge in bombing raids
  // has forced hospitals to close": the same trend told as a noun, undated or dated only by the recent days it spans
  {
    id: 'not-event.escalation',
    example: 'The opposition-held sector of Aleppo has been cut off in recent days by an escalation of air and artillery strikes on the only road in.',
    drops: ({ before, text, dated }) => ESCALATION_BEFORE.test(before) && !ESCALATION_NAMES_ACT_BEFORE.test(before) && (!dated || RECENT_SPAN.test(text)),
  },
  // ("an Islamist faction consisting of fighting groups including the Haqq Brigade": "fighting" that names a kind of group)
  {
    id: 'not-event.fighting-as-kind',
    example: 'The HTS is an Islamist faction consisting of fighting groups including the Haqq Brigade and Jaysh al-Sunnah.',
    drops: ({ hit, text }) => /^fighting$/i.test(hit.text) && /^\s+(?:groups?|factions?|units?|forces?|force|men|capabilit\w+|strength|spirit|age|season|vehicles?|positions?|formations?|brigades?|battalions?|wings?)\b/i.test(text.slice(hit.end, hit.end + 20)),
  },
  // ("The camp has previously been a target of Turkish airstrikes", "has been targeted multiple times": what a place has suffered
  // over time)
  {
    id: 'not-event.target-over-time',
    example: 'The Makhmour camp has previously been a target of Turkish airstrikes.',
    drops: ({ hit, text, before }) => TARGET_OF_BEFORE.test(before) || (HARM_KINDS.has(hit.rule.kind) && (MANY_TIMES_AFTER.test(text.slice(hit.end, hit.end + 30)) || MANY_TIMES_BEFORE.test(before))),
  },
  // ("the battles turned in favour of government forces after the arrival of reinforcements": the course of fighting told before)
  {
    id: 'not-event.course-turned',
    example: 'Officials said the battles turned in favour of government forces after the arrival of reinforcements.',
    drops: ({ hit, text }) => hit.rule.kind === 'clash' && /^\s+(?:had\s+|have\s+)?(?:turned|swung|tipped|shifted)\s+(?:in\s+(?:the\s+)?favou?r\s+of|against)\b/i.test(text.slice(hit.end, hit.end + 40)),
  },
  // ("aerial bombardment by Syrian forces in Idlib and Aleppo were causing huge civilian casualties": strikes told as what
  // they go on doing)
  {
    id: 'not-event.ongoing-harm',
    example: 'UN investigators said aerial bombardment by Syrian forces in Idlib was causing huge civilian casualties.',
    drops: ({ hit, text }) => (hit.rule.kind === 'air' || hit.rule.kind === 'shelling') && ONGOING_HARM_AFTER.test(text.slice(hit.end, hit.end + 100)),
  },
  { id: 'not-event.trend-or-habit', example: 'Besieged for nearly two years, residents of Talbiseh suffer regime shelling every day.', drops: ({ hit, text, before }) => (GENERIC_BEFORE.test(before) && !ATTACK_USING_BEFORE.test(before)) || HABITUAL_BEFORE.test(text.slice(Math.max(0, hit.start - 70), hit.start)) || WHENEVER_BEFORE.test(before) || (/s$/i.test(hit.text) && SIMILAR_ACTS_BEFORE.test(before)) || (/ing$/i.test(hit.text) && HABITUAL_CLAUSE_BEFORE.test(text.slice(Math.max(0, hit.start - 160), hit.start))) || HABIT_IN_TRIGGER.test(hit.text) || GENERIC_AFTER.test(text.slice(hit.end, hit.end + 40)) },
  // "it is not known which aircraft carried out the strike": the event told before, its author in doubt
  {
    id: 'not-event.author-unknown',
    example: 'It is not known which aircraft carried out the strike on the hospital in Idlib.',
    drops: ({ hit, text }) => AUTHOR_UNKNOWN_BEFORE.test(text.slice(Math.max(0, hit.start - 120), hit.start)),
  },
  // "any attack on civilians is terrorism pure and simple": a kind of act, not an act
  { id: 'not-event.any', example: 'Any shelling of civilians in Raqqa is a war crime, the coalition said.', drops: ({ before }) => /\b(?:any|every)\s+(?:[\w-]+\s+)?$/i.test(before) },
  // (not the means of an attack: "killed in terrorist attacks with two mortar shells")
  { id: 'not-event.backing-strikes', example: 'The SDF advanced on Manbij backed by US-led coalition air strikes.', drops: ({ hit, before }) => BACKER_TRIGGER.test(before) && !ATTACK_WITH_BEFORE.test(before) && (hit.rule.kind === 'air' || hit.rule.kind === 'shelling') },
  { id: 'not-event.described-side', example: 'An Arab-Kurdish alliance battling IS entered the town on Monday.', drops: ({ hit, before }) => DESCRIBING_FORM.test(hit.text) && DESCRIBED_SIDE_BEFORE.test(before) },
  { id: 'not-event.perceived-again', example: 'People waiting in the Ramousah garage in Aleppo heard the blast and said they feared revenge attacks by pro-government forces.', drops: ({ before }) => PERCEIVED_BEFORE.test(before) },
  {
    id: 'not-event.share-of-land',
    example: 'Backed by Russian military support the government has regained control of 55 percent of the country including Damascus and Aleppo.',
    drops: ({ hit, text }) => hit.rule.kind === 'territory' && SHARE_OF_LAND_AFTER.test(text.slice(hit.end, hit.end + 60)),
  },
  {
    id: 'not-event.swathes-of-land',
    example: 'The campaign backed by Assad ally Russia has captured large swathes of territory from the terror group.',
    drops: ({ hit, text, before }) => hit.rule.kind === 'territory' && PERFECT_BEFORE.test(before) && (SWATHES_AFTER.test(text.slice(hit.end, hit.end + 60)) || MOST_OF_LAND_AFTER.test(text.slice(hit.end, hit.end + 60))),
  },
  // "The attack comes as government forces are on the offensive against the extremists in other parts of Syria": a stance, not an act
  { id: 'not-event.on-the-offensive', example: 'Government forces are on the offensive against the extremists in other parts of Syria.', drops: ({ before }) => ON_THE_BEFORE.test(before) },
  // "an area where rebels backed by Turkish forces are advancing against IS": what goes on at a place, told to describe it
  { id: 'not-event.where-ongoing', example: 'It was unclear who had carried out the strike which took place in an area where rebels backed by Turkish forces are advancing against IS.', drops: ({ hit, text }) => WHERE_ONGOING_BEFORE.test(text.slice(Math.max(0, hit.start - 90), hit.start)) },
  // "The coalition described the attack as a horrifying massacre": a name given to the act told, not another act
  { id: 'not-event.described-as', example: 'The coalition described the attack in Khan Sheikhoun as a horrifying massacre.', drops: ({ hit, text }) => DESCRIBED_AS_BEFORE.test(text.slice(Math.max(0, hit.start - 80), hit.start)) },
  { id: 'not-event.seen-as', example: 'For Hezbollah fighters in Qusair, this is viewed as an existential fight against the rebels.', drops: ({ before }) => SEEN_AS_BEFORE.test(before) },
  // "The Coalition supports the SDF through training, advise and assist operations, airstrikes and material support": a means of support, not a strike
  { id: 'not-event.support-through', example: 'The Coalition supports the SDF through training, advise and assist operations, airstrikes and material support.', drops: ({ hit, text }) => (hit.rule.kind === 'air' || hit.rule.kind === 'shelling') && SUPPORT_THROUGH_BEFORE.test(text.slice(Math.max(0, hit.start - 120), hit.start)) },
  // "trafficking in looted archaeological material": looted things, not a looting
  { id: 'not-event.looted-things', example: 'ISIL trafficked in looted archaeological material from Syria and Iraq.', drops: ({ hit, text }) => /^looted$/i.test(hit.text) && LOOTED_THING_AFTER.test(text.slice(hit.end, hit.end + 40)) },
  // "along with failed suicide bomber Sajida al-Rishawi": a person's description, not a bombing
  { id: 'not-event.bomber-named', example: 'He was hanged along with failed suicide bomber Sajida Mubarak al-Rishawi in Amman.', drops: ({ hit, text }) => /bomber$/i.test(hit.text) && NAME_AFTER.test(text.slice(hit.end, hit.end + 30)) },
  // "the town was within shelling range of the nearest IS-controlled territory": a reach, not a strike
  { id: 'not-event.within-range', example: 'The town was within shelling range of the nearest IS-controlled territory in Kirkuk.', drops: ({ hit, text }) => /^\s+range\b/i.test(text.slice(hit.end, hit.end + 8)) },
  // "met the Iraqi Foreign Minister to discuss a range of issues including the ongoing fight ... against Daesh": a topic of talks
  { id: 'not-event.topic-of-talks', example: 'The Foreign Secretary met the Iraqi Foreign Minister to discuss a range of issues including the fight against Daesh in Iraq.', drops: ({ hit, text }) => hit.rule.kind === 'clash' && TOPIC_OF_TALKS_BEFORE.test(text.slice(Math.max(0, hit.start - 90), hit.start)) },
  { id: 'not-event.state-or-aim', example: 'The town of Talbiseh is under continued shelling by the army.', drops: ({ before }) => STATE_BEFORE.test(before) || AIM_BEFORE.test(before) },
  // "captured industrial-grade gas masks from ISIL", "15 terrorists were captured": things and people taken are no ground taken
  {
    id: 'not-event.things-or-people-captured',
    example: 'Kurdish forces captured industrial-grade gas masks from ISIL in Hasakah.',
    drops: ({ hit, text, before }) =>
      hit.rule.kind === 'territory' &&
      (SEIZED_THINGS_AFTER.test(text.slice(hit.end, hit.end + 50)) ||
        (/^(?:captured|seized)$/i.test(hit.text) && (CAPTURED_PEOPLE_BEFORE.test(before) || CAPTURED_COUNT_AFTER.test(text.slice(hit.end, hit.end + 50)) || SEIZED_THINGS_BEFORE.test(before))) ||
        // ("Aknaf Beit al-Maqdis's reported capture of ten IS members": the men taken)
        (/^(?:capture|seizure)$/i.test(hit.text) && CAPTURED_COUNT_AFTER.test(text.slice(hit.end, hit.end + 50).replace(/^\s+of\b/i, '')))),
  },
  // ("by Iraqi forces that have been making advances in the city": a side described by what it has been doing)
  {
    id: 'not-event.described-by-ongoing',
    example: 'The strike may have been carried out by Iraqi forces that have been making advances in the city.',
    drops: ({ hit, before }) => hit.rule.kind === 'clash' && /\b(?:that|which|who)\s+(?:have|has|had)\s+been\s+(?:making\s+(?:\w+\s+)?)?$/i.test(before),
  },
  // ("The Syrian National Coalition warned of a possible civilian massacre": an act feared, not told)
  {
    id: 'not-event.feared',
    example: 'The opposition warned of a possible civilian massacre in the besieged town.',
    drops: ({ before }) => /\b(?:warn(?:s|ed|ing)?\s+(?:of|against)\s+(?:an?\s+|the\s+)?["“]?(?:[\w-]+\s+){0,3}|(?:possible|potential|imminent|looming|feared|impending)\s+["“]?(?:[\w-]+\s+)?)$/i.test(before),
  },
  // "dismantled scores of explosive devices", "to construct and test improvised explosive devices": no blast
  // ("destroying ISIL heavy weapons, vehicles, fortifications, IED facilities, VBIEDs": a list of things destroyed)
  { id: 'not-event.devices-handled', example: 'Army engineers dismantled scores of explosive devices in Palmyra.', drops: ({ hit, text }) => hit.rule.kind === 'explosive' && DEVICES_HANDLED_BEFORE.test(text.slice(Math.max(0, hit.start - 100), hit.start)) },
  // "The UN deputy spokesman condemned Russian strikes in Syria": a campaign condemned, not one act
  {
    id: 'not-event.campaign-condemned',
    example: 'The UN deputy spokesman condemned Russian strikes in Syria saying the attacks were blatant violations of international law.',
    drops: ({ hit, text }) => /s$/i.test(hit.text) && CONDEMNED_BEFORE.test(text.slice(Math.max(0, hit.start - 60), hit.start)) && /^\s+(?:in|on|across|throughout)\s+(?:Syria|Iraq|the\s+country)\b/i.test(text.slice(hit.end, hit.end + 30)),
  },
  // "A man cried out after learning his son had died": a death learnt of, told as a scene of grief
  { id: 'not-event.death-learnt', example: 'A man cried out after learning his son had died as others around him tried to comfort him.', drops: ({ hit, text }) => hit.rule.kind === 'kill' && DEATH_LEARNT_BEFORE.test(text.slice(Math.max(0, hit.start - 60), hit.start)) },
  { id: 'not-event.means-relied-on', example: 'Assad has been utterly dependent on foreign militias and Russian air support in Aleppo.', drops: ({ hit, text }) => (hit.rule.kind === 'air' || hit.rule.kind === 'shelling') && RELIED_ON_BEFORE.test(text.slice(Math.max(0, hit.start - 80), hit.start)) },
  { id: 'not-event.life-dates', example: "Ziad Khalaf al-Karbouly (died 4 February 2015) a native of Al-Qa'im, was a former Iraqi officer.", drops: ({ hit, text, before }) => hit.rule.kind === 'kill' && /^(?:died|death|killed)$/i.test(hit.text) && LIFE_DATES_BEFORE.test(before) && LIFE_DATES_AFTER.test(text.slice(hit.end, hit.end + 30)) },
  // "seizing weapons including amounts of RPG shells", "tens of explosive devices and mines were removed": munitions handled, not fired
  {
    id: 'not-event.munitions-handled',
    example: 'Army units seized the terrorists weapons including amounts of RPG shells after tens of explosive devices and mines were removed.',
    drops: ({ hit, text, before }) => (hit.rule.kind === 'shelling' || hit.rule.kind === 'explosive') && (MUNITIONS_BEFORE.test(before) || MUNITIONS_TAKEN_BEFORE.test(text.slice(Math.max(0, hit.start - 90), hit.start)) || MUNITIONS_HANDLED_AFTER.test(text.slice(hit.end, hit.end + 60))),
  },
  // "Rebels say they are forced out by siege and bombardment": what drove people out, not an event
  { id: 'not-event.driven-out-by', example: 'Rebels say they are forced out by siege and bombardment of Daraya.', drops: ({ before }) => /\b(?:forced|driven|pushed)\s+(?:\w+\s+){0,3}?(?:by|through)\s+(?:\w+\s+(?:and|or)\s+)?$/i.test(before) },
  // "Damascus forces and Kurdish fighters have enjoyed a truce": a truce that holds is no agreement reached
  {
    id: 'not-event.truce-holds',
    example: 'Damascus forces and Kurdish fighters in Hasakah have enjoyed a truce.',
    drops: ({ hit, before }) => hit.rule.kind === 'agreement' && /\b(?:enjoy(?:ed|s|ing)?|observ(?:ed|es|ing)|respect(?:ed|s|ing)?|maintain(?:ed|s|ing)?|under)\s+(?:a|the|an)\s+(?:[\w-]+\s+)?$/i.test(before),
  },
  // "Frequent bombing by regime and Russian war planes have seen numerous massacres in Idlib province": what a place
  // or a campaign has seen, undated and many, is its record, not an event
  { id: 'not-event.has-seen', example: 'Bombing by regime and Russian war planes have seen numerous massacres in Idlib province.', drops: ({ hit, before, dated }) => !dated && /s$/i.test(hit.text) && HAS_SEEN_BEFORE.test(before) },
  // "fighters have previously taken control of oilfields in Iraq": the story's past, not its news
  { id: 'not-event.previously', example: 'IS fighters have previously taken control of oilfields in Deir ez-Zor.', drops: ({ before }) => /\bpreviously\s+(?:\w+\s+)?$/i.test(before) },
  // "the insurgents who are also making rapid advances in Iraq", "the coalition is conducting
  // airstrikes against Daesh in Syria and Iraq": the war's present, undated, told as a whole
  { id: 'not-event.present-campaign', example: 'The coalition is conducting airstrikes against Daesh in Raqqa.', drops: ({ hit, text, dated }) => !dated && PRESENT_CAMPAIGN_BEFORE.test(text.slice(Math.max(0, hit.start - 90), hit.start)) },
  // "The group has been fighting alongside other factions against DAESH", "The SDF has been battling IS in Raqqa for
  // weeks": a fight told in the perfect, undated or over weeks, is the war's present, not a clash of a day
  {
    id: 'not-event.has-been-fighting',
    example: 'The SDF has been battling IS in Raqqa for weeks.',
    drops: ({ hit, text, before, dated }) => hit.rule.kind === 'clash' && /\b(?:has|have|had)\s+been\s+$/i.test(before) && (!dated || /\bfor\s+(?:(?:several|many|two|three|four|five|six|a\s+few)\s+)?(?:weeks|months|years)\b/i.test(text.slice(hit.end))),
  },
  // ("amid continuing efforts to halt the Islamic State (IS) advance": an act named as what is to be stopped)
  {
    id: 'not-event.to-be-stopped',
    example: 'The minister is in Iraq for talks amid continuing efforts to halt the Islamic State (IS) advance.',
    drops: ({ hit, text }) => (hit.rule.kind === 'clash' || hit.rule.kind === 'territory') && TO_BE_STOPPED_BEFORE.test(text.slice(Math.max(0, hit.start - 60), hit.start)),
  },
  // ("The action the UK has taken to date, including airstrikes": action taken is no ground taken)
  {
    id: 'not-event.action-taken',
    example: 'The action the UK has taken to date shows the UK will play its part.',
    drops: ({ hit, before }) => hit.rule.kind === 'territory' && /\btaken$/i.test(hit.text) && ACTION_TAKEN_BEFORE.test(before),
  },
  // ("A Turkish capture of Ras al-Ayn would mark an important gain": an act whose consequence is supposed is itself supposed)
  {
    id: 'not-event.would-be',
    example: 'A Turkish capture of Ras al-Ayn in northeast Syria would mark an important gain for Turkey.',
    drops: ({ hit, text }) => /^(?:capture|fall|seizure|recapture|retaking|takeover|liberation|loss|offensive|assault|attack|invasion)$/i.test(hit.text) && WOULD_BE_AFTER.test(text.slice(hit.end, hit.end + 90)),
  },
  // ("capturing Mosul from ISIL remains the top priority": an act named as a goal is not yet done)
  {
    id: 'not-event.act-as-goal',
    example: 'Kerry said the war is being won, and capturing Mosul from ISIL remains the top priority.',
    drops: ({ hit, text }) => /(?:ing|^(?:capture|recapture|liberation|seizure|defeat))$/i.test(hit.text) && GOAL_AFTER.test(text.slice(hit.end, hit.end + 110)),
  },
  // ("Nearly 1,500 militants 'neutralized' so far in Afrin operation": a running count of a campaign, not a day's act)
  {
    id: 'not-event.so-far',
    example: 'Nearly 1,500 militants neutralized so far in Afrin operation.',
    // ("A total of 800 terrorists have been neutralised ... as part of Turkey's ongoing Operation Olive Branch": its total)
    // ("Since the operation began, Turkish forces and the FSA have liberated a total of 45 zones": the total of its takings)
    drops: ({ hit, text }) =>
      ((hit.rule.kind === 'clash' || hit.rule.kind === 'kill') && (SO_FAR_AFTER.test(text.slice(hit.end, hit.end + 40)) || TOTAL_OF_BEFORE.test(text.slice(Math.max(0, hit.start - 70), hit.start)))) ||
      (hit.rule.kind === 'territory' && TOTAL_TAKEN_AFTER.test(text.slice(hit.end, hit.end + 40))),
  },
  // "Following the massacre the Assad regime surrendered its cache of chemical weapons": an event named to date what came after
  {
    id: 'not-event.following',
    example: 'Following the massacre the Assad regime surrendered its cache of chemical weapons.',
    drops: ({ hit, text }) => /^\W*(?:following|after)\s+(?:the|this|that)\s+(?:[\w-]+\s+)?$/i.test(text.slice(0, hit.start)) && !/^\s+(?:on|in|at|near|by|which|that|killed|kills|killing|left|leaving)\b/i.test(text.slice(hit.end, hit.end + 12)),
  },
  // "Since the town's recapture, YPG forces have been expanding", "the first such attack since the city was retaken from
  // Islamic State": a point in time, not the news
  {
    id: 'not-event.since',
    example: 'Since the town’s recapture, YPG forces in Kobani have been expanding.',
    drops: ({ before }) => /\bsince\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’]+\s+)?$/i.test(before) || SINCE_PASSIVE_BEFORE.test(before),
  },
  // "The rebels are fighting alongside Al Nusra Front": an alliance, unless an enemy is named
  {
    id: 'not-event.fighting-alongside',
    example: 'The rebels in Idlib are fighting alongside Al Nusra Front.',
    // ("fighters deployed in Syria and fighting on the side of Assad's government forces": so is fighting on its side)
    // ("The SDF ... fights separately from other rebel groups that seek to topple President Bashar al-Assad's rule": nor one
    // told apart from it)
    drops: ({ hit, text }) => hit.rule.kind === 'clash' && /^\s+(?:alongside|side by side with|on the side of|on (?:the|their|its) side|separately from|independently (?:of|from)|apart from)\b/i.test(text.slice(hit.end, hit.end + 24)) && !/\bagainst\b/i.test(text.slice(hit.end, clauseOf(text, hit.start)[1])),
  },
  // "the killing in Aleppo had to stop", "the bombing must end": a call to stop, not an act told
  {
    id: 'not-event.call-to-stop',
    example: 'He said the killing in Aleppo had to stop and the city needed food.',
    drops: ({ hit, text }) => /^\s+(?:(?:in|of|on)\s+(?:[\w'’-]+\s+){1,3})?(?:has|had|have|must|should|needs?|needed|ought)\s+(?:to\s+)?(?:stop|end|cease|be\s+stopped|be\s+halted)\b/i.test(text.slice(hit.end, hit.end + 50)),
  },
  // ("suicide bombings are the trademark of al Qaeda's local affiliate", "barrel bombs are a common tactic of the Syrian
  // regime", "it is the prime target of Russian air raids": a kind of act told as a side's habit or aim)
  {
    id: 'not-event.side-habit',
    example: 'Barrel bombs are a common tactic of the Syrian regime, Amnesty International says.',
    drops: ({ hit, text, before }) => SIDE_HABIT_AFTER.test(text.slice(hit.end, hit.end + 50)) || SIDE_HABIT_BEFORE.test(before),
  },
  // ("shelled-out ruins": a word that describes a place by what it suffered)
  { id: 'not-event.shelled-out', example: 'Weary civilians made their way out of the shelled-out ruins of the Old City of Homs.', drops: ({ hit, text }) => /^-out\b/i.test(text.slice(hit.end, hit.end + 5)) },
  // ("The regime has said it will confirm on Thursday whether it accepts the truce": an open question, not an act told)
  { id: 'not-event.whether', example: 'The opposition will decide on Friday whether it accepts the truce in Aleppo.', drops: ({ before }) => /\bwhether\s+(?:or\s+not\s+)?(?:[\w'’-]+\s+){0,6}$/i.test(before) },
  // ("Hezbollah and the army would halt their attacks on Zabadani in exchange for the rebels halting their offensive on Kefraya
  // and Foua": a side's own act stopped is no act told)
  {
    id: 'not-event.own-act-stopped',
    example: 'Residents said the rebels were halting their offensive on Kefraya and Foua.',
    drops: ({ before }) => /\b(?:halt|halts|halted|halting|stop|stops|stopped|stopping|cease|ceases|ceased|ceasing|suspend|suspends|suspended|suspending|end|ends|ended|ending)\s+(?:their|its|his|all)\s+(?:[\w-]+\s+)?$/i.test(before),
  },
  // ("Our air strikes are targeting Daesh terrorists throughout Iraq and Syria": strikes told as going on across a country)
  {
    id: 'not-event.across-the-land',
    example: 'Coalition air strikes are targeting Daesh terrorists throughout Iraq and Syria, a spokesman said.',
    drops: ({ hit, text }) =>
      (hit.rule.kind === 'air' || hit.rule.kind === 'shelling') && ACROSS_THE_LAND_AFTER.test(text.slice(hit.end, hit.end + 90)) && GOING_ON_AROUND.test(text.slice(Math.max(0, hit.start - 30), hit.end + 30)),
  },
  // "is battling for survival on two fronts": a side's plight, not a battle told
  {
    id: 'not-event.fight-for-survival',
    example: 'Daesh controls a quarter of Deir ez-Zor province but is battling for survival on two fronts.',
    drops: ({ hit, text }) => hit.rule.kind === 'clash' && /^\s+for\s+(?:its\s+|their\s+|his\s+)?(?:survival|existence|life|lives|relevance)\b/i.test(text.slice(hit.end, hit.end + 30)),
  },
  // "raid on Syria chemical attack town", "the gas attack survivors": the attack names the place or the people, told elsewhere
  {
    id: 'not-event.attack-as-name',
    example: 'One dead in raid on Syria chemical attack town.',
    drops: ({ hit, text }) => ACT_NOUN.test(hit.text) && /^\s+(?:town|village|city|site|survivors|anniversary|probe|investigation|inquiry)\b(?!['’])/i.test(text.slice(hit.end, hit.end + 16)),
  },
  // ("The group has been fighting alongside other Turkish-backed factions in Ankaras offensive dubbed Euphrates Shield against
  // DAESH": a campaign the words give its name to, as the frame of what a side does, is no act of the day; not one launched)
  {
    id: 'not-event.campaign-named',
    example: 'The group has been fighting in the Turkish offensive dubbed Euphrates Shield against IS.',
    drops: ({ hit, text, before }) => CAMPAIGN_NOUN.test(hit.text) && CAMPAIGN_NAMED_AFTER.test(text.slice(hit.end, hit.end + 20)) && CAMPAIGN_FRAME_BEFORE.test(before),
  },
  // ("to re-open the file of the Ghouta Massacre", "to travel to Ghouta the site of the massacre", "on the anniversary of the
  // chemical attack": the act is what the place or the matter is known by, told elsewhere or long ago)
  {
    id: 'not-event.act-as-topic',
    example: 'The Syrian Coalition called upon the UN Security Council to re-open the file of the Ghouta Massacre.',
    // ("to use Baiji as a launching pad for a further advance toward Mosul": any act a place serves for)
    drops: ({ hit, text, before }) => (ACT_NOUN.test(hit.text) && ACT_AS_TOPIC_BEFORE.test(before)) || SERVED_FOR_BEFORE.test(before) || servedActClause(text.slice(Math.max(0, hit.start - 160), hit.start)),
  },
  // ("It said that most of the dead were evacuees but also included several rebels who had been guarding the buses": the dead
  // of an act told before, said who they were)
  { id: 'not-event.the-dead', example: 'It said that most of the dead were evacuees.', drops: ({ hit, before }) => /^dead$/i.test(hit.text) && /\bthe\s+$/i.test(before) },
  // ("Among the killed ISIS militants were Omar al-Sabha and Saif al-Khaled": who the dead of the act told were)
  { id: 'not-event.the-killed', example: 'Among the killed militants were Omar al-Sabha and Saif al-Khaled.', drops: ({ hit, before }) => /^killed$/i.test(hit.text) && /\b(?:among|of|for)\s+the\s+$/i.test(before) },
  // ("The Ministry of Defence in Moscow confirmed that no Russian advisers were among those killed": none of a side among the dead)
  {
    id: 'not-event.none-among-the-dead',
    example: 'The ministry confirmed that no Russian advisers were among those killed.',
    drops: ({ hit, before }) => hit.rule.kind === 'kill' && /\bno\s+(?:[\w-]+\s+){0,3}?(?:was|were)\s+(?:among\s+(?:those|the)\s+)?$/i.test(before),
  },
  // ("eliminated over 75 Nusra Front militants including the suicide bombers", "shoot dead six ISIS suicide bombers": bombers
  // counted among the dead or taken, not a bombing)
  {
    id: 'not-event.bombers-counted',
    example: 'The bodies of the suicide bombers were found near the checkpoint.',
    drops: ({ hit, before }) => hit.rule.kind === 'suicide' && /(?:bombers?|attackers?)$/i.test(hit.text) && BOMBERS_COUNTED_BEFORE.test(before),
  },
  // ("The airstrikes came after IS dealt a significant blow to ... government forces": the act just told, named again as the
  // subject of what it came after, is no new act)
  {
    id: 'not-event.came-after',
    example: 'The airstrikes came after IS dealt a significant blow to government forces in Raqqa province.',
    drops: ({ hit, text, before }) => /^\W*(?:the|these|those|this|that)\s+(?:[\w'’-]+\s+)?$/i.test(before) && /^\s+(?:came|comes|come)\s+(?:just\s+|only\s+)?(?:as|amid|after|(?:a|one|two|three|several|\d+)?\s*(?:hours?|days?|weeks?)\s+after)\b/i.test(text.slice(hit.end, hit.end + 30)),
  },
  // ("The attack came as the Observatory reported that troops had executed 48 people earlier this week": the backdrop, recalled, is no event of the story)
  {
    id: 'not-event.recalled-backdrop',
    example: 'The attack came as the Syrian Observatory reported that troops had executed 48 people earlier this week in a northern village.',
    drops: ({ hit, text }) => RECALLED_AFTER.test(text.slice(hit.end, hit.end + 40)) && BACKDROP_BEFORE.test(text.slice(0, hit.start)),
  },
  { id: 'not-event.not-violent-death', example: 'Dozens of people in Madaya died of starvation.', drops: ({ hit, text }) => hit.rule.kind === 'kill' && NOT_VIOLENT_DEATH_AFTER.test(text.slice(hit.end, hit.end + 30)) },
  // "Or is it a possibility to liberate Iraq ...? he questioned": a question quoted
  // ("Once this area has been seized, Daesh's dominance of al-Bab will be broken": a taking a forecast hangs on)
  {
    id: 'not-event.once-then-will',
    example: 'Once this area has been seized, the group’s hold on the town will be broken.',
    drops: ({ hit, text }) => /^\W*(?:once|if|when|after)\s[^,;]*$/i.test(text.slice(0, hit.start)) && /^[^,;]*,[^,.;]*?\b(?:will|would)\b/i.test(text.slice(hit.end)),
  },
  // ("A car bomb went off in Mosul, police said, the first such blast since the city was retaken": the act just told,
  // named again to compare it)
  { id: 'not-event.first-such', example: 'It was the first such car bomb in Mosul this year.', drops: ({ before }) => /\b(?:first|second|third|latest|last|deadliest|biggest|worst)\s+such\s+$/i.test(before) },
  // ("came despite a series of recent gains against the extremists, including the capture of Fallujah": a taking recalled
  // among the gains of a campaign)
  {
    id: 'not-event.gains-including',
    example: 'The bombing came despite a series of recent gains against the extremists, including the capture of Fallujah.',
    drops: ({ hit, text }) => hit.rule.kind === 'territory' && GAINS_INCLUDING_BEFORE.test(text.slice(Math.max(0, hit.start - 120), hit.start)),
  },
  // ("IS retains the ability to mount deadly attacks, despite being ousted from their last urban pockets": a loss granted
  // to make a point, no act told)
  { id: 'not-event.despite', example: 'The group can still mount attacks, despite being ousted from its last urban pockets in recent months.', drops: ({ before }) => /\bdespite\s+(?:(?:having|its|their|the)\s+)?(?:been\s+|being\s+)?(?:\w+ly\s+)?$/i.test(before) },
  // ("ISIS has a record of conducting large scale killings of civilians": a side's record, no act told)
  { id: 'not-event.record-of', example: 'The group has a record of killing civilians in the territory it holds.', drops: ({ before }) => /\b(?:a|an|its|their|his)\s+(?:long\s+|proven\s+|grim\s+|bloody\s+)?(?:track\s+)?(?:record|history)\s+of\s+(?:[\w-]+\s+){0,3}$/i.test(before) },
  // ("killings of civilians in territory it captures": what a side does wherever it takes ground, no taking told)
  {
    id: 'not-event.wherever-taken',
    example: 'ISIS has a record of killing civilians in territory it captures in both Iraq and Syria.',
    drops: ({ hit, before }) =>
      hit.rule.kind === 'territory' && /^(?:captures|seizes|takes|overruns|controls|holds|capture|seize|take|overrun)$/i.test(hit.text) && /\b(?:territory|territories|areas|land|lands|towns|cities|villages)\s+(?:that\s+|which\s+)?(?:it|they)\s+$/i.test(before),
  },
  {
    id: 'not-event.quoted-question',
    example: 'Has the army recaptured Mosul from IS? he questioned.',
    drops: ({ hit, text }) => {
      const q = text.indexOf('?', hit.end);
      return q >= 0 && !/[.!;]/.test(text.slice(hit.end, q));
    },
  },
];

/** The id of the rule by which a trigger in `text` (its sentence) reports no event, or null. */
export function triggerRuleAt(hit: TriggerHit, text: string, dated: boolean): string | null {
  // (a trigger in quotes reads as one without: "vowed to “liberate” the area", "PKK terrorists 'neutralized'")
  const x: TriggerContext = { hit, text, before: text.slice(Math.max(0, hit.start - 41), hit.start).replace(/(?<=\s)["“‘']$/, ''), dated };
  return TRIGGER_RULES.find((r) => r.drops(x))?.id ?? null;
}

export const dropsTrigger = (hit: TriggerHit, text: string, dated: boolean): boolean => triggerRuleAt(hit, text, dated) !== null;

// "ISIS claimed to have conducted 10 attacks in Syria from June 30 to July 6", "conducted 12 strikes between Dec. 15-17":
// many acts summed up over days, each its own event where the report tells it
const MONTH_WORD = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)`;
const DAY_OF = String.raw`(?:${MONTH_WORD}\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_WORD})`;
const DAYS_SPAN = new RegExp(String.raw`\b(?:from\s+${DAY_OF}\s+(?:to|until|till|through)|between\s+${DAY_OF}\s+and)\s+(?:${DAY_OF}|\d{1,2}\b)|\b${MONTH_WORD}\s+\d{1,2}\s*[-–]\s*\d{1,2}\b`, 'i');
const A_DAY = new RegExp(String.raw`\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|${DAY_OF})\b`, 'i');
// (the day a magazine came out is no day of the acts it claims)
const PUBLISHED_ON = /\b(?:published|released|issued)\s+(?:on\s+)?\w+/gi;
const SO_FAR_SPAN = /\b(?:so\s+far|thus\s+far|to\s+date)\b|\b(?:this|last|past)\s+(?:year|month)\b|\bsince\s+the\s+(?:start|beginning)\s+of\b|\bin\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:days|weeks|months|years)\b/i;
const ACTS_COUNTED = /\b(?:(?:at\s+least|more\s+than|over|nearly|some|about)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|scores\s+of|hundreds\s+of)\s+(?:separate\s+)?(?:[\w-]+\s+)?(?:attacks|operations|strikes|air ?strikes|raids|bombings|ambushes|engagements)\b/i;
// ("so far this year ISIS has conducted at least 50 operations in the Syrian desert": a year's count; "ISIS claimed it
// carried out seven attacks in Syria, killing and injuring 14 people": a claimed count with no day)
const manyActsCounted = (text: string) => ACTS_COUNTED.test(text) && (DAYS_SPAN.test(text) || SO_FAR_SPAN.test(text) || (/\bclaim(?:s|ed|ing)?\b/i.test(text) && !A_DAY.test(text.replace(PUBLISHED_ON, ' '))));

/** Rules that make a whole sentence no event, whatever its triggers. */
export const SENTENCE_RULES: readonly { id: string; example: string; drops: (text: string) => boolean }[] = [
  { id: 'not-event.question', example: 'Will the regime retake Idlib from the rebels?', drops: (text) => text.trim().endsWith('?') },
  // "Syria has been locked in a civil war since 2011 when the regime cracked down on protests": the war's story, not news
  { id: 'not-event.war-toll', example: 'More than 300000 people have been killed since the war began in 2011.', drops: isWarToll },
  { id: 'not-event.tally', example: 'In the past two weeks more than 200 civilians have been killed in Aleppo.', drops: isTallySentence },
  { id: 'not-event.campaign', example: 'Russia has been carrying out airstrikes in Syria since last September.', drops: (text) => CAMPAIGN.test(text) },
  { id: 'not-event.ongoing', example: 'A major rebel offensive has been under way in southern Syria for months.', drops: (text) => ONGOING.test(text) },
  { id: 'not-event.war-record', example: 'The government has been responsible for chlorine attacks in Idlib.', drops: (text) => WAR_RECORD.test(text) || BLAME_RECORD.test(text) },
  {
    id: 'not-event.tactics-record',
    example: 'Islamic State militants have used suicide car bombs, snipers and mortar fire to slow the advance since the offensive began in October.',
    drops: (text) => TACTICS_RECORD.test(text),
  },
  { id: 'not-event.campaign-record', example: 'Over the last year the coalition has launched almost 8,000 strikes in Raqqa.', drops: isCampaignRecord },
  {
    id: 'not-event.similar-acts',
    example: 'Similar clashes in April and May between Druze groups and security forces left dozens dead.',
    drops: (text) => SIMILAR_ACTS_OPEN.test(text),
  },
  {
    id: 'not-event.acts-over-days',
    example: 'ISIS claimed to have conducted 10 attacks in Syria from June 30 to July 6, killing 16 people.',
    drops: (text) => manyActsCounted(text),
  },
];


/** The id of the rule by which a sentence reports no event, or null. */
export function sentenceRuleAt(text: string): string | null {
  return SENTENCE_RULES.find((r) => r.drops(text))?.id ?? null;
}

export const notEventSentence = (text: string): boolean => sentenceRuleAt(text) !== null;
