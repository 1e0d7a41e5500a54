/**
 * Which dossier entries can explain a person-level difference, read from both rule sets: a listing
 * on list L is explained by that list's own entries and by the acts, records and debts it is
 * entered on (and, for a list with a condition, by rules and grades, since the condition may read
 * the score); a refused service by the sanctions refusing it and whatever puts people on their lists
 * or in their grades.
 */
import type { Relevance } from './divergence';
import type { Scenario } from '../types';

/** The entries that can lead to a listing on `list` under either scenario's rules. */
export function listingRelevance(scenarios: readonly Scenario[], list: string): Relevance {
  const definitions = scenarios.flatMap((s) => s.ruleset.lists.filter((l) => l.id === list));
  const enteredOn = new Set(definitions.flatMap((l) => l.entry.on));
  // A condition may read the score, the grade or any record: then all of those can explain it.
  const conditional = definitions.some((l) => l.entry.when !== undefined);
  const entry: Relevance['entry'] = (e) => {
    switch (e.type) {
      case 'notice':
      case 'listed':
      case 'delisted':
      case 'appealFiled':
      case 'appealDecided':
        return e.list === list;
      case 'act':
      case 'observed':
      case 'settled':
        return conditional || enteredOn.has(e.behaviour);
      case 'rule':
      case 'grade':
        return conditional;
      default:
        return false;
    }
  };
  return { entry, score: conditional };
}

/** The entries that can lead to a refusal of `service` under either scenario's rules. */
export function refusalRelevance(scenarios: readonly Scenario[], service: string): Relevance {
  const refusing = scenarios.flatMap((s) =>
    s.ruleset.consequences.filter((c) => c.effect === 'refuse' && c.service === service),
  );
  const ids = new Set(refusing.map((c) => c.id));
  const lists = [...new Set(refusing.flatMap((c) => c.lists))].map((l) =>
    listingRelevance(scenarios, l),
  );
  const byGrade = refusing.some((c) => c.grades.length > 0);
  const entry: Relevance['entry'] = (e) => {
    if (e.type === 'sanction' || e.type === 'sanctionLifted') return ids.has(e.consequence);
    if (e.type === 'refused') return e.service === service;
    if (byGrade && (e.type === 'rule' || e.type === 'grade')) return true;
    return lists.some((l) => l.entry(e));
  };
  return { entry, score: byGrade || lists.some((l) => l.score) };
}
