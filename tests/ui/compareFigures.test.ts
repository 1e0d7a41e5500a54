import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { choiceLabel, choiceOptions, variantsOf } from '../../src/ui/compare/choices';
import { figureLabel, formatDifference, formatFigure } from '../../src/ui/compare/figures';

const text = readFileSync(join(__dirname, '../../scenarios/welcome.yaml'), 'utf8');
const loaded = loadScenario(text, 'welcome.yaml');
const scenario = loaded.ok ? loaded.scenario : null;

describe('compare figures', () => {
  it('names figures in words, using the scenario’s own labels for its ids', () => {
    expect(figureLabel('totalNewWrongfulListings', scenario)).toBe('Wrongful listings');
    expect(figureLabel('finalListed_defaulters', scenario)).toBe(
      'On “Court list of judgment defaulters” at the end',
    );
    expect(figureLabel('totalActs_bad_driving', scenario)).toBe(
      'Driving badly (a traffic ticket): acts',
    );
    expect(figureLabel('finalGrade_A', scenario)).toBe('In grade A at the end');
    expect(figureLabel('somethingNew', scenario)).toBe('somethingNew');
  });

  it('writes differences with a sign and a true minus', () => {
    expect(formatDifference(-1669)).toBe('−1,669');
    expect(formatDifference(3.5449)).toBe('+3.54');
    expect(formatDifference(0.001)).toBe('0');
    expect(formatDifference(null)).toBe('—');
    expect(formatFigure(996.8225)).toBe('997');
    expect(formatFigure(0.0294)).toBe('0.03');
  });
});

describe('compare choices', () => {
  it('offers the scenario’s own rule sets for A, and other scenarios’ rules for B only', () => {
    const variants = variantsOf(text);
    expect(variants).toEqual([{ id: 'no_rewards', title: 'Deductions only (no rewards)' }]);
    const others = [{ fileName: 'journalist.yaml', title: 'The journalist' }];
    expect(choiceOptions('a', variants, others).map((o) => o.value)).toEqual([
      'shipped',
      'edited',
      'variant:no_rewards',
    ]);
    expect(choiceOptions('b', variants, others).map((o) => o.label)).toEqual([
      'As shipped',
      'Your edited rules',
      'Variant: Deductions only (no rewards)',
      'Rules of “The journalist”',
    ]);
    expect(choiceLabel({ kind: 'variant', id: 'gone' }, variants, others)).toBe('Variant: gone');
    expect(variantsOf('a: [')).toEqual([]);
  });
});
