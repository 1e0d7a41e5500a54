/**
 * The facts the town is described by (describeTown.ts puts them into words), for screen readers and
 * for anyone who would rather read than look: how many people, how many on a list, the grades as
 * the system records them, what changed today, and the selected person. The truth (who is wrongly listed) is told only where the game shows it: the
 * map's "Show wrongful listings" switch for the town, the dossier's lens for the selected person,
 * and never while a role keeps it hidden (a citizen before their ending, an appeals officer on
 * shift; their snapshots already leave it out).
 */
import type { AgentId, MetricSeries, TownSnapshot } from '../../engine/types';
import type { Lens } from '../../store/selectionStore';

/**
 * What of the town a description may tell: `truth` adds who is wrongly listed to what the system
 * holds (`system`); `own` is a citizen's view, who sees nobody's grade or lists but their own.
 */
export type TownView = 'truth' | 'system' | 'own';

/** The selected person's listing as the lens and role let it be told. */
export type SelectedListing = 'listed' | 'wrongful' | 'notListed' | 'unknown';

export interface TodayFacts {
  newListings: number;
  /** Null unless the view tells the truth. */
  newWrongful: number | null;
  delistings: number;
  flights: number;
  trains: number;
  schools: number;
  appealsDecided: number;
  appealsGranted: number;
}

export interface SelectedFacts {
  name: string;
  lens: Lens;
  /** Null when the lens or the role does not show it. */
  grade: string | null;
  listing: SelectedListing;
}

export interface TownFacts {
  day: number;
  people: number;
  /** Null in a citizen's view. */
  listed: number | null;
  /** Null unless the view tells the truth. */
  wrongful: number | null;
  /** Per grade, best first; null in a citizen's view. */
  grades: { id: string; count: number }[] | null;
  /** Whose grades those are: the businesses' on a town whose rules rate businesses. */
  gradesOf: 'people' | 'businesses';
  /** Null before the first day and in a citizen's view. */
  today: TodayFacts | null;
  selected: SelectedFacts | null;
}

/** The selected agent and what is known of them beside the snapshot. */
export interface SelectionInput {
  id: AgentId;
  name: string;
  lens: Lens;
  /** The scenario tells people their score (disclosure is not 'nothing'). */
  scoreDisclosed: boolean;
  /** The dossier of this agent when it has been read, else null. */
  dossier: { grade: string; lists: string[]; knowsListed: boolean } | null;
}

export interface TownFactsInput {
  day: number;
  view: TownView;
  /** The role lets the truth about a person be told (through the truth lens). */
  personTruth: boolean;
  snapshot: Pick<TownSnapshot, 'grade' | 'listed' | 'wrongful'> | null;
  /** The scenario's grade ids, best first. */
  gradeIds: readonly string[];
  /** The rules rate businesses (town.businesses.rated): grades are counted from the metrics. */
  ratesBusinesses: boolean;
  metrics: MetricSeries;
  selection: SelectionInput | null;
}

/** The figures a description tells, from the store's snapshot and metrics. */
export function townFacts(input: TownFactsInput): TownFacts {
  const { day, view, snapshot, gradeIds, metrics, ratesBusinesses } = input;
  const system = view !== 'own';
  const truth = view === 'truth';
  let people = 0;
  let listed = 0;
  let wrongful = 0;
  const today = (name: string) => metrics[name]?.[day - 1] ?? 0;
  // People are not scored on a town that rates businesses: the day's census of the businesses is
  // what the system holds. Elsewhere the grades are counted from the map's snapshot below.
  const counts = gradeIds.map((id) => (ratesBusinesses ? today(`grade_${id}`) : 0));
  if (snapshot !== null) {
    people = snapshot.grade.length;
    for (let i = 0; i < people; i++) {
      // A grade past the last is one the role may not see.
      if (!ratesBusinesses && snapshot.grade[i] < counts.length) counts[snapshot.grade[i]]++;
      if (snapshot.listed[i] !== 0) listed++;
      if (snapshot.wrongful[i] !== 0) wrongful++;
    }
  }
  return {
    day,
    people,
    listed: system ? listed : null,
    wrongful: truth ? wrongful : null,
    grades: system ? gradeIds.map((id, k) => ({ id, count: counts[k] })) : null,
    gradesOf: ratesBusinesses ? 'businesses' : 'people',
    today:
      system && day >= 1
        ? {
            newListings: today('newListings'),
            newWrongful: truth ? today('newWrongfulListings') : null,
            delistings: today('delistings'),
            flights: today('flightRefusals'),
            trains: today('trainRefusals'),
            schools: today('schoolRefusals'),
            appealsDecided: today('appealsDecided'),
            appealsGranted: today('appealsGranted'),
          }
        : null,
    selected: input.selection && selectedFacts(input.selection, input),
  };
}

/**
 * The selected agent as the dossier would show them through the same lens: the told lens hides
 * a score the scenario does not disclose and a listing the person does not know of; only the
 * truth lens, where the role allows it, says a listing is wrong.
 */
function selectedFacts(selection: SelectionInput, input: TownFactsInput): SelectedFacts {
  const { id, name, lens, dossier } = selection;
  const { snapshot, gradeIds } = input;
  const index = Number(id.slice(1));
  let grade: string | null = null;
  let listing: SelectedListing = 'unknown';
  if (id.startsWith('p') && snapshot !== null && index < snapshot.grade.length) {
    // A grade past the last is one the role may not see (a citizen looking at someone else).
    grade = gradeIds[snapshot.grade[index]] ?? null;
    if (grade !== null) {
      const wrong = snapshot.wrongful[index] !== 0 && lens === 'truth' && input.personTruth;
      listing = snapshot.listed[index] === 0 ? 'notListed' : wrong ? 'wrongful' : 'listed';
    }
  } else if (dossier !== null) {
    grade = dossier.grade;
    listing = dossier.lists.length > 0 ? 'listed' : 'notListed';
  }
  if (lens === 'told') {
    if (!selection.scoreDisclosed) grade = null;
    if (!(dossier?.knowsListed ?? false)) listing = 'unknown';
  }
  return { name, lens, grade, listing };
}

/** The facts with each grade id given as the page names it (src/ui/gradeName.ts). */
export function withGradeNames(facts: TownFacts, name: (id: string) => string): TownFacts {
  return {
    ...facts,
    grades: facts.grades && facts.grades.map((g) => ({ ...g, id: name(g.id) })),
    selected: facts.selected && {
      ...facts.selected,
      grade: facts.selected.grade === null ? null : name(facts.selected.grade),
    },
  };
}
