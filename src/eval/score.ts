// Precision / recall / F1 of article records against gold annotations
// (the gold format of the project's evaluation data: one object per article,
// matched by id). Pure: takes records, returns numbers and a log of misses.

type Json = any; // gold files are user data: checked field by field below

const fold = (s: unknown) =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘ʼ`´']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/^the /, '')
    .trim();
const ARTICLES = /^(al|el|ad|ar|as|ash|at|az|an|adh) /;
const placeFold = (s: unknown) =>
  fold(s)
    .replace(/\b(province|governorate|city|town|of|region|district|village|area|countryside|northern|southern|eastern|western|north|south|east|west|central|rural)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(ARTICLES, '')
    .replace(/ /g, '')
    .replace(/(.)\1+/g, '$1')
    .replace(/ee/g, 'i')
    .replace(/ou/g, 'u');
const personFold = (s: unknown) => fold(s).replace(/\b(president|sheikh|dr|mr|mrs|ms)\b/g, ' ').replace(/\s+/g, ' ').trim();

function namesMatch(a: string, b: string, lenient: boolean): boolean {
  if (a === b) return a !== '';
  if (!lenient || !a || !b) return false;
  const x = a.split(' '), y = b.split(' ');
  if (x[x.length - 1] !== y[y.length - 1]) return false;
  const shared = x.filter((w) => y.includes(w)).length;
  return shared / new Set([...x, ...y]).size >= 0.5;
}

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const dLat = (b.lat - a.lat) * r, dLon = (b.lon - a.lon) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}
const hasCoords = (p: Json) => p && Number.isFinite(p.lat) && Number.isFinite(p.lon);

function placeMatches(pred: Json, gold: Json, lenient = false): boolean {
  if (!pred || !gold) return false;
  const names = gold.names.map(placeFold);
  const predNames = [pred.name, pred.mention, ...(pred.mentions ?? []).map((m: Json) => m.text)].filter(Boolean).map(placeFold);
  if (predNames.some((n: string) => names.includes(n))) return true;
  if (gold.admin1 && pred.admin1 && gold.admin1.map(placeFold).includes(placeFold(pred.admin1))) return true;
  if (lenient) {
    const ln = gold.names.map(fold);
    const lp = [pred.name, ...(pred.mentions ?? []).map((m: Json) => m.text)].filter(Boolean).map(fold);
    if (lp.some((a: string) => ln.some((b: string) => namesMatch(a, b, true)))) return true;
  }
  const countryish = gold.feature === 'country' || /country/i.test(pred.feature ?? '');
  if (!countryish && hasCoords(gold) && hasCoords(pred)) return km(pred, gold) <= (gold.radius_km ?? 30);
  return false;
}

interface Counts { tp: number; fp: number; fn: number }
const prf = (t: Counts) => {
  const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 0;
  const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

function scoreSet(goldItems: Json[], predItems: Json[], match: (p: Json, g: Json) => boolean, dupes: 'ignore' | 'penalise', log: (s: string) => void, label: string): Counts {
  const t = { tp: 0, fp: 0, fn: 0 };
  const taken = new Set<number>();
  for (const p of predItems) {
    const gi = goldItems.findIndex((g, i) => !taken.has(i) && match(p, g));
    if (gi >= 0) {
      taken.add(gi);
      if (!goldItems[gi].optional) t.tp++;
      continue;
    }
    const dup = goldItems.findIndex((g) => match(p, g));
    if (dup >= 0 && (dupes === 'ignore' || goldItems[dup].optional)) continue;
    t.fp++;
    log(`${label} FP ${JSON.stringify(p.name ?? p.id ?? p.value ?? p)}`);
  }
  goldItems.forEach((g, i) => {
    if (!taken.has(i) && !g.optional) {
      t.fn++;
      log(`${label} FN ${JSON.stringify(g.names?.[0] ?? g.id ?? g.value)}`);
    }
  });
  return t;
}

function dateValue(d: Json): string | null {
  const start = d?.start ?? d?.value;
  if (!start || typeof start !== 'string') return null;
  switch (d.precision) {
    case 'day': return start.slice(0, 10);
    case 'month': return start.slice(0, 7);
    case 'year': return start.slice(0, 4);
    default: return null;
  }
}

const actorIds = (a: Json): string[] => (a ? [a.id, a.group].filter(Boolean) : []);
const actorIs = (a: Json, id: string) => actorIds(a).includes(id);

type Attr = Record<'sub' | 'actor1' | 'actor2' | 'date' | 'fatalities', [number, number]>;
const newAttr = (): Attr => ({ sub: [0, 0], actor1: [0, 0], actor2: [0, 0], date: [0, 0], fatalities: [0, 0] });

function scoreEvents(gold: Json, pred: Json, log: (s: string) => void): { t: Counts; attr: Attr } {
  const placeByKey = new Map<string, Json>();
  for (const p of gold.places ?? []) placeByKey.set(p.names[0], p);
  const golds = (gold.events ?? []).map((g: Json) => ({ ...g, place: placeByKey.get(g.location) ?? { names: [g.location] } }));
  const preds: Json[] = pred.events ?? [];
  const pairs: { pi: number; gi: number; s: number }[] = [];
  preds.forEach((e, pi) =>
    golds.forEach((g: Json, gi: number) => {
      if (g.type && e.event_type !== g.type) return;
      if (!placeMatches(e.location, g.place)) return;
      const gActors = [g.actor1, g.actor2].filter(Boolean);
      const eActors = [...actorIds(e.actor1), ...actorIds(e.actor2)];
      if (gActors.length && !eActors.some((a) => gActors.includes(a))) return;
      let s = 0;
      if (g.sub?.includes(e.sub_event_type)) s++;
      if (g.actor1 && actorIs(e.actor1, g.actor1)) s++;
      if (g.actor2 && actorIs(e.actor2, g.actor2)) s++;
      if (g.core) s += 0.5;
      pairs.push({ pi, gi, s });
    }),
  );
  pairs.sort((a, b) => b.s - a.s);
  const pUsed = new Set<number>(), gUsed = new Set<number>();
  const matched: typeof pairs = [];
  for (const x of pairs) {
    if (pUsed.has(x.pi) || gUsed.has(x.gi)) continue;
    pUsed.add(x.pi);
    gUsed.add(x.gi);
    matched.push(x);
  }
  const t = { tp: 0, fp: 0, fn: 0 };
  for (const x of matched) if (golds[x.gi].core) t.tp++;
  preds.forEach((e, i) => {
    if (!pUsed.has(i)) {
      t.fp++;
      log(`event FP ${e.event_type}/${e.sub_event_type} ${e.actor1?.id}->${e.actor2?.id} @${e.location?.name} ${e.date?.start ?? ''}`);
    }
  });
  golds.forEach((g: Json, i: number) => {
    if (g.core && !gUsed.has(i)) {
      t.fn++;
      log(`event FN ${g.type}/${g.sub?.[0]} ${g.actor1}->${g.actor2} @${g.location} ${g.date ?? ''}`);
    }
  });
  const attr = newAttr();
  const bump = (k: keyof Attr, ok: boolean, what: string) => {
    attr[k][1]++;
    if (ok) attr[k][0]++;
    else log(`event attr ${k} wrong: ${what}`);
  };
  for (const x of matched) {
    const e = preds[x.pi], g = golds[x.gi];
    const where = `@${g.location} ${g.type ?? ''}`;
    if (g.sub) bump('sub', g.sub.includes(e.sub_event_type), `${e.sub_event_type} ${where}`);
    if (g.actor1) bump('actor1', actorIs(e.actor1, g.actor1), `${e.actor1?.id} != ${g.actor1} ${where}`);
    if (g.actor2) bump('actor2', actorIs(e.actor2, g.actor2), `${e.actor2?.id} != ${g.actor2} ${where}`);
    if (g.date) {
      const prec = g.date.length === 10 ? 'day' : g.date.length === 7 ? 'month' : 'year';
      const v = e.date?.start ? dateValue({ start: e.date.start, precision: prec }) : null;
      bump('date', v === g.date, `${e.date?.start} != ${g.date} ${where}`);
    }
    if (g.fatalities != null) bump('fatalities', e.fatalities?.best === g.fatalities, `${e.fatalities?.best} != ${g.fatalities} ${where}`);
  }
  return { t, attr };
}

export interface FieldScore { p: number; r: number; f1: number; tp: number; fp: number; fn: number }
export interface EvalResult {
  articles: number;
  missing: number;
  published_acc: number | null;
  title_acc: number | null;
  outlet_acc: number | null;
  fields: Record<string, FieldScore | null>;
  event_attributes: Record<string, number | null>;
  /** Misses and false positives, per article id. */
  log: Record<string, string[]>;
}

const FIELDS = ['actors', 'persons', 'organizations', 'places', 'dates', 'events'] as const;

export function scoreRecords(golds: Json[], predictions: Json[]): EvalResult {
  const preds = new Map(predictions.map((r) => [r.id, r]));
  const tallies: Record<string, Counts> = Object.fromEntries(FIELDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const counted = new Map<string, number>();
  const attrs = newAttr();
  let pubOk = 0, pubN = 0, titleOk = 0, titleN = 0, outletOk = 0, outletN = 0, missing = 0;
  const logs: Record<string, string[]> = {};
  for (const g of golds) {
    const scored = (k: string) => !g.score || g.score.includes(k);
    const lenient = !!g.lenient;
    const lines: string[] = [];
    const log = (s: string) => lines.push(s);
    const p = preds.get(g.id);
    if (!p) {
      missing++;
      log('article missing from predictions');
    }
    const pr = p ?? { entities: {}, events: [] };
    const ent = pr.entities ?? {};
    if ('published' in g) {
      pubN++;
      if ((pr.published ?? null) === (g.published ?? null)) pubOk++;
      else log(`published ${pr.published} != ${g.published}`);
    }
    if ('title' in g) {
      titleN++;
      if (fold(pr.title) === fold(g.title)) titleOk++;
      else log(`title ${JSON.stringify(pr.title)}`);
    }
    if (g.outlet) {
      outletN++;
      if (fold(pr.outlet) === fold(g.outlet)) outletOk++;
      else log(`outlet ${pr.outlet} != ${g.outlet}`);
    }
    const add = (k: string, t: Counts) => {
      if (!scored(k)) return;
      tallies[k].tp += t.tp;
      tallies[k].fp += t.fp;
      tallies[k].fn += t.fn;
      counted.set(k, (counted.get(k) ?? 0) + 1);
    };
    add('actors', scoreSet(g.actors ?? [], ent.actors ?? [], (a, b) => actorIs(a, b.id), 'penalise', log, 'actor'));
    const personMatch = (a: Json, b: Json) => {
      const names = [a.name, ...(a.mentions ?? []).map((m: Json) => m.text)].map(personFold);
      const gn = b.names.map(personFold);
      return names.some((n) => gn.some((m: string) => namesMatch(n, m, lenient)));
    };
    const persons: Json[] = ent.persons ?? [];
    const forbidden = new Set((g.forbidden_persons ?? []).map(personFold));
    const pt = scoreSet(g.persons ?? [], persons, personMatch, 'penalise', log, 'person');
    for (const ps of persons) {
      if (forbidden.has(personFold(ps.name))) {
        pt.fp++;
        log(`person FP (boilerplate) ${ps.name}`);
      }
    }
    add('persons', pt);
    const orgMatch = (a: Json, b: Json) => {
      const names = [a.name, ...(a.mentions ?? []).map((m: Json) => m.text)].map(fold);
      return names.some((n) => b.names.map(fold).some((m: string) => namesMatch(n, m, lenient)));
    };
    const orgs = [...(ent.organizations ?? []), ...(lenient ? ent.actors ?? [] : [])];
    add('organizations', scoreSet(g.organizations ?? [], orgs, orgMatch, 'ignore', log, 'org'));
    add('places', scoreSet(g.places ?? [], ent.places ?? [], (a, b) => placeMatches(a, b, lenient), 'ignore', log, 'place'));
    const predDates = (ent.dates ?? []).map((d: Json) => ({ value: dateValue(d), text: d.text })).filter((d: Json) => d.value);
    const uniq = [...new Map(predDates.map((d: Json) => [d.value, d])).values()];
    add('dates', scoreSet(g.dates ?? [], uniq, (a, b) => a.value === b.value, 'ignore', log, 'date'));
    if (scored('events')) {
      const ev = scoreEvents(g, pr, log);
      add('events', ev.t);
      for (const k of Object.keys(attrs) as (keyof Attr)[]) {
        attrs[k][0] += ev.attr[k][0];
        attrs[k][1] += ev.attr[k][1];
      }
    }
    if (lines.length) logs[g.id] = lines;
  }
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    articles: golds.length,
    missing,
    published_acc: pubN ? r3(pubOk / pubN) : null,
    title_acc: titleN ? r3(titleOk / titleN) : null,
    outlet_acc: outletN ? r3(outletOk / outletN) : null,
    fields: Object.fromEntries(
      FIELDS.map((k) => {
        if (!counted.get(k)) return [k, null];
        const s = prf(tallies[k]);
        return [k, { p: r3(s.p), r: r3(s.r), f1: r3(s.f1), ...tallies[k] }];
      }),
    ),
    event_attributes: Object.fromEntries(Object.entries(attrs).map(([k, [ok, all]]) => [k, all ? r3(ok / all) : null])),
    log: logs,
  };
}

export function formatEvalResult(r: EvalResult, verbose: boolean): string {
  const out: string[] = [];
  if (verbose) for (const [id, lines] of Object.entries(r.log)) out.push(`# ${id}\n  ${lines.join('\n  ')}`);
  out.push(`articles ${r.articles} (missing ${r.missing})  published ${r.published_acc}  title ${r.title_acc}  outlet ${r.outlet_acc}`);
  for (const [k, t] of Object.entries(r.fields)) {
    if (!t) continue;
    out.push(`${k.padEnd(14)} P ${t.p.toFixed(3)}  R ${t.r.toFixed(3)}  F1 ${t.f1.toFixed(3)}   (tp ${t.tp} fp ${t.fp} fn ${t.fn})`);
  }
  out.push('event attributes on matched events: ' + Object.entries(r.event_attributes).map(([k, v]) => `${k} ${v ?? '-'}`).join('  '));
  return out.join('\n') + '\n';
}
