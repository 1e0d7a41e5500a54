/**
 * Checks of the roles block that need the rest of the scenario: ids unique, every behaviour, list,
 * occupation and district a protagonist names exists, debts and apologies name obligations, and the
 * acts, services and refusals a goal counts are ones the scenario has (a misspelt key in a goal would
 * otherwise silently never be met).
 */
import { EXTRA_OCCUPATIONS, SERVICES } from './behaviourTerms';
import type { Finding } from './finding';
import type { Scenario } from './schema';
import { closestMatch } from './suggest';

type Path = PropertyKey[];

/** Every reference and consistency problem in the scenario's roles. */
export function roleFindings(scenario: Scenario): Finding[] {
  const findings: Finding[] = [];
  const error = (path: Path, message: string) =>
    findings.push({ path, message, severity: 'error' });
  const warning = (path: Path, message: string) =>
    findings.push({ path, message, severity: 'warning' });
  const refersTo = (path: Path, name: string, what: string, known: readonly string[]) => {
    if (known.includes(name)) return;
    const guess = closestMatch(name, known);
    error(
      path,
      `expected the id of ${what}${guess ? ` (did you mean "${guess}"?)` : `: ${known.join(', ')}`}, found "${name}"`,
    );
  };
  const unique = (path: Path, items: readonly { id: string }[], what: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id))
        error(
          [...path, i, 'id'],
          `expected a ${what} id not used before, found "${item.id}" again`,
        );
      seen.add(item.id);
    });
  };

  const behaviourIds = scenario.behaviours.map((b) => b.id);
  const obligations = scenario.behaviours.filter((b) => b.obligation).map((b) => b.id);
  const listIds = scenario.ruleset.lists.map((l) => l.id);
  const occupationIds = [...scenario.town.occupations.map((o) => o.id), ...EXTRA_OCCUPATIONS];
  const districtIds = scenario.town.districts.map((d) => d.id);
  const obligation = (path: Path, id: string) => {
    refersTo(path, id, 'a behaviour', behaviourIds);
    if (behaviourIds.includes(id) && !obligations.includes(id))
      error(
        path,
        `expected a behaviour with an obligation (a debt or duty), found "${id}", which leaves none`,
      );
  };

  const protagonists = scenario.roles.citizen?.protagonists ?? [];
  const base: Path = ['roles', 'citizen', 'protagonists'];
  unique(base, protagonists, 'protagonist');
  protagonists.forEach((p, i) => {
    const at: Path = [...base, i];
    const { pick } = p;
    if (pick.occupation !== undefined)
      refersTo([...at, 'pick', 'occupation'], pick.occupation, 'an occupation', occupationIds);
    if (pick.district !== undefined)
      refersTo([...at, 'pick', 'district'], pick.district, 'a district', districtIds);
    if (pick.minAge !== undefined && pick.maxAge !== undefined && pick.minAge > pick.maxAge)
      error(
        [...at, 'pick', 'maxAge'],
        `expected an age of at least minAge (${pick.minAge}), found ${pick.maxAge}`,
      );
    if (p.setup) {
      p.setup.debts.forEach((id, j) => obligation([...at, 'setup', 'debts', j], id));
      p.setup.listed.forEach((id, j) =>
        refersTo([...at, 'setup', 'listed', j], id, 'a list', listIds),
      );
      if (p.setup.wrongful && p.setup.listed.length === 0)
        warning(
          [...at, 'setup', 'wrongful'],
          'expected lists in setup.listed for a wrongful listing, found none: nothing is listed',
        );
    }
    unique([...at, 'actions'], p.actions, 'action');
    p.actions.forEach((action, j) => {
      const here: Path = [...at, 'actions', j, 'do'];
      const d = action.do;
      if ('behaviour' in d)
        refersTo([...here, 'behaviour'], d.behaviour, 'a behaviour', behaviourIds);
      else if ('settle' in d || 'apologise' in d)
        d.of.forEach((id, k) => obligation([...here, 'of', k], id));
      else if ('appeal' in d && !scenario.ruleset.appeals.enabled)
        warning(
          here,
          'expected appeals enabled in the rule set for an appeal action, found them off: it can never be chosen',
        );
    });
    unique([...at, 'goals'], p.goals, 'goal');
    p.goals.forEach((goal, j) => {
      const counted = /person\.(acts|used|refused)(?:\.(\w+)|\[['"](\w+)['"]\])/g;
      for (const m of goal.when.matchAll(counted)) {
        const map = m[1];
        const key = m[2] ?? m[3];
        const known = map === 'acts' ? behaviourIds : [...SERVICES];
        if (!known.includes(key))
          refersTo(
            [...at, 'goals', j, 'when'],
            key,
            map === 'acts' ? 'a behaviour' : 'a service',
            known,
          );
      }
    });
    if (!p.goals.some((g) => g.outcome === 'win'))
      warning(
        [...at, 'goals'],
        'expected at least one goal with outcome win, found none: the protagonist can only lose or run out of time',
      );
  });
  return findings;
}
