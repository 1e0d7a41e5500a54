/**
 * System 6, appeals. Only subjects who know they are listed may file: at fileRate when they know why
 * (rules disclosed, reasons given, or warned by a notice), else at fileRateUnclear; one appeal per
 * listing. A FIFO queue: capacityPerDay reviews start each day and take reviewDays. The outcome comes
 * from the appellant's own DECIDE draw: grantIfWrong when the listing was wrongful, grantIfRight when
 * it was not, blended with a subjective "sincerity" judgment (the SINCERE draw) by sincerityWeight.
 */
import { delist } from './lists';
import { DRAW_DECIDE, DRAW_FILE, DRAW_SINCERE } from '../core/rng';
import {
  agentId,
  listedAgents,
  APPEAL_DECIDED,
  APPEAL_NONE,
  APPEAL_QUEUED,
  APPEAL_REVIEWING,
  STATUS_LISTED,
  type AppealQueue,
  type SimState,
} from '../core/state';

/** Appeals filed and not yet decided (waiting or under review). */
export function appealBacklog(s: SimState): number {
  return (
    s.appealQueue.agent.length - s.appealQueue.head + (s.reviews.agent.length - s.reviews.head)
  );
}

/** Drop the part of a queue already consumed, so arrays stay short over long runs. */
function compact(q: AppealQueue): void {
  if (q.head < 1024 || q.head * 2 < q.agent.length) return;
  q.agent = q.agent.slice(q.head);
  q.list = q.list.slice(q.head);
  q.filed = q.filed.slice(q.head);
  q.due = q.due.slice(q.head);
  q.head = 0;
}

/** File an appeal by an agent against list l: it joins the queue. */
export function fileAppeal(s: SimState, agent: number, l: number): void {
  s.lists[l].appeal[agent] = APPEAL_QUEUED;
  s.appealQueue.agent.push(agent);
  s.appealQueue.list.push(l);
  s.appealQueue.filed.push(s.day);
  s.appealQueue.due.push(0);
  s.counters.appealsFiled++;
  const list = s.compiled.lists[l];
  s.dossiers.note(agent, { day: s.day, type: 'appealFiled', list: list.id });
  s.feed.push({
    day: s.day,
    kind: 'appealFiled',
    subject: agentId(s, agent),
    list: list.id,
  });
}

/**
 * Listed subjects who know it may file one appeal (the first eligible list, from their FILE draw).
 * Agents the player controls file only by choice (s.play.fileAppeals, after these).
 */
function fileAppeals(s: SimState): void {
  const a = s.scenario.ruleset.appeals;
  const draws = s.life.draws[DRAW_FILE];
  const controlled = s.play.controlled;
  // The listed agents, ascending (filing an appeal changes no listing).
  const listed = listedAgents(s);
  for (let k = 0; k < listed.count; k++) {
    const agent = listed.items[k];
    if (controlled[agent]) continue;
    for (let l = 0; l < s.lists.length; l++) {
      const st = s.lists[l];
      if (
        st.status[agent] !== STATUS_LISTED ||
        !st.knows[agent] ||
        st.appeal[agent] !== APPEAL_NONE
      )
        continue;
      const knowsWhy = s.compiled.transparent || st.noticed[agent] === 1;
      if (draws[agent] < (knowsWhy ? a.fileRate : a.fileRateUnclear)) fileAppeal(s, agent, l);
      break;
    }
  }
}

/** Start up to capacityPerDay reviews from the head of the queue. */
function startReviews(s: SimState): void {
  const a = s.scenario.ruleset.appeals;
  const q = s.appealQueue;
  let started = 0;
  while (q.head < q.agent.length && started < a.capacityPerDay) {
    const agent = q.agent[q.head];
    const l = q.list[q.head];
    const filed = q.filed[q.head];
    q.head++;
    // A subject delisted while waiting no longer needs a review.
    if (s.lists[l].appeal[agent] !== APPEAL_QUEUED) continue;
    s.lists[l].appeal[agent] = APPEAL_REVIEWING;
    s.reviews.agent.push(agent);
    s.reviews.list.push(l);
    s.reviews.filed.push(filed);
    s.reviews.due.push(s.day + a.reviewDays);
    started++;
  }
  compact(q);
}

/** Decide the reviews that are due, in the order they started. */
function decideReviews(s: SimState): void {
  const a = s.scenario.ruleset.appeals;
  const q = s.reviews;
  const decide = s.life.draws[DRAW_DECIDE];
  const sincerity = s.life.draws[DRAW_SINCERE];
  while (q.head < q.agent.length && q.due[q.head] <= s.day) {
    const agent = q.agent[q.head];
    const l = q.list[q.head];
    const filed = q.filed[q.head];
    q.head++;
    const st = s.lists[l];
    if (st.appeal[agent] !== APPEAL_REVIEWING) continue;
    const wrongful = st.wrongful[agent] === 1;
    const sincere = sincerity[agent] < 0.5;
    const odds = wrongful ? a.grantIfWrong : a.grantIfRight;
    const chance = (1 - a.sincerityWeight) * odds + a.sincerityWeight * (sincere ? 1 : 0);
    const granted = decide[agent] < chance;
    concludeAppeal(s, agent, l, filed, granted, sincere);
  }
  compact(q);
}

/** An appeal is decided: counted, noted, announced, and the listing ends if granted. */
export function concludeAppeal(
  s: SimState,
  agent: number,
  l: number,
  filed: number,
  granted: boolean,
  sincere: boolean,
): void {
  const st = s.lists[l];
  const wrongful = st.wrongful[agent] === 1;
  const list = s.compiled.lists[l];
  s.counters.appealsDecided++;
  s.counters.appealWaitDays += s.day - filed;
  s.dossiers.note(agent, {
    day: s.day,
    type: 'appealDecided',
    list: list.id,
    granted,
    sincere,
    wrongful,
  });
  s.feed.push({
    day: s.day,
    kind: 'appealDecided',
    subject: agentId(s, agent),
    list: list.id,
    granted,
    sincere,
  });
  if (granted) s.counters.appealsGranted++;
  if (granted && list.onAppeal) delist(s, list, agent, 'appeal');
  else st.appeal[agent] = APPEAL_DECIDED;
}

/**
 * File, start and decide appeals. When the player is the appeals officer, cases wait in the queue
 * for their decisions instead (s.play.decideAppeals: roles/appealsDesk.ts).
 */
export function processAppeals(s: SimState): void {
  if (!s.scenario.ruleset.appeals.enabled) return;
  fileAppeals(s);
  s.play.fileAppeals();
  if (s.play.decideAppeals) s.play.decideAppeals();
  else {
    startReviews(s);
    decideReviews(s);
  }
}
