import { describe, expect, it, vi } from 'vitest';
import { guardController, enforcePanels } from '../../src/store/lessonGuards';
import { createEditorStore } from '../../src/store/editorStore';
import { openLesson, reportBrokenLink } from '../../src/store/openLesson';
import type { TownController } from '../../src/store/townController';
import { createTownStores } from '../../src/store/townStores';
import type { Lesson } from '../../src/share/lessonLink';
import { OPEN_SETTINGS, type TeacherSettings } from '../../src/share/teacherSettings';

/** A controller that records calls and, on load, pretends the run loaded. */
function fakeController(stores = createTownStores()) {
  const calls: [string, ...unknown[]][] = [];
  const record =
    (name: string, result: unknown = undefined) =>
    (...args: unknown[]) => {
      calls.push([name, ...args]);
      return result;
    };
  const controller = {
    openScenario: vi.fn(record('openScenario', Promise.resolve(true))),
    loadScenarioText: vi.fn(async (text: string, fileName: string, load: { seed?: number }) => {
      calls.push(['loadScenarioText', text, fileName, load]);
      stores.session.setState({
        status: 'ready',
        source: { fileName, text, bundled: false },
        seed: load.seed ?? 0,
      });
      return true;
    }),
    restart: vi.fn(record('restart', Promise.resolve())),
    showStart: vi.fn(record('showStart')),
    showTown: vi.fn(record('showTown')),
  } as unknown as TownController;
  return { controller, calls, stores };
}

const settings = (patch: Partial<TeacherSettings>): TeacherSettings => ({
  ...OPEN_SETTINGS,
  ...patch,
});

const lesson = (patch: Partial<Lesson> = {}): Lesson => ({
  fileName: 'lesson.yaml',
  text: 'id: lesson\ntitle: A lesson\n',
  seed: 11,
  day: 20,
  role: 'observer',
  settings: settings({ fixSeed: true, panels: { scenarios: 'locked', charts: 'hidden' } }),
  ...patch,
});

describe('lesson guards', () => {
  it('keep a fixed seed, whoever asks for another', async () => {
    const { controller, calls, stores } = fakeController();
    await openLesson(lesson(), { controller, stores, teacher: stores.teacher });
    const guarded = guardController(controller, stores, stores.teacher);
    await guarded.restart({ newSeed: true });
    await guarded.restart({ seed: 99 });
    await guarded.loadScenarioText('id: lesson', 'lesson.yaml', { seed: 5 });
    expect(calls.filter(([name]) => name === 'restart')).toEqual([
      ['restart', { seed: 11 }],
      ['restart', { seed: 11 }],
    ]);
    expect(calls.at(-1)).toEqual(['loadScenarioText', 'id: lesson', 'lesson.yaml', { seed: 11 }]);
  });

  it('keep the run on the lesson’s scenario while the scenario list is locked', async () => {
    const { controller, calls, stores } = fakeController();
    await openLesson(lesson(), { controller, stores, teacher: stores.teacher });
    const guarded = guardController(controller, stores, stores.teacher);
    expect(await guarded.openScenario('welcome.yaml')).toBe(false);
    expect(await guarded.loadScenarioText('id: other', 'other.yaml')).toBe(false);
    guarded.showStart();
    expect(calls.map(([name]) => name)).toEqual(['loadScenarioText']);
  });

  it('leave everything alone without a lesson', async () => {
    const { controller, calls, stores } = fakeController();
    const guarded = guardController(controller, stores, stores.teacher);
    await guarded.restart({ newSeed: true });
    await guarded.openScenario('welcome.yaml', { seed: 3 });
    guarded.showStart();
    expect(calls).toEqual([
      ['restart', { newSeed: true }],
      ['openScenario', 'welcome.yaml', { seed: 3 }],
      ['showStart'],
    ]);
  });

  it('close a locked or hidden panel as soon as anything opens it', () => {
    const stores = createTownStores();
    const editor = createEditorStore();
    stores.teacher.setState({
      settings: settings({ panels: { charts: 'hidden', person: 'locked', editor: 'locked' } }),
    });
    const stop = enforcePanels(stores, stores.teacher, editor);
    stores.prefs.setState({ panel: 'charts' });
    expect(stores.prefs.getState().panel).toBe('story');
    stores.prefs.setState({ panel: 'person' });
    expect(stores.prefs.getState().panel).toBe('story');
    stores.prefs.setState({ panel: 'events' });
    expect(stores.prefs.getState().panel).toBe('events');
    editor.setState({ view: 'rules' });
    expect(editor.getState().view).toBe('town');
    editor.setState({ view: 'compare' });
    expect(editor.getState().view).toBe('compare');
    stop();
    stores.prefs.setState({ panel: 'charts' });
    expect(stores.prefs.getState().panel).toBe('charts');
  });
});

describe('opening a lesson', () => {
  it('loads its scenario at its seed, day and role, and opens the story at its step', async () => {
    const { controller, calls, stores } = fakeController();
    const l = lesson({ settings: settings({ storyStep: 1 }) });
    expect(await openLesson(l, { controller, stores, teacher: stores.teacher })).toBe(true);
    expect(calls).toEqual([
      ['loadScenarioText', l.text, 'lesson.yaml', { seed: 11, toDay: 20, role: { kind: l.role } }],
    ]);
    expect(stores.teacher.getState()).toMatchObject({
      settings: l.settings,
      lesson: { fileName: 'lesson.yaml', seed: 11, day: 20 },
    });
    expect(stores.prefs.getState().panel).toBe('story');
  });

  it('keeps a restored run of the same lesson (a reload keeps the student’s place)', async () => {
    const { controller, calls, stores } = fakeController();
    const l = lesson();
    stores.session.setState({
      status: 'ready',
      source: { fileName: l.fileName, text: l.text, bundled: false },
      seed: l.seed,
    });
    await openLesson(l, { controller, stores, teacher: stores.teacher });
    expect(calls).toEqual([['showTown']]);
  });

  it('restricts nothing when its scenario is invalid', async () => {
    const { controller, stores } = fakeController();
    (controller.loadScenarioText as ReturnType<typeof vi.fn>).mockImplementation(async () => {
      stores.session.setState({ invalid: { fileName: 'lesson.yaml', errors: [] } });
      return false;
    });
    expect(await openLesson(lesson(), { controller, stores, teacher: stores.teacher })).toBe(false);
    expect(stores.teacher.getState()).toMatchObject({ settings: OPEN_SETTINGS, lesson: null });
  });

  it('shows the start screen and the problem for a broken link', () => {
    const { controller, calls, stores } = fakeController();
    reportBrokenLink({ kind: 'truncated' }, { controller, stores, teacher: stores.teacher });
    expect(stores.teacher.getState().linkProblem).toEqual({ kind: 'truncated' });
    expect(calls).toEqual([['showStart']]);
  });
});
