/**
 * What a teacher can fix in a lesson link: which panels students may open, whether the seed and
 * the role are fixed, the story step to start at, and projector colours. Plain data, read from
 * untrusted links through a strict schema.
 */
import { z } from 'zod';

/**
 * Parts of the game a teacher can hide or lock: the side panels, the story's teacher notes, the
 * rule editor and the comparison, and `scenarios`, the list of other scenarios.
 */
export const LESSON_PANELS = [
  'story',
  'notes',
  'person',
  'events',
  'charts',
  'editor',
  'compare',
  'scenarios',
] as const;
export type LessonPanel = (typeof LESSON_PANELS)[number];

/** open: as usual; locked: shown greyed with a lock, cannot be opened; hidden: not shown at all. */
export const PANEL_ACCESS = ['open', 'locked', 'hidden'] as const;
export type PanelAccess = (typeof PANEL_ACCESS)[number];

/** The roles a lesson can fix: observer (the sandbox), citizen, planner, appeals officer. */
export const ROLES = ['observer', 'citizen', 'planner', 'appealsOfficer'] as const;
export type Role = (typeof ROLES)[number];

export interface TeacherSettings {
  /** Panels not listed are open. */
  panels: Partial<Record<LessonPanel, Exclude<PanelAccess, 'open'>>>;
  /** Students cannot change the seed (no restart with a new seed, no seed field). */
  fixSeed: boolean;
  /** Students cannot change the role. */
  fixRole: boolean;
  /** The step of the scenario's story (index into `intro`) the lesson opens at, or null. */
  storyStep: number | null;
  /** High-contrast colours and larger type for a projector. */
  projector: boolean;
  /** Ids of the story's prediction questions switched off for this lesson (`intro[].answer.id`). */
  questionsOff: string[];
}

/** No restrictions: what the game is without a lesson link. */
export const OPEN_SETTINGS: TeacherSettings = {
  panels: {},
  fixSeed: false,
  fixRole: false,
  storyStep: null,
  projector: false,
  questionsOff: [],
};

const RestrictedAccess = z.enum(['locked', 'hidden']);

/** The settings as they travel in a link: strict, every field optional (defaults are open). */
export const TeacherSettingsSchema = z.strictObject({
  panels: z
    .strictObject(
      Object.fromEntries(LESSON_PANELS.map((panel) => [panel, RestrictedAccess.optional()])) as {
        [P in LessonPanel]: z.ZodOptional<typeof RestrictedAccess>;
      },
    )
    .default({}),
  fixSeed: z.boolean().default(false),
  fixRole: z.boolean().default(false),
  storyStep: z.number().int().min(0).max(99).nullable().default(null),
  projector: z.boolean().default(false),
  questionsOff: z
    .array(z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'a question id'))
    .max(20)
    .default([]),
});

/** How a student may reach a panel under these settings. */
export function panelAccess(settings: TeacherSettings, panel: LessonPanel): PanelAccess {
  return settings.panels[panel] ?? 'open';
}

/** True when the settings restrict anything at all (the game then says a teacher set it up). */
export function restrictsAnything(settings: TeacherSettings): boolean {
  return (
    Object.keys(settings.panels).length > 0 ||
    settings.fixSeed ||
    settings.fixRole ||
    settings.storyStep !== null ||
    settings.questionsOff.length > 0
  );
}
