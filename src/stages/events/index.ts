import type { ArticleDoc } from '../../document/model.js';
import type { ArticleEvent } from '../../records/schemas.js';
import type { Resources } from '../../resources.js';

export interface EventOptions {
  explain?: boolean;
}

export function extractEvents(_doc: ArticleDoc, _res: Resources, _options: EventOptions = {}): ArticleEvent[] {
  return [];
}
