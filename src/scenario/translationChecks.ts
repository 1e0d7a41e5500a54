/**
 * Checks that each translation's role texts name roles, protagonists, choices and goals the
 * scenario has: a misspelt id would otherwise leave its text in English without a word.
 */
import type { RefersTo } from './finding';
import type { Scenario } from './schema';

const ROLE_KEYS = ['observer', 'citizen', 'planner', 'appealsOfficer'] as const;

type Path = PropertyKey[];

/** Reports, at its key, every role id a translation names that the scenario does not have. */
export function checkTranslatedRoles(scenario: Scenario, refersTo: RefersTo): void {
  const { roles } = scenario;
  for (const [locale, translation] of Object.entries(scenario.translations)) {
    const t = translation.roles;
    if (t === undefined) continue;
    const at: Path = ['translations', locale, 'roles'];
    // The observer is always there; a text for a role the scenario lacks would never be shown.
    const declared = ROLE_KEYS.filter((key) => key === 'observer' || roles[key] !== undefined);
    for (const key of ROLE_KEYS) {
      if (t[key] !== undefined)
        refersTo([...at, key], key, 'a role the scenario declares', declared, true);
    }

    const protagonists = roles.citizen?.protagonists ?? [];
    const here: Path = [...at, 'citizen', 'protagonists'];
    for (const [id, texts] of Object.entries(t.citizen?.protagonists ?? {})) {
      const protagonist = protagonists.find((p) => p.id === id);
      if (roles.citizen !== undefined)
        refersTo([...here, id], id, 'a protagonist', ids(protagonists), true);
      if (protagonist === undefined) continue;
      for (const action of Object.keys(texts.actions ?? {}))
        refersTo(
          [...here, id, 'actions', action],
          action,
          `an action of ${id}`,
          ids(protagonist.actions),
          true,
        );
      for (const goal of Object.keys(texts.goals ?? {}))
        refersTo(
          [...here, id, 'goals', goal],
          goal,
          `a goal of ${id}`,
          ids(protagonist.goals),
          true,
        );
    }
  }
}

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
