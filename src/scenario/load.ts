/**
 * Loads a scenario file: parse (YAML or JSON) with positions, validate with the schema, check
 * cross-references and expressions, and hash. Works in Node and in the browser (no node: imports).
 */
import { claimFindings } from './claims/claimChecks';
import { crossCheckScenario } from './crossChecks';
import { evidenceFindings } from './evidenceChecks';
import { expressionFindings } from './expressionChecks';
import { scenarioHash } from './hash';
import { compareIssues, formatPath, type Issue } from './issue';
import { ScenarioSchema, type Scenario } from './schema';
import { parseScenarioSource, type ScenarioSource } from './yamlSource';
import { describeZodIssues } from './zodIssues';
import type { Finding } from './finding';

export type LoadResult =
  | { ok: true; scenario: Scenario; hash: string; warnings: Issue[] }
  | { ok: false; errors: Issue[] };

/** Parses and validates scenario text; on failure, every problem found, in file order. */
export function loadScenario(text: string, fileName: string): LoadResult {
  const parsed = parseScenarioSource(text, fileName);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const { source } = parsed;

  const result = ScenarioSchema.safeParse(source.data);
  if (!result.success) {
    const errors = describeZodIssues(ScenarioSchema, result.error.issues, source, fileName);
    return { ok: false, errors: errors.sort(compareIssues) };
  }

  const scenario = result.data;
  const findings = [
    ...crossCheckScenario(scenario),
    ...expressionFindings(scenario),
    ...evidenceFindings(scenario, source.data),
    ...claimFindings(scenario),
  ];
  const positioned = (f: Finding) => toIssue(f, source, fileName);
  const errors = findings.filter((f) => f.severity === 'error').map(positioned);
  const warnings = findings.filter((f) => f.severity === 'warning').map(positioned);
  if (errors.length > 0) return { ok: false, errors: errors.sort(compareIssues) };
  return {
    ok: true,
    scenario,
    hash: scenarioHash(scenario),
    warnings: warnings.sort(compareIssues),
  };
}

/** A finding placed in its file: at the key, inside a string (an expression), or at the value. */
export function toIssue(finding: Finding, source: ScenarioSource, file: string): Issue {
  const position =
    finding.offset !== undefined
      ? source.locateInString(finding.path, finding.offset)
      : finding.atKey
        ? source.locateKey(finding.path)
        : source.locate(finding.path);
  return { file, ...position, path: formatPath(finding.path), message: finding.message };
}
