/**
 * The parts of a rule set a planner may be allowed to change (roles.planner.editable). One list
 * for the schema, the planner's judge and the planner's desk. `adaptation` is the odd one out: it
 * is the model's assumption about how people respond, not a rule anyone can set.
 */
export const RULESET_PARTS = [
  'scoring',
  'rules',
  'lists',
  'consequences',
  'jointPunishment',
  'opacity',
  'appeals',
  'adaptation',
] as const;

export type RulesetPart = (typeof RULESET_PARTS)[number];

/** Parts that are assumptions about people rather than rules (a plan that changes them says so). */
export const ASSUMPTION_PARTS: readonly RulesetPart[] = ['adaptation'];
