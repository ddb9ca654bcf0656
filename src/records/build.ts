// From the analysed document to the article record of SPEC section 4.
import type { ArticleDoc, Span } from '../document/model.js';
import type { ArticleEvent, ArticleRecord } from './schemas.js';

const offsets = (m: Span) => ({ text: m.text, start: m.start, end: m.end });

function groupBy<T, K>(items: T[], key: (t: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

export function toArticleRecord(doc: ArticleDoc, events: ArticleEvent[]): ArticleRecord {
  const { actors, persons, organizations, places, dates } = doc.mentions;

  const actorEntities = [...groupBy(actors, (a) => a.id).values()].map((ms) => ({
    id: ms[0].id,
    name: ms[0].name,
    type: ms[0].type,
    group: ms[0].group,
    mentions: ms.map(offsets),
  }));
  // Backers named inside another actor's mention ("Russian-backed regime forces")
  // are actors of the article too.
  const known = new Set(actorEntities.map((a) => a.id));
  for (const m of actors) {
    for (const b of m.backers) {
      if (known.has(b.id)) continue;
      known.add(b.id);
      actorEntities.push({ id: b.id, name: b.name, type: b.type, group: b.group, mentions: [offsets(m)] });
    }
  }

  const placeEntities = [...groupBy(places, (p) => `${p.place.name}|${p.place.lat}|${p.place.lon}`).values()].map((ms) => ({
    name: ms[0].place.name,
    feature: ms[0].place.feature,
    admin1: ms[0].place.admin1,
    country: ms[0].place.country,
    country_code: ms[0].place.country_code,
    lat: ms[0].place.lat,
    lon: ms[0].place.lon,
    mentions: ms.map(offsets),
  }));

  const resolved = dates.filter((d) => d.value.start !== null && d.value.precision !== 'unknown');
  const dateEntities = [...groupBy(resolved, (d) => `${d.value.start}|${d.value.end}|${d.value.precision}`).values()].map((ms) => ({
    start: ms[0].value.start,
    end: ms[0].value.end,
    precision: ms[0].value.precision,
    text: ms[0].text,
    mentions: ms.map(offsets),
  }));

  return {
    id: doc.id,
    file: doc.file,
    title: doc.meta.title,
    outlet: doc.meta.outlet,
    byline: doc.meta.byline,
    dateline: doc.meta.dateline,
    published: doc.meta.published,
    entities: {
      actors: actorEntities,
      persons: persons.map((p) => ({ name: p.name, mentions: p.mentions.map(offsets) })),
      organizations: organizations.map((o) => ({ name: o.name, mentions: o.mentions.map(offsets) })),
      places: placeEntities,
      dates: dateEntities,
    },
    events,
    warnings: doc.warnings,
  };
}
