/**
 * Compare A/B's sides, read and checked on the page before they go to the compare worker (which
 * then needs no YAML parser and no schema): each side's text through the loader, a variant's rule
 * set in place of the scenario's own, and B's rules put on A's town when their towns differ. A side
 * that cannot run is answered here with its positioned problems, without starting a worker.
 */
import { sameWorld, withRuleset, withVariant } from '../engine/compare/compare';
import { crossCheckScenario } from '../scenario/crossChecks';
import { expressionFindings } from '../scenario/expressionChecks';
import { formatPath, type Issue } from '../scenario/issue';
import { loadScenario } from '../scenario/load';
import { loadRulesFor } from '../scenario/ruleset';
import type { Scenario } from '../scenario/schema';
import type {
  CompareJob,
  CompareRequest,
  CompareResponse,
  CompareSide,
  CompareWorkerRequest,
  ReadJob,
} from './compareProtocol';

type Invalid = { side: 'a' | 'b'; fileName: string; errors: Issue[] };

/** The worker's message for `request`, or the answer when a side cannot run. */
export function readCompareRequest(
  request: CompareRequest,
): CompareWorkerRequest | Extract<CompareResponse, { kind: 'invalid' }> {
  switch (request.kind) {
    case 'compare':
    case 'acrossSeeds': {
      const sides = readSides(request.job);
      if ('errors' in sides) return { kind: 'invalid', id: request.id, ...sides };
      return { ...request, job: sides };
    }
    case 'warm': {
      const loaded = loadOnce(request.side.text, request.side.fileName);
      return {
        kind: 'warm',
        id: request.id,
        scenario: loaded.ok ? loaded.scenario : null,
        days: request.days,
      };
    }
    case 'dossier':
      return request;
  }
}

/** Both sides as scenarios on A's town, or the problems of the side that cannot run. */
export function readSides(job: CompareJob): ReadJob | Invalid {
  const { seed, days } = job;
  const a = readSide(job.a, 'a');
  if ('errors' in a) return a;
  const b = readSide(job.b, 'b');
  if ('errors' in b) return b;
  if (sameWorld(a, b)) return { a, b, bRunAs: 'same-town', seed, days };
  if (job.b.variant === undefined) {
    // A rules-only file, or a scenario with another town: its rules, checked against A's town.
    const rules = loadRulesFor(a, job.b.text, job.b.fileName);
    if (!rules.ok) return { side: 'b', fileName: job.b.fileName, errors: rules.errors };
    return { a, b: rules.scenario, bRunAs: 'rules-on-a-town', seed, days };
  }
  const onTown = withRuleset(a, b.ruleset);
  const errors = [...crossCheckScenario(onTown), ...expressionFindings(onTown)]
    .filter((f) => f.severity === 'error' && f.path[0] === 'ruleset')
    .map((f) => ({
      file: job.b.fileName,
      line: 1,
      column: 1,
      path: `variants.${job.b.variant}.${formatPath(f.path)}`,
      message: f.message,
    }));
  if (errors.length > 0) return { side: 'b', fileName: job.b.fileName, errors };
  return { a, b: onTown, bRunAs: 'rules-on-a-town', seed, days };
}

/** Recently read texts: a comparison run again after an edit reads the unchanged side once. */
const recentlyLoaded = new Map<string, ReturnType<typeof loadScenario>>();
const RECENT_LIMIT = 4;

function loadOnce(text: string, fileName: string): ReturnType<typeof loadScenario> {
  const key = `${fileName}\u0000${text}`;
  const known = recentlyLoaded.get(key);
  if (known !== undefined) return known;
  const loaded = loadScenario(text, fileName);
  recentlyLoaded.set(key, loaded);
  if (recentlyLoaded.size > RECENT_LIMIT) {
    recentlyLoaded.delete(recentlyLoaded.keys().next().value as string);
  }
  return loaded;
}

function readSide(side: CompareSide, name: 'a' | 'b'): Scenario | Invalid {
  const loaded = loadOnce(side.text, side.fileName);
  if (!loaded.ok) return { side: name, fileName: side.fileName, errors: loaded.errors };
  if (side.variant === undefined) return loaded.scenario;
  const scenario = withVariant(loaded.scenario, side.variant);
  if (scenario !== undefined) return scenario;
  return {
    side: name,
    fileName: side.fileName,
    errors: [
      {
        file: side.fileName,
        line: 1,
        column: 1,
        path: 'variants',
        message: `expected a variant called "${side.variant}", found none`,
      },
    ],
  };
}
