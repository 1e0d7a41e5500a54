/**
 * The classroom: the teacher's settings in force (from a lesson link, else none), the role, what
 * was wrong with the link the page was opened with, and which classroom dialog is open (share,
 * report). Guards elsewhere (lessonGuards.ts) keep the settings in force.
 */
import { createStore } from 'zustand/vanilla';
import type { LinkProblem } from '../share/lessonLink';
import { OPEN_SETTINGS, type Role, type TeacherSettings } from '../share/teacherSettings';

export type ClassroomDialog = 'guide' | 'worksheet' | 'share' | 'report' | 'handIn' | 'class';

/** The lesson link the settings came from. */
export interface LessonOrigin {
  fileName: string;
  seed: number;
  day: number;
}

export interface TeacherState {
  settings: TeacherSettings;
  role: Role;
  /** The lesson link in force, or null when the game runs without one. */
  lesson: LessonOrigin | null;
  /** The link the page was opened with could not be used; the start screen says why. */
  linkProblem: LinkProblem | null;
  dialog: ClassroomDialog | null;
}

export const createTeacherStore = () =>
  createStore<TeacherState>()(() => ({
    settings: OPEN_SETTINGS,
    role: 'observer',
    lesson: null,
    linkProblem: null,
    dialog: null,
  }));

export type TeacherStore = ReturnType<typeof createTeacherStore>;
