/**
 * The start screen's view of a scenario, read from the parsed YAML without validating the whole
 * file: fast enough to list every shipped scenario at once. Full validation follows in the
 * background and again on load; only its verdict decides whether a file can be played.
 */
import { ScenarioSchema, TownSchema, TranslationsSchema } from '../scenario/schema';
import type { ScenarioMeta } from './protocol';
import { readRoleOffer } from './roleMeta';

/** Meta from parsed scenario data, with the schema's own defaults; null when it lacks an id or title. */
export function readScenarioMeta(data: unknown): ScenarioMeta | null {
  if (!isRecord(data) || typeof data.id !== 'string' || typeof data.title !== 'string') return null;
  const town = isRecord(data.town) ? data.town : {};
  return {
    id: data.id,
    title: data.title,
    question: text(data.question),
    summary: text(data.summary),
    intro: Array.isArray(data.intro)
      ? data.intro.filter(isRecord).map((step) => ({
          title: text(step.title),
          text: text(step.text),
          predict: typeof step.predict === 'string' ? step.predict : undefined,
        }))
      : [],
    population: withDefault(TownSchema.shape.population, town.population),
    days: withDefault(ScenarioSchema.shape.days, data.days),
    seed: withDefault(ScenarioSchema.shape.seed, data.seed),
    // Texts only: a malformed block is left out here and reported by the full validation.
    translations: TranslationsSchema.catch({}).parse(data.translations),
    roles: readRoleOffer(data.roles),
  };
}

function withDefault(
  schema: { safeParse(value: unknown): { success: boolean; data?: unknown } },
  value: unknown,
): number {
  const given = schema.safeParse(value);
  if (given.success && typeof given.data === 'number') return given.data;
  const fallback = schema.safeParse(undefined);
  return fallback.success && typeof fallback.data === 'number' ? fallback.data : 0;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
