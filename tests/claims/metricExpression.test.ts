import { describe, expect, it } from 'vitest';
import {
  checkMetricNames,
  evaluateMetric,
  parseMetricExpression,
} from '../../src/scenario/claims/metricExpression';
import {
  figureStats,
  formatFigure,
  formatRange,
  judgeClaim,
} from '../../src/scenario/claims/claimStats';
import { claimTextParts, fillClaims } from '../../src/scenario/claims/claimText';
import { closestMatch } from '../../src/scenario/suggest';

const series = { flightRefusals: [1, 2, 3, 4], trainRefusals: [0, 1, 0, 1], listed: [5, 6, 7, 8] };

describe('metric expressions', () => {
  it('reads totals and levels at a day, with the summary names and the functions alike', () => {
    expect(evaluateMetric('sum(flightRefusals) / sum(trainRefusals)', series, 4)).toBe(5);
    expect(evaluateMetric('totalFlightRefusals / totalTrainRefusals', series, 4)).toBe(5);
    expect(evaluateMetric('sum(flightRefusals) / sum(trainRefusals)', series, 2)).toBe(3);
    expect(evaluateMetric('last(listed)', series, 3)).toBe(7);
    expect(evaluateMetric('finalListed', series, 4)).toBe(8);
    expect(evaluateMetric('at(listed, 2)', series, 4)).toBe(6);
    expect(evaluateMetric('sum(flightRefusals, day - 1, day)', series, 4)).toBe(7);
    expect(evaluateMetric('-1 + 2 * (3 - 1)', series, 4)).toBe(3);
    expect(evaluateMetric('100 * last(listed) / people', series, 4, { people: 200 })).toBe(4);
    expect(evaluateMetric('max(1, min(sum(trainRefusals), 0))', series, 4)).toBe(1);
  });

  it('gives no value (NaN) for a division by zero', () => {
    expect(evaluateMetric('sum(flightRefusals) / sum(trainRefusals)', series, 1)).toBeNaN();
  });

  it('says what is wrong and where', () => {
    const problem = (text: string) => {
      const parsed = parseMetricExpression(text);
      return parsed.ok ? undefined : parsed.problem;
    };
    expect(problem('sum(flightRefusals')).toEqual({
      message: 'expected ")", found the end',
      offset: 18,
    });
    expect(problem('1 2')?.offset).toBe(2);
    expect(problem('mean(listed)')?.message).toContain('unknown function "mean"');
    expect(problem('last(listed, 2)')?.message).toBe('last() takes 1 argument');
    const parsed = parseMetricExpression('sum(lsited) + totalFlightRefusal');
    if (!parsed.ok) throw new Error('should parse');
    expect(checkMetricNames(parsed.expr, Object.keys(series), closestMatch)).toEqual([
      { offset: 4, message: 'unknown metric "lsited" (did you mean "listed"?)' },
      {
        offset: 14,
        message: 'unknown metric "totalFlightRefusal" (did you mean "totalFlightRefusals"?)',
      },
    ]);
  });
});

describe('claim statistics', () => {
  it('takes the median and range of the runs that gave a value, and judges the median', () => {
    const stats = figureStats([1, 2, 3, 4, 5], [3, NaN, 1, 9, 2]);
    expect(stats).toMatchObject({ median: 2.5, min: 1, max: 9, undefinedRuns: 1 });
    const claim = { id: 'ratio', metric: 'x', min: 2.5, max: 4.6 };
    expect(judgeClaim(claim, stats).pass).toBe(true);
    expect(judgeClaim({ ...claim, min: 2.6 }, stats).pass).toBe(false);
    expect(judgeClaim(claim, figureStats([1], [NaN])).pass).toBe(false);
  });

  it('formats figures by size and quotes claims in texts', () => {
    expect([
      formatFigure(3.2456),
      formatFigure(14.04),
      formatFigure(1234.5),
      formatFigure(NaN),
    ]).toEqual(['3.25', '14', '1235', '–']);
    expect(formatRange(2.5, 4.6)).toBe('2.5–4.6');
    const claims = [
      { id: 'ratio', text: '', metric: 'x', min: 2.5, max: 4.6, about: 3.2, seeds: 20 },
      { id: 'share', text: '', metric: 'x', min: 3, max: 12, unit: '%', seeds: 20 },
    ];
    expect(fillClaims('about {claim:ratio} to 1, {claim:share} wrong, {claim:nope}', claims)).toBe(
      'about 3.2 to 1, 3–12% wrong, {claim:nope}',
    );
    expect(claimTextParts('x {claim:ratio} y', claims)).toEqual([
      { text: 'x ' },
      { text: '3.2', claim: 'ratio' },
      { text: ' y' },
    ]);
  });
});
