import type { ArticleDoc, PersonEntity } from '../../document/model.js';
import type { ActorLexicon } from '../actors/index.js';

export function findPersons(_doc: ArticleDoc, _lex: ActorLexicon): PersonEntity[] {
  return [];
}
