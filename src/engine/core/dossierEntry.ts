/**
 * The plain data a dossier holds: agent ids, records as a listing cites them, and the entries of
 * a timeline. Part of the engine's public contract (re-exported by src/engine/types.ts), kept here
 * so the roles' types can use them without importing the contract that re-exports theirs.
 */
/** An id of a person (`p<index>`) or a business (`b<index>`). */
export type AgentId = string;

/** A record as a listing cites it: its number in the town's log, what it says, where and when it came from. */
export interface RecordCitation {
  number: number;
  behaviour: string;
  source: string;
  /** The day the record was filed. */
  day: number;
  /** 'true': the subject's own act; 'misattributed': someone else's; 'false': no act at all. */
  basis: 'true' | 'misattributed' | 'false';
}

/** One entry in a dossier. `truth` marks what really happened; the rest is what the system did. */
export type DossierEntry =
  | { day: number; type: 'act'; behaviour: string; label: string; truth: true }
  | {
      day: number;
      type: 'observed';
      behaviour: string;
      label: string;
      source: string;
      /** 'true': matches a real act by this person; 'misattributed': someone else's act; 'false': no act at all. */
      basis: 'true' | 'misattributed' | 'false';
      actualActor?: AgentId;
    }
  | {
      day: number;
      type: 'rule';
      rule: string;
      reason: string;
      points: number;
      score: number;
      told: boolean;
    }
  | { day: number; type: 'grade'; from: string; to: string }
  | { day: number; type: 'notice'; list: string }
  | {
      day: number;
      type: 'listed';
      list: string;
      wrongful: boolean;
      told: boolean;
      /** The record the listing rests on; absent when the list's condition alone listed them. */
      record?: RecordCitation;
      /** On the list from day 0: the record predates the story. */
      atStart?: boolean;
    }
  | { day: number; type: 'delisted'; list: string; why: 'settled' | 'expired' | 'appeal' }
  | { day: number; type: 'sanction'; consequence: string; label: string; via?: AgentId }
  | { day: number; type: 'sanctionLifted'; consequence: string }
  | { day: number; type: 'reward'; consequence: string; label: string }
  | { day: number; type: 'refused'; service: string; consequence: string; via?: AgentId }
  | { day: number; type: 'settled'; behaviour: string }
  | { day: number; type: 'learned'; how: 'told' | 'refused' | 'notice' | 'published' }
  | { day: number; type: 'appealFiled'; list: string }
  | {
      day: number;
      type: 'appealDecided';
      list: string;
      granted: boolean;
      sincere: boolean;
      wrongful: boolean;
    };
