/**
 * Rules-only files (`kind: ruleset`): a rule set with an id and a title, to run on another
 * scenario's town ("another scenario's rules on this town"). Loaded with the scenario loader's
 * machinery — positioned YAML/JSON parsing, plain-language zod messages, cross-reference and
 * expression checks — so every problem names its line, column and field.
 */
import { z } from 'zod';
import { crossCheckScenario } from './crossChecks';
import type { Finding } from './finding';
import { expressionFindings } from './expressionChecks';
import { scenarioHash } from './hash';
import { compareIssues, type Issue } from './issue';
import { loadScenario, toIssue } from './load';
import { Id, LIMITS, RuleSetSchema, type RuleSet, type Scenario } from './schema';
import { parseScenarioSource } from './yamlSource';
import { describeZodIssues } from './zodIssues';

/** A rules-only file: `kind: ruleset`, an id, a title and the rule set itself. */
export const RulesetFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    kind: z.literal('ruleset').meta({
      description: 'Marks a rules-only file: a rule set to run on a scenario’s town.',
    }),
    id: Id,
    title: z.string().max(LIMITS.textLength).meta({ description: 'Name of the rule set.' }),
    description: z
      .string()
      .max(LIMITS.textLength)
      .default('')
      .meta({ description: 'What this rule set changes and what to look for.' }),
    ruleset: RuleSetSchema,
  })
  .meta({
    title: 'Ledgertown rule set',
    description: 'A social-credit rule set to run on the town of a scenario.',
  });

export type RulesetFile = z.output<typeof RulesetFileSchema>;

/** Scenario A's town under the rules of B (a rules-only file or a whole scenario). */
export interface RulesApplied {
  /** A with B's rule set: what runs as B. */
  scenario: Scenario;
  /** Whether B was a rules-only file or a scenario whose rules were taken. */
  from: 'ruleset' | 'scenario';
  id: string;
  title: string;
  /** Content hash of B's file (the rules-only file, or B's whole scenario). */
  hash: string;
  warnings: Issue[];
}

export type RulesLoadResult = ({ ok: true } & RulesApplied) | { ok: false; errors: Issue[] };

/**
 * Reads B's text and applies its rule set to scenario A's town. B may be a rules-only file or a
 * full scenario; either way its rules are checked against A's behaviours, and every problem points
 * into B's file.
 */
export function loadRulesFor(town: Scenario, text: string, fileName: string): RulesLoadResult {
  const parsed = parseScenarioSource(text, fileName);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const { source } = parsed;
  // Every scenario has behaviours; a file without them (or with a kind) is read as rules only,
  // so a forgotten `kind: ruleset` is reported as that rather than as a scenario missing its town.
  const data = source.data;
  const rulesOnly =
    data !== null && typeof data === 'object' && ('kind' in data || !('behaviours' in data));

  let ruleset: RuleSet;
  let meta: { id: string; title: string; hash: string };
  if (rulesOnly) {
    const result = RulesetFileSchema.safeParse(source.data);
    if (!result.success) {
      const errors = describeZodIssues(RulesetFileSchema, result.error.issues, source, fileName);
      return { ok: false, errors: errors.sort(compareIssues) };
    }
    ruleset = result.data.ruleset;
    meta = { id: result.data.id, title: result.data.title, hash: scenarioHash(result.data) };
  } else {
    const loaded = loadScenario(text, fileName);
    if (!loaded.ok) return loaded;
    ruleset = loaded.scenario.ruleset;
    meta = { id: loaded.scenario.id, title: loaded.scenario.title, hash: loaded.hash };
  }

  const scenario: Scenario = { ...town, ruleset };
  const findings = rulesetFindings(scenario);
  const positioned = (f: Finding) => toIssue(f, source, fileName);
  const errors = findings.filter((f) => f.severity === 'error').map(positioned);
  if (errors.length > 0) return { ok: false, errors: errors.sort(compareIssues) };
  const warnings = findings.filter((f) => f.severity === 'warning').map(positioned);
  return {
    ok: true,
    scenario,
    from: rulesOnly ? 'ruleset' : 'scenario',
    ...meta,
    warnings: warnings.sort(compareIssues),
  };
}

/**
 * Problems of a scenario's rule set on its town: the scenario checks, keeping only those inside
 * `ruleset` (the town's own were found when it loaded). The paths are the same in a rules-only
 * file and in a scenario (`ruleset.rules[2].on`), so they point into B's file either way.
 */
function rulesetFindings(scenario: Scenario): Finding[] {
  const alone: Scenario = { ...scenario, variants: [] };
  return [...crossCheckScenario(alone), ...expressionFindings(alone)].filter(
    (f) => f.path[0] === 'ruleset',
  );
}
