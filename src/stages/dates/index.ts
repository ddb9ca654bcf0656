import type { ArticleDoc, DateMention } from '../../document/model.js';

export function findDateMentions(_doc: ArticleDoc): DateMention[] {
  return [];
}
