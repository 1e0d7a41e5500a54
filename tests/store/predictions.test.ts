/**
 * Predictions as a student makes them: answered before their day, refused when out of range,
 * locked (even through the API) once the run reaches the day, revealed with this run's figure and
 * the figure across seeds, explained in plain text, kept across a reload, and switched off by a
 * lesson.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readLessonAnswers } from '../../src/export/lesson/answers';
import { figuresAcrossSeeds } from '../../src/engine/claims/figures';
import { createPredictionActions, type SpreadRunner } from '../../src/store/predictionActions';
import { PREDICTIONS_KEY } from '../../src/store/predictionStore';
import { OPEN_SETTINGS } from '../../src/share/teacherSettings';
import { evaluateMetric } from '../../src/scenario/claims/metricExpression';
import { disposeTowns, memoryStorage, setUp } from './fixtures';

afterEach(disposeTowns);

/** The spread over 2 seeds in this thread (the app runs it in a worker over 20). */
const spreadInProcess: SpreadRunner = async (scenario, requests, _seeds, onProgress) =>
  figuresAcrossSeeds(scenario, requests, [scenario.seed, scenario.seed + 1], onProgress);

function open(storage = memoryStorage()) {
  const { stores, controller } = setUp(storage);
  const predictions = createPredictionActions(stores, { storage, runSpread: spreadInProcess });
  return { stores, controller, predictions, storage };
}

describe('predictions', () => {
  it('are answered before their day, locked after it, revealed and explained as text', async () => {
    const { stores, controller, predictions, storage } = open();
    expect(await controller.openScenario('welcome.yaml', { seed: 5 })).toBe(true);
    const answers = () => stores.predictions.getState().answers!;
    expect(answers().answers.map((a) => [a.question, a.kind])).toEqual([
      ['grade_a_share', 'number'],
      ['listed_end', 'choice'],
    ]);

    expect(predictions.predict('grade_a_share', 150)).toEqual({
      ok: false,
      refusal: { kind: 'invalid', problem: { kind: 'outOfRange', min: 0, max: 100 } },
    });
    expect(predictions.predict('grade_a_share', 'ninety')).toMatchObject({ ok: false });
    expect(predictions.predict('listed_end', 'about_a_thousand')).toMatchObject({ ok: false });
    expect(predictions.predict('no_such_question', 1)).toMatchObject({
      refusal: { kind: 'unknownQuestion' },
    });
    expect(predictions.explain('listed_end', 'too early')).toMatchObject({
      refusal: { kind: 'notRevealed', day: 365 },
    });
    expect(predictions.predict('grade_a_share', 85.5)).toEqual({ ok: true });
    expect(predictions.predict('listed_end', 'about_ten')).toEqual({ ok: true });

    await controller.jumpTo(365);
    await controller.whenIdle();
    const [share, listed] = answers().answers;
    expect(share.lockedDay).toBe(365);
    expect(share.prediction).toBe(85.5);
    // This run's figure is the metric read from the town's own series on the reveal day.
    const town = stores.town.getState();
    expect(share.outcome?.values[0]).toBeCloseTo(
      evaluateMetric('100 * finalGrade_A / people', town.metrics, 365, {
        people: town.peopleNames.length,
      }),
      10,
    );
    expect(listed.outcome?.values[0]).toBe(town.metrics.listed[364]);

    // Locked: the interface and window.ledgertown alike are refused.
    expect(predictions.predict('grade_a_share', 10)).toEqual({
      ok: false,
      refusal: { kind: 'locked', id: 'grade_a_share', day: 365 },
    });
    expect(answers().answers[0].prediction).toBe(85.5);

    // Markup is stored as the text typed.
    const markup = '<img src=x onerror="alert(1)"> because **few** are listed';
    expect(predictions.explain('listed_end', markup)).toEqual({ ok: true });
    expect(predictions.explain('listed_end', 'x'.repeat(4001))).toMatchObject({
      refusal: { kind: 'tooLong' },
    });
    expect(predictions.explain('listed_end', 42 as unknown as string)).toMatchObject({
      refusal: { kind: 'notText' },
    });

    // The spread across seeds arrives, and is saved with the answers.
    await predictions.computeSpread();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(stores.predictions.getState().spread.status).toBe('done');
    const spread = answers().answers[1].spread![0];
    // Taken from the scenario's own seed on (as the teacher's guide), whatever seed is played.
    expect(spread.seeds).toEqual([1, 2]);
    expect(spread.min).toBeLessThanOrEqual(spread.median!);

    // A reload: the saved sheet is read back whole, explanation included.
    const saved = readLessonAnswers(
      JSON.parse(storage.getItem(`${PREDICTIONS_KEY}.welcome.yaml`)!),
    );
    expect(saved.ok && saved.answers.answers[1].explanation).toBe(markup);
    const again = open(storage);
    expect(await again.controller.openScenario('welcome.yaml', { seed: 5 })).toBe(true);
    const restored = again.stores.predictions.getState().answers!.answers;
    expect(restored[0]).toMatchObject({ prediction: 85.5, lockedDay: 365 });
    expect(restored[1].explanation).toBe(markup);
    // Still locked after the reload, at day 0 of the replayed run.
    expect(again.stores.clock.getState().day).toBe(0);
    expect(again.predictions.predict('grade_a_share', 20)).toMatchObject({
      refusal: { kind: 'locked' },
    });
  });

  it('a lesson that switches every question off refuses answers and says so in the sheet', async () => {
    const { stores, controller, predictions } = open();
    stores.teacher.setState({
      settings: { ...OPEN_SETTINGS, questionsOff: ['grade_a_share', 'listed_end'] },
    });
    expect(await controller.openScenario('welcome.yaml')).toBe(true);
    expect(predictions.predict('grade_a_share', 90)).toEqual({
      ok: false,
      refusal: { kind: 'switchedOff', id: 'grade_a_share' },
    });
    expect(stores.predictions.getState().answers?.questionsOff).toEqual([
      'grade_a_share',
      'listed_end',
    ]);
  });

  it('sets aside a saved sheet that cannot be read, and says so', async () => {
    const storage = memoryStorage();
    storage.setItem(`${PREDICTIONS_KEY}.welcome.yaml`, '{"version":2}');
    const { stores, controller } = open(storage);
    expect(await controller.openScenario('welcome.yaml')).toBe(true);
    expect(stores.predictions.getState().answers?.answers[0].prediction).toBeNull();
    expect(storage.getItem(`${PREDICTIONS_KEY}.welcome.yaml`)).not.toBe('{"version":2}');
    expect(stores.session.getState().notices.map((n) => n.message.kind)).toContain(
      'progressSetAside',
    );
  });

  it('opens the scenario when storage is full and the saved sheet is corrupt, keeping it', async () => {
    const storage = memoryStorage();
    storage.setItem(`${PREDICTIONS_KEY}.welcome.yaml`, '{corrupt');
    storage.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const { stores, controller } = open(storage);
    expect(await controller.openScenario('welcome.yaml')).toBe(true);
    expect(storage.getItem(`${PREDICTIONS_KEY}.welcome.yaml`)).toBe('{corrupt');
    expect(
      stores.session.getState().notices.find((n) => n.message.kind === 'progressSetAside')?.message,
    ).toMatchObject({ key: `${PREDICTIONS_KEY}.welcome.yaml`, moved: false });
  });
});
