/**
 * Every shipped protagonist can be played to an ending with a fixed policy of choices (deterministic:
 * same scenario, seed and choices, same ending), both winning and losing endings are reachable, the
 * ending's explanation tells the chain from the dossier, and what the protagonist sees before the end
 * respects the scenario's opacity.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, type Simulation } from '../../src/engine/index';
import type { GoalStatus } from '../../src/engine/types';
import { loadScenario } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';
import { words as english } from '../../src/text/en';
import { scenarioLabels } from '../../src/text/labels';
import { refusalWords } from '../../src/text/replies';
import { storyWords } from '../../src/text/story';

function scenario(file: string): Scenario {
  const loaded = loadScenario(readFileSync(`scenarios/${file}.yaml`, 'utf8'), file);
  if (!loaded.ok) throw new Error(`${file}: ${JSON.stringify(loaded.errors[0])}`);
  return loaded.scenario;
}

/** A protagonist's status with its story in English sentences. */
type Told = GoalStatus & { sentences: string[] };

interface Played {
  sim: Simulation;
  me: string;
  status: Told;
}

/**
 * Play a protagonist week by week: `policy[w]` is the choice for week w (the last one repeats),
 * until an ending is reached; returns the run, the protagonist and their final status.
 */
function play(file: string, protagonist: string, policy: string[]): Played {
  const sc = scenario(file);
  const sim = createSimulation(sc, sc.seed, { role: { kind: 'citizen', protagonist } });
  const me = sim.roles().protagonists.find((p) => p.id === protagonist)!.person!;
  let week = 0;
  while (sim.day < sc.days) {
    const action = policy[Math.min(week++, policy.length - 1)];
    const result = sim.chooseAction(me, action);
    if (!result.ok)
      throw new Error(`day ${sim.day}: ${refusalWords(result.refusal, (id) => id, english)}`);
    sim.run(7);
    if (sim.goalStatus(me)!.ending) break;
  }
  const status = sim.goalStatus(me)!;
  const sentences = storyWords(status.story, scenarioLabels(sc, 'en'), english);
  return { sim, me, status: { ...status, sentences } };
}

const text = (status: Told): string => status.sentences.join('\n');

describe('the delivery driver (defaulters)', { timeout: 120_000 }, () => {
  it('boards the train after paying, and explains the listing that stood in the way', () => {
    const { status } = play('defaulters', 'driver', ['pay', 'train']);
    expect(status.ending).toMatchObject({ kind: 'win', day: 8 });
    expect(status.goals[0].metDay).toBe(8);
    expect(text(status)).toMatch(/put on the List of judgment defaulters/);
    expect(text(status)).toMatch(/owed for "ignoring a court judgment.*" was settled/);
    expect(text(status)).toMatch(/taken off the List of judgment defaulters \(settled\)/);
    expect(status.chain.every((e) => e.subject.startsWith('p'))).toBe(true);
  });

  it('misses the deadline without paying: refused at every attempt', () => {
    const { status } = play('defaulters', 'driver', ['train']);
    expect(status.ending).toMatchObject({ kind: 'lose', day: 56 });
    expect(status.goals[0].failedDay).toBe(56);
    expect(text(status)).toMatch(/Days 1, 8, 15 and 5 more .*refused \(train\)/);
  });
});

describe('the student whose father owes a bank (fathers-debt)', { timeout: 120_000 }, () => {
  it('gets the place once the family pays, and the explanation follows the refusal to the father', () => {
    const { sim, me, status } = play('fathers-debt', 'student', ['family_pays', 'apply']);
    expect(status.ending?.kind).toBe('win');
    const father = sim.roles().protagonists[0].setupTarget!;
    expect(sim.person(father)!.family).toContain(me);
    const name = sim.person(father)!.name;
    expect(text(status)).toContain(`What happened to ${name}, whose listing reached you:`);
    expect(text(status)).toContain(
      `${name} was taken off the List of judgment defaulters (settled)`,
    );
    expect(status.chain.some((e) => e.subject === father && e.type === 'listed')).toBe(true);
  });

  it('loses the season when only an appeal is tried: each refusal names the father', () => {
    const { sim, me, status } = play('fathers-debt', 'student', ['appeal', 'apply']);
    expect(status.ending).toMatchObject({ kind: 'lose', day: 120 });
    const refusals = sim.citizenView(me)!.refusals;
    expect(refusals.length).toBeGreaterThan(10);
    expect(refusals.every((r) => r.service === 'school' && r.throughFamily)).toBe(true);
    expect(sim.citizenView(me)!.lists).toEqual([]); // the student is on no list
    const name = sim.person(sim.roles().protagonists[0].setupTarget!)!.name;
    expect(text(status)).toMatch(new RegExp(`refused \\(school\\).*because of ${name}'s listing`));
    expect(text(status)).toContain('the appeal was refused; the listing was rightful');
  });
});

describe('the journalist (journalist)', { timeout: 180_000 }, () => {
  it('sees only what opacity allows: no score, no list until refused, never the record behind it', () => {
    const sc = scenario('journalist');
    const sim = createSimulation(sc, sc.seed, {
      role: { kind: 'citizen', protagonist: 'journalist' },
    });
    const me = sim.roles().protagonists[0].person!;
    expect(sim.dossier(me)!.lists).toEqual(['untrustworthy']); // the truth: listed from day 0
    sim.chooseAction(me, 'publish');
    sim.run(7);
    const before = sim.citizenView(me)!;
    expect(before.disclosure).toBe('nothing');
    expect(before.score).toBeNull();
    expect(before.grade).toBeNull();
    expect(before.lists).toEqual([]);
    expect(before.told).toEqual([]);
    expect(before.acts.map((a) => a.behaviour)).toEqual(['defamation_ruling', 'publishing_report']);
    expect(before.debts).toEqual([
      { behaviour: 'defamation_ruling', label: expect.stringContaining('defamatory'), count: 1 },
    ]);
    expect(sim.goalStatus(me)!.story).toEqual([]);
    sim.chooseAction(me, 'train');
    sim.run(7);
    const after = sim.citizenView(me)!;
    expect(after.refusals).toEqual([
      { day: 8, service: 'train', label: 'Refused high-speed train tickets', throughFamily: false },
    ]);
    expect(after.lists).toEqual([
      {
        list: 'untrustworthy',
        label: 'List of untrustworthy people',
        business: false,
        learnedDay: 8,
        how: 'refused',
      },
    ]);
    const shown = JSON.stringify(after);
    for (const secret of ['basis', 'wrongful', 'record #', 'court_records', 'platform_flags'])
      expect(shown).not.toContain(secret);
  });

  it("judges an apology by the court's view of sincerity; an accepted one settles the order but not the listing", () => {
    const sc = scenario('journalist');
    const outcomes: boolean[] = [];
    for (let week = 0; week < 6; week++) {
      const sim = createSimulation(sc, sc.seed, {
        role: { kind: 'citizen', protagonist: 'journalist' },
      });
      const me = sim.roles().protagonists[0].person!;
      sim.run(7 * week);
      expect(sim.chooseAction(me, 'apologise')).toEqual({ ok: true });
      sim.step();
      const view = sim.citizenView(me)!;
      const [apology] = view.apologies;
      expect(apology.day).toBe(7 * week + 1);
      outcomes.push(apology.accepted);
      expect(view.debts.length).toBe(apology.accepted ? 0 : 1);
      expect(view.messages.at(-1)!.answer).toEqual({ kind: 'apology', accepted: apology.accepted });
      // Here an apology never lifts the listing (removal.onSettle is false): Liu Hu's case.
      expect(sim.dossier(me)!.lists).toEqual(['untrustworthy']);
      if (apology.accepted) expect(sim.chooseAction(me, 'apologise').ok).toBe(false);
    }
    expect(outcomes).toContain(true);
    expect(outcomes).toContain(false);
  });

  it('wins or loses on when the appeal is filed: both endings are reachable', () => {
    const endings = new Map<number, string>();
    for (let week = 1; week <= 3; week++) {
      const policy = ['publish', ...Array<string>(week - 1).fill('quiet'), 'appeal', 'train'];
      endings.set(week, play('journalist', 'journalist', policy).status.ending!.kind);
    }
    expect(endings).toEqual(
      new Map([
        [1, 'lose'],
        [2, 'win'],
        [3, 'win'],
      ]),
    );
    const lost = play('journalist', 'journalist', [
      'publish',
      'appeal',
      'apologise',
      'train',
    ]).status;
    expect(lost.ending).toMatchObject({ kind: 'lose', day: 280 });
    expect(text(lost)).toContain(
      'the appeal was refused (judged insincere); the listing was rightful',
    );
    expect(text(lost)).toContain('learned of the listing (by being refused)');
    expect(text(lost)).toContain('you apologised; the apology was accepted');
  });
});

describe('the shopkeeper (counterfeit-street)', { timeout: 180_000 }, () => {
  it('is told of the wrongful listing but never why it is wrong until the ending', () => {
    const { sim, me, status } = play('counterfeit-street', 'shopkeeper', [
      'loan',
      'loan',
      'appeal',
      'loan',
    ]);
    expect(status.ending).toMatchObject({ kind: 'win', day: 36 });
    expect(text(status)).toContain('it never happened (a false report)');
    expect(text(status)).toMatch(/put on the Business blacklist .* wrongfully/);
    expect(text(status)).toContain('the appeal was granted; the listing was wrongful');
    const view = sim.citizenView(me)!;
    expect(JSON.stringify(view)).not.toMatch(/false report|never happened|wrongful/);
    expect(view.appeal).toMatchObject({ status: 'granted', filedDay: 15 });
  });

  it('loses when the appeal fails and the bank keeps refusing', () => {
    const { status } = play('counterfeit-street', 'shopkeeper', ['trade', 'appeal', 'loan']);
    expect(status.ending).toMatchObject({ kind: 'lose', day: 210 });
    expect(status.goals.map((g) => g.failedDay)).toEqual([210, 210]);
    expect(text(status)).toContain('the appeal was refused; the listing was wrongful');
  });
});

describe('the retiree (rongcheng)', { timeout: 120_000 }, () => {
  it('reaches AAA by donating and pays the heating with the discount', () => {
    const { sim, me, status } = play('rongcheng', 'retiree', [
      'donate',
      'donate',
      'donate',
      'heating',
    ]);
    expect(status.ending?.kind).toBe('win');
    expect(text(status)).toContain('your grade went from A to AAA');
    expect(text(status)).toContain('received a reward: ¥300 off heating once a season');
    expect(sim.citizenView(me)!.grade).toBe('AAA');
    expect(sim.citizenView(me)!.told.every((t) => t.points > 0)).toBe(true);
  });

  it('does not reach AAA on volunteering alone, and sees how much went unrecorded', () => {
    const { status } = play('rongcheng', 'retiree', ['volunteer']);
    expect(status.ending).toMatchObject({ kind: 'lose', day: 270 });
    expect(text(status)).toMatch(
      /\d+ of your acts were never recorded by anyone \(volunteering for a day\)/,
    );
  });
});
