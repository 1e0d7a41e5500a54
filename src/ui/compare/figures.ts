/** The comparison's summary figures in words and numbers: which come first, what each one is. */
import { localizedScenarioText, type LabelGroup } from '../../scenario/localizedText';
import type { Scenario } from '../../scenario/schema';
import { gradeName } from '../gradeName';
import { intlLocale, locale, messages } from '../strings';

/** The figures a class looks at first, in this order; the rest follow on request. */
export const KEY_FIGURES: readonly string[] = [
  'finalListed',
  'totalNewListings',
  'totalNewWrongfulListings',
  'totalFlightRefusals',
  'totalTrainRefusals',
  'totalSchoolRefusals',
  'finalFamiliesAffected',
  'totalAppealsFiled',
  'totalAppealsGranted',
  'totalSpeechActs',
  'totalHarmfulActs',
  'totalCivicActs',
  'finalMeanScore',
  'finalMeanFear',
];

/** A summary figure's name in words, using the scenario's labels for its ids. */
export function figureLabel(name: string, scenario: Scenario | null): string {
  const f = messages.compare.figures;
  const known = f.names[name];
  if (known !== undefined) return known;
  const text = scenario && localizedScenarioText(scenario, locale);
  // The scenario's label for an id, in the page's language where the file translates it.
  const label = (
    group: LabelGroup,
    items: { id: string; label?: string; name?: string }[],
    id: string,
  ) => {
    const item = items.find((i) => i.id === id);
    const english = item?.label ?? item?.name ?? id;
    return text ? text.label(group, id, english) : english;
  };
  const [prefix, id] = splitName(name);
  const s = scenario;
  switch (prefix) {
    case 'finalGrade':
      return f.grade(gradeName(s, id));
    case 'finalListed':
      return f.onList(s ? label('lists', s.ruleset.lists, id) : id);
    case 'totalActs':
      return f.acts(s ? label('behaviours', s.behaviours, id) : id);
    case 'totalRecords':
      return f.records(s ? label('behaviours', s.behaviours, id) : id);
    case 'finalListedShare':
      return f.listedShare(s ? label('districts', s.town.districts, id) : id);
    default:
      return name;
  }
}

function splitName(name: string): [string, string] {
  const at = name.indexOf('_');
  return at < 0 ? [name, ''] : [name.slice(0, at), name.slice(at + 1)];
}

/** A figure as shown: whole numbers with separators, others with up to two decimals. */
export function formatFigure(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return value.toLocaleString(intlLocale, {
    maximumFractionDigits: Math.abs(value) >= 100 ? 0 : 2,
  });
}

/** A difference with its sign (a true minus sign), or "0". */
export function formatDifference(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const rounded = Number(value.toFixed(Math.abs(value) >= 100 ? 0 : 2));
  if (rounded === 0) return '0';
  return `${rounded > 0 ? '+' : '−'}${formatFigure(Math.abs(rounded))}`;
}
