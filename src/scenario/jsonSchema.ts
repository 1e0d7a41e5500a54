/**
 * The JSON Schema of scenario files, generated from the zod schema so it never drifts. Editors
 * (VS Code with the YAML extension, JetBrains) use it for autocomplete, hover text and checks.
 */
import { z } from 'zod';
import { ScenarioSchema } from './schema';

/** JSON Schema (draft 7, the draft editors support best) describing what a scenario file may hold. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ScenarioSchema, {
    // 'input': what a person writes, so fields with defaults are optional.
    io: 'input',
    target: 'draft-7',
    override: ({ jsonSchema }) => {
      // Editors show only `description` on hover; fold the unit into it.
      const { unit, description } = jsonSchema as { unit?: string; description?: string };
      if (unit !== undefined && description !== undefined) {
        jsonSchema.description = `${description} Unit: ${unit}.`;
      }
    },
  }) as Record<string, unknown>;
}
