/**
 * The town in words (the facts of townFacts.ts in the page's language): the town, what changed
 * today, the selected person.
 */
import type { Lens } from '../../store/selectionStore';
import type { Messages } from '../strings';
import type { TodayFacts, TownFacts } from './townFacts';

/** The description's sentences: the town, what changed today, the selected person. */
export interface TownDescriptionText {
  town: string;
  today: string | null;
  selected: string | null;
}

/** Puts the facts into words in the page's language. */
export function describeTown(
  facts: TownFacts,
  m: Messages['townDescription'],
  lensNames: Record<Lens, string>,
): TownDescriptionText {
  const town = [m.people(facts.people)];
  if (facts.listed === null || facts.grades === null) town.push(m.ownOnly);
  else
    town.push(
      m.listed(facts.listed, facts.wrongful),
      facts.gradesOf === 'businesses' ? m.businessGrades(facts.grades) : m.grades(facts.grades),
    );
  const selected = facts.selected;
  return {
    town: m.sentences(town),
    today: facts.today === null ? (facts.day < 1 ? m.notStarted : null) : todayText(facts.today, m),
    selected:
      selected &&
      m.selected(selected.name, lensNames[selected.lens], selected.grade, selected.listing),
  };
}

function todayText(today: TodayFacts, m: Messages['townDescription']): string {
  const parts: string[] = [];
  if (today.newListings > 0) parts.push(m.newListings(today.newListings, today.newWrongful));
  if (today.delistings > 0) parts.push(m.delistings(today.delistings));
  if (today.flights + today.trains + today.schools > 0) {
    parts.push(m.refused(today.flights, today.trains, today.schools));
  }
  if (today.appealsDecided > 0) parts.push(m.appeals(today.appealsDecided, today.appealsGranted));
  return m.today(parts);
}
