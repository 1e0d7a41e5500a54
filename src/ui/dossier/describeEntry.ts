/**
 * A dossier entry in words: the scenario's own labels (in the page's language where the scenario
 * translates them) for behaviours, sources, rules, grades, lists and consequences, and the ids of
 * other people it points at (rendered as links to their dossiers).
 */
import type { AgentId, DossierEntry } from '../../engine/types';
import type { Scenario } from '../../scenario/schema';
import { scenarioLabels as labelsIn, type ScenarioLabels } from '../../text/labels';
import { locale, messages, type Messages } from '../strings';

export type { ScenarioLabels } from '../../text/labels';

export interface EntryText {
  kind: string;
  text: string;
  /** Extra lines, some naming another agent. */
  notes: { text: string; agent?: AgentId }[];
}

/** The id → label lookups of a scenario in the page's language (src/text/labels.ts). */
export function scenarioLabels(scenario: Scenario, language: string = locale): ScenarioLabels {
  return labelsIn(scenario, language);
}

/** The words for one entry; `truth` adds what only the truth lens knows (mismatches). */
export function describeEntry(
  entry: DossierEntry,
  labels: ScenarioLabels,
  truth: boolean,
  words: Messages = messages,
): EntryText {
  const m = words.entry;
  const kind = m.kinds[entry.type];
  switch (entry.type) {
    case 'act':
      return { kind, text: m.act(labels.behaviour(entry.behaviour)), notes: [] };
    case 'observed': {
      const notes: EntryText['notes'] = [];
      if (truth && entry.basis === 'misattributed') {
        notes.push({ text: m.misattributed, agent: entry.actualActor });
      }
      if (truth && entry.basis === 'false') notes.push({ text: m.falseReport });
      return {
        kind,
        text: m.observed(labels.behaviour(entry.behaviour), labels.source(entry.source)),
        notes,
      };
    }
    case 'rule':
      return {
        kind,
        text: m.rule(labels.rule(entry.rule), entry.points),
        notes: [{ text: m.scoreAfter(entry.score) }].concat(
          entry.told ? [] : [{ text: m.ruleUntold }],
        ),
      };
    case 'grade':
      return { kind, text: m.grade(labels.grade(entry.from), labels.grade(entry.to)), notes: [] };
    case 'notice':
      return { kind, text: m.notice(labels.list(entry.list)), notes: [] };
    case 'listed': {
      const notes: EntryText['notes'] = [{ text: m.cause(listingCause(entry, labels, m)) }];
      if (truth && entry.record) notes.push({ text: m.causeBasis[entry.record.basis] });
      if (truth && entry.wrongful) notes.push({ text: m.listedWrongful });
      if (!entry.told) notes.push({ text: m.listedUntold });
      return { kind, text: m.listed(labels.list(entry.list)), notes };
    }
    case 'delisted':
      return {
        kind,
        text: m.delisted(labels.list(entry.list), m.delistedWhy[entry.why] ?? entry.why),
        notes: [],
      };
    case 'sanction':
      return {
        kind,
        text: m.sanction(labels.consequence(entry.consequence)),
        notes: entry.via === undefined ? [] : [{ text: m.sanctionVia, agent: entry.via }],
      };
    case 'sanctionLifted':
      return { kind, text: m.sanctionLifted(labels.consequence(entry.consequence)), notes: [] };
    case 'reward':
      return { kind, text: m.reward(labels.consequence(entry.consequence)), notes: [] };
    case 'refused':
      return {
        kind,
        text: m.refused(m.services[entry.service] ?? entry.service),
        notes: [
          { text: m.under(labels.consequence(entry.consequence)) },
          ...(entry.via === undefined ? [] : [{ text: m.sanctionVia, agent: entry.via }]),
        ],
      };
    case 'settled':
      return { kind, text: m.settled(labels.behaviour(entry.behaviour)), notes: [] };
    case 'learned':
      return { kind, text: m.learned(m.learnedHow[entry.how] ?? entry.how), notes: [] };
    case 'appealFiled':
      return { kind, text: m.appealFiled(labels.list(entry.list)), notes: [] };
    case 'appealDecided': {
      const notes: EntryText['notes'] = [];
      if (!entry.sincere) notes.push({ text: m.appealInsincere });
      if (truth && entry.wrongful) notes.push({ text: m.appealWasWrongful });
      return { kind, text: m.appealDecided(labels.list(entry.list), entry.granted), notes };
    }
  }
}

/** The record a listing rests on, or the list's condition when no record put them on it. */
function listingCause(
  entry: Extract<DossierEntry, { type: 'listed' }>,
  labels: ScenarioLabels,
  m: Messages['entry'],
): string {
  const record = entry.record;
  if (record === undefined) return m.causeCondition;
  const behaviour = labels.behaviour(record.behaviour);
  return entry.atStart
    ? m.causeRecordAtStart(record.number, behaviour)
    : m.causeRecord(record.number, behaviour, labels.source(record.source), record.day);
}
