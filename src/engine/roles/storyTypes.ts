/**
 * The citizen's ending told as data: what each line of the story says (ids, days, flags and the
 * names of the people it points at), which src/text/story.ts words in the reader's language.
 */
import type { AgentId } from '../core/dossierEntry';

/** Someone a line points at: their id, and their name (names read the same in every language). */
export interface StoryPerson {
  id: AgentId;
  name: string;
}

/**
 * What one line says. Ids are the scenario's (behaviour, source, rule, list, consequence, grade) or
 * the engine's (service); a line about a relative is said of them, else of the protagonist.
 */
export type StoryFact =
  /** They did the act (shown when a record or a service came of it). */
  | { kind: 'act'; behaviour: string }
  /** A source recorded the act under their name; `basis` says whose act it really was. */
  | {
      kind: 'observed';
      behaviour: string;
      source: string;
      basis: 'true' | 'misattributed' | 'false';
      /** For a same-name mix-up: whose act it was, when known. */
      actualActor: StoryPerson | null;
    }
  /** A rule changed their score by `points` to `score` (rounded); `told`: they were told why. */
  | { kind: 'rule'; rule: string; points: number; score: number; told: boolean }
  | { kind: 'grade'; from: string; to: string }
  | { kind: 'notice'; list: string }
  /** Put on a list; `wrongful`: no true act of what it lists in the year before. */
  | { kind: 'listed'; list: string; wrongful: boolean; told: boolean }
  | { kind: 'delisted'; list: string; why: 'settled' | 'expired' | 'appeal' }
  /** A sanction applied to them; `via`: the person whose listing it follows. */
  | { kind: 'sanction'; consequence: string; via: StoryPerson | null }
  | { kind: 'sanctionLifted'; consequence: string }
  | { kind: 'reward'; consequence: string }
  | { kind: 'refused'; service: string; consequence: string; via: StoryPerson | null }
  /** What they owed for the behaviour was settled. */
  | { kind: 'settled'; behaviour: string }
  | { kind: 'learned'; how: 'told' | 'refused' | 'notice' | 'published' }
  | { kind: 'appealFiled'; list: string }
  | { kind: 'appealDecided'; granted: boolean; sincere: boolean; wrongful: boolean }
  /** `count` of the protagonist's acts left no record; the behaviours among them, first seen first. */
  | { kind: 'unrecorded'; count: number; behaviours: string[] }
  /** The protagonist apologised; `accepted`: judged sincere. */
  | { kind: 'apology'; accepted: boolean };

/** One line: what happened, on every day it happened (repeats fold into the first occurrence). */
export interface StoryLine {
  /** Ascending; 0 is before the story began. */
  days: number[];
  fact: StoryFact;
}

/** The protagonist's story (`relative` null), or a relative's whose listing reached them. */
export interface StoryChapter {
  relative: StoryPerson | null;
  lines: StoryLine[];
}
