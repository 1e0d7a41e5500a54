/**
 * Each person's outcome at the end of a run, read from the simulation: who they are, their score
 * and grade, lists now and ever, wrongful listings, refusals by service, sanctions, appeals and
 * fear. Counts over the run come from the person's dossier; in a large town only a sample of
 * dossiers is recorded (and anyone listed from the day of listing), so for the others those
 * counts are null and `historyFromDay` says how much of the run was seen.
 */
import { emptyTally, tallyEntry, type OutcomeTally } from '../engine/core/dossier';
import { simulationState } from '../engine/index';
import type { Dossier, DossierEntry, Simulation } from '../engine/types';
import type { Scenario } from '../scenario/schema';

export interface PersonOutcome {
  id: string;
  name: string;
  age: number;
  district: string;
  occupation: string;
  income: number;
  /** The protagonist's role when the scenario names this person, else null. */
  role: string | null;
  score: number;
  grade: string;
  listsNow: string[];
  wronglyListedNow: boolean;
  knowsListed: boolean;
  sanctionsNow: string[];
  rewardsNow: string[];
  /** Fear in [0, 1]: how much the person holds back after what they saw. */
  fear: number;
  /** 0: the whole run was recorded; d: from day d on; null: not recorded (the counts are null). */
  historyFromDay: number | null;
  listsEver: string[] | null;
  timesListed: number | null;
  wrongfulListings: number | null;
  /** Refused purchases by service (each service the scenario's activities use). */
  refusals: Record<string, number> | null;
  sanctionsApplied: number | null;
  /** Sanctions that reached them through a family member's listing. */
  sanctionsViaFamily: number | null;
  appealsFiled: number | null;
  appealsGranted: number | null;
}

/** The services a scenario's activities use, in the order the scenario declares them. */
export function scenarioServices(scenario: Scenario): string[] {
  const services: string[] = [];
  for (const behaviour of scenario.behaviours)
    if (behaviour.service !== undefined && !services.includes(behaviour.service))
      services.push(behaviour.service);
  return services;
}

/** Every person's outcome, by id order (`p0`, `p1`, …). */
export function peopleOutcomes(sim: Simulation): PersonOutcome[] {
  return [...eachPersonOutcome(sim)];
}

/** The same one person at a time, so a caller that only writes them never holds them all. */
export function* eachPersonOutcome(sim: Simulation): Generator<PersonOutcome> {
  const snapshot = sim.snapshot();
  const state = simulationState(sim);
  const fear = state.fear;
  const services = scenarioServices(sim.scenario);
  for (let i = 0; i < sim.peopleCount; i++) {
    const dossier = sim.dossier(`p${i}`) as Dossier;
    const person = dossier.person as NonNullable<Dossier['person']>;
    const historyFromDay = historyStart(dossier);
    yield {
      id: person.id,
      name: person.name,
      age: person.age,
      district: person.district,
      occupation: person.occupation,
      income: person.income,
      role: person.role ?? null,
      score: round(snapshot.score[i], 2),
      grade: dossier.grade,
      listsNow: dossier.lists,
      wronglyListedNow: snapshot.wrongful[i] === 1,
      knowsListed: dossier.knowsListed,
      sanctionsNow: dossier.sanctions,
      rewardsNow: dossier.rewards,
      fear: round(fear[i], 3),
      historyFromDay,
      ...(historyFromDay === null
        ? UNKNOWN_HISTORY
        : withServices(state.dossiers.tally(i) ?? countHistory(dossier.timeline), services)),
    };
  }
}

type History = Pick<
  PersonOutcome,
  | 'listsEver'
  | 'timesListed'
  | 'wrongfulListings'
  | 'refusals'
  | 'sanctionsApplied'
  | 'sanctionsViaFamily'
  | 'appealsFiled'
  | 'appealsGranted'
>;

const UNKNOWN_HISTORY: History = {
  listsEver: null,
  timesListed: null,
  wrongfulListings: null,
  refusals: null,
  sanctionsApplied: null,
  sanctionsViaFamily: null,
  appealsFiled: null,
  appealsGranted: null,
};

/** Counts a recorded timeline (the game's dossiers; the CLI keeps only the tally). */
function countHistory(timeline: readonly DossierEntry[]): OutcomeTally {
  const tally = emptyTally();
  for (const entry of timeline) tallyEntry(tally, entry);
  return tally;
}

/** The tally with a refusal count for every service the scenario uses, in its order, and no other. */
function withServices(tally: OutcomeTally, services: string[]): History {
  return {
    ...tally,
    listsEver: [...tally.listsEver],
    refusals: Object.fromEntries(
      services.map((service) => [service, tally.refusals[service] ?? 0]),
    ),
  };
}

/** The first day of the run the dossier covers: 0 from the start, null when not recorded. */
function historyStart(dossier: Dossier): number | null {
  if (dossier.recorded === false) return null;
  const first = dossier.scoreHistory.findIndex((score) => !Number.isNaN(score));
  return first <= 0 ? 0 : first + 1;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
