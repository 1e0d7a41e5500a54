/**
 * Limits that keep a hostile or mistaken file from hanging anything: the schema checks scenarios
 * against them (schema.ts re-exports them), and the page checks its own input (a file's size, a
 * link's length) against them. A module of their own, so the start screen does not bundle the
 * schema and zod to read a few numbers.
 */
export const LIMITS = {
  fileBytes: 512 * 1024,
  population: 200_000,
  days: 3_650,
  businesses: 20_000,
  districts: 32,
  behaviours: 64,
  sources: 16,
  rules: 200,
  lists: 16,
  consequences: 64,
  expressionLength: 500,
  yamlAliases: 50,
  nestingDepth: 32,
  textLength: 20_000,
  idLength: 40,
} as const;
