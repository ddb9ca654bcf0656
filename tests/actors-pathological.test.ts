// Regression: long runs of one alias or one name-like word made overlap
// removal, demonym lists and name clustering quadratic (a 200 KB run of
// "Syrian and " took 13 s, of "Abu al- " 27 s). Every extractor stays linear.
import { expect, it } from 'vitest';
import type { ArticleDoc } from '../src/document/model.js';
import { findActorMentions, loadActorLexicon } from '../src/stages/actors/index.js';
import { findOrganizations } from '../src/stages/organizations/index.js';
import { findPersons } from '../src/stages/persons/index.js';

const lex = loadActorLexicon([]);
const runs = ['ISIS ', 'Syrian and ', 'Abu al- ', 'al-Qaeda al-Nusra Abu ', 'U.S. ', 'Ministry of ', "O'B'C'D "];

it.each(runs)('a 200 KB run of %j is analysed in linear time', (unit) => {
  const text = unit.repeat(Math.ceil(200_000 / unit.length));
  const doc = {
    text,
    sentences: [],
    mentions: { actors: [], persons: [], organizations: [], places: [], states: [], dates: [] },
    meta: { byline: null },
  } as unknown as ArticleDoc;
  const t0 = performance.now();
  doc.mentions.actors = findActorMentions(doc, lex);
  doc.mentions.persons = findPersons(doc, lex);
  findOrganizations(doc, lex);
  expect(performance.now() - t0).toBeLessThan(4000);
}, 30_000);
