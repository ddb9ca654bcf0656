// Dictionaries, gazetteer and compiled matchers: loaded once per process and
// shared by every article.
import { loadActorLexicon, type ActorLexicon } from './stages/actors/index.js';
import { loadGazetteer, type Gazetteer } from './stages/places/index.js';

export interface ResourceOptions {
  /** User actor dictionaries (--actors), merged over the built-in one in order. */
  actorFiles?: string[];
  /** User gazetteer files (--places), merged over the built-in one in order. */
  placeFiles?: string[];
}

export interface Resources {
  actors: ActorLexicon;
  gazetteer: Gazetteer;
}

const cache = new Map<string, Resources>();

/** Loads (once per distinct option set) everything the pipeline needs. Throws DictionaryError. */
export function loadResources(options: ResourceOptions = {}): Resources {
  const actorFiles = options.actorFiles ?? [];
  const placeFiles = options.placeFiles ?? [];
  const key = JSON.stringify([actorFiles, placeFiles]);
  let res = cache.get(key);
  if (!res) {
    res = { actors: loadActorLexicon(actorFiles), gazetteer: loadGazetteer(placeFiles) };
    cache.set(key, res);
  }
  return res;
}
