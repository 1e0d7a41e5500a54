/** A metric's name as a player reads it: the roles' own words, else built from the scenario's labels. */
import { localizedLabels } from '../../scenario/localizedText';
import type { Scenario } from '../../scenario/schema';
import { locale, messages } from '../strings';

/** "Wrongly listed", "Acts: selling counterfeit goods", or the metric's id when nothing fits. */
export function metricLabel(metric: string, scenario: Scenario | null): string {
  const m = messages.roles.metrics;
  const named = m.names[metric];
  if (named !== undefined) return named;
  const cut = metric.indexOf('_');
  const kind = metric.slice(0, cut);
  const id = metric.slice(cut + 1);
  const label = localizedLabels(scenario?.translations, locale);
  if (kind === 'acts') {
    return m.acts(
      label('behaviours', id, scenario?.behaviours.find((b) => b.id === id)?.label ?? id),
    );
  }
  if (kind === 'listed') {
    return m.listedOn(
      label('lists', id, scenario?.ruleset.lists.find((l) => l.id === id)?.label ?? id),
    );
  }
  return metric;
}
