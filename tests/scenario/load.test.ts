import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/scenario/issue';
import { loadScenario } from '../../src/scenario/load';
import { LIMITS } from '../../src/scenario/schema';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

/** A valid scenario used as the base of each broken variant below (line numbers matter). */
const BASE = `id: test_town
title: Test town
behaviours:
  - id: bad_driving
    label: Driving badly
    kind: harmful
    place: street
    rate: 0.01
surveillance:
  sources:
    - { id: cameras, label: Cameras, sees: [street], coverage: 0.5 }
ruleset:
  rules:
    - id: ticket
      on: bad_driving
      points: -5
      area: societal
      reason: A traffic ticket
`;

/** The formatted errors of a text that must fail to load. */
function errorsOf(text: string, file = 'test.yaml'): string[] {
  const result = loadScenario(text, file);
  if (result.ok) throw new Error('expected the scenario to be invalid');
  return result.errors.map(formatIssue);
}

function replaceLine(text: string, line: number, replacement: string): string {
  const lines = text.split('\n');
  lines[line - 1] = replacement;
  return lines.join('\n');
}

describe('loadScenario: valid files', () => {
  it('accepts the base scenario', () => {
    expect(loadScenario(BASE, 'test.yaml').ok).toBe(true);
  });

  it('accepts a 10-line YAML file and fills in every default', () => {
    const text = fixture('minimal.yaml');
    expect(text.trimEnd().split('\n').length).toBeLessThanOrEqual(10);
    const result = loadScenario(text, 'minimal.yaml');
    if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
    const { scenario } = result;
    expect(scenario.town.population).toBe(2000);
    expect(scenario.days).toBe(365);
    expect(scenario.seed).toBe(1);
    expect(scenario.ruleset.scoring.grades.map((g) => g.id)).toEqual(['A', 'B', 'C', 'D']);
    expect(scenario.ruleset.appeals.capacityPerDay).toBe(5);
    expect(scenario.town.districts.length).toBeGreaterThan(0);
    expect(result.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('accepts JSON (JSON is YAML)', () => {
    const result = loadScenario(fixture('minimal.json'), 'minimal.json');
    expect(result.ok && result.scenario.id).toBe('minimal_json');
  });

  it('gives the same hash for the same scenario in YAML, in JSON, and with comments', () => {
    const yaml = loadScenario(BASE, 'a.yaml');
    const commented = loadScenario(
      `# a comment\n${BASE.replace('rate: 0.01', 'rate: 0.01 # why')}`,
      'b.yaml',
    );
    const data = {
      id: 'test_town',
      title: 'Test town',
      behaviours: [
        { id: 'bad_driving', label: 'Driving badly', kind: 'harmful', place: 'street', rate: 0.01 },
      ],
      surveillance: {
        sources: [{ id: 'cameras', label: 'Cameras', sees: ['street'], coverage: 0.5 }],
      },
      ruleset: {
        rules: [
          {
            id: 'ticket',
            on: 'bad_driving',
            points: -5,
            area: 'societal',
            reason: 'A traffic ticket',
          },
        ],
      },
    };
    const json = loadScenario(JSON.stringify(data), 'c.json');
    const changed = loadScenario(BASE.replace('rate: 0.01', 'rate: 0.02'), 'd.yaml');
    if (!yaml.ok || !commented.ok || !json.ok || !changed.ok) throw new Error('all should load');
    expect(commented.hash).toBe(yaml.hash);
    expect(json.hash).toBe(yaml.hash);
    expect(changed.hash).not.toBe(yaml.hash);
  });

  it('warns, without failing, when no source watches where a behaviour happens', () => {
    const result = loadScenario(BASE.replace('place: street', 'place: home'), 'test.yaml');
    if (!result.ok) throw new Error('a warning must not fail the load');
    expect(result.warnings.map(formatIssue)).toEqual([
      'test.yaml:7:12: behaviours[0].place: expected a place some surveillance source sees, found "home": this act is never recorded',
    ]);
  });

  it('warns, naming the fix, when a reward is tied to a service no behaviour uses', () => {
    const reward = `  consequences:
    - { id: free_bikes, label: Free bikes, kind: reward, effect: discount, service: bike }
`;
    const result = loadScenario(BASE + reward, 'test.yaml');
    if (!result.ok) throw new Error('a warning must not fail the load');
    expect(result.warnings.map(formatIssue)).toContain(
      'test.yaml:20:85: ruleset.consequences[0].service: expected a service some activity uses, found "bike": no behaviour has service: bike, so this reward is never given; add an activity behaviour with service: bike',
    );
    const riding = `  - { id: riding, label: Riding a bike, kind: activity, place: street, service: bike, rate: 0.01 }
surveillance:`;
    const used = loadScenario((BASE + reward).replace('surveillance:', riding), 'test.yaml');
    if (!used.ok) throw new Error('should load');
    expect(used.warnings.map(formatIssue).filter((w) => w.includes('never given'))).toEqual([]);
  });

  it('accepts CRLF line endings with the same positions', () => {
    const crlf = BASE.replace('points: -5', 'points: ten').replace(/\n/g, '\r\n');
    expect(errorsOf(crlf)).toEqual([
      'test.yaml:16:15: ruleset.rules[0].points: expected a number between -10000 and 10000, found "ten"',
    ]);
  });
});

describe('loadScenario: each kind of bad input gets a positioned message', () => {
  it('wrong type', () => {
    expect(errorsOf(BASE.replace('points: -5', 'points: ten'))).toEqual([
      'test.yaml:16:15: ruleset.rules[0].points: expected a number between -10000 and 10000, found "ten"',
    ]);
  });

  it('number out of range, and a fraction where a whole number belongs', () => {
    const text = replaceLine(
      BASE,
      11,
      '    - { id: cameras, label: Cameras, sees: [street], coverage: 1.5 }',
    );
    expect(errorsOf(`${text}days: 12.5\n`)).toEqual([
      'test.yaml:11:64: surveillance.sources[0].coverage: expected a number between 0 and 1, found 1.5',
      'test.yaml:19:7: days: expected a whole number between 1 and 3650, found 12.5',
    ]);
  });

  it('unknown enum value, listing the allowed ones and the likely one', () => {
    expect(errorsOf(BASE.replace('kind: harmful', 'kind: harmfull'))).toEqual([
      'test.yaml:6:11: behaviours[0].kind: expected one of "harmful", "harmless", "civic", "speech", "activity", found "harmfull" (did you mean "harmful"?)',
    ]);
  });

  it('unknown field, pointing at the key, with a suggestion', () => {
    expect(errorsOf(BASE.replace('rate: 0.01', 'rate: 0.01\n    raet: 0.02'))).toEqual([
      'test.yaml:9:5: behaviours[0].raet: expected a known field (did you mean "rate"?), found unknown field "raet"',
    ]);
    expect(errorsOf(`${BASE}colour: blue\n`)[0]).toMatch(
      /^test\.yaml:19:1: colour: expected one of the fields \$schema, id, title, .*, found unknown field "colour"$/,
    );
  });

  it('missing required field, pointing at the parent object', () => {
    expect(errorsOf(BASE.replace('    rate: 0.01\n', ''))).toEqual([
      'test.yaml:4:5: behaviours[0].rate: expected a number between 0 and 0.5, found nothing (this field is required)',
    ]);
  });

  it('a bad id', () => {
    expect(errorsOf(BASE.replace('id: ticket', 'id: Traffic Ticket'))).toEqual([
      'test.yaml:14:11: ruleset.rules[0].id: expected a lower-case id of letters, digits and _ starting with a letter, found "Traffic Ticket"',
    ]);
  });

  it('reports several errors at once, in file order', () => {
    const text = BASE.replace('kind: harmful', 'kind: harmfull')
      .replace('rate: 0.01', 'rate: high')
      .replace('points: -5', 'points: -50000')
      .replace('area: societal', 'area: social');
    expect(errorsOf(text)).toEqual([
      'test.yaml:6:11: behaviours[0].kind: expected one of "harmful", "harmless", "civic", "speech", "activity", found "harmfull" (did you mean "harmful"?)',
      'test.yaml:8:11: behaviours[0].rate: expected a number between 0 and 0.5, found "high"',
      'test.yaml:16:15: ruleset.rules[0].points: expected a number between -10000 and 10000, found -50000',
      'test.yaml:17:13: ruleset.rules[0].area: expected one of "government", "commercial", "societal", "judicial", found "social" (did you mean "societal"?)',
    ]);
  });

  it('invalid YAML syntax', () => {
    const errors = errorsOf('id: x\ntitle: [unclosed\nbehaviours: []\n');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatch(
      /^test\.yaml:\d+:\d+: expected valid YAML or JSON, found a syntax error: /,
    );
  });

  it('a field written twice', () => {
    expect(errorsOf(`${BASE}title: Again\n`)).toEqual([
      'test.yaml:19:1: expected each field once, found a field written twice',
    ]);
  });

  it('a tab used for indentation', () => {
    expect(errorsOf(BASE.replace('    rate: 0.01', '\trate: 0.01'))[0]).toMatch(
      /^test\.yaml:8:1: /,
    );
  });

  it('JSON input: errors point into the JSON text', () => {
    const json = fixture('minimal.json').replace('"rate": 0.002', '"rate": "often"');
    expect(errorsOf(json, 'minimal.json')).toEqual([
      'minimal.json:10:15: behaviours[0].rate: expected a number between 0 and 0.5, found "often"',
    ]);
  });

  it('not a mapping at all', () => {
    expect(errorsOf('- just\n- a list\n')).toEqual([
      'test.yaml:1:1: expected a mapping with id, title, behaviours, surveillance, found a list of 2 entries',
    ]);
    expect(errorsOf('')).toEqual([
      'test.yaml:1:1: expected a mapping with id, title, behaviours, surveillance, found an empty value',
    ]);
  });

  it('an empty list where one entry is needed', () => {
    expect(
      errorsOf(BASE.replace(/behaviours:[\s\S]*?surveillance:/, 'behaviours: []\nsurveillance:')),
    ).toContain(
      'test.yaml:3:13: behaviours: expected a list with at least one entry, found an empty list',
    );
  });
});

describe('loadScenario: cross-reference checks', () => {
  it('a rule on a behaviour that does not exist', () => {
    expect(errorsOf(BASE.replace('on: bad_driving', 'on: bad_drivng'))).toEqual([
      'test.yaml:15:11: ruleset.rules[0].on: expected the id of a behaviour (did you mean "bad_driving"?), found "bad_drivng"',
    ]);
  });

  it('grades, lists, capGrade and falseReportOf that do not exist', () => {
    const text = `${BASE}      capGrade: E
  lists:
    - { id: defaulters, label: Defaulters, kind: blacklist, entry: { on: [ignoring] } }
  consequences:
    - { id: no_flights, label: No flights, kind: sanction, effect: refuse, service: flight, lists: [defaulter], grades: [Z] }
`.replace('coverage: 0.5 }', 'coverage: 0.5, falseReportOf: speeding }');
    expect(errorsOf(text)).toEqual([
      'test.yaml:11:84: surveillance.sources[0].falseReportOf: expected the id of a behaviour: bad_driving, found "speeding"',
      'test.yaml:19:17: ruleset.rules[0].capGrade: expected the id of a grade: A, B, C, D, found "E"',
      'test.yaml:21:75: ruleset.lists[0].entry.on[0]: expected the id of a behaviour: bad_driving, found "ignoring"',
      'test.yaml:23:101: ruleset.consequences[0].lists[0]: expected the id of a list (did you mean "defaulters"?), found "defaulter"',
      'test.yaml:23:122: ruleset.consequences[0].grades[0]: expected the id of a grade: A, B, C, D, found "Z"',
    ]);
  });

  it('duplicate ids', () => {
    const text = BASE.replace(
      '    rate: 0.01\n',
      '    rate: 0.01\n  - { id: bad_driving, label: Again, kind: harmful, place: street, rate: 0.01 }\n',
    );
    expect(errorsOf(text)).toEqual([
      'test.yaml:9:11: behaviours[1].id: expected a behaviour id not used before, found "bad_driving" again (first at behaviour 1)',
    ]);
  });

  it('grades out of order', () => {
    const text = `${BASE}  scoring:
    grades:
      - { id: A, min: 900 }
      - { id: B, min: 950 }
      - { id: C, min: -100000 }
`;
    expect(errorsOf(text)).toEqual([
      'test.yaml:22:23: ruleset.scoring.grades[1].min: expected grades from best to worst, each min below the one above (A: 900), found 950',
    ]);
  });

  it('daily rates that leave no room in a day', () => {
    const text = BASE.replace('rate: 0.01', 'rate: 0.4\n    traits: { impulsive: 3 }');
    expect(errorsOf(text)).toEqual([
      'test.yaml:8:11: behaviours[0].rate: expected the daily rates of all person behaviours, at their strongest trait and job multipliers (civic acts ×3 for reward seeking), to add up to at most 1, found 1.2: lower some rates or multipliers',
    ]);
  });

  it('shares that are all zero', () => {
    const text = `${BASE}town:\n  districts:\n    - { id: only, name: Only, share: 0, coverage: 0.5 }\n`;
    expect(errorsOf(text)).toEqual([
      'test.yaml:21:38: town.districts[0].share: expected at least one district with a share above 0, found all 0',
    ]);
  });

  it('an occupation multiplier for an occupation that does not exist', () => {
    const text = BASE.replace('rate: 0.01', 'rate: 0.01\n    occupations: { drivr: 2 }');
    expect(errorsOf(text)).toEqual([
      'test.yaml:9:20: behaviours[0].occupations.drivr: expected the id of an occupation (did you mean "driver"?), found "drivr"',
    ]);
  });
});

describe('loadScenario: expressions', () => {
  const withCondition = (line: string) =>
    BASE.replace('      points: -5', `${line}\n      points: -5`);

  it('points at the unknown field inside a plain condition', () => {
    expect(errorsOf(withCondition('      when: person.agee >= 18'))).toEqual([
      'test.yaml:16:20: ruleset.rules[0].when: expected a condition that is true or false, found an unknown field "agee" (did you mean "age"?)',
    ]);
  });

  it('points at the bad character inside a quoted condition', () => {
    expect(
      errorsOf(withCondition('      when: "person.age >= 18 &&& record.count30 > 1"')),
    ).toEqual([
      'test.yaml:16:33: ruleset.rules[0].when: expected a condition that is true or false, found an error: unexpected character: &',
    ]);
  });

  it('points into the right line of a block condition', () => {
    const text = withCondition(
      '      when: |\n        person.age >= 18 &&\n          recrod.count30 >= 2',
    );
    expect(errorsOf(text)).toEqual([
      'test.yaml:18:11: ruleset.rules[0].when: expected a condition that is true or false, found an unknown variable "recrod" (did you mean "record"?)',
    ]);
  });

  it('a condition that is not true or false, and one that stops too early', () => {
    expect(errorsOf(withCondition('      when: person.age'))[0]).toBe(
      'test.yaml:16:13: ruleset.rules[0].when: expected a condition that is true or false, found an error: a condition must be true or false, but this gives a double',
    );
    expect(errorsOf(withCondition('      when: person.age >='))[0]).toBe(
      'test.yaml:16:26: ruleset.rules[0].when: expected a condition that is true or false, found a condition that ends too early (something is missing at the end)',
    );
  });

  it('a list condition cannot use the triggering event', () => {
    const text = `${BASE}  lists:
    - id: watch
      label: Watch list
      kind: blacklist
      entry: { when: 'event.source == "cameras"' }
`;
    expect(errorsOf(text)).toEqual([
      'test.yaml:23:23: ruleset.lists[0].entry.when: expected a condition that is true or false, found an unknown variable "event" (list conditions have no triggering event; use person and record)',
    ]);
  });

  it('rejects an over-long condition before reading it', () => {
    const long = `person.age > 1${' && person.age > 1'.repeat(40)}`;
    expect(long.length).toBeGreaterThan(LIMITS.expressionLength);
    expect(errorsOf(withCondition(`      when: ${long}`))[0]).toMatch(
      /^test\.yaml:16:13: ruleset\.rules\[0\]\.when: expected a text of at most 500 characters, found "person/,
    );
  });
});

describe('loadScenario: limits against hostile input', () => {
  it('refuses a file over the size limit without parsing it', () => {
    const huge = `${BASE}summary: "${'x'.repeat(LIMITS.fileBytes)}"\n`;
    expect(errorsOf(huge)).toEqual([
      'test.yaml:1:1: expected a file of at most 512 KB, found 513 KB',
    ]);
  });

  it('refuses too many aliases, pointing at the first one over the limit', () => {
    const aliases = Array.from({ length: LIMITS.yamlAliases + 1 }, () => '*t').join(', ');
    const errors = errorsOf(`${BASE}assumptions: [&t x, ${aliases}]\n`);
    expect(errors).toEqual([
      `test.yaml:19:${21 + 4 * LIMITS.yamlAliases}: expected at most ${LIMITS.yamlAliases} aliases (*name), found ${LIMITS.yamlAliases + 1}`,
    ]);
  });

  it('refuses aliases nested to expand exponentially (a "billion laughs")', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
    ].join('\n');
    const errors = errorsOf(bomb);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^test\.yaml:2:8: expected aliases that expand to at most 50 copies/);
  });

  it('refuses deep bracket nesting before parsing', () => {
    const deep = `id: x\ntitle: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    expect(errorsOf(deep)).toEqual([
      `test.yaml:2:${8 + LIMITS.nestingDepth}: expected brackets nested at most ${LIMITS.nestingDepth} deep, found deeper nesting`,
    ]);
  });

  it('limits population, days and the number of rules with the usual message', () => {
    const rules = Array.from(
      { length: LIMITS.rules + 1 },
      (_, i) => `    - { id: r${i}, on: bad_driving, points: -1, area: societal, reason: r }`,
    ).join('\n');
    const text = `${BASE.replace(/ {2}rules:[\s\S]*$/, `  rules:\n${rules}\n`)}town: { population: 1000000000 }\ndays: 100000\n`;
    expect(errorsOf(text)).toEqual([
      'test.yaml:14:5: ruleset.rules: expected a list of at most 200 entries, found a list of 201 entries',
      'test.yaml:215:21: town.population: expected a whole number between 10 and 200000, found 1000000000',
      'test.yaml:216:7: days: expected a whole number between 1 and 3650, found 100000',
    ]);
  });
});
