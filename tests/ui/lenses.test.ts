import { describe, expect, it } from 'vitest';
import type { Dossier, DossierEntry } from '../../src/engine/types';
import { dossierGaps, entriesForLens } from '../../src/ui/dossier/lenses';

const timeline: DossierEntry[] = [
  { day: 1, type: 'act', behaviour: 'bad_driving', label: 'bad driving', truth: true },
  {
    day: 1,
    type: 'observed',
    behaviour: 'bad_driving',
    label: 'bad driving',
    source: 'cameras',
    basis: 'true',
  },
  { day: 2, type: 'act', behaviour: 'smoking', label: 'smoking', truth: true },
  {
    day: 3,
    type: 'observed',
    behaviour: 'rumours',
    label: 'rumours',
    source: 'platform',
    basis: 'misattributed',
    actualActor: 'p9',
  },
  {
    day: 3,
    type: 'rule',
    rule: 'rumour_rule',
    reason: 'Spreading rumours',
    points: -50,
    score: 950,
    told: false,
  },
  {
    day: 4,
    type: 'observed',
    behaviour: 'default',
    label: 'missed payment',
    source: 'bank',
    basis: 'false',
  },
  {
    day: 4,
    type: 'rule',
    rule: 'default_rule',
    reason: 'Missed a payment',
    points: -10,
    score: 940,
    told: true,
  },
  { day: 5, type: 'grade', from: 'A', to: 'B' },
  { day: 6, type: 'listed', list: 'rumours', wrongful: true, told: false },
  { day: 6, type: 'sanction', consequence: 'no_flights', label: 'refused flights' },
  { day: 9, type: 'refused', service: 'flight', consequence: 'no_flights' },
  { day: 9, type: 'learned', how: 'refused' },
  { day: 12, type: 'delisted', list: 'rumours', why: 'appeal' },
];

const dossier: Dossier = {
  id: 'p1',
  kind: 'person',
  scoreHistory: [1000, 1000, 950, 940, 940, 940],
  grade: 'B',
  lists: [],
  sanctions: [],
  rewards: [],
  knowsListed: true,
  timeline,
};

const types = (entries: { entry: DossierEntry }[]) =>
  entries.map(({ entry }) => `${entry.day}:${entry.type}`);

describe('dossier lenses', () => {
  it('the recorded lens holds the records but not the real acts, and marks nothing', () => {
    const recorded = entriesForLens(dossier, 'recorded', 'reasons');
    expect(recorded.some(({ entry }) => entry.type === 'act')).toBe(false);
    expect(recorded.every(({ flags }) => flags.length === 0)).toBe(true);
    expect(recorded).toHaveLength(timeline.length - 2);
  });

  it('the truth lens marks the mix-up, the false report, the wrongful listing and the unseen act', () => {
    const truth = entriesForLens(dossier, 'truth', 'reasons');
    const flagged = truth
      .filter(({ flags }) => flags.length > 0)
      .map(({ entry, flags }) => `${entry.day}:${entry.type}:${flags.join('+')}`);
    expect(flagged).toEqual([
      '2:act:unseen',
      '3:observed:misattributed',
      '3:rule:untold',
      '4:observed:falseReport',
      '6:listed:wrongful',
    ]);
  });

  it('the told lens shows only what the person was told or found out', () => {
    const told = entriesForLens(dossier, 'told', 'reasons');
    expect(types(told)).toEqual(['4:rule', '5:grade', '9:refused', '9:learned', '12:delisted']);
  });

  it('under "nothing" the person is not even told their grade', () => {
    const told = entriesForLens(dossier, 'told', 'nothing');
    expect(told.some(({ entry }) => entry.type === 'grade')).toBe(false);
  });

  it('counts the gaps between the lenses', () => {
    expect(dossierGaps(dossier)).toEqual({
      misattributed: 1,
      falseReports: 1,
      unseen: 1,
      wrongful: 1,
      untold: 1,
    });
  });
});
