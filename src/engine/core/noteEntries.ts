/**
 * The entries of compact dossier notes (dossier.ts): built from the record log and the compiled
 * scenario when a timeline is read, field for field as the systems once built them when noting.
 */
import type { CompiledScenario } from './compile';
import { NOTE_ACT, NOTE_GRADE, NOTE_OBSERVED, NOTE_RULE, type NoteDecoder } from './dossier';
import { BASIS_NAMES, type RecordLog } from './records';
import type { DossierEntry } from '../types';

/** The dossier entry of record r (people: how many of the agents are people, for agent ids). */
export function recordEntry(
  compiled: CompiledScenario,
  records: RecordLog,
  people: number,
  r: number,
): DossierEntry {
  const b = records.behaviour[r];
  const basis = BASIS_NAMES[records.basis[r]];
  const actor = records.actor[r];
  return {
    day: records.day[r],
    type: 'observed' as const,
    behaviour: compiled.behaviours.ids[b],
    label: compiled.behaviours.labels[b],
    source: compiled.sources[records.source[r]].id,
    basis,
    ...(basis === 'misattributed'
      ? { actualActor: actor < people ? `p${actor}` : `b${actor - people}` }
      : {}),
  };
}

/** The decoder of a run's compact notes. */
export function noteDecoder(
  compiled: CompiledScenario,
  records: RecordLog,
  people: number,
): NoteDecoder {
  return (kind, day, x, y, value) => {
    switch (kind) {
      case NOTE_ACT:
        return {
          day,
          type: 'act',
          behaviour: compiled.behaviours.ids[x],
          label: compiled.behaviours.labels[x],
          truth: true,
        };
      case NOTE_OBSERVED:
        return recordEntry(compiled, records, people, x);
      case NOTE_RULE: {
        const rule = compiled.rules[x];
        return {
          day,
          type: 'rule',
          rule: rule.id,
          reason: rule.reason,
          points: rule.points,
          score: value,
          told: rule.told,
        };
      }
      case NOTE_GRADE:
        return { day, type: 'grade', from: compiled.grades.ids[x], to: compiled.grades.ids[y] };
      default:
        throw new Error(`dossier: unknown note kind ${kind}`);
    }
  };
}
