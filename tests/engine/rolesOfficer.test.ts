/**
 * The appeals officer: appeals wait for the player; each case shows what the system recorded (never
 * its basis), a statement written from the truth and sometimes a hint; decisions take effect the next
 * day within the quota; the debrief counts wrong listings that stood and right ones that fell against
 * the truth. Until the office would have decided its first appeal, the run is the observer's run.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createSimulation,
  replayMoves,
  simulationState,
  type Simulation,
} from '../../src/engine/index';
import type { AppealCase } from '../../src/engine/types';
import { loadScenario } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';
import { words as english } from '../../src/text/en';
import { scenarioLabels } from '../../src/text/labels';
import { clueWords, pleaWords } from '../../src/text/replies';
import { scenarioOf } from './fixtures';

/** What the appellant says, and the hint in their file, in English. */
function wordsOf(sim: Simulation, c: AppealCase): { statement: string; hint: string | null } {
  const labels = scenarioLabels(simulationState(sim).scenario, 'en');
  return {
    statement: pleaWords(c.plea, labels.behaviour, english),
    hint: c.clue && clueWords(c.clue, labels.district, english),
  };
}

function scenario(file: string): Scenario {
  const loaded = loadScenario(readFileSync(`scenarios/${file}.yaml`, 'utf8'), file);
  if (!loaded.ok) throw new Error(`${file}: ${JSON.stringify(loaded.errors[0])}`);
  return loaded.scenario;
}

const recorded = scenario('everything-recorded');
const officer = () =>
  createSimulation(recorded, recorded.seed, { role: { kind: 'appealsOfficer' } });

/** Run the year deciding every open case with `decide` (null: leave it); every case seen, by id. */
function runDesk(
  sim: Simulation,
  decide: (c: AppealCase) => boolean | null,
  days = recorded.days,
): Map<string, AppealCase> {
  const seen = new Map<string, AppealCase>();
  const quota = sim.roles().appealsOfficer!.quota;
  while (sim.day < days) {
    let made = 0;
    for (const c of sim.appealCases()) {
      if (!seen.has(c.id)) seen.set(c.id, c);
      const grant = decide(c);
      if (grant !== null && made < quota) {
        expect(sim.decideAppeal(c.id, grant)).toEqual({ ok: true });
        made++;
      }
    }
    sim.step();
  }
  return seen;
}

/** The truth behind a case: was the listing wrongful, and what was the record's basis? */
function truthOf(sim: Simulation, c: AppealCase): { wrongful: boolean; basis: string } {
  const timeline = sim.dossier(c.appellant)!.timeline;
  const listed = timeline.filter((e) => e.type === 'listed' && e.day === c.listedDay).pop();
  const cause = c.records.find((r) => r.cause)!;
  const observed = timeline.find(
    (e) => e.type === 'observed' && e.day === cause.day && e.behaviour === cause.behaviour,
  );
  return {
    wrongful: listed?.type === 'listed' && listed.wrongful,
    basis: observed?.type === 'observed' ? observed.basis : 'none',
  };
}

describe('the appeals officer (everything-recorded)', { timeout: 180_000 }, () => {
  it('leaves the run as the office would until the office would have decided its first appeal', () => {
    const observer = createSimulation(recorded, recorded.seed);
    observer.run(recorded.days);
    const desk = officer();
    runDesk(desk, () => null);
    const decided = observer.metrics().appealsDecided;
    const first = decided.findIndex((n) => n > 0);
    expect(first).toBeGreaterThan(0);
    const a = observer.metrics();
    const b = desk.metrics();
    for (const name of Object.keys(a))
      expect(b[name].slice(0, first), name).toEqual(a[name].slice(0, first));
    // Afterwards the undecided queue only grows.
    expect(b.appealsDecided.every((n) => n === 0)).toBe(true);
    expect(b.appealBacklog[recorded.days - 1]).toBe(b.appealsFiled.reduce((x, y) => x + y, 0));
    const debrief = desk.officerDebrief();
    expect(debrief.decisions).toBe(0);
    expect(debrief.backlog).toBe(b.appealBacklog[recorded.days - 1]);
    expect(debrief.oldestWaiting).toBeGreaterThan(14);
    expect(debrief.pressure.waitMet).toBe(false);
  });

  it('shows what was recorded and what the appellant says, written from the truth, never the basis', () => {
    const sim = officer();
    const cases = [...runDesk(sim, () => false).values()];
    expect(cases.length).toBeGreaterThan(20);
    let wrongful = 0;
    for (const c of cases) {
      expect(c.records.filter((r) => r.cause)).toHaveLength(1);
      expect(JSON.stringify(c)).not.toMatch(/basis|misattributed|wrongful/);
      const truth = truthOf(sim, c);
      const { statement, hint } = wordsOf(sim, c);
      if (truth.wrongful) wrongful++;
      if (truth.wrongful && truth.basis === 'misattributed')
        expect(statement).toMatch(`That was another ${c.name}`);
      if (truth.wrongful && truth.basis === 'false')
        expect(statement).toMatch(/^I never did what this record says/);
      if (!truth.wrongful)
        expect(statement).toMatch(
          c.impression === 'contrite' ? /sorry|I owe it/ : /^I never did|terms were unfair/,
        );
      if (hint && !truth.wrongful) expect(hint).toMatch(/confirms/);
      if (hint && truth.wrongful) expect(hint).not.toMatch(/confirms/);
    }
    expect(wrongful).toBeGreaterThan(0);
    const hinted = cases.filter((c) => c.clue !== null).length;
    expect(hinted).toBeGreaterThan(0);
    expect(hinted).toBeLessThan(cases.length);
  });

  it('debriefs against the truth: granting everything topples right listings, denying lets wrong ones stand', () => {
    const grantAll = officer();
    const granted = runDesk(grantAll, () => true);
    const denyAll = officer();
    runDesk(denyAll, () => false);
    const g = grantAll.officerDebrief();
    const d = denyAll.officerDebrief();
    const wrongfulOf = (sim: Simulation) =>
      sim.officerDebrief().cases.filter((c) => c.wrongful).length;
    expect(g.decisions).toBe(granted.size);
    expect(g.granted).toBe(g.decisions);
    expect(g.wrongStood).toBe(0);
    expect(g.rightFell).toBe(g.decisions - wrongfulOf(grantAll));
    expect(g.grantRate).toBe(1);
    expect(g.pressure.grantRateMet).toBe(false);
    expect(d.denied).toBe(d.decisions);
    expect(d.rightFell).toBe(0);
    expect(d.wrongStood).toBe(wrongfulOf(denyAll));
    expect(d.wrongStood).toBeGreaterThan(0);
    expect(d.correct).toBe(d.decisions - d.wrongStood);
    expect(d.pressure.grantRateMet).toBe(true);
    expect(d.maxDaysWaited).toBeLessThanOrEqual(1);
    expect(d.pressure.waitMet).toBe(true);
    // Granted appeals take people off the list; the metrics count them.
    expect(grantAll.metrics().appealsGranted.reduce((x, y) => x + y, 0)).toBe(g.granted);
    expect(structuredClone(g)).toEqual(g);
  });

  it('takes a decision effect the next day, within the quota, and replays from the moves', () => {
    const sim = officer();
    while (sim.appealCases().length < 1) sim.step();
    const [c] = sim.appealCases();
    expect(sim.decideAppeal(c.id, true)).toEqual({ ok: true });
    expect(sim.appealCases()[0].decision).toBe(true);
    expect(sim.decideAppeal(c.id, false)).toEqual({ ok: true }); // changed before the day ends
    expect(sim.appealCases()[0].decision).toBe(false);
    expect(sim.dossier(c.appellant)!.lists).toContain(c.list);
    sim.step();
    expect(sim.appealCases().find((x) => x.id === c.id)).toBeUndefined();
    const decided = sim.dossier(c.appellant)!.timeline.filter((e) => e.type === 'appealDecided');
    expect(decided).toEqual([
      expect.objectContaining({ day: sim.day, granted: false, list: c.list }),
    ]);
    expect(sim.decideAppeal('p0-nothing-1', true)).toMatchObject({ ok: false });

    // Quota: three decisions a day at most.
    const busy = officer();
    while (busy.appealCases().length < 4) busy.step();
    const open = busy.appealCases();
    for (const x of open.slice(0, 3)) expect(busy.decideAppeal(x.id, true).ok).toBe(true);
    const over = busy.decideAppeal(open[3].id, true);
    expect(over).toMatchObject({ ok: false });
    expect(!over.ok && over.refusal).toEqual({ kind: 'quotaUsed', quota: 3 });
    busy.run(5);
    const again = officer();
    expect(replayMoves(again, busy.moves(), busy.day)).toEqual({ ok: true });
    expect(again.metrics()).toEqual(busy.metrics());
    expect(again.officerDebrief()).toEqual(busy.officerDebrief());

    const observer = createSimulation(recorded, recorded.seed);
    expect(observer.appealCases()).toEqual([]);
    expect(observer.decideAppeal('x', true)).toMatchObject({ ok: false });
  });
});

describe('a same-name mix-up before the officer', { timeout: 60_000 }, () => {
  it('names the namesake, with the hint the file holds', () => {
    const town = scenarioOf({
      days: 120,
      town: { population: 400, names: { surnames: 2, givenNames: 3 } },
      behaviours: [
        { id: 'littering', label: 'Littering', kind: 'harmful', rate: 0.01, place: 'street' },
      ],
      surveillance: {
        sources: [
          { id: 'cameras', label: 'Cameras', sees: ['street'], coverage: 0.5, misattribution: 0.5 },
        ],
      },
      ruleset: {
        lists: [
          { id: 'litterers', label: 'Litterers', kind: 'blacklist', entry: { on: ['littering'] } },
        ],
        opacity: { disclosure: 'full' },
        appeals: { fileRate: 1 },
      },
      roles: { appealsOfficer: { hintChance: 1 } },
    });
    const sim = createSimulation(town, town.seed, { role: { kind: 'appealsOfficer' } });
    const cases = [...runDesk(sim, () => true, 60).values()];
    // Wrongful listings resting on someone else's act (a namesake may also have done it themselves).
    const mixUps = cases.filter((c) => {
      const truth = truthOf(sim, c);
      return truth.wrongful && truth.basis === 'misattributed';
    });
    expect(mixUps.length).toBeGreaterThan(0);
    for (const c of mixUps) {
      const { statement, hint } = wordsOf(sim, c);
      expect(statement).toBe(
        `That was another ${c.name}, not me. The record says "littering"; I have never done it.`,
      );
      expect(hint).toMatch(/fit someone aged|was made in|exactly this name/);
    }
    expect(cases.every((c) => c.clue !== null)).toBe(true);
  });
});

describe('the officer roles declared in the library', { timeout: 60_000 }, () => {
  it('run in journalist and defaulters too, with the pressure the file states', () => {
    for (const file of ['journalist', 'defaulters']) {
      const sc = scenario(file);
      const sim = createSimulation(sc, sc.seed, { role: { kind: 'appealsOfficer' } });
      const info = sim.roles().appealsOfficer!;
      expect(info.quota).toBe(sc.roles.appealsOfficer!.quota);
      expect(info.pressure.maxGrantRate).not.toBeNull();
      expect(info.pressure.maxWaitDays).not.toBeNull();
      sim.run(30);
      expect(sim.officerDebrief().day).toBe(30);
    }
  });
});
