/**
 * The engine's public entry: `createSimulation(scenario, seed?, options?)` builds the town and returns a
 * Simulation that advances day by day (see step.ts for the order of systems) and answers questions
 * about the run: metrics, snapshot, layout, people, businesses, dossiers, feed, summary.
 */
import type { Scenario } from '../scenario/schema';
import {
  defineMetrics,
  newCensus,
  summarise,
  type Census,
  type MetricDefinition,
} from './systems/metrics';
import { agentName } from './systems/lists';
import { agentId, agentIndex, createState, STATUS_LISTED } from './core/state';
import { stepDay } from './step';
import { placesToday } from './systems/behave';
import { appealCases, decideAppeal, officerDebrief } from './roles/appealsDesk';
import { chooseAction, citizenView, endChoiceDay } from './roles/citizen';
import { goalStatus, trackGoals } from './roles/goals';
import { rolesInfo } from './roles/info';
import type {
  AgentId,
  AppealCase,
  CitizenView,
  GoalStatus,
  OfficerDebrief,
  PlayerMove,
  RoleResult,
  RolesInfo,
  BusinessInfo,
  Dossier,
  FeedEvent,
  MetricSeries,
  PersonInfo,
  Simulation,
  SimulationOptions,
  TownLayout,
  TownSnapshot,
} from './types';
import { addRoles } from './roles/play';
import type { RoleSimState } from './roles/state';

export * from './types';
export {
  checkExpression,
  type ExpressionProblem,
  type ConditionKind,
} from '../scenario/conditions/expression';
export {
  actSlotTotal,
  compileScenario,
  ScenarioReferenceError,
  CIVIC_SLOT_CAP,
} from './core/compile';
export { checkGoalExpression } from '../scenario/conditions/goalExpression';
export { replayMoves } from './roles/info';

class LedgertownSimulation implements Simulation {
  readonly state: RoleSimState;
  private readonly definitions: MetricDefinition[];
  private readonly census: Census;

  constructor(scenario: Scenario, seed: number, options: SimulationOptions) {
    this.state = addRoles(createState(scenario, seed, options), options.role);
    this.definitions = defineMetrics(this.state);
    this.census = newCensus(this.state);
  }

  get scenario(): Scenario {
    return this.state.scenario;
  }
  get seed(): number {
    return this.state.seed;
  }
  get day(): number {
    return this.state.day;
  }
  get peopleCount(): number {
    return this.state.people;
  }
  get businessCount(): number {
    return this.state.businesses;
  }

  step(): void {
    stepDay(this.state, this.definitions, this.census);
    endChoiceDay(this.state);
    trackGoals(this.state);
  }

  run(days: number): void {
    for (let d = 0; d < days; d++) this.step();
  }

  metrics(): MetricSeries {
    const out: MetricSeries = {};
    for (const m of this.definitions) out[m.name] = (this.state.series.get(m.name) ?? []).slice();
    return out;
  }

  metricNames(): string[] {
    return this.definitions.map((m) => m.name);
  }

  layout(): TownLayout {
    const map = this.state.layout.map;
    return {
      ...map,
      anchors: { ...map.anchors },
      cameras: map.cameras.map((c) => ({ ...c })),
      homePlace: map.homePlace.slice(),
      dayPlace: map.dayPlace.slice(),
    };
  }

  snapshot(): TownSnapshot {
    const s = this.state;
    const n = s.people;
    const score = new Float32Array(n);
    const wrongful = new Uint8Array(n);
    const listed = new Uint16Array(n);
    for (let i = 0; i < n; i++) {
      score[i] = s.score[i];
      listed[i] = s.listedMask[i];
      for (let l = 0; l < s.lists.length; l++)
        if (s.lists[l].status[i] === STATUS_LISTED && s.lists[l].wrongful[i]) wrongful[i] = 1;
    }
    // A business's listing shows on its owner.
    for (let k = 0; k < s.businesses; k++)
      listed[s.town.businesses.owner[k]] |= s.listedMask[s.people + k];
    return {
      day: s.day,
      grade: s.grade.slice(0, n),
      score,
      listed,
      wrongful,
      place: placesToday(s),
      businessGrade: s.grade.slice(n, n + s.businesses),
      businessListed: s.listedMask.slice(n, n + s.businesses),
    };
  }

  person(id: AgentId): PersonInfo | undefined {
    const s = this.state;
    const i = agentIndex(s, id);
    if (i < 0 || i >= s.people) return undefined;
    const p = s.town.people;
    const h = p.household[i];
    const family: AgentId[] = [];
    for (let j = s.town.households.start[h]; j < s.town.households.start[h + 1]; j++)
      if (j !== i) family.push(`p${j}`);
    const friends: AgentId[] = [];
    for (let k = s.town.friends.offsets[i]; k < s.town.friends.offsets[i + 1]; k++)
      friends.push(`p${s.town.friends.indices[k]}`);
    const owns: AgentId[] = [];
    for (let k = s.owned.offsets[i]; k < s.owned.offsets[i + 1]; k++)
      owns.push(`b${s.owned.indices[k]}`);
    return {
      id,
      name: agentName(s, i),
      age: p.age[i],
      occupation: s.compiled.occupationIds[p.occupation[i]],
      district: s.scenario.town.districts[p.district[i]].id,
      household: h,
      income: Math.round(p.income[i]),
      traits: {
        conscientious: p.conscientious[i],
        impulsive: p.impulsive[i],
        outspoken: p.outspoken[i],
        civic: p.civic[i],
      },
      family,
      friends,
      owns,
      ...roleOf(s, i),
    };
  }

  business(id: AgentId): BusinessInfo | undefined {
    const s = this.state;
    const a = agentIndex(s, id);
    if (a < s.people) return undefined;
    const k = a - s.people;
    const b = s.town.businesses;
    return {
      id,
      name: agentName(s, a),
      sector: s.scenario.town.businesses.sectors[b.sector[k]].id,
      size: b.size[k],
      owner: `p${b.owner[k]}`,
      district: s.scenario.town.districts[b.district[k]].id,
    };
  }

  dossier(id: AgentId): Dossier | undefined {
    const s = this.state;
    const a = agentIndex(s, id);
    if (a < 0) return undefined;
    const isPerson = a < s.people;
    const lists = s.compiled.lists.filter((l) => s.lists[l.index].status[a] === STATUS_LISTED);
    const inForce = (sanction: boolean) =>
      isPerson
        ? s.compiled.consequences
            .filter((c) => c.sanction === sanction && s.consequences[c.index].inForce[a])
            .map((c) => c.id)
        : [];
    return {
      id: agentId(s, a),
      kind: isPerson ? 'person' : 'business',
      ...(isPerson ? { person: this.person(id) } : { business: this.business(id) }),
      scoreHistory: s.dossiers.scoreHistory(a),
      grade: s.compiled.grades.ids[s.grade[a]],
      lists: lists.map((l) => l.id),
      sanctions: inForce(true),
      rewards: inForce(false),
      knowsListed: lists.some((l) => s.lists[l.index].knows[a] === 1),
      recorded: s.dossiers.recorded[a] === 1,
      timeline: s.dossiers.timeline(a).slice(),
    };
  }

  feed(sinceDay?: number): FeedEvent[] {
    return this.state.feed.since(sinceDay);
  }

  summary(): Record<string, number> {
    return summarise(this.state, this.definitions);
  }

  roles(): RolesInfo {
    return rolesInfo(this.state);
  }

  chooseAction(person: AgentId, action: string | null): RoleResult {
    return chooseAction(this.state, person, action);
  }

  citizenView(person: AgentId): CitizenView | undefined {
    return citizenView(this.state, person);
  }

  goalStatus(person: AgentId): GoalStatus | undefined {
    return goalStatus(this.state, person);
  }

  appealCases(): AppealCase[] {
    return appealCases(this.state);
  }

  decideAppeal(caseId: string, grant: boolean): RoleResult {
    return decideAppeal(this.state, caseId, grant);
  }

  officerDebrief(): OfficerDebrief {
    return officerDebrief(this.state);
  }

  moves(): PlayerMove[] {
    return this.state.roles.moves.map((m) => ({ ...m }));
  }
}

/** A protagonist's label for the person who plays it (PersonInfo.role), or nothing. */
function roleOf(s: RoleSimState, i: number): { role?: string } {
  const p = s.roles.protagonists.find((x) => x.person === i);
  return p ? { role: p.definition.label } : {};
}

/** Build a town from the scenario and seed (default: the scenario's own) and return its simulation. */
export function createSimulation(
  scenario: Scenario,
  seed: number = scenario.seed,
  options: SimulationOptions = {},
): Simulation {
  return new LedgertownSimulation(scenario, seed, options);
}

/** The engine's internal state behind a simulation (for tests and tools that inspect columns). */
export function simulationState(sim: Simulation): RoleSimState {
  if (!(sim instanceof LedgertownSimulation))
    throw new Error('not a simulation created by createSimulation');
  return sim.state;
}
