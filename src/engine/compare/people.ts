/**
 * The people (and businesses) whose fate differs between two runs on the same town and seed:
 * listed under one rule set and not the other, refused a flight, a train or a school place under
 * one and not the other — each with the first divergence of their dossiers, the deciding cause.
 */
import { firstDivergence, type AgentHistory, type Divergence, type Relevance } from './divergence';
import { listingRelevance, refusalRelevance } from './relevance';
import { simulationState } from '../index';
import { agentName } from '../systems/lists';
import { agentIndex } from '../core/state';
import type { AgentId, DossierEntry, Simulation } from '../types';

/** Services whose refusals a comparison lists person by person (travel and schooling). */
export const COMPARED_SERVICES = ['flight', 'train', 'school'] as const;
export type ComparedService = (typeof COMPARED_SERVICES)[number];

/** One way an agent's fate differs: what happened only under one of the rule sets. */
export interface PersonDifference {
  agent: AgentId;
  name: string;
  kind: 'person' | 'business';
  /** 'listed': put on `detail` (a list id); 'refused': refused the service `detail`. */
  what: 'listed' | 'refused';
  detail: string;
  /** The run under which it happened (and not under the other). */
  only: 'a' | 'b';
  /** How often under each run (listings or refused purchases). */
  countA: number;
  countB: number;
  /** For listings: at least one of them was wrongful (no qualifying act of theirs). */
  wrongful: boolean;
  /** The agent's dossier id in run A and in run B (the same town: the same id). */
  dossiers: { a: AgentId; b: AgentId };
  /**
   * What decided it: the first difference between their two dossiers among the entries that can
   * lead to this listing or refusal (following a spill-over to its source); null if not recorded.
   */
  cause: Divergence | null;
}

/** Counts of differing agents (distinct per key), for a table and for spreads across seeds. */
export type DifferenceCounts = Record<string, number>;

/** The keys of DifferenceCounts, in display order. */
export const DIFFERENCE_COUNT_KEYS: readonly string[] = [
  'listedOnlyA',
  'listedOnlyB',
  ...COMPARED_SERVICES.flatMap((s) => [`${s}RefusedOnlyA`, `${s}RefusedOnlyB`]),
  'agentsChanged',
];

/** What one run did to one agent: listings per list (and whether wrongful), refusals per service. */
interface Fate {
  listed: Map<string, { count: number; wrongful: boolean }>;
  refused: Map<string, number>;
}

function fateOf(timeline: readonly DossierEntry[]): Fate {
  const fate: Fate = { listed: new Map(), refused: new Map() };
  for (const entry of timeline) {
    if (entry.type === 'listed') {
      const seen = fate.listed.get(entry.list) ?? { count: 0, wrongful: false };
      fate.listed.set(entry.list, {
        count: seen.count + 1,
        wrongful: seen.wrongful || entry.wrongful,
      });
    } else if (entry.type === 'refused') {
      fate.refused.set(entry.service, (fate.refused.get(entry.service) ?? 0) + 1);
    }
  }
  return fate;
}

/** Keys of a map in code-unit order (deterministic whatever the insertion order). */
function sortedKeys<V>(...maps: Map<string, V>[]): string[] {
  const keys = new Set<string>();
  for (const map of maps) for (const key of map.keys()) keys.add(key);
  return [...keys].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}

export interface PeopleComparison {
  differences: PersonDifference[];
  counts: DifferenceCounts;
}

/**
 * Every listing and travel or school refusal that happened under one run only, ordered by kind,
 * list or service, run, then agent; with counts of the agents behind each kind of difference.
 */
export function comparePeople(a: Simulation, b: Simulation): PeopleComparison {
  const stateA = simulationState(a);
  const stateB = simulationState(b);
  // The same town numbers its agents alike; with a different town, agents are matched by id.
  const ids: AgentId[] = [];
  for (let i = 0; i < Math.min(a.peopleCount, b.peopleCount); i++) ids.push(`p${i}`);
  for (let k = 0; k < Math.min(a.businessCount, b.businessCount); k++) ids.push(`b${k}`);
  // Read the dossier stores in place: copying every dossier would double the comparison's cost.
  const historyOf = (id: AgentId): { a: AgentHistory; b: AgentHistory } | undefined => {
    const x = agentIndex(stateA, id);
    const y = agentIndex(stateB, id);
    if (x < 0 || y < 0 || !stateA.dossiers.recorded[x] || !stateB.dossiers.recorded[y])
      return undefined;
    return {
      a: { timeline: stateA.dossiers.timeline(x), scoreHistory: stateA.dossiers.scoreHistory(x) },
      b: { timeline: stateB.dossiers.timeline(y), scoreHistory: stateB.dossiers.scoreHistory(y) },
    };
  };

  const scenarios = [a.scenario, b.scenario];
  const leadsToRefusal = Object.fromEntries(
    COMPARED_SERVICES.map((service) => [service, refusalRelevance(scenarios, service)]),
  ) as Record<ComparedService, Relevance>;

  const differences: PersonDifference[] = [];
  const counted = new Map<string, Set<AgentId>>();
  const count = (key: string, id: AgentId) => {
    const set = counted.get(key) ?? new Set<AgentId>();
    set.add(id);
    counted.set(key, set);
  };
  let changed = 0;
  for (const id of ids) {
    const pair = historyOf(id);
    if (!pair) continue;
    if (firstDivergence(pair.a, pair.b)) changed++;
    const fateA = fateOf(pair.a.timeline);
    const fateB = fateOf(pair.b.timeline);
    if (fateA.listed.size + fateA.refused.size + fateB.listed.size + fateB.refused.size === 0)
      continue;
    const agent = agentIndex(stateA, id);
    const base = {
      agent: id,
      name: agentName(stateA, agent),
      kind: agent < stateA.people ? ('person' as const) : ('business' as const),
      dossiers: { a: id, b: id },
    };
    // A difference is explained by what can lead to it, not by whatever else differed first.
    const causeOf = (relevant: Relevance) =>
      firstDivergence(pair.a, pair.b, historyOf, relevant) ?? null;
    for (const list of sortedKeys(fateA.listed, fateB.listed)) {
      const x = fateA.listed.get(list);
      const y = fateB.listed.get(list);
      if (x && y) continue;
      const only = x ? 'a' : 'b';
      count(`listedOnly${only.toUpperCase()}`, id);
      differences.push({
        ...base,
        what: 'listed',
        detail: list,
        only,
        countA: x?.count ?? 0,
        countB: y?.count ?? 0,
        wrongful: (x ?? y)?.wrongful ?? false,
        cause: causeOf(listingRelevance(scenarios, list)),
      });
    }
    for (const service of COMPARED_SERVICES) {
      const x = fateA.refused.get(service) ?? 0;
      const y = fateB.refused.get(service) ?? 0;
      if (x > 0 === y > 0) continue;
      const only = x > 0 ? 'a' : 'b';
      count(`${service}RefusedOnly${only.toUpperCase()}`, id);
      differences.push({
        ...base,
        what: 'refused',
        detail: service,
        only,
        countA: x,
        countB: y,
        wrongful: false,
        cause: causeOf(leadsToRefusal[service]),
      });
    }
  }

  const order = (d: PersonDifference) =>
    d.what === 'listed' ? 0 : 1 + COMPARED_SERVICES.indexOf(d.detail as ComparedService);
  const index = (id: AgentId) => (id.startsWith('p') ? 0 : 1e9) + Number(id.slice(1));
  differences.sort(
    (x, y) =>
      order(x) - order(y) ||
      (x.detail < y.detail ? -1 : x.detail > y.detail ? 1 : 0) ||
      (x.only < y.only ? -1 : x.only > y.only ? 1 : 0) ||
      index(x.agent) - index(y.agent),
  );
  const counts: DifferenceCounts = {};
  for (const key of DIFFERENCE_COUNT_KEYS) counts[key] = counted.get(key)?.size ?? 0;
  counts.agentsChanged = changed;
  return { differences, counts };
}
