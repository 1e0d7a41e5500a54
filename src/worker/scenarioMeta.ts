/**
 * The start screen's view of a scenario. The shipped scenarios' entries are made at build time
 * (build/shippedScenarios.ts) from the loader's verdict, so the page lists them without the YAML
 * parser, the schema or the engine worker.
 */
import type { LoadResult } from '../scenario/load';
import {
  ScenarioSchema,
  TownSchema,
  TranslationsSchema,
  type ScenarioTranslations,
} from '../scenario/schema';
import type { CatalogEntry, ScenarioMeta } from './protocol';
import { readRoleOffer } from './roleMeta';

/** A file's entry on the start screen: its texts, or the loader's positioned errors. */
export function catalogEntry(fileName: string, result: LoadResult): CatalogEntry {
  if (!result.ok) return { fileName, ok: false, errors: result.errors };
  const meta = readScenarioMeta(result.scenario) as ScenarioMeta;
  return { fileName, ok: true, meta: { ...meta, translations: startTexts(meta.translations) } };
}

/**
 * The translated texts the start screen shows (title, question, summary, story steps, and each
 * role's name and description), without the rest (labels, notes, choices, goals, endings), which
 * come with the scenario when it is opened.
 */
export function startTexts(translations: ScenarioTranslations): ScenarioTranslations {
  const kept: ScenarioTranslations = {};
  for (const [tag, t] of Object.entries(translations)) {
    const roles = t.roles;
    const protagonists = roles?.citizen?.protagonists;
    kept[tag] = {
      ...pick(t, ['title', 'question', 'summary', 'intro']),
      ...(roles === undefined
        ? {}
        : {
            roles: {
              ...pick(roles, ['observer', 'planner', 'appealsOfficer']),
              ...(protagonists === undefined
                ? {}
                : {
                    citizen: {
                      protagonists: Object.fromEntries(
                        Object.entries(protagonists).map(([id, p]) => [
                          id,
                          pick(p, ['label', 'description']),
                        ]),
                      ),
                    },
                  }),
            },
          }),
    } as ScenarioTranslations[string];
  }
  return kept;
}

function pick<T extends object, K extends keyof T>(value: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out;
}

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
