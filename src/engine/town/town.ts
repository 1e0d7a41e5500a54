/**
 * Town generation from one stream: districts, households (couples, children, elderly parents),
 * people as columns (age, occupation, income, traits, names), a small-world friendship network
 * (Watts–Strogatz, CSR), businesses, same-name groups and workplaces.
 */
import type { Scenario } from '../../scenario/schema';
import { EXTRA_OCCUPATIONS } from '../core/compile';
import { givenNameList, surnameList } from './names';
import { cumulate, normal, pickCumulative, poisson, townStream, type Uniform } from '../core/rng';

export const ROLE_HEAD = 0;
export const ROLE_SPOUSE = 1;
export const ROLE_CHILD = 2;
export const ROLE_ELDER = 3;

/** Where a person spends the day when not at a business (work column values below 0). */
export const WORK_HOME = -1;
export const WORK_SCHOOL = -2;
export const WORK_OFFICE = -3;

export interface People {
  count: number;
  age: Uint8Array;
  /** Index into occupationIds (scenario occupations, then student, child, retired). */
  occupation: Uint8Array;
  district: Uint8Array;
  household: Int32Array;
  role: Uint8Array;
  income: Float64Array;
  conscientious: Float32Array;
  impulsive: Float32Array;
  outspoken: Float32Array;
  civic: Float32Array;
  surname: Uint16Array;
  given: Uint16Array;
  /** Business index, or WORK_HOME / WORK_SCHOOL / WORK_OFFICE. */
  work: Int32Array;
}

export interface Households {
  count: number;
  /** Members of household h are people start[h] .. start[h+1]-1 (households are contiguous). */
  start: Int32Array;
  district: Uint8Array;
}

export interface Businesses {
  count: number;
  owner: Int32Array;
  sector: Uint8Array;
  size: Uint16Array;
  district: Uint8Array;
}

/** Compressed sparse rows: the neighbours of i are indices[offsets[i] .. offsets[i+1]). */
export interface Adjacency {
  offsets: Int32Array;
  indices: Int32Array;
}

export interface Town {
  people: People;
  households: Households;
  businesses: Businesses;
  friends: Adjacency;
  /** Same-name groups: members of group g are sameName.indices[offsets[g]..offsets[g+1]); groupOf maps a person to g. */
  sameName: Adjacency & { groupOf: Int32Array };
  surnames: string[];
  givenNames: string[];
  occupationIds: string[];
}

/** Zipf-like weights: common names are much more common, so collisions cluster on them. */
function zipf(count: number, exponent: number): Float64Array {
  const w = new Float64Array(count);
  for (let k = 0; k < count; k++) w[k] = 1 / Math.pow(k + 1, exponent);
  return cumulate(w);
}

/** Mean of two uniforms: traits cluster around the middle. */
const trait = (rng: Uniform): number => (rng() + rng()) / 2;

interface Draft {
  age: number[];
  role: number[];
  household: number[];
  surname: number[];
  hhStart: number[];
  hhDistrict: number[];
}

function draftHouseholds(scenario: Scenario, rng: Uniform, surnameCum: Float64Array): Draft {
  const t = scenario.town;
  const n = t.population;
  const districtCum = cumulate(t.districts.map((d) => d.share));
  const d: Draft = { age: [], role: [], household: [], surname: [], hhStart: [], hhDistrict: [] };
  const add = (age: number, role: number, surname: number): void => {
    if (d.age.length >= n) return;
    d.age.push(age);
    d.role.push(role);
    d.household.push(d.hhStart.length - 1);
    d.surname.push(surname);
  };
  while (d.age.length < n) {
    d.hhStart.push(d.age.length);
    d.hhDistrict.push(pickCumulative(districtCum, rng()));
    const surname = pickCumulative(surnameCum, rng());
    const couple = rng() < t.household.coupleShare;
    const singleElder = !couple && rng() < 0.2;
    const headAge = couple
      ? 25 + Math.floor(rng() * 40)
      : singleElder
        ? 65 + Math.floor(rng() * 26)
        : 18 + Math.floor(rng() * 47);
    add(headAge, ROLE_HEAD, surname);
    if (couple) {
      const spouseAge = Math.min(64, Math.max(18, headAge + Math.floor(rng() * 7) - 3));
      add(spouseAge, ROLE_SPOUSE, pickCumulative(surnameCum, rng()));
    }
    if (headAge < 65) {
      const children = poisson(
        rng,
        couple ? t.household.meanChildren : t.household.meanChildren * 0.4,
      );
      const oldest = Math.min(18, headAge - 17);
      for (let c = 0; c < children; c++) add(Math.floor(rng() * oldest), ROLE_CHILD, surname);
      if (rng() < t.household.elderlyShare)
        add(Math.min(99, Math.max(65, headAge + 22 + Math.floor(rng() * 10))), ROLE_ELDER, surname);
    }
  }
  d.hhStart.push(d.age.length);
  return d;
}

function buildPeople(
  scenario: Scenario,
  rng: Uniform,
  draft: Draft,
  occupationIds: string[],
): People {
  const t = scenario.town;
  const n = t.population;
  const occCum = cumulate(t.occupations.map((o) => o.share));
  const givenCum = zipf(t.names.givenNames, 0.6);
  const student = occupationIds.indexOf(EXTRA_OCCUPATIONS[0]);
  const infant = occupationIds.indexOf(EXTRA_OCCUPATIONS[1]);
  const retired = occupationIds.indexOf(EXTRA_OCCUPATIONS[2]);
  const meanIncome =
    t.occupations.reduce((s, o) => s + o.income * o.share, 0) /
    Math.max(1e-9, occCum[occCum.length - 1]);
  const p: People = {
    count: n,
    age: Uint8Array.from(draft.age),
    occupation: new Uint8Array(n),
    district: new Uint8Array(n),
    household: Int32Array.from(draft.household),
    role: Uint8Array.from(draft.role),
    income: new Float64Array(n),
    conscientious: new Float32Array(n),
    impulsive: new Float32Array(n),
    outspoken: new Float32Array(n),
    civic: new Float32Array(n),
    surname: Uint16Array.from(draft.surname),
    given: new Uint16Array(n),
    work: new Int32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const age = p.age[i];
    const district = draft.hhDistrict[p.household[i]];
    p.district[i] = district;
    const wealth = t.districts[district].wealth;
    // Income noise is lognormal: a few earn far more than their job's mean.
    const noise = Math.exp(0.4 * normal(rng) - 0.08);
    if (age < 6) p.occupation[i] = infant;
    else if (age < 18) p.occupation[i] = student;
    else if (age >= 65) {
      p.occupation[i] = retired;
      p.income[i] = 0.35 * meanIncome * wealth * noise;
    } else {
      const o = pickCumulative(occCum, rng());
      p.occupation[i] = o;
      p.income[i] = t.occupations[o].income * wealth * noise;
    }
    p.conscientious[i] = trait(rng);
    p.impulsive[i] = trait(rng);
    p.outspoken[i] = trait(rng);
    p.civic[i] = trait(rng);
    p.given[i] = pickCumulative(givenCum, rng());
  }
  return p;
}

/** Watts–Strogatz small world: a ring lattice in household order, each edge rewired with `rewire`. */
function buildFriends(n: number, meanDegree: number, rewire: number, rng: Uniform): Adjacency {
  const half = Math.min(Math.floor(meanDegree / 2), Math.floor((n - 1) / 2));
  const from = new Int32Array(n * half);
  const to = new Int32Array(n * half);
  let e = 0;
  for (let i = 0; i < n; i++)
    for (let j = 1; j <= half; j++) {
      let other = (i + j) % n;
      if (rng() < rewire) {
        other = Math.floor(rng() * (n - 1));
        if (other >= i) other++;
      }
      from[e] = i;
      to[e] = other;
      e++;
    }
  const degree = new Int32Array(n + 1);
  for (let k = 0; k < e; k++) {
    degree[from[k]]++;
    degree[to[k]]++;
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + degree[i];
  const fill = offsets.slice(0, n);
  const raw = new Int32Array(offsets[n]);
  for (let k = 0; k < e; k++) {
    raw[fill[from[k]]++] = to[k];
    raw[fill[to[k]]++] = from[k];
  }
  // Sort each row and drop duplicate edges (two rewired edges can land on the same pair).
  const compact = new Int32Array(raw.length);
  const outOffsets = new Int32Array(n + 1);
  let w = 0;
  for (let i = 0; i < n; i++) {
    const row = raw.subarray(offsets[i], offsets[i + 1]).sort();
    for (let k = 0; k < row.length; k++)
      if (k === 0 || row[k] !== row[k - 1]) compact[w++] = row[k];
    outOffsets[i + 1] = w;
  }
  return { offsets: outOffsets, indices: compact.slice(0, w) };
}

function buildSameName(people: People, givenCount: number): Town['sameName'] {
  const n = people.count;
  const key = new Float64Array(n);
  for (let i = 0; i < n; i++) key[i] = people.surname[i] * givenCount + people.given[i];
  const order = Int32Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => key[a] - key[b] || a - b,
  );
  const groupOf = new Int32Array(n);
  const offsets: number[] = [0];
  for (let k = 0; k < n; k++) {
    if (k > 0 && key[order[k]] !== key[order[k - 1]]) offsets.push(k);
    groupOf[order[k]] = offsets.length - 1;
  }
  offsets.push(n);
  return { offsets: Int32Array.from(offsets), indices: order, groupOf };
}

function buildBusinesses(scenario: Scenario, rng: Uniform, people: People): Businesses {
  const t = scenario.town;
  const adults: number[] = [];
  for (let i = 0; i < people.count; i++)
    if (people.age[i] >= 18 && people.age[i] < 65) adults.push(i);
  const count = adults.length > 0 ? t.businesses.count : 0;
  const sectorCum = cumulate(t.businesses.sectors.map((s) => s.share));
  const b: Businesses = {
    count,
    owner: new Int32Array(count),
    sector: new Uint8Array(count),
    size: new Uint16Array(count),
    district: new Uint8Array(count),
  };
  for (let k = 0; k < count; k++) {
    const owner = adults[Math.floor(rng() * adults.length)];
    b.owner[k] = owner;
    b.sector[k] = pickCumulative(sectorCum, rng());
    b.size[k] = Math.min(500, Math.max(1, Math.round(Math.exp(1.2 * normal(rng) + 1.2))));
    b.district[k] = people.district[owner];
  }
  return b;
}

/** Children go to school, the retired, infants and the unemployed stay home, executives work in the office, others at a business. */
function assignWork(
  scenario: Scenario,
  rng: Uniform,
  people: People,
  businesses: Businesses,
  occupationIds: string[],
): void {
  const sizeCum = cumulate(businesses.size);
  const occupations = scenario.town.occupations;
  for (let i = 0; i < people.count; i++) {
    const occ = occupationIds[people.occupation[i]];
    const job = occupations[people.occupation[i]];
    if (occ === 'student') people.work[i] = WORK_SCHOOL;
    else if (!job || occ === 'unemployed') people.work[i] = WORK_HOME;
    else if (job.executive || businesses.count === 0) people.work[i] = WORK_OFFICE;
    else people.work[i] = pickCumulative(sizeCum, rng());
  }
}

/** Generate the town from the scenario and seed; the same inputs always give the same town. */
export function generateTown(scenario: Scenario, seed: number): Town {
  const rng = townStream(seed);
  const occupationIds = [...scenario.town.occupations.map((o) => o.id), ...EXTRA_OCCUPATIONS];
  const surnameCum = zipf(scenario.town.names.surnames, 0.9);
  const draft = draftHouseholds(scenario, rng, surnameCum);
  const people = buildPeople(scenario, rng, draft, occupationIds);
  const households: Households = {
    count: draft.hhDistrict.length,
    start: Int32Array.from(draft.hhStart),
    district: Uint8Array.from(draft.hhDistrict),
  };
  const friends = buildFriends(
    people.count,
    scenario.town.friendships.meanDegree,
    scenario.town.friendships.rewire,
    rng,
  );
  const businesses = buildBusinesses(scenario, rng, people);
  assignWork(scenario, rng, people, businesses, occupationIds);
  return {
    people,
    households,
    businesses,
    friends,
    sameName: buildSameName(people, scenario.town.names.givenNames),
    surnames: surnameList(scenario.town.names.surnames),
    givenNames: givenNameList(scenario.town.names.givenNames),
    occupationIds,
  };
}

/** A person's full name: family name then given name. */
export const personName = (town: Town, i: number): string =>
  `${town.surnames[town.people.surname[i]]} ${town.givenNames[town.people.given[i]]}`;

/** A business's trading name: the owner's family name and the sector. */
export const businessName = (town: Town, scenario: Scenario, k: number): string =>
  `${town.surnames[town.people.surname[town.businesses.owner[k]]]} ${scenario.town.businesses.sectors[town.businesses.sector[k]].name}`;
