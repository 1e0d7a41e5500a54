/**
 * The English words of what the engine answers a player (roleReplyTypes.ts): a citizen's answers,
 * why a choice is not available, why a move was refused, an appellant's plea and the file's clue.
 * The interface words the same data in the reader's language (src/ui/roles/replyWords.ts).
 */
import type { CitizenAnswer, Clue, MoveRefusal, Plea, UnavailableReason } from './replyTypes';
import type { RoleResult } from './types';
import type { SimState } from '../core/state';

const listLabel = (s: SimState, id: string): string =>
  s.compiled.lists.find((l) => l.id === id)?.label ?? id;

/** A behaviour's label as said inside a sentence: "Spreading a rumour" → "spreading a rumour". */
function behaviourInSentence(s: SimState, id: string): string {
  const beh = s.compiled.behaviours;
  const text = beh.labels[beh.ids.indexOf(id)] ?? id;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The answer to a citizen's choice. */
export function answerText(s: SimState, answer: CitizenAnswer): string {
  switch (answer.kind) {
    case 'appealFiled':
      return `An appeal was filed against the ${listLabel(s, answer.list)}.`;
    case 'noListingToAppeal':
      return 'The appeals office found no listing open to appeal.';
    case 'apology':
      return answer.accepted
        ? 'Your apology was accepted: what it answered is settled.'
        : 'Your apology was judged insincere: nothing is settled.';
  }
}

/** Why a choice is not available, in plain words. */
export function unavailableText(reason: UnavailableReason): string {
  switch (reason.kind) {
    case 'noBusiness':
      return 'you own no business to do this';
    case 'noRelative':
      return `you have no ${reason.relative} at home`;
    case 'nothingOwed':
      return 'nothing is owed';
    case 'noAppeals':
      return 'there is no appeal in this town';
    case 'alreadyAppealed':
      return 'you have already appealed';
    case 'nothingToApologise':
      return 'nothing calls for an apology';
  }
}

/** Why a move was refused, and what to do instead. */
export function refusalText(s: SimState, refusal: MoveRefusal): string {
  const protagonist = s.roles.protagonists[s.roles.played]?.definition;
  switch (refusal.kind) {
    case 'notProtagonist':
      return `${refusal.person} is not the protagonist played in this run: create the simulation with role { kind: 'citizen', protagonist } and choose for roles().protagonists[].person`;
    case 'unknownAction':
      return `no action "${refusal.action}" for ${protagonist?.label ?? refusal.protagonist}: choose one of ${refusal.choices.join(', ')}`;
    case 'unavailable': {
      const action = protagonist?.actions.find((a) => a.id === refusal.action);
      return `${action?.label ?? refusal.action}: ${unavailableText(refusal.reason)}`;
    }
    case 'officeDecides':
      return "appeals are decided by the office in this run: create the simulation with role { kind: 'appealsOfficer' }";
    case 'noOpenCase':
      return `no open case "${refusal.caseId}": pick one from appealCases()`;
    case 'quotaUsed':
      return `today's quota of ${refusal.quota} decisions is used: advance a day, or change an earlier decision`;
  }
}

/** A refused move: its English words and the same as data. */
export function refusedMove(s: SimState, refusal: MoveRefusal): RoleResult {
  return { ok: false, error: refusalText(s, refusal), refusal };
}

/** What the appellant says. */
export function pleaText(s: SimState, plea: Plea): string {
  switch (plea.kind) {
    case 'toldNothing':
      return 'I do not know why I am on this list. Nobody has told me anything.';
    case 'namesake':
      return `That was another ${plea.name}, not me. The record says "${behaviourInSentence(s, plea.behaviour)}"; I have never done it.`;
    case 'neverDid':
      return `I never did what this record says ("${behaviourInSentence(s, plea.behaviour)}"). Someone made a mistake.`;
    case 'longAgo':
      return 'That was more than a year ago. It is behind me.';
    case 'payingWhatICan':
      return 'I know I owe it. I lost work this year, and I am paying what I can.';
    case 'sorry':
      return 'I did it, and I am sorry. It will not happen again.';
    case 'unfairTerms':
      return 'The terms were unfair, and now I cannot even travel to find work to pay them.';
  }
}

/** The hint an officer finds in the file. */
export function clueText(s: SimState, clue: Clue): string {
  const district = (id: string) => s.scenario.town.districts.find((d) => d.id === id)?.name ?? id;
  switch (clue.kind) {
    case 'qualifyingActs':
      return clue.found
        ? 'The file shows acts of the kind the list is for in the past year.'
        : 'The file shows no act of the kind the list is for in the past year.';
    case 'ageMismatch':
      return `The record's details fit someone aged ${clue.recordAge}; the appellant is ${clue.appellantAge}.`;
    case 'districtMismatch':
      return `The record was made in ${district(clue.recordDistrict)}; the appellant lives in ${district(clue.appellantDistrict)}.`;
    case 'sameName':
      return 'Another person in town has exactly this name.';
    case 'noOriginal':
      return 'No original post, document or witness behind this record can be found.';
    case 'oldAct':
      return 'The act on file is more than a year old.';
    case 'unpaid':
      return 'The creditor confirms the sum is still unpaid.';
    case 'confirmed':
      return 'A second source confirms the record.';
  }
}
