// Places: the embedded gazetteer and the finder of place mentions.
export { loadGazetteer, PlaceEntrySchema, type Gazetteer, type GazPlace, type PlaceEntry } from './gazetteer.js';
export { findPlaceMentions, km, lookupPlace, provinceOf, toResolved } from './find.js';
export { exactKey, foldKey } from './fold.js';
