import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/scenario/schema';
import { messages } from '../../src/ui/strings/en';
import { metricLabel } from '../../src/ui/roles/metricLabel';
import { trailingMean } from '../../src/ui/roles/PlanChart';

const scenario = {
  behaviours: [{ id: 'counterfeit_goods', label: 'Selling counterfeit goods' }],
  ruleset: { lists: [{ id: 'business_blacklist', label: 'Business blacklist' }] },
} as unknown as Scenario;

describe('role figures', () => {
  it('smooths a daily series with a trailing mean, shorter at the start', () => {
    const values = [7, 0, 0, 0, 0, 0, 0, 14, 0];
    expect(trailingMean(values, 7)).toEqual([7, 3.5, 7 / 3, 7 / 4, 7 / 5, 7 / 6, 1, 2, 2]);
    expect(trailingMean([])).toEqual([]);
    expect(trailingMean([30, 0, 0])).toEqual([30, 15, 10]);
  });

  it('names metrics in the roles’ words, else from the scenario’s labels', () => {
    expect(metricLabel('wrongfulListings', scenario)).toBe('People wrongly listed');
    expect(metricLabel('acts_counterfeit_goods', scenario)).toBe('Acts: selling counterfeit goods');
    expect(metricLabel('listed_business_blacklist', scenario)).toBe('On the Business blacklist');
    expect(metricLabel('acts_unknown', scenario)).toBe('Acts: unknown');
    expect(metricLabel('records_x', null)).toBe('records_x');
  });

  it('words changes as signed percentages and bets against what happened', () => {
    const v = messages.roles.verdict;
    expect(v.percent(-0.3)).toBe('−30 %');
    expect(v.percent(0.044)).toBe('+4 %');
    expect(v.percent(0)).toBe('0 %');
    expect(v.percent(null)).toBe('—');
    expect(v.betOff(-0.05, -0.3)).toBe('25 points from what happened');
    expect(v.fromZero(3)).toBe('from none to 3');
  });
});
