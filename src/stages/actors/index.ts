// Armed actors: dictionary aliases, demonym phrases and context rules find
// candidates; refiners settle overlaps, the home government, backers and
// anaphora. Every mention carries offsets into doc.text and the rule or entry
// id that produced it.
import type { ActorMention, ArticleDoc } from '../../document/model.js';
import {
  type Candidate,
  findAliasCandidates,
  findAnaphorCandidates,
  findBlockerCandidates,
  findDemonymCandidates,
  findRuleCandidates,
  findSharedHeadCandidates,
} from './find.js';
import { ActorLexicon, buildActorLexicon } from './lexicon.js';
import { attachBackers, dropBlocked, dropNamesakes, homeGovernmentOnce, resolveAnaphora, resolveHomeGovernment, resolveHomeNamesakes, resolveOverlaps, toMentions } from './refine.js';

export { ActorLexicon, HOME_GOVERNMENT, type ActorEntry } from './lexicon.js';
export { homeGovernment } from './refine.js';

/** Built-in dictionary plus user files (JSON or YAML), merged in order. Throws DictionaryError. */
export function loadActorLexicon(userFiles: string[]): ActorLexicon {
  return buildActorLexicon(userFiles);
}

/** Every armed-actor mention in the article, in text order. */
export function findActorMentions(doc: ArticleDoc, lex: ActorLexicon): ActorMention[] {
  const text = doc.text;
  const c = lex.compiled;
  const candidates: Candidate[] = [
    ...findAliasCandidates(text, c),
    ...findDemonymCandidates(text, c),
    ...findRuleCandidates(text, c),
    ...findBlockerCandidates(text, c),
    ...findAnaphorCandidates(text, c),
  ];
  candidates.push(...findSharedHeadCandidates(text, c, candidates));
  let refined = resolveOverlaps(candidates);
  refined = dropBlocked(refined);
  refined = dropNamesakes(refined, text, lex);
  const homeOf = homeGovernmentOnce(text, lex, doc.mentions.places ?? []);
  refined = resolveHomeGovernment(refined, text, lex, homeOf);
  refined = resolveHomeNamesakes(refined, text, lex, homeOf);
  refined = attachBackers(refined, text, lex);
  refined = resolveAnaphora(refined, text, lex);
  return toMentions(refined, text, lex);
}
