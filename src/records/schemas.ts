// The record contract (SPEC sections 3 and 4) as zod schemas: the source of
// the records' validation and of `extract schema`.
import * as z from 'zod';

export const EVENT_TYPES = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Protests',
  'Riots',
  'Strategic developments',
] as const;

export const ACTOR_TYPES = [
  'state-forces',
  'rebel-group',
  'political-militia',
  'identity-militia',
  'external-force',
  'civilians',
  'protesters',
  'other',
] as const;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date YYYY-MM-DD');
const Precision = z.enum(['day', 'week', 'month', 'year', 'unknown']);
const Offsets = z.object({ text: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const ActorRefSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  type: z.enum(ACTOR_TYPES),
  group: z.string().nullable(),
  mention: z.string(),
});

export const AssocActorSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  type: z.enum(ACTOR_TYPES),
  mention: z.string(),
});

export const LocationSchema = z.object({
  name: z.string(),
  mention: z.string(),
  feature: z.string(),
  admin1: z.string().nullable(),
  country: z.string().nullable(),
  country_code: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  geonames_id: z.number().int().nullable(),
  geo_precision: z.union([z.literal(1), z.literal(2), z.literal(3)]),
});

export const FatalitiesSchema = z.object({
  best: z.number().int().nonnegative().nullable(),
  low: z.number().int().nonnegative().nullable(),
  high: z.number().int().nonnegative().nullable(),
  details: z.array(
    z.object({
      count: z.number().int().nonnegative().nullable(),
      qualifier: z.string(),
      actor_id: z.string().nullable(),
      text: z.string(),
    }),
  ),
});

export const EventDateSchema = z.object({
  start: IsoDate.nullable(),
  end: IsoDate.nullable(),
  precision: Precision,
  text: z.string().nullable(),
});

/** An event as nested in an article record (no `article` field). */
export const ArticleEventSchema = z.object({
  event_id: z.string().min(1),
  event_type: z.enum(EVENT_TYPES),
  sub_event_type: z.string().min(1),
  date: EventDateSchema,
  actor1: ActorRefSchema.nullable(),
  actor2: ActorRefSchema.nullable(),
  assoc_actor1: z.array(AssocActorSchema),
  assoc_actor2: z.array(AssocActorSchema),
  location: LocationSchema.nullable(),
  fatalities: FatalitiesSchema.nullable(),
  sources: z.array(z.string()),
  contested: z.boolean(),
  evidence: z.array(Offsets),
  confidence: z.number().min(0).max(1),
  /** With --explain: the rule behind each field. */
  explain: z.record(z.string(), z.string()).optional(),
});

export const ArticleRefSchema = z.object({
  id: z.string(),
  file: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: IsoDate.nullable(),
});

/** One record per event (`--records events`). */
export const EventRecordSchema = z.object({
  event_id: ArticleEventSchema.shape.event_id,
  article: ArticleRefSchema,
  ...ArticleEventSchema.omit({ event_id: true }).shape,
});

const MentionsSchema = z.array(Offsets);

export const ArticleRecordSchema = z.object({
  id: z.string(),
  file: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  byline: z.string().nullable(),
  dateline: z.string().nullable(),
  published: IsoDate.nullable(),
  entities: z.object({
    actors: z.array(
      z.object({ id: z.string(), name: z.string(), type: z.enum(ACTOR_TYPES), group: z.string().nullable(), mentions: MentionsSchema }),
    ),
    persons: z.array(z.object({ name: z.string(), mentions: MentionsSchema })),
    organizations: z.array(z.object({ name: z.string(), mentions: MentionsSchema })),
    places: z.array(
      z.object({
        name: z.string(),
        feature: z.string(),
        admin1: z.string().nullable(),
        country: z.string().nullable(),
        country_code: z.string().nullable(),
        lat: z.number().nullable(),
        lon: z.number().nullable(),
        mentions: MentionsSchema,
      }),
    ),
    dates: z.array(
      z.object({ start: IsoDate.nullable(), end: IsoDate.nullable(), precision: Precision, text: z.string(), mentions: MentionsSchema }),
    ),
  }),
  events: z.array(ArticleEventSchema),
  warnings: z.array(z.string()),
});

export type ArticleEvent = z.infer<typeof ArticleEventSchema>;
export type EventRecord = z.infer<typeof EventRecordSchema>;
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;
export type RecordKind = 'events' | 'articles';

/** JSON Schema (draft 2020-12) of one record kind, derived from the zod schemas. */
export function recordJsonSchema(kind: RecordKind): Record<string, unknown> {
  const schema = kind === 'events' ? EventRecordSchema : ArticleRecordSchema;
  return {
    ...z.toJSONSchema(schema, { target: 'draft-2020-12' }),
    title: kind === 'events' ? 'conflict-extract event record' : 'conflict-extract article record',
  };
}
