/**
 * The comparison part of a hand-in: Compare A/B's last result with its sides named as the student
 * saw them. Apart from handInOf.ts because it needs the workbench and the YAML parser (to name a
 * scenario's variants), which the start screen does not load.
 */
import type { HandInComparison } from '../../export/handIn';
import type { TownStores } from '../../store/townStores';
import { choiceLabel, variantsOf } from '../compare/choices';
import type { Workbench } from '../editor/createWorkbench';

/** The comparison the student ran, or null when none ran (or no workbench was ever made). */
export function comparisonOf(
  stores: TownStores,
  workbench: Workbench | null,
): HandInComparison | null {
  if (workbench === null) return null;
  const result = workbench.compareStore.getState().result;
  if (result === null) return null;
  const c = result.comparison;
  const shipped = workbench.editorStore.getState().shipped;
  const variants = variantsOf(shipped || (stores.session.getState().source?.text ?? ''));
  const others = workbench.otherScenarios();
  return {
    a: choiceLabel(result.choices.a, variants, others),
    b: choiceLabel(result.choices.b, variants, others),
    seed: c.seeds[0] ?? 0,
    days: c.days,
    figures: c.summary.slice(0, 200).map((row) => ({
      name: row.name,
      a: finiteOrNull(row.a),
      b: finiteOrNull(row.b),
      diff: finiteOrNull(row.diff),
    })),
  };
}

const finiteOrNull = (value: number | null) =>
  value !== null && Number.isFinite(value) ? value : null;
