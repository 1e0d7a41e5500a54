/**
 * The ending's story: what happened to the protagonist and why, told from their dossier (and the
 * dossiers of the household members whose listing reached them), with the truth revealed — the
 * chain act → record (and whether it was theirs) → rule or list → sanction → refusal, then what they
 * learned, what they appealed and how it ended. Told as data (storyTypes.ts), which src/text/story.ts
 * words in the reader's language.
 */
import { agentsOf, mergedTimeline } from './citizen';
import { agentName } from '../systems/lists';
import type { StoryChapter, StoryFact, StoryLine, StoryPerson } from './storyTypes';
import { agentId, agentIndex } from '../core/state';
import type { GoalStatus } from './types';
import type { AgentId, DossierEntry } from '../types';
import type { PickedProtagonist, RoleSimState } from './state';

type Entry = DossierEntry & { subject: string };

/** Entries that carry the story (acts only when something came of them: a record or a service). */
function relevant(s: RoleSimState, timeline: DossierEntry[]): DossierEntry[] {
  const recordedDays = new Set(
    timeline.flatMap((e) =>
      e.type === 'observed' && e.basis === 'true' ? [`${e.day}:${e.behaviour}`] : [],
    ),
  );
  const beh = s.compiled.behaviours;
  return timeline.filter((e) => {
    if (e.type !== 'act') return true;
    const b = beh.ids.indexOf(e.behaviour);
    return recordedDays.has(`${e.day}:${e.behaviour}`) || beh.service[b] >= 0;
  });
}

/** Acts that left no trace in the system (kept out of the chain, counted instead). */
function unrecordedActs(
  timeline: DossierEntry[],
  kept: DossierEntry[],
): Extract<DossierEntry, { type: 'act' }>[] {
  const shown = new Set(kept);
  return timeline.filter(
    (e): e is Extract<DossierEntry, { type: 'act' }> =>
      e.type === 'act' && e.day > 0 && !shown.has(e),
  );
}

/** The person with this id and their name (the id itself when it names nobody in town). */
function personOf(s: RoleSimState, id: AgentId): StoryPerson {
  const a = agentIndex(s, id);
  return { id, name: a >= 0 ? agentName(s, a) : id };
}

/** What one dossier entry says in the story. */
function factOf(s: RoleSimState, e: DossierEntry): StoryFact {
  const via = (id: AgentId | undefined) => (id === undefined ? null : personOf(s, id));
  switch (e.type) {
    case 'act':
      return { kind: 'act', behaviour: e.behaviour };
    case 'observed':
      return {
        kind: 'observed',
        behaviour: e.behaviour,
        source: e.source,
        basis: e.basis,
        actualActor: e.basis === 'misattributed' ? via(e.actualActor) : null,
      };
    case 'rule':
      return {
        kind: 'rule',
        rule: e.rule,
        points: e.points,
        score: Math.round(e.score),
        told: e.told,
      };
    case 'grade':
      return { kind: 'grade', from: e.from, to: e.to };
    case 'notice':
      return { kind: 'notice', list: e.list };
    case 'listed':
      return { kind: 'listed', list: e.list, wrongful: e.wrongful, told: e.told };
    case 'delisted':
      return { kind: 'delisted', list: e.list, why: e.why };
    case 'sanction':
      return { kind: 'sanction', consequence: e.consequence, via: via(e.via) };
    case 'sanctionLifted':
      return { kind: 'sanctionLifted', consequence: e.consequence };
    case 'reward':
      return { kind: 'reward', consequence: e.consequence };
    case 'refused':
      return {
        kind: 'refused',
        service: e.service,
        consequence: e.consequence,
        via: via(e.via),
      };
    case 'settled':
      return { kind: 'settled', behaviour: e.behaviour };
    case 'learned':
      return { kind: 'learned', how: e.how };
    case 'appealFiled':
      return { kind: 'appealFiled', list: e.list };
    case 'appealDecided':
      return {
        kind: 'appealDecided',
        granted: e.granted,
        sincere: e.sincere,
        wrongful: e.wrongful,
      };
  }
}

/**
 * Lines in day order, repeats (the same fact) folded into their first occurrence ("Days 22, 50,
 * 57 and 20 more: you were refused…"), so a year of weekly refusals reads as one line.
 */
function fold(happenings: { day: number; fact: StoryFact }[]): StoryLine[] {
  const lines: StoryLine[] = [];
  const byFact = new Map<string, StoryLine>();
  for (const { day, fact } of happenings) {
    const key = JSON.stringify(fact);
    const seen = byFact.get(key);
    if (seen) seen.days.push(day);
    else {
      const line = { days: [day], fact };
      byFact.set(key, line);
      lines.push(line);
    }
  }
  return lines;
}

/** The protagonist's chapter: their dossier, the acts nobody recorded, and their apologies. */
function ownChapter(s: RoleSimState, person: number, mine: DossierEntry[]): StoryChapter {
  const happenings = mine.map((e) => ({ day: e.day, fact: factOf(s, e) }));
  const unseen = unrecordedActs(mergedTimeline(s, agentsOf(s, person)), mine);
  if (unseen.length > 0)
    happenings.push({
      day: unseen[unseen.length - 1].day,
      fact: {
        kind: 'unrecorded',
        count: unseen.length,
        behaviours: [...new Set(unseen.map((e) => e.behaviour))],
      },
    });
  for (const a of s.roles.apologies)
    happenings.push({ day: a.day, fact: { kind: 'apology', accepted: a.accepted } });
  // Apologies follow the day's dossier entries (ties broken by position).
  const ordered = happenings
    .map((h, i) => ({ h, i }))
    .sort((x, y) => x.h.day - y.h.day || x.i - y.i)
    .map((x) => x.h);
  return { relative: null, lines: fold(ordered) };
}

/** The played protagonist's story so far, told as data and in English, and the entries it rests on. */
export function storyOf(
  s: RoleSimState,
  p: PickedProtagonist,
): Pick<GoalStatus, 'story' | 'chain'> {
  const person = p.person;
  const mine = relevant(s, mergedTimeline(s, agentsOf(s, person)));
  // Relatives whose listing reached the protagonist (through a sanction or refusal), and the setup target.
  const relatives = new Set<number>();
  if (p.target >= 0 && p.target !== person) relatives.add(p.target);
  for (const e of mine)
    if ((e.type === 'sanction' || e.type === 'refused') && e.via) {
      const a = agentIndex(s, e.via);
      if (a >= 0 && a !== person && a < s.people) relatives.add(a);
    }
  const chain: Entry[] = mine.map((e) => ({ ...e, subject: agentId(s, person) }));
  const story = [ownChapter(s, person, mine)];
  const beh = s.compiled.behaviours;
  for (const r of [...relatives].sort((x, y) => x - y)) {
    // Their own purchases are their business; what reached the protagonist is their record and listing.
    const theirs = relevant(s, mergedTimeline(s, agentsOf(s, r))).filter(
      (e) =>
        (e.type !== 'act' && e.type !== 'observed') ||
        beh.service[beh.ids.indexOf(e.behaviour)] < 0,
    );
    if (theirs.length === 0) continue;
    story.push({
      relative: { id: agentId(s, r), name: agentName(s, r) },
      lines: fold(theirs.map((e) => ({ day: e.day, fact: factOf(s, e) }))),
    });
    for (const e of theirs) chain.push({ ...e, subject: agentId(s, r) });
  }
  return { story, chain };
}
