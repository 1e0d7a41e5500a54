import { describe, expect, it } from 'vitest';
import { messages as en } from '../../src/ui/strings/en';
import { messages as zh } from '../../src/ui/strings/zh-CN';
import { describeTown } from '../../src/ui/components/describeTown';
import {
  townFacts,
  type SelectionInput,
  type TownFactsInput,
} from '../../src/ui/components/townFacts';

const GRADES = ['A', 'B', 'C'];

/** Five people: grades A A B C B; p1 and p3 listed, p1 wrongly. */
const snapshot = () => ({
  grade: Uint8Array.from([0, 0, 1, 2, 1]),
  listed: Uint16Array.from([0, 1, 0, 1, 0]),
  wrongful: Uint8Array.from([0, 1, 0, 0, 0]),
});

/** Day 3 had 3 listings (1 wrongful), 2 flights and 1 school place refused, 1 appeal decided. */
const metrics = {
  newListings: [0, 0, 3],
  newWrongfulListings: [0, 0, 1],
  delistings: [0, 0, 0],
  flightRefusals: [0, 1, 2],
  trainRefusals: [0, 0, 0],
  schoolRefusals: [0, 0, 1],
  appealsDecided: [0, 0, 1],
  appealsGranted: [0, 0, 0],
};

const input = (over: Partial<TownFactsInput> = {}): TownFactsInput => ({
  day: 3,
  view: 'system',
  personTruth: true,
  snapshot: snapshot(),
  gradeIds: GRADES,
  ratesBusinesses: false,
  metrics,
  selection: null,
  ...over,
});

const select = (over: Partial<SelectionInput> = {}): SelectionInput => ({
  id: 'p1',
  name: 'Li Rui',
  lens: 'recorded',
  scoreDisclosed: true,
  dossier: null,
  ...over,
});

const english = (facts: TownFactsInput) =>
  describeTown(townFacts(facts), en.townDescription, en.lenses.names);

describe('the town in words', () => {
  it("on a town whose rules rate businesses, tells the businesses' grades from the day's census", () => {
    const rated = input({
      ratesBusinesses: true,
      metrics: { ...metrics, grade_A: [280, 279, 278], grade_B: [20, 21, 22], grade_C: [0, 0, 0] },
    });
    const facts = townFacts(rated);
    expect(facts.gradesOf).toBe('businesses');
    expect(facts.grades).toEqual([
      { id: 'A', count: 278 },
      { id: 'B', count: 22 },
      { id: 'C', count: 0 },
    ]);
    expect(english(rated).town).toContain(
      "Businesses' grades as the system records them (people are not scored here): 278 in A, 22 in B, 0 in C.",
    );
    expect(describeTown(facts, zh.townDescription, zh.lenses.names).town).toContain('278 家');
  });

  it('counts people, listings and grades as the system records them', () => {
    const facts = townFacts(input());
    expect(facts).toMatchObject({ people: 5, listed: 2, wrongful: null });
    expect(facts.grades).toEqual([
      { id: 'A', count: 2 },
      { id: 'B', count: 2 },
      { id: 'C', count: 1 },
    ]);
    const text = english(input());
    expect(text.town).toBe(
      '5 people live in the town. 2 people are on a list. Grades as the system records them: 2 in A, 2 in B, 1 in C.',
    );
    expect(text.town).not.toMatch(/wrong/);
  });

  it('tells who is wrongly listed only in the truth view', () => {
    expect(english(input({ view: 'truth' })).town).toContain(
      '2 people are on a list, 1 of them wrongly.',
    );
  });

  it('says what changed today, from the metrics of the day shown', () => {
    expect(english(input()).today).toBe(
      'Today: 3 new listings; 2 flights and 1 school place refused; 1 appeal decided, 0 granted.',
    );
    expect(english(input({ view: 'truth' })).today).toBe(
      'Today: 3 new listings, 1 wrongful; 2 flights and 1 school place refused; 1 appeal decided, 0 granted.',
    );
    expect(english(input({ day: 2 })).today).toBe('Today: 1 flight refused.');
    expect(english(input({ day: 1 })).today).toBe(
      'Today: no new listings, no refusals, no appeals decided.',
    );
    expect(english(input({ day: 0, metrics: {} })).today).toBe(
      'Today: the first day has not run yet.',
    );
  });

  it('names the selected person with their grade and listing, through the lens', () => {
    expect(english(input({ selection: select() })).selected).toBe(
      'Selected: Li Rui. What the system recorded: grade A, on a list.',
    );
    expect(english(input({ selection: select({ lens: 'truth' }) })).selected).toBe(
      'Selected: Li Rui. What really happened: grade A, on a list wrongly.',
    );
    expect(english(input({ selection: select({ id: 'p2', name: 'Wang Fang' }) })).selected).toBe(
      'Selected: Wang Fang. What the system recorded: grade B, not on a list.',
    );
    expect(english(input()).selected).toBeNull();
  });

  it('keeps from the told lens what the person was not told', () => {
    const told = select({ lens: 'told', scoreDisclosed: false });
    const facts = townFacts(input({ selection: told })).selected;
    expect(facts).toMatchObject({ grade: null, listing: 'unknown' });
    const knows = select({
      lens: 'told',
      dossier: { grade: 'A', lists: ['defaulters'], knowsListed: true },
    });
    expect(townFacts(input({ selection: knows })).selected).toMatchObject({
      grade: 'A',
      listing: 'listed',
    });
  });

  it('does not call a listing wrong while the role hides the truth', () => {
    const facts = townFacts(input({ personTruth: false, selection: select({ lens: 'truth' }) }));
    expect(facts.selected?.listing).toBe('listed');
  });

  it('tells a citizen only their own grade and lists', () => {
    // A citizen's snapshot: everyone's grade past the last (unknown) but the protagonist's, p2.
    const own = {
      grade: Uint8Array.from([3, 3, 1, 3, 3]),
      listed: new Uint16Array(5),
      wrongful: new Uint8Array(5),
    };
    const facts = townFacts(input({ view: 'own', snapshot: own, selection: select() }));
    expect(facts).toMatchObject({ people: 5, listed: null, grades: null, today: null });
    expect(facts.selected).toMatchObject({ grade: null, listing: 'unknown' });
    const text = english(input({ view: 'own', snapshot: own, selection: select({ id: 'p2' }) }));
    expect(text.town).toBe(
      '5 people live in the town. Your role shows you only your own grade and lists, as far as you know them.',
    );
    expect(text.today).toBeNull();
    expect(text.selected).toContain('grade B, not on a list');
  });

  it('reads a business from its dossier (the snapshot holds people)', () => {
    const business = select({
      id: 'b2',
      name: 'Golden Noodles',
      dossier: { grade: 'C', lists: ['defaulters'], knowsListed: true },
    });
    expect(english(input({ selection: business })).selected).toBe(
      'Selected: Golden Noodles. What the system recorded: grade C, on a list.',
    );
    expect(townFacts(input({ selection: select({ id: 'b2' }) })).selected).toMatchObject({
      grade: null,
      listing: 'unknown',
    });
  });

  it('speaks Chinese with the same facts', () => {
    const text = describeTown(
      townFacts(input({ view: 'truth', selection: select({ lens: 'truth' }) })),
      zh.townDescription,
      zh.lenses.names,
    );
    expect(text.town).toBe(
      '镇上住着 5 人。2 人在名单上，其中 1 人被错误列入。系统记录的等级：A 级 2 人，B 级 2 人，C 级 1 人。',
    );
    expect(text.today).toBe(
      '今天：新增列入 3 次，其中错误 1 次；拒售机票 2 张、拒绝入学 1 次；裁决申诉 1 件，获准 0 件。',
    );
    expect(text.selected).toBe('选中：Li Rui。真实发生的：等级 A，被错误列入名单。');
  });
});
