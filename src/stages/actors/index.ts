import type { ActorInfo, ActorMention, ArticleDoc } from '../../document/model.js';

export interface ActorLexicon {
  get(id: string): ActorInfo | undefined;
}

export function loadActorLexicon(_userFiles: string[]): ActorLexicon {
  return { get: () => undefined };
}

export function findActorMentions(_doc: ArticleDoc, _lex: ActorLexicon): ActorMention[] {
  return [];
}
