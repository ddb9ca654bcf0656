// The event extractor's working record, before deduplication and output.
import type { DateValue, PlaceMention, Sentence } from '../../document/model.js';
import type { FatalityCount } from './fatalities.js';
import type { ActorPick } from './roles.js';
import type { TriggerHit } from './triggers.js';

export interface EventDraft {
  trigger: TriggerHit;
  event_type: string;
  sub_event_type: string;
  sentence: Sentence;
  evidence: Sentence[];
  actor1: ActorPick | null;
  actor2: ActorPick | null;
  assoc1: ActorPick[];
  assoc2: ActorPick[];
  location: PlaceMention | null;
  date: DateValue & { text: string | null };
  /** How sure the date is: 2 said in the sentence, 1 from context or publication, 0 none. */
  dateStrength: number;
  fatalities: { best: number | null; low: number | null; high: number | null; details: (FatalityCount & { actor_id: string | null })[] } | null;
  /** The toll counts the dead of several days ("nearly 50 people over the past two days"), not of one day's act. */
  tollOverDays?: boolean;
  /** The side the act's words fight without naming it ("terrorists"): its actor2 when no report of it names one. */
  unnamedTarget?: ActorPick | null;
  sources: string[];
  contested: boolean;
  explain: Record<string, string>;
}
