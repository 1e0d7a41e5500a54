/**
 * System 7, adapt: fear in [0, 1] per person. It rises by `punished` for each sanction, refusal or
 * (weighted by size) point deduction a person noticed, and by `witnessed` once a day for each friend or
 * household member listed or sanctioned that day — for listings on a published list, the neighbouring
 * households see it too. It fades by recoveryPerDay. Behave reads it the next day (adaptationMultiplier).
 */
import type { AgentList, SimState } from '../core/state';

function raise(s: SimState, person: number, amount: number): void {
  const v = s.fear[person] + amount;
  s.fear[person] = v > 1 ? 1 : v;
  s.fearFresh.pushOnce(person, s.fearFlag);
}

/**
 * Let fear fade by `keep`: only the people on s.fearful (with those first raised today merged in)
 * can have any, everyone else's is 0 and stays 0. Whoever's fear is 0 after fading (raised by 0, or
 * faded below the smallest float) leaves the list. The faded fear of those who stay, added in list
 * order, is the day's total (s.fearTotal), which the census would get by the same additions.
 */
function fade(s: SimState, keep: number): void {
  const list = s.fearful;
  list.insertAscending(s.fearFresh);
  s.fearFresh.clear();
  const fear = s.fear;
  const flag = s.fearFlag;
  const items = list.items;
  let kept = 0;
  let total = 0;
  for (let k = 0; k < list.count; k++) {
    const p = items[k];
    const f = Math.fround(fear[p] * keep);
    fear[p] = f;
    if (f > 0) {
      items[kept++] = p;
      total += f;
    } else flag[p] = 0;
  }
  list.count = kept;
  s.fearTotal = total;
  s.fearTotalDay = s.day;
}

/** Everyone who saw person i punished today: friends, household, and neighbours when named publicly. */
function witnesses(s: SimState, i: number, named: boolean, seen: Uint8Array, out: AgentList): void {
  const { offsets, indices } = s.town.friends;
  for (let k = offsets[i]; k < offsets[i + 1]; k++) {
    const j = indices[k];
    if (j !== i && !seen[j]) {
      seen[j] = 1;
      out.push(j);
    }
  }
  const start = s.town.households.start;
  const h = s.town.people.household[i];
  const first = named ? Math.max(0, h - 1) : h;
  const last = named ? Math.min(s.town.households.count - 1, h + 1) : h;
  for (let j = start[first]; j < start[last + 1]; j++) {
    if (j !== i && !seen[j]) {
      seen[j] = 1;
      out.push(j);
    }
  }
}

/** Raise fear from today's punishments and what people saw; then let all fear fade. */
export function adapt(s: SimState): void {
  const a = s.scenario.ruleset.adaptation;
  const punished = s.punishedToday;
  for (let k = 0; k < punished.count; k++)
    raise(s, punished.items[k], a.punished * punished.weights[k]);
  if (a.witnessed > 0 && (s.witnessedToday.count > 0 || s.namedToday.count > 0)) {
    // Each witness counts once a day, however many people they saw punished.
    const seen = s.witnessSeen;
    const everyone = s.witnesses;
    everyone.clear();
    for (let k = 0; k < s.witnessedToday.count; k++)
      witnesses(s, s.witnessedToday.items[k], false, seen, everyone);
    for (let k = 0; k < s.namedToday.count; k++)
      witnesses(s, s.namedToday.items[k], true, seen, everyone);
    for (let k = 0; k < everyone.count; k++) {
      const j = everyone.items[k];
      seen[j] = 0;
      raise(s, j, a.witnessed);
    }
  }
  fade(s, 1 - a.recoveryPerDay);
  punished.clear();
  s.witnessedToday.clear();
  s.namedToday.clear();
}
