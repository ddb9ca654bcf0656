// Places: the embedded gazetteer and the finder of place mentions.
export { loadGazetteer, PlaceEntrySchema, type Gazetteer, type GazPlace, type PlaceEntry } from './gazetteer.js';
export { CITY_POPULATION, calledA, findPlaceMentions, findPlacesAndStates, isLargeCity, km, lookupPlace, provinceOf, toResolved } from './find.js';
export { exactKey, foldKey } from './fold.js';

/**
 * Refiner, after the actors are found: a place name inside an armed actor's own
 * name is part of that name, not a place the story is at ("Hashd al-Shaabi" is
 * no Shahba, "Kurdistan Workers' Party" no Kurdistan).
 */
export function withoutPlacesInActors<P extends { start: number; end: number; place: { feature: string } }, A extends { start: number; end: number }>(places: P[], actors: A[]): P[] {
  if (places.length === 0 || actors.length === 0) return places;
  // (a country inside a side's name still says which country the story is in: "Syria regime forces")
  return places.filter((p) => p.place.feature === 'country' || !actors.some((a) => a.start <= p.start && a.end >= p.end && a.end - a.start > p.end - p.start));
}

/** A state named within an armed actor's name or as that actor ("Turkey" of "Turkey-backed", "Russia" as its forces) is the actor. */
export function withoutStatesInActors<P extends { start: number; end: number }, A extends { start: number; end: number }>(states: P[], actors: A[]): P[] {
  if (states.length === 0 || actors.length === 0) return states;
  return states.filter((p) => !actors.some((a) => a.start < p.end && a.end > p.start));
}
