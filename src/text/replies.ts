/**
 * What the engine answers a player, in words: the answer to a citizen's choice, why a choice is not
 * available, why a move was refused, what an appellant says, the hint in their file, and why a
 * planner's plan could not be judged. The engine
 * hands each over as data (its reply types); here the data is worded with a language's sentences
 * and the scenario's labels.
 */
import type { CitizenAnswer, Clue, MoveRefusal, Plea, UnavailableReason } from '../engine/types';
import type { PlanProblem } from '../engine/roles/planner';
import type { TextWords } from './types';

/** The answer to a choice; `list` gives a list's label. */
export function answerWords(
  answer: CitizenAnswer,
  list: (id: string) => string,
  words: TextWords,
): string {
  const m = words.roles.citizen.answer;
  switch (answer.kind) {
    case 'appealFiled':
      return m.appealFiled(list(answer.list));
    case 'noListingToAppeal':
      return m.noListingToAppeal;
    case 'apology':
      return answer.accepted ? m.apologyAccepted : m.apologyInsincere;
  }
}

/** Why a choice is not available now. */
export function unavailableWords(reason: UnavailableReason, words: TextWords): string {
  const m = words.roles.citizen.whyNot;
  return reason.kind === 'noRelative' ? m.noRelative(reason.relative) : m[reason.kind];
}

/** Why a move was refused; `action` gives a choice's label by its id. */
export function refusalWords(
  refusal: MoveRefusal,
  action: (id: string) => string,
  words: TextWords,
): string {
  const m = words.roles.refusal;
  switch (refusal.kind) {
    case 'notProtagonist':
      return m.notProtagonist;
    case 'unknownAction':
      return m.unknownAction(refusal.action, refusal.choices.map(action));
    case 'unavailable':
      return m.unavailable(action(refusal.action), unavailableWords(refusal.reason, words));
    case 'officeDecides':
      return m.officeDecides;
    case 'noOpenCase':
      return m.noOpenCase;
    case 'quotaUsed':
      return m.quotaUsed(refusal.quota);
  }
}

/** What the appellant says; `behaviour` gives a behaviour's label. */
export function pleaWords(plea: Plea, behaviour: (id: string) => string, words: TextWords): string {
  const m = words.roles.officer.plea;
  switch (plea.kind) {
    case 'namesake':
      return m.namesake(plea.name, behaviour(plea.behaviour));
    case 'neverDid':
      return m.neverDid(behaviour(plea.behaviour));
    default:
      return m[plea.kind];
  }
}

/** The hint in the appellant's file; `district` gives a district's name. */
export function clueWords(clue: Clue, district: (id: string) => string, words: TextWords): string {
  const m = words.roles.officer.clue;
  switch (clue.kind) {
    case 'qualifyingActs':
      return m.qualifyingActs(clue.found);
    case 'ageMismatch':
      return m.ageMismatch(clue.recordAge, clue.appellantAge);
    case 'districtMismatch':
      return m.districtMismatch(district(clue.recordDistrict), district(clue.appellantDistrict));
    default:
      return m[clue.kind];
  }
}

/** Why a plan could not be judged. */
export function planProblemWords(problem: PlanProblem, words: TextWords): string {
  const m = words.roles.planner.problem;
  return problem.kind === 'noPlanner'
    ? m.noPlanner(problem.scenario)
    : m.unknownMetric(problem.metric, problem.known);
}
