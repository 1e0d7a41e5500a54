/**
 * The teacher's guide: its answer key is the figures across seeds the game computes (the same
 * function, the same seeds), worded in both languages, and every shipped scenario has at least
 * two prediction questions tied to metrics, with a timed 45–50 minute plan.
 */
import { describe, expect, it } from 'vitest';
import { figuresAcrossSeeds, figureProblems } from '../../src/engine/claims/figures';
import { buildGuide, guideMarkdown } from '../../src/export/lesson/guide';
import { predictionQuestions } from '../../src/export/lesson/questions';
import { spreadRequests } from '../../src/store/predictionActions';
import { claimSeeds } from '../../src/scenario/claims/claimStats';
import { shippedScenarios } from '../shippedScenarios';

const all = shippedScenarios();
const shipped = all.map((s) => s.fileName);
const load = (file: string) => all.find((s) => s.fileName === file)!.scenario;

describe("the teacher's guide", () => {
  it.each(shipped)('%s: two or more questions, metrics the engine knows, a timed plan', (file) => {
    const scenario = load(file);
    const questions = predictionQuestions(scenario);
    expect(questions.length).toBeGreaterThanOrEqual(2);
    expect(figureProblems(scenario, spreadRequests(questions))).toEqual([]);
    for (const locale of ['en', 'zh-CN']) {
      const guide = buildGuide(scenario, locale, null, [1], { version: 't', hash: 'h' });
      expect(guide.fullLesson.length).toBeGreaterThanOrEqual(5);
      expect(guide.fullLesson.join(' ')).toMatch(/4[5-9]–50|47–50/);
      expect(guide.misconceptions.length).toBeGreaterThanOrEqual(2);
      expect(guide.glossary.length).toBeGreaterThanOrEqual(9);
    }
  });

  it('prints the figures the game computes for the same seeds, in both languages', () => {
    const scenario = load('welcome.yaml');
    const seeds = claimSeeds(scenario.seed, 2);
    const questions = predictionQuestions(scenario);
    const figures = figuresAcrossSeeds(scenario, spreadRequests(questions), seeds);
    const share = figures.grade_a_share;
    const listed = figures.listed_end;
    const en = guideMarkdown(
      buildGuide(scenario, 'en', figures, seeds, { version: 't', hash: 'h' }),
    );
    const f = (v: number, d: number) => v.toLocaleString('en-GB', { maximumFractionDigits: d });
    expect(en).toContain(
      `median ${f(share.median, 1)} % of the town; range ${f(share.min, 1)} to ${f(share.max, 1)}`,
    );
    expect(en).toContain(
      `median ${f(listed.median, 0)}; range ${f(listed.min, 0)} to ${f(listed.max, 0)}`,
    );
    expect(en).toContain('run on 2 seeds (1 to 2)');
    const zh = guideMarkdown(
      buildGuide(scenario, 'zh-CN', figures, seeds, { version: 't', hash: 'h' }),
    );
    expect(zh).toContain(`中位数 ${f(share.median, 1)} 占全镇的 %`);
    expect(zh).toContain('## 术语表');
  });
});
