/**
 * System 5, sanction and reward: each consequence applies to people on its lists (only the court's own
 * when joint punishment is off; a business's listing reaches its owner) or in its grades, spills over to
 * children or the whole household, and lingers lingerDays after the reason ends. Then today's attempts
 * to use a service meet them: a refusal per refused purchase (not per person), or a reward used.
 */
import { SERVICES, type CompiledConsequence } from '../core/compile';
import {
  APPEAL_QUEUED,
  APPEAL_REVIEWING,
  STATUS_LISTED,
  agentId,
  listedAgents,
  personOf,
  type SimState,
} from '../core/state';
import { ROLE_CHILD, ROLE_ELDER, ROLE_HEAD, ROLE_SPOUSE } from '../town/town';

/** The lists an agent is on that still act on them: under 'suspend', not those they are appealing. */
function activeLists(s: SimState, agent: number, suspend: boolean): number {
  let mask = s.listedMask[agent];
  if (mask === 0 || !suspend) return mask;
  for (let l = 0; l < s.lists.length; l++) {
    const appeal = s.lists[l].appeal[agent];
    if (appeal === APPEAL_QUEUED || appeal === APPEAL_REVIEWING) mask &= ~(1 << l);
  }
  return mask;
}

/**
 * Which lists reach each person today (their own and their businesses', minus those suspended on
 * appeal), and each household (any member's). Only listed agents reach anyone: yesterday's reached
 * people are cleared, then today's listed agents reach their persons.
 */
function computeReach(s: SimState): void {
  const { reachMask, householdReach } = s;
  const owner = s.town.businesses.owner;
  const household = s.town.people.household;
  const people = s.people;
  const suspend = s.scenario.ruleset.appeals.sanctionsDuringReview === 'suspend';
  const before = s.reached;
  for (let k = 0; k < before.count; k++) {
    const i = before.items[k];
    reachMask[i] = 0;
    householdReach[household[i]] = 0;
  }
  const next = s.reachedNext;
  next.clear();
  // The listed agents, ascending: as a scan of every agent for a listedMask not 0 would find them.
  const listed = listedAgents(s);
  for (let k = 0; k < listed.count; k++) {
    const a = listed.items[k];
    const mask = activeLists(s, a, suspend);
    if (mask === 0) continue;
    const i = a < people ? a : owner[a - people];
    if (reachMask[i] === 0) next.push(i);
    reachMask[i] |= mask;
  }
  for (let k = 0; k < next.count; k++) {
    const i = next.items[k];
    householdReach[household[i]] |= reachMask[i];
  }
}

/** Is j a parent of i in their household (for spill-over to children)? */
function isParentOf(s: SimState, j: number, i: number): boolean {
  const role = s.town.people.role;
  const parent = role[j] === ROLE_HEAD || role[j] === ROLE_SPOUSE;
  if (role[i] === ROLE_CHILD) return parent;
  return role[j] === ROLE_ELDER && (role[i] === ROLE_HEAD || role[i] === ROLE_SPOUSE);
}

/** The household member whose lists reach person i through spill-over, or -1. */
function spillSource(s: SimState, c: CompiledConsequence, i: number): number {
  const h = s.town.people.household[i];
  const start = s.town.households.start;
  for (let j = start[h]; j < start[h + 1]; j++) {
    if (j === i || (s.reachMask[j] & c.listMask) === 0) continue;
    if (c.spillover === 'household' || isParentOf(s, j, i)) return j;
  }
  return -1;
}

/** A consequence starts to apply to person i. */
function grant(s: SimState, c: CompiledConsequence, i: number, via: number): void {
  if (c.sanction) {
    s.counters.sanctionsApplied++;
    s.dossiers.note(i, {
      day: s.day,
      type: 'sanction',
      consequence: c.id,
      label: c.label,
      ...(via >= 0 ? { via: agentId(s, via) } : {}),
    });
    s.punishedToday.push(i);
    if (via < 0) s.witnessedToday.push(i);
  } else if (c.service < 0) {
    // Rewards tied to a service are counted when used; others when granted.
    s.counters.rewardsGiven++;
    s.dossiers.note(i, { day: s.day, type: 'reward', consequence: c.id, label: c.label });
  }
}

/**
 * The people whose consequences may change today: their own reach or grade changed, someone in their
 * household's reach changed (spill-over), or a consequence is lingering on them (it runs out by date).
 * Everyone else keeps exactly what they had, so only these are re-decided, in ascending order. On the
 * first day that is everyone (no grade was decided on before). Those only lingering keep what they
 * had of every consequence that never lingers, so that is decided only for the others
 * (s.consequenceMoved, ascending).
 */
function findChanged(s: SimState): void {
  const { reachMask, grade, lingering, consequenceDirty: dirty, dirtyFlag } = s;
  const { reach, grade: lastGrade, householdChanged } = s.consequenceInputs;
  const household = s.town.people.household;
  const start = s.town.households.start;
  const changedHouseholds = s.householdsChanged;
  for (let k = 0; k < changedHouseholds.count; k++)
    householdChanged[changedHouseholds.items[k]] = 0;
  changedHouseholds.clear();
  // Reach can have changed only for people reached yesterday or today.
  for (let pass = 0; pass < 2; pass++) {
    const people = pass === 0 ? s.reached : s.reachedNext;
    for (let k = 0; k < people.count; k++) {
      const i = people.items[k];
      if (reachMask[i] === reach[i]) continue;
      reach[i] = reachMask[i];
      const h = household[i];
      if (!householdChanged[h]) {
        householdChanged[h] = 1;
        changedHouseholds.push(h);
      }
    }
  }
  const was = s.reached;
  s.reached = s.reachedNext;
  s.reachedNext = was;
  dirty.clear();
  if (s.consequenceScan) {
    s.consequenceScan = false;
    // Everyone's grade is new today, but nothing is in force or lingering yet (only
    // updateConsequence sets them): someone no list reaches, in no household a list reaches, in a
    // grade no consequence names gets nothing, so only the others are decided on.
    let grades = 0;
    for (const c of s.compiled.consequences) grades |= c.gradeMask;
    const { householdReach } = s;
    for (let i = 0; i < s.people; i++) {
      const h = household[i];
      if (
        reachMask[i] !== 0 ||
        householdReach[h] !== 0 ||
        householdChanged[h] ||
        lingering[i] > 0 ||
        ((grades >> grade[i]) & 1) === 1
      )
        dirty.push(i);
    }
    lastGrade.set(grade.subarray(0, s.people));
    s.consequenceMoved.copyOf(dirty);
    return;
  }
  const regraded = s.gradeChanged;
  for (let k = 0; k < regraded.count; k++) {
    const i = regraded.items[k];
    lastGrade[i] = grade[i];
    dirty.pushOnce(i, dirtyFlag);
  }
  for (let k = 0; k < changedHouseholds.count; k++) {
    const h = changedHouseholds.items[k];
    for (let j = start[h]; j < start[h + 1]; j++) dirty.pushOnce(j, dirtyFlag);
  }
  // Everyone so far has new inputs; those the lingerers add have none.
  const moved = s.consequenceMoved;
  moved.copyOf(dirty);
  if (moved.count > 1) moved.items.subarray(0, moved.count).sort();
  const lingerers = s.lingerList;
  let kept = 0;
  for (let k = 0; k < lingerers.count; k++) {
    const i = lingerers.items[k];
    if (lingering[i] > 0) {
      lingerers.items[kept++] = i;
      dirty.pushOnce(i, dirtyFlag);
    } else s.lingerFlag[i] = 0;
  }
  lingerers.count = kept;
  const items = dirty.items;
  if (dirty.count > 1) items.subarray(0, dirty.count).sort();
  for (let k = 0; k < dirty.count; k++) dirtyFlag[items[k]] = 0;
}

/**
 * Decide consequence c for today's people: all of consequenceDirty when c may linger, else only
 * consequenceMoved (the others' inputs and so what they get of c are as on their last decision).
 */
function updateConsequence(s: SimState, c: CompiledConsequence): void {
  const { inForce, lingerUntil, via } = s.consequences[c.index];
  const { grade, reachMask, householdReach, lingering, sanctionsOn, householdHit, inForceMask } = s;
  const { items: dirty, count } = c.lingerDays > 0 ? s.consequenceDirty : s.consequenceMoved;
  // c's bit in inForceMask (0: none, past the first 32 consequences).
  const bit = c.index < 32 ? 1 << c.index : 0;
  const household = s.town.people.household;
  const { listMask, gradeMask, lingerDays } = c;
  const spills = c.spillover !== 'none' && listMask !== 0;
  // Families hit through someone else: sanctions in force on a person via another, by household.
  const hits = c.sanction && c.spillover !== 'none';
  const day = s.day;
  for (let k = 0; k < count; k++) {
    const i = dirty[k];
    const direct = (reachMask[i] & listMask) !== 0 || ((gradeMask >> grade[i]) & 1) === 1;
    // Only households someone's lists reach can spill over (checked per household first, for speed).
    const reaches = !direct && spills && (householdReach[household[i]] & listMask) !== 0;
    // Not in force and not applying: nothing changes (read from the one mask, not c's columns).
    if (!direct && !reaches && bit !== 0 && (inForceMask[i] & bit) === 0) continue;
    const hitBefore = hits && inForce[i] === 1 && via[i] >= 0;
    const through = reaches ? spillSource(s, c, i) : -1;
    if (direct || through >= 0) {
      if (lingerUntil[i] >= 0) {
        lingerUntil[i] = -1;
        lingering[i]--;
      }
      if (!inForce[i]) {
        inForce[i] = 1;
        inForceMask[i] |= bit;
        if (c.sanction && sanctionsOn[i]++ === 0) s.sanctioned++;
        grant(s, c, i, through);
      }
      via[i] = through;
    } else if (inForce[i]) {
      if (lingerDays > 0) {
        if (lingerUntil[i] < 0) {
          lingerUntil[i] = day + lingerDays;
          lingering[i]++;
          s.lingerList.pushOnce(i, s.lingerFlag);
        }
        if (day <= lingerUntil[i]) continue;
        lingering[i]--;
      }
      inForce[i] = 0;
      inForceMask[i] &= ~bit;
      if (c.sanction && --sanctionsOn[i] === 0) s.sanctioned--;
      lingerUntil[i] = -1;
      via[i] = -1;
      s.dossiers.note(i, { day, type: 'sanctionLifted', consequence: c.id });
    }
    if (!hits) continue;
    const hitAfter = inForce[i] === 1 && via[i] >= 0;
    if (hitAfter === hitBefore) continue;
    const h = household[i];
    if (hitAfter) {
      if (householdHit[h]++ === 0) s.familiesAffected++;
    } else if (--householdHit[h] === 0) s.familiesAffected--;
  }
}

/** A refusal tells people they are listed: mark the lists behind consequence c known to whoever is on them. */
function learnFromRefusal(s: SimState, c: CompiledConsequence, person: number): void {
  const learn = (agent: number): void => {
    for (let l = 0; l < s.lists.length; l++) {
      const st = s.lists[l];
      if ((c.listMask & (1 << l)) === 0 || st.status[agent] !== STATUS_LISTED || st.knows[agent])
        continue;
      st.knows[agent] = 1;
      s.dossiers.note(agent, { day: s.day, type: 'learned', how: 'refused' });
    }
  };
  learn(person);
  for (let k = s.owned.offsets[person]; k < s.owned.offsets[person + 1]; k++)
    learn(s.people + s.owned.indices[k]);
}

/**
 * Today's attempts to use a service: refused under a refusing sanction, else a reward used if any.
 * A business's purchase is judged by its owner's sanctions (its own listing reaches its owner).
 */
function useServices(s: SimState): void {
  const beh = s.compiled.behaviours;
  const { inForceMask, serviceMasks } = s;
  for (let k = 0; k < s.actCount; k++) {
    const agent = s.actAgent[k];
    const service = beh.service[s.actBehaviour[k]];
    if (service < 0) continue;
    const i = personOf(s, agent);
    // None of the service's consequences in force on them: neither refused nor rewarded.
    const involved = serviceMasks[service];
    if (involved !== 0 && (inForceMask[i] & involved) === 0) continue;
    let refused = false;
    for (const ci of s.compiled.refusesService[service]) {
      const st = s.consequences[ci];
      if (!st.inForce[i]) continue;
      const c = s.compiled.consequences[ci];
      const via = agent === i ? st.via[i] : i;
      refused = true;
      s.counters.refusals[service]++;
      s.dossiers.note(agent, {
        day: s.day,
        type: 'refused',
        service: SERVICES[service],
        consequence: c.id,
        ...(via >= 0 ? { via: agentId(s, via) } : {}),
      });
      s.feed.push({
        day: s.day,
        kind: 'refused',
        subject: agentId(s, agent),
        service: SERVICES[service],
        consequence: c.id,
        // A sanction on a person that reached them through a listed relative (spillover).
        ...(agent === i && via >= 0 ? { via: agentId(s, via) } : {}),
      });
      s.punishedToday.push(i);
      learnFromRefusal(s, c, st.via[i] >= 0 ? st.via[i] : i);
      break;
    }
    if (refused) continue;
    for (const ci of s.compiled.rewardsService[service]) {
      if (!s.consequences[ci].inForce[i]) continue;
      const c = s.compiled.consequences[ci];
      s.counters.rewardsGiven++;
      s.dossiers.note(agent, { day: s.day, type: 'reward', consequence: c.id, label: c.label });
      break;
    }
  }
}

/** Apply and lift consequences, then meet today's service attempts. */
export function applyConsequences(s: SimState): void {
  computeReach(s);
  findChanged(s);
  for (const c of s.compiled.consequences) updateConsequence(s, c);
  useServices(s);
}
