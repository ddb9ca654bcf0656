import type { ArticleDoc, OrgEntity } from '../../document/model.js';
import type { ActorLexicon } from '../actors/index.js';

export function findOrganizations(_doc: ArticleDoc, _lex: ActorLexicon): OrgEntity[] {
  return [];
}
