import { describe, expect, it } from 'vitest';
import { createSimulation, simulationState } from '../../src/engine/index';
import { adaptationMultiplier } from '../../src/engine/systems/behave';
import { referenceScenario, scenarioOf } from './fixtures';

describe('behave', { timeout: 30_000 }, () => {
  it('does each act at about its base rate, and at most one act a day per agent', () => {
    const scenario = scenarioOf({
      town: { population: 2000 },
      behaviours: [
        {
          id: 'littering',
          label: 'Littering',
          kind: 'harmful',
          rate: 0.05,
          place: 'street',
          minAge: 0,
        },
      ],
    });
    const sim = createSimulation(scenario);
    const s = simulationState(sim);
    sim.run(20);
    const acts = sim.metrics().acts_littering.reduce((a, b) => a + b, 0);
    expect(acts / (2000 * 20)).toBeGreaterThan(0.04);
    expect(acts / (2000 * 20)).toBeLessThan(0.06);
    expect(s.actCount).toBeLessThanOrEqual(s.agents);
  });

  it('lets only people of the right age act (children apply to school, adults do not)', () => {
    const sim = createSimulation(referenceScenario(600, 30));
    sim.run(30);
    for (let i = 0; i < sim.peopleCount; i++) {
      const d = sim.dossier(`p${i}`)!;
      const age = d.person!.age;
      for (const e of d.timeline) {
        if (e.type !== 'act') continue;
        if (e.behaviour === 'applying_school') expect(age).toBeGreaterThanOrEqual(6);
        if (e.behaviour === 'applying_school') expect(age).toBeLessThanOrEqual(17);
        if (e.behaviour === 'bad_driving') expect(age).toBeGreaterThanOrEqual(18);
      }
    }
  });

  it('sends people where their act takes them: a flight means the airport', () => {
    const sim = createSimulation(referenceScenario(800, 10));
    const s = simulationState(sim);
    const airport = s.layout.places.airport;
    let flyers = 0;
    for (let d = 0; d < 10; d++) {
      sim.step();
      const flight = s.compiled.behaviours.ids.indexOf('buying_flight');
      for (let k = 0; k < s.actCount; k++)
        if (s.actBehaviour[k] === flight) {
          flyers++;
          expect(sim.snapshot().place[s.actAgent[k]]).toBe(airport);
        }
    }
    expect(flyers).toBeGreaterThan(0);
  });
});

describe('act slots under adaptation', { timeout: 30_000 }, () => {
  it('suppressing one behaviour removes only its own acts: every other act stays exactly as it was', () => {
    const quiet = {
      rules: [],
      lists: [],
      consequences: [],
      adaptation: { punished: 0, witnessed: 0, recoveryPerDay: 0, rewardSeeking: 0 },
    };
    const free = createSimulation(referenceScenario(800, 90, { ruleset: quiet }));
    const afraid = createSimulation(referenceScenario(800, 90, { ruleset: quiet }));
    const s = simulationState(afraid);
    s.fear.fill(1);
    s.deterred[s.compiled.behaviours.ids.indexOf('bad_driving')] = 1;
    free.run(90);
    afraid.run(90);
    const acts = (sim: typeof free, i: number, driving: boolean) =>
      sim
        .dossier(`p${i}`)!
        .timeline.filter((e) => e.type === 'act' && (e.behaviour === 'bad_driving') === driving)
        .map((e) => e.day);
    let before = 0;
    let after = 0;
    for (let i = 0; i < 800; i++) {
      expect(acts(afraid, i, false)).toEqual(acts(free, i, false));
      const kept = acts(afraid, i, true);
      const all = acts(free, i, true);
      for (const day of kept) expect(all).toContain(day);
      before += all.length;
      after += kept.length;
    }
    expect(after / before).toBeGreaterThan(0.1);
    expect(after / before).toBeLessThan(0.3);
  });
});

describe('adaptation multiplier', { timeout: 30_000 }, () => {
  const make = (disclosure: 'full' | 'reasons' | 'score' | 'nothing') => {
    const sim = createSimulation(
      referenceScenario(100, 5, { ruleset: { opacity: { disclosure } } }),
    );
    return simulationState(sim);
  };
  const id = (s: ReturnType<typeof make>, b: string) => s.compiled.behaviours.ids.indexOf(b);

  it('leaves everything alone without fear', () => {
    const s = make('nothing');
    for (let b = 0; b < s.compiled.behaviours.count; b++)
      if (s.compiled.behaviours.kind[b] !== 2) expect(adaptationMultiplier(s, 0, b)).toBe(1);
  });

  it('under transparent rules suppresses only acts seen punished', () => {
    const s = make('reasons');
    const driving = id(s, 'bad_driving');
    const speech = id(s, 'posting_criticism');
    expect(adaptationMultiplier(s, 0.5, driving)).toBe(1);
    s.deterred[driving] = 1;
    expect(adaptationMultiplier(s, 0.5, driving)).toBeCloseTo(1 - 0.5 * 0.8, 12);
    expect(adaptationMultiplier(s, 0.5, speech)).toBe(1);
  });

  it('under opaque rules also chills speech and harmless acts, by opaqueSpread', () => {
    const s = make('score');
    const speech = id(s, 'posting_criticism');
    const games = id(s, 'video_games');
    const flight = id(s, 'buying_flight');
    expect(adaptationMultiplier(s, 0.5, speech)).toBeCloseTo(1 - 0.5 * 0.8 * 0.7, 12);
    expect(adaptationMultiplier(s, 0.5, games)).toBeCloseTo(1 - 0.5 * 0.8 * 0.7, 12);
    expect(adaptationMultiplier(s, 0.5, flight)).toBe(1);
  });

  it('raises civic acts seen rewarded, up to the slot cap, when rules are public', () => {
    const s = make('full');
    const volunteering = id(s, 'volunteering');
    expect(adaptationMultiplier(s, 0, volunteering)).toBe(1);
    s.rewardSought[volunteering] = 1;
    expect(adaptationMultiplier(s, 0, volunteering)).toBeCloseTo(1.5, 12);
    const hidden = make('nothing');
    hidden.rewardSought[volunteering] = 1;
    expect(adaptationMultiplier(hidden, 1, volunteering)).toBe(1);
  });
});
