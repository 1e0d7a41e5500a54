/**
 * The roles a scenario offers, as the start screen lists them before the scenario is loaded: read
 * from the parsed YAML's `roles:` block alone (the rest of the file is validated later). A block
 * that does not pass the schema offers only the observer; loading the file then says why.
 */
import { RolesSchema } from '../scenario/schema';

/** What the start screen shows of each role a scenario declares. */
export interface RoleOffer {
  observer: string;
  protagonists: { id: string; label: string; description: string; every: 1 | 7 }[];
  planner: { target: string } | null;
  appealsOfficer: { quota: number; pressure: string } | null;
}

/** The offer of a raw `roles:` block (undefined: none declared). */
export function readRoleOffer(raw: unknown): RoleOffer {
  const parsed = RolesSchema.safeParse(raw ?? {});
  if (!parsed.success)
    return { observer: '', protagonists: [], planner: null, appealsOfficer: null };
  const roles = parsed.data;
  return {
    observer: roles.observer.description,
    protagonists: (roles.citizen?.protagonists ?? []).map((p) => ({
      id: p.id,
      label: p.label,
      description: p.description,
      every: p.every,
    })),
    planner: roles.planner ? { target: roles.planner.target.text } : null,
    appealsOfficer: roles.appealsOfficer
      ? { quota: roles.appealsOfficer.quota, pressure: roles.appealsOfficer.pressure.text }
      : null,
  };
}
