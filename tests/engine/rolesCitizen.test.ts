/**
 * Playing a citizen: a protagonist who chooses exactly what their draws would have done leaves the
 * whole run unchanged (common random numbers hold for everyone); the protagonist is picked the same
 * way in every run; choices are checked; what the protagonist sees respects opacity; moves replay.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, replayMoves, type Simulation } from '../../src/engine/index';
import type { DossierEntry } from '../../src/engine/types';
import { ScenarioSchema, type Scenario } from '../../src/scenario/schema';
import { scenarioLabels } from '../../src/text/labels';
import { words as english } from '../../src/text/en';
import { refusalWords, unavailableWords } from '../../src/text/replies';
import { storyWords } from '../../src/text/story';
import { referenceInput, merge } from './fixtures';

const DAYS = 150;
const POPULATION = 600;

/**
 * Everything a run outputs, part by part: each metric, the snapshot, every dossier (without the
 * protagonist's role label, which only a run that declares roles carries), the feed, the summary.
 */
function output(sim: Simulation): Map<string, string> {
  const parts = new Map<string, string>();
  const metrics = sim.metrics();
  for (const name of Object.keys(metrics))
    parts.set(`metric ${name}`, JSON.stringify(metrics[name]));
  const snap = sim.snapshot();
  parts.set(
    'snapshot',
    JSON.stringify({
      ...snap,
      grade: [...snap.grade],
      score: [...snap.score],
      place: [...snap.place],
    }),
  );
  for (let a = 0; a < sim.peopleCount + sim.businessCount; a++) {
    const id = a < sim.peopleCount ? `p${a}` : `b${a - sim.peopleCount}`;
    const dossier = sim.dossier(id)!;
    const person = dossier.person ? { ...dossier.person, role: undefined } : undefined;
    parts.set(`dossier ${id}`, JSON.stringify({ ...dossier, person }));
  }
  parts.set('feed', JSON.stringify(sim.feed()));
  parts.set('summary', JSON.stringify(sim.summary()));
  return parts;
}

/** The parts where two runs differ (empty when identical), named so a failure stays readable. */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  return keys.filter((k) => a.get(k) !== b.get(k));
}

type Pick = { occupation: string; minAge: number; maxAge: number; district: string };

const base = referenceInput(POPULATION, DAYS);
const personBehaviours = (base.behaviours ?? []).filter((b) => (b.actor ?? 'person') === 'person');

/** The reference town with one protagonist who may do every person act, settle, appeal or stay quiet, daily. */
function withProtagonist(
  pick: Partial<Pick> & { ownsBusiness?: boolean },
  extra: object = {},
): Scenario {
  return ScenarioSchema.parse(
    merge(base, {
      roles: {
        citizen: {
          protagonists: [
            {
              id: 'resident',
              label: 'the resident',
              pick,
              every: 1,
              actions: [
                ...personBehaviours.map((b) => ({
                  id: b.id,
                  label: b.label,
                  do: { behaviour: b.id },
                })),
                { id: 'settle', label: 'Pay', do: { settle: true } },
                { id: 'appeal', label: 'Appeal', do: { appeal: true } },
                { id: 'quiet', label: 'Nothing', do: { stayQuiet: true } },
              ],
              goals: [{ id: 'fly', text: 'Fly', when: 'person.used.flight >= 1' }],
              endings: { win: 'Flew.', lose: 'Did not.', timeout: 'Time.' },
              ...extra,
            },
          ],
        },
      },
    }),
  );
}

/** What a person did each day by their own draws: the act, a settlement, an appeal filed. */
function decisionsOf(timeline: DossierEntry[]): Map<number, string[]> {
  const byDay = new Map<number, string[]>();
  const add = (day: number, what: string) => byDay.set(day, [...(byDay.get(day) ?? []), what]);
  for (const e of timeline) {
    if (e.day === 0) continue;
    if (e.type === 'act') add(e.day, e.behaviour);
    else if (e.type === 'settled') add(e.day, 'settle');
    else if (e.type === 'appealFiled') add(e.day, 'appeal');
  }
  // Several debts settled the same day are one payment.
  for (const [day, list] of byDay) byDay.set(day, [...new Set(list)]);
  return byDay;
}

describe('a citizen who does what their draws would have done', { timeout: 120_000 }, () => {
  it('leaves every metric, dossier, snapshot and feed byte-identical to the observer run', () => {
    const observed = createSimulation(ScenarioSchema.parse(base), 42, { dossiers: 'all' });
    observed.run(DAYS);
    // The first person with a story (listed or settling) whose days are replicable one choice a day,
    // who owns no business, and whom a pick by occupation, age and district finds first.
    const seen = new Set<string>();
    let chosen: { index: number; pick: Pick; days: Map<number, string[]> } | undefined;
    for (let i = 0; i < observed.peopleCount && !chosen; i++) {
      const info = observed.person(`p${i}`)!;
      const key = `${info.occupation}/${info.age}/${info.district}`;
      const first = !seen.has(key);
      seen.add(key);
      if (!first || info.owns.length > 0 || info.age < 18) continue;
      const timeline = observed.dossier(`p${i}`)!.timeline;
      const days = decisionsOf(timeline);
      const replicable = [...days.values()].every((list) => list.length === 1);
      const story =
        timeline.some((e) => e.type === 'listed') && timeline.some((e) => e.type === 'settled');
      if (replicable && story)
        chosen = {
          index: i,
          pick: {
            occupation: info.occupation,
            minAge: info.age,
            maxAge: info.age,
            district: info.district,
          },
          days,
        };
    }
    expect(chosen, 'a listed person who settled, replicable one choice a day').toBeDefined();
    const { index, pick, days } = chosen!;
    const scenario = withProtagonist({ ...pick, ownsBusiness: false });
    // Declaring the role changes nothing by itself (no setup): same run as the plain town.
    const declared = createSimulation(scenario, 42, { dossiers: 'all' });
    expect(declared.roles().protagonists[0].person).toBe(`p${index}`);
    declared.run(DAYS);
    expect(differences(output(declared), output(observed))).toEqual([]);

    const played = createSimulation(scenario, 42, {
      dossiers: 'all',
      role: { kind: 'citizen', protagonist: 'resident' },
    });
    for (let d = 1; d <= DAYS; d++) {
      const what = days.get(d)?.[0] ?? 'quiet';
      const result = played.chooseAction(`p${index}`, what);
      expect(result, `day ${d}: ${what}`).toEqual({ ok: true });
      played.step();
    }
    expect(differences(output(played), output(observed))).toEqual([]);
    // The story had substance: acts, a listing, and a payment all made by choice.
    const kinds = [...days.values()].flat();
    expect(kinds).toContain('settle');
    expect(kinds.filter((k) => k !== 'settle' && k !== 'appeal').length).toBeGreaterThan(3);
  });

  it('changes other people only through the system: a protagonist who stays quiet removes only their own acts', () => {
    const scenario = withProtagonist({ minAge: 30 });
    const observer = createSimulation(scenario, 42, { dossiers: 'all' });
    const quiet = createSimulation(scenario, 42, {
      dossiers: 'all',
      role: { kind: 'citizen', protagonist: 'resident' },
    });
    const me = quiet.roles().protagonists[0].person!;
    observer.run(60);
    for (let d = 0; d < 60; d++) {
      quiet.chooseAction(me, 'quiet');
      quiet.step();
    }
    expect(quiet.dossier(me)!.timeline.filter((e) => e.type === 'act')).toEqual([]);
    const acts = observer.dossier(me)!.timeline.filter((e) => e.type === 'act').length;
    expect(acts).toBeGreaterThan(0);
    // Every other person did exactly the same acts (the draws are the same).
    for (let i = 0; i < observer.peopleCount; i++) {
      const id = `p${i}`;
      if (id === me) continue;
      const actsOf = (sim: Simulation) =>
        JSON.stringify(sim.dossier(id)!.timeline.filter((e) => e.type === 'act'));
      expect(actsOf(quiet), id).toBe(actsOf(observer));
    }
  });
});

describe('choosing', { timeout: 60_000 }, () => {
  const scenario = withProtagonist({ minAge: 30 });

  it('picks the same person in every run, marks them, and refuses choices that do not apply', () => {
    const observer = createSimulation(scenario, 42);
    const sim = createSimulation(scenario, 42, {
      role: { kind: 'citizen', protagonist: 'resident' },
    });
    const me = sim.roles().protagonists[0].person!;
    expect(observer.roles().protagonists[0].person).toBe(me);
    expect(sim.person(me)!.role).toBe('the resident');
    expect(sim.person(me)!.age).toBeGreaterThanOrEqual(30);
    expect(sim.person('p0')!.role === undefined || me === 'p0').toBe(true);
    expect(sim.roles().playing).toEqual({ kind: 'citizen', protagonist: 'resident' });

    const other = me === 'p1' ? 'p2' : 'p1';
    expect(sim.chooseAction(other, 'quiet').ok).toBe(false);
    expect(observer.chooseAction(me, 'quiet').ok).toBe(false);
    const unknown = sim.chooseAction(me, 'dance');
    expect(unknown.ok).toBe(false);
    const actionLabel = (id: string) =>
      sim.roles().protagonists[0].actions.find((a) => a.id === id)?.label ?? id;
    expect(!unknown.ok && refusalWords(unknown.refusal, actionLabel, english)).toContain(
      'choose one of',
    );
    // Nothing owed on day 0: paying is unavailable and says why.
    const pay = sim.chooseAction(me, 'settle');
    expect(pay).toEqual({
      ok: false,
      refusal: { kind: 'unavailable', action: 'settle', reason: { kind: 'nothingOwed' } },
    });
    expect(!pay.ok && refusalWords(pay.refusal, actionLabel, english)).toBe('Pay: nothing is owed');
    const settle = sim.citizenView(me)!.actions.find((a) => a.id === 'settle');
    expect(settle).toMatchObject({ available: false, reason: { kind: 'nothingOwed' } });
    expect(unavailableWords(settle!.reason!, english)).toBe('nothing is owed');
    expect(sim.citizenView(other)).toBeUndefined();
    expect(sim.goalStatus(other)).toBeUndefined();
  });

  it('does the chosen act on the next day only, and nothing on days without a choice', () => {
    const sim = createSimulation(scenario, 42, {
      role: { kind: 'citizen', protagonist: 'resident' },
    });
    const me = sim.roles().protagonists[0].person!;
    expect(sim.chooseAction(me, 'buying_flight')).toEqual({ ok: true });
    expect(sim.citizenView(me)!.chosen).toBe('buying_flight');
    sim.run(10);
    const acts = sim.dossier(me)!.timeline.filter((e) => e.type === 'act');
    expect(acts.map((e) => [e.day, e.type === 'act' && e.behaviour])).toEqual([
      [1, 'buying_flight'],
    ]);
    expect(sim.citizenView(me)!.chosen).toBeNull();
    const status = sim.goalStatus(me)!;
    expect(status.goals[0].metDay).toBe(1);
    expect(status.ending).toEqual({ kind: 'win', day: 1, text: 'Flew.' });
    const story = storyWords(status.story, scenarioLabels(scenario, 'en'), english);
    expect(story.join(' ')).toContain('buying a flight ticket');
  });

  it('rejects a role the scenario does not declare, naming the fix', () => {
    expect(() =>
      createSimulation(scenario, 42, { role: { kind: 'citizen', protagonist: 'mayor' } }),
    ).toThrow(/no protagonist "mayor".*declared: resident/);
    expect(() => createSimulation(scenario, 42, { role: { kind: 'appealsOfficer' } })).toThrow(
      /declares no roles.appealsOfficer/,
    );
    const nobody = withProtagonist({ minAge: 119 });
    expect(createSimulation(nobody, 42).roles().protagonists[0].person).toBeNull();
    expect(() =>
      createSimulation(nobody, 42, { role: { kind: 'citizen', protagonist: 'resident' } }),
    ).toThrow(/nobody in this town fits/);
  });

  it('replays a played run from its moves to the same state', () => {
    const play = (sim: Simulation, me: string) => {
      const policy = ['buying_train', 'quiet', 'posting_criticism', 'buying_flight'];
      for (let d = 0; d < 40; d++) {
        if (d % 3 === 0) sim.chooseAction(me, policy[(d / 3) % policy.length]);
        sim.step();
      }
    };
    const role = { kind: 'citizen' as const, protagonist: 'resident' };
    const first = createSimulation(scenario, 42, { role });
    const me = first.roles().protagonists[0].person!;
    play(first, me);
    first.chooseAction(me, 'buying_train'); // a choice made on the last day, for the day after
    const again = createSimulation(scenario, 42, { role });
    expect(replayMoves(again, first.moves(), first.day)).toEqual({ ok: true });
    expect(again.day).toBe(first.day);
    expect(differences(output(again), output(first))).toEqual([]);
    expect(again.citizenView(me)).toEqual(first.citizenView(me));
    expect(again.goalStatus(me)).toEqual(first.goalStatus(me));
    expect(structuredClone(first.moves())).toEqual(first.moves());
  });
});
