/**
 * Opens the lesson a link carries: its settings come into force, then its scenario runs at its
 * seed and day. Call it once saved progress has been restored: a student who reloads the page
 * keeps their place, because a restored run of this very lesson (same file, text and seed) is kept.
 */
import { readLessonHash, type Lesson, type LinkProblem } from '../share/lessonLink';
import { OPEN_SETTINGS } from '../share/teacherSettings';
import type { TeacherStore } from './teacherStore';
import type { TownController } from './townController';
import type { TownStores } from './townStores';

export interface LessonContext {
  /** The controller without lesson guards: the lesson itself sets the seed and the scenario. */
  controller: TownController;
  stores: TownStores;
  teacher: TeacherStore;
}

/** Puts the lesson's settings in force and loads its run; false when its scenario is invalid. */
export async function openLesson(lesson: Lesson, context: LessonContext): Promise<boolean> {
  const { controller, stores, teacher } = context;
  teacher.setState({
    settings: lesson.settings,
    role: lesson.role,
    lesson: { fileName: lesson.fileName, seed: lesson.seed, day: lesson.day },
    linkProblem: null,
  });
  if (lesson.settings.storyStep !== null) stores.prefs.setState({ panel: 'story' });
  const { source, seed, status } = stores.session.getState();
  const restored =
    status === 'ready' &&
    source?.fileName === lesson.fileName &&
    source.text === lesson.text &&
    seed === lesson.seed &&
    // A fixed role must be the one played; else the student's own choice is kept.
    (!lesson.settings.fixRole || stores.role.getState().playing.kind === lesson.role);
  if (restored) {
    controller.showTown();
    return true;
  }
  const ok = await controller.loadScenarioText(lesson.text, lesson.fileName, {
    seed: lesson.seed,
    toDay: lesson.day,
    role: { kind: lesson.role },
  });
  // A lesson whose scenario does not load restricts nothing: the start screen shows its errors.
  if (!ok && stores.session.getState().invalid !== null) {
    teacher.setState({ settings: OPEN_SETTINGS, lesson: null });
  }
  return ok;
}

/** Records a link that could not be read and shows the start screen, which says what is wrong. */
export function reportBrokenLink(problem: LinkProblem, context: LessonContext): void {
  context.teacher.setState({ settings: OPEN_SETTINGS, lesson: null, linkProblem: problem });
  context.controller.showStart();
}

/** Opens the lesson in a location hash, reports a broken one, and ignores any other hash. */
export async function openLessonFromHash(hash: string, context: LessonContext): Promise<void> {
  const read = readLessonHash(hash);
  if (read.kind === 'lesson') await openLesson(read.lesson, context);
  else if (read.kind === 'broken') reportBrokenLink(read.problem, context);
}
