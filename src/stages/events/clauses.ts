/** The clause around a trigger: ", as the SDF advance on Manbij" is another clause. */
export function clauseOf(text: string, at: number): [number, number] {
  // ", as the SDF advance", and "as civilians are forced to flee", "as US-backed fighters reached" without its comma
  const boundary = /,\s+(?:as|while|whereas|but|although|though|after|before|when|which|who)\s+|;\s+|\s+[–—]\s+|\s+(?:as|while|whereas)\s+(?=(?:the\s+)?[\w-]+\s+(?:[\w-]+\s+)?(?:are|were|is|was|have|has|had|reached|advanced|pushed|pressed|moved|entered|closed|continued|began|stormed|launched)\b)/gi;
  let start = 0;
  let end = text.length;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m.index + m[0].length <= at) start = m.index;
    else if (m.index >= at) {
      end = m.index;
      break;
    }
  }
  return [start, end];
}
