import { describe, expect, it } from 'vitest';
import { MAX_TABLE_ROWS, chartTable, formatTableValue } from '../../src/ui/components/chartTable';

const series = (days: number, f: (day: number) => number) =>
  Array.from({ length: days }, (_, i) => f(i + 1));

describe('chart data table', () => {
  it('takes day 1, every 7th day after it and the last day, with each line’s value', () => {
    const listed = series(30, (day) => day * 10);
    const wrongful = series(30, (day) => day);
    const { step, rows } = chartTable(30, [{ values: listed }, { values: wrongful }]);
    expect(step).toBe(7);
    expect(rows.map((r) => r.day)).toEqual([1, 8, 15, 22, 29, 30]);
    expect(rows[2]).toEqual({ day: 15, values: [150, 15] });
    expect(rows[5]).toEqual({ day: 30, values: [300, 30] });
  });

  it('does not repeat the last day when it falls on the step', () => {
    expect(chartTable(29, [{ values: series(29, () => 1) }]).rows.map((r) => r.day)).toEqual([
      1, 8, 15, 22, 29,
    ]);
    expect(chartTable(1, [{ values: [5] }]).rows).toEqual([{ day: 1, values: [5] }]);
    expect(chartTable(0, [{ values: [] }]).rows).toEqual([]);
  });

  it('widens the step by whole weeks so a long run stays within the row limit', () => {
    for (const days of [365, 420, 421, 1000, 3650]) {
      const { step, rows } = chartTable(days, [{ values: series(days, (d) => d) }]);
      expect(step % 7).toBe(0);
      expect(rows.length).toBeLessThanOrEqual(MAX_TABLE_ROWS + 1);
      expect(rows[0].day).toBe(1);
      expect(rows[rows.length - 1].day).toBe(days);
      expect(rows[1].day - rows[0].day).toBe(step);
    }
    expect(chartTable(365, [{ values: [] }]).step).toBe(7);
    expect(chartTable(1000, [{ values: [] }]).step).toBe(21);
  });

  it('leaves a gap where a line has no value (shorter series, NaN baseline)', () => {
    const { rows } = chartTable(10, [{ values: [1, 2, 3] }, { values: series(10, () => NaN) }]);
    expect(rows.map((r) => r.values)).toEqual([
      [1, null],
      [null, null],
      [null, null],
    ]);
  });

  it('formats numbers in the page’s locale', () => {
    expect(formatTableValue(12345, 'en-GB')).toBe('12,345');
    expect(formatTableValue(999.8249, 'en-GB')).toBe('999.8');
    expect(formatTableValue(0.456, 'en-GB')).toBe('0.46');
    expect(formatTableValue(3.5, 'en-GB')).toBe('3.5');
    expect(formatTableValue(1234.5, 'de-DE')).toBe('1.234,5');
    expect(formatTableValue(12345, 'zh-CN')).toBe('12,345');
    expect(formatTableValue(null, 'en-GB')).toBe('—');
  });
});
