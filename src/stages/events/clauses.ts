// ("Moreover 4 civilians were killed", "Elsewhere ...", "In addition, other warplanes hit the town of Hammoriyya"): a sentence
// that tells on of another act than the one before
export const ANOTHER_ACT_OPENS = /^\W*(?:moreover|in\s+addition|additionally|also|furthermore|separately|elsewhere|meanwhile|in\s+a\s+separate\s+\w+|in\s+another\s+\w+)\b/i;

/** "since the city was retaken from", "since it had been captured by": the passive act a span of time is counted from, up to its verb */
export const SINCE_PASSIVE = String.raw`\bsince\s+(?:(?:the|its|their)\s+)?(?:[\w'’-]+\s+){1,3}(?:was|were|had\s+been|has\s+been)\s+`;

/** The clause around a trigger: ", as the SDF advance on Manbij" is another clause. */
export function clauseOf(text: string, at: number): [number, number] {
  let start = 0;
  let end = text.length;
  for (const b of boundaries(text)) {
    if (b.index + b.length <= at) start = b.index;
    else if (b.index >= at) {
      end = b.index;
      break;
    }
  }
  return [start, end];
}

// ", as the SDF advance", ", two days after a rocket attack", "after the area saw heavy bombardments overnight", ", noting that the security forces retook control", and "as civilians are forced to flee", "as US-backed fighters reached",
// "as battles rage in Aleppo", "while clashes raged on the front lines" without its comma
// (not ", while 6 others injured, as a result of a landmine explosion": the wounded told beside the dead, and the cause
// of both, are the same act's)
const SAME_ACT_AFTER = String.raw`(?!(?:a\s+result\s+of|well\s+as)\b|(?:(?:at\s+least|some|about|around|nearly|more\s+than)\s+)?[\w-]+\s+(?:others?\s+|more\s+|people\s+|persons\s+)?(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+)?(?:injured|wounded|hurt)\b)`;
const BOUNDARY = new RegExp(
  String.raw`,\s+(?:as|while|whereas|but|although|though|after|before|when|which|who)\s+${SAME_ACT_AFTER}|,\s+(?:(?:just|only|some)\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|several|a\s+few|\d+)\s+)?(?:hours?|days?|weeks?|months?)\s+(?:after|before)\s+|;\s+|\s+[–—]\s+|\s+(?:after|as)\s+(?=(?:the\s+)?[\w-]+\s+(?:saw|witnessed|experienced|endured)\s)|,\s+(?:noting|stressing|explaining|indicating|pointing\s+out)\s+that\s+|\s+(?:as|while|whereas)\s+${SAME_ACT_AFTER}(?=(?:the\s+)?[\w-]+\s+(?:[\w-]+\s+)?(?:are|were|is|was|have|has|had|reached|advanced|pushed|pressed|moved|entered|closed|continued|began|stormed|launched|make|makes|made)\b|(?:the\s+)?[\w-]+\s+(?:(?:and|&)\s+(?:the\s+)?[\w-]+\s+)?(?:[\w-]+\s+)?(?:rage|rages|raged|raging|erupted|intensified|escalated)\b)`,
  'gi',
);
// ("Toxic Gas Dropped on Syrian Town After Russian Helicopter is Shot Down": a headline in title case joins its clauses
// with a capitalised word, which prose writes capitalised only at the start of a sentence)
export const TITLE_CASE_BOUNDARY = /\s+(?:After|Amid|As|Before|While|Following)\s+(?=\p{Lu})/gu;

// ("The FSA had earlier gained full control of the highway from al-Bab to Aleppo, and Turkish warplanes had destroyed nearly
// 65 Daesh targets": ", and" before a new subject named with a capital and its verb in the past perfect or the passive; case
// matters; not "have", which ends a list of subjects as often: "Russian airstrikes, and Kurdish advances have exhausted")
const AND_NEW_SUBJECT_BOUNDARY = /,\s+and\s+(?=(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:[a-z][\w-]*\s+)?(?:had|were|was)\s+(?:also\s+)?[a-z]+ed\b)/g;

// ("Syrian Army Retakes Qaryatain City in Homs Kills over 50 Terrorists in Hama": a title-case headline whose comma was lost
// tells a second act with a second capitalised verb after a place's name; the two acts share the subject)
const TITLE_VERB = /(?<=\p{Lu}[\p{L}'’-]*\s+)(?:Kills|Retakes|Advances|Captures|Seizes|Repels|Destroys|Regains|Restores|Recaptures|Liberates|Storms|Enters|Frustrates|Foils|Thwarts|Ambushes|Targets|Eliminates|Repulses|Downs|Pounds)(?=\s)/gu;

interface Boundary {
  index: number;
  length: number;
  /** The clause after it is a second verb of the same subject. */
  sharedSubject?: boolean;
}

/** Where the clauses of a sentence meet, in order of position (the last sentence's kept: each trigger of a sentence asks for them). */
function boundaries(text: string): Boundary[] {
  if (lastBoundaries?.text === text) return lastBoundaries.list;
  const out: Boundary[] = [];
  for (const re of [BOUNDARY, TITLE_CASE_BOUNDARY, AND_NEW_SUBJECT_BOUNDARY]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push({ index: m.index, length: m[0].length });
  }
  // (not the first such verb: "Syrian Army Retakes" is the subject and its verb)
  TITLE_VERB.lastIndex = 0;
  const verbs = [...text.matchAll(TITLE_VERB)];
  for (const m of verbs.slice(1)) out.push({ index: m.index! - 1, length: 1, sharedSubject: true });
  out.sort((a, b) => a.index - b.index);
  lastBoundaries = { text, list: out };
  return out;
}
let lastBoundaries: { text: string; list: Boundary[] } | null = null;

/** Whether the clause that starts at `start` is a second verb of the sentence's subject ("... Kills over 50 Terrorists in Hama"). */
export function sharesSubject(text: string, start: number): boolean {
  return boundaries(text).some((b) => b.sharedSubject && b.index === start);
}
