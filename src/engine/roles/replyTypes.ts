/**
 * What the engine answers a player, as data: the answer to a citizen's choice, why a choice is not
 * available, why a move was refused, what an appellant says and what the officer's file hints;
 * src/text/replies.ts words each in the reader's language.
 */
import type { AgentId } from '../core/dossierEntry';

/** The answer to a citizen's choice, on the day after it. */
export type CitizenAnswer =
  | { kind: 'appealFiled'; list: string }
  | { kind: 'noListingToAppeal' }
  | { kind: 'apology'; accepted: boolean };

/** Why a choice would do nothing now, judged only from what the protagonist knows. */
export type UnavailableReason =
  | { kind: 'noBusiness' }
  | { kind: 'noRelative'; relative: 'self' | 'parent' | 'spouse' }
  | { kind: 'nothingOwed' }
  | { kind: 'noAppeals' }
  | { kind: 'alreadyAppealed' }
  | { kind: 'nothingToApologise' };

/** Why the engine refused a player's move. */
export type MoveRefusal =
  /** `person` is not the protagonist played in this run. */
  | { kind: 'notProtagonist'; person: AgentId }
  /** The protagonist has no action `action`; `choices` are their action ids. */
  | { kind: 'unknownAction'; protagonist: string; action: string; choices: string[] }
  | { kind: 'unavailable'; action: string; reason: UnavailableReason }
  /** Appeals are decided by the office in this run, not by the player. */
  | { kind: 'officeDecides' }
  | { kind: 'noOpenCase'; caseId: string }
  /** Today's decisions are used up. */
  | { kind: 'quotaUsed'; quota: number };

/** What an appellant says, written from the truth of their listing. */
export type Plea =
  /** Wrongly listed with no record behind it. */
  | { kind: 'toldNothing' }
  /** A same-name mix-up: it was `name` (their namesake) who did `behaviour`. */
  | { kind: 'namesake'; name: string; behaviour: string }
  /** A denial: a falsely reported appellant, or a defiant rightly listed one, in the same words. */
  | { kind: 'neverDid'; behaviour: string }
  /** The act was real but more than a year old. */
  | { kind: 'longAgo' }
  | { kind: 'payingWhatICan' }
  | { kind: 'sorry' }
  | { kind: 'unfairTerms' };

/** A hint of the truth an officer may find in the file. */
export type Clue =
  /** No record behind the listing: whether acts of the list's kind are on file in the past year. */
  | { kind: 'qualifyingActs'; found: boolean }
  /** A mix-up: the record's details fit someone of another age. */
  | { kind: 'ageMismatch'; recordAge: number; appellantAge: number }
  /** A mix-up: the record was made in another district (district ids). */
  | { kind: 'districtMismatch'; recordDistrict: string; appellantDistrict: string }
  | { kind: 'sameName' }
  | { kind: 'noOriginal' }
  | { kind: 'oldAct' }
  | { kind: 'unpaid' }
  | { kind: 'confirmed' };
