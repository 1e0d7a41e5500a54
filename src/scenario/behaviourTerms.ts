/**
 * The fixed words of the behaviour catalogue: kinds of act, places, services and traits. One list
 * each for the schema (which validates them) and the engine (which indexes its rate tables by their
 * position), so a word added here is both accepted and simulated. Plain constants: the engine
 * imports this without zod.
 */

/** Kinds of act; the engine's KIND_* constants are positions in this list. */
export const BEHAVIOUR_KINDS = ['harmful', 'harmless', 'civic', 'speech', 'activity'] as const;

/** Where an act happens, which decides what surveillance sources can see it. */
export const PLACES = ['street', 'online', 'financial', 'court', 'workplace', 'home'] as const;

/** Services a person tries to use; sanctions refuse or degrade them, rewards discount them. */
export const SERVICES = [
  'flight',
  'train',
  'school',
  'job',
  'loan',
  'internet',
  'dating',
  'rent',
  'energy',
  'bike',
  'property',
] as const;

/** Personality traits that multiply a behaviour's rate. */
export const TRAITS = ['conscientious', 'impulsive', 'outspoken', 'civic'] as const;

/** Occupation ids the town adds after the scenario's own: school-age children, infants, the retired. */
export const EXTRA_OCCUPATIONS = ['student', 'child', 'retired'] as const;
