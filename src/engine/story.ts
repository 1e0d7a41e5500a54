/**
 * The ending's explanation: what happened to the protagonist and why, told from their dossier (and
 * the dossiers of the household members whose listing reached them), with the truth revealed — the
 * chain act → record (and whether it was theirs) → rule or list → sanction → refusal, then what they
 * learned, what they appealed and how it ended.
 */
import { agentsOf, mergedTimeline } from './citizen';
import { agentName } from './lists';
import type { PickedProtagonist } from './roles';
import { agentId, agentIndex, type SimState } from './state';
import type { GoalStatus } from './roleTypes';
import type { DossierEntry } from './types';

type Entry = DossierEntry & { subject: string };

/** Entries that carry the story (acts only when something came of them: a record or a service). */
function relevant(s: SimState, timeline: DossierEntry[]): DossierEntry[] {
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
  s: SimState,
  timeline: DossierEntry[],
  kept: DossierEntry[],
): Extract<DossierEntry, { type: 'act' }>[] {
  const shown = new Set(kept);
  return timeline.filter(
    (e): e is Extract<DossierEntry, { type: 'act' }> =>
      e.type === 'act' && e.day > 0 && !shown.has(e),
  );
}

const when = (day: number): string => (day === 0 ? 'Before the story' : `Day ${day}`);

/** Days in words: "Day 5", or "Days 5, 12, 19 and 4 more (the last on day 40)". */
function daysText(days: number[]): string {
  if (days.length === 1) return when(days[0]);
  const shown = days.slice(0, 3).join(', ');
  const more = days.length - 3;
  return more > 0
    ? `Days ${shown} and ${more} more (the last on day ${days[days.length - 1]})`
    : `Days ${shown}`;
}

/**
 * Sentences in day order, repeats folded into their first occurrence ("Days 22, 50, 57 and 20 more:
 * you were refused…"), so a year of weekly refusals reads as one line.
 */
function fold(lines: { day: number; text: string }[]): string[] {
  const order: { text: string; days: number[] }[] = [];
  const byText = new Map<string, { text: string; days: number[] }>();
  for (const line of lines) {
    const seen = byText.get(line.text);
    if (seen) seen.days.push(line.day);
    else {
      const item = { text: line.text, days: [line.day] };
      byText.set(line.text, item);
      order.push(item);
    }
  }
  return order.map((item) => `${daysText(item.days)}: ${item.text}`);
}

/** One sentence for an entry; `who` is "You" or a relative's name, `theirs` the possessive. */
function sentence(s: SimState, e: DossierEntry, who: string, theirs: string): string {
  const list = (id: string) => s.compiled.lists.find((l) => l.id === id)?.label ?? id;
  const consequence = (id: string) => s.compiled.consequences.find((c) => c.id === id)?.label ?? id;
  const name = (id: string) => {
    const a = agentIndex(s, id);
    return a >= 0 ? agentName(s, a) : id;
  };
  const source = (id: string) =>
    s.scenario.surveillance.sources.find((x) => x.id === id)?.label ?? id;
  switch (e.type) {
    case 'act':
      return `${who} did this: ${e.label.toLowerCase()}.`;
    case 'observed':
      if (e.basis === 'true')
        return `${source(e.source)} recorded "${e.label.toLowerCase()}" under ${theirs} name.`;
      if (e.basis === 'misattributed')
        return `${source(e.source)} recorded "${e.label.toLowerCase()}" under ${theirs} name — but it was ${e.actualActor ? name(e.actualActor) : 'someone else'}, a different person with the same name.`;
      return `${source(e.source)} recorded "${e.label.toLowerCase()}" under ${theirs} name — it never happened (a false report).`;
    case 'rule':
      return `the rule "${e.reason}" changed ${theirs} score by ${e.points} to ${Math.round(e.score)}${e.told ? '' : ' (nobody told them)'}.`;
    case 'notice':
      return `${who} received a warning of listing on the ${list(e.list)}.`;
    case 'listed':
      return `${who} ${who === 'You' ? 'were' : 'was'} put on the ${list(e.list)}${e.wrongful ? ' — wrongfully: no true act of what it lists in the year before' : ''}${e.told ? '' : ', without being told'}.`;
    case 'learned':
      return `${who} learned of the listing (${e.how === 'refused' ? 'by being refused' : e.how === 'published' ? 'from the published list' : e.how === 'notice' ? 'from the warning' : 'the office said so'}).`;
    case 'sanction':
      return `${consequence(e.consequence)} applied to ${who === 'You' ? 'you' : who}${e.via ? `, because ${name(e.via)} is listed` : ''}.`;
    case 'refused':
      return `${who} ${who === 'You' ? 'were' : 'was'} refused (${e.service}): ${consequence(e.consequence).toLowerCase()}${e.via ? ` — because of ${name(e.via)}'s listing` : ''}.`;
    case 'settled':
      return `what ${who === 'You' ? 'you' : who} owed for "${s.compiled.behaviours.labels[s.compiled.behaviours.ids.indexOf(e.behaviour)]?.toLowerCase() ?? e.behaviour}" was settled.`;
    case 'appealFiled':
      return `an appeal against the ${list(e.list)} was filed.`;
    case 'appealDecided':
      return `the appeal was ${e.granted ? 'granted' : 'refused'}${e.sincere ? '' : ' (judged insincere)'}; the listing was ${e.wrongful ? 'wrongful' : 'rightful'}.`;
    case 'delisted':
      return `${who} ${who === 'You' ? 'were' : 'was'} taken off the ${list(e.list)} (${e.why === 'appeal' ? 'appeal granted' : e.why}).`;
    case 'grade':
      return `${theirs === 'your' ? 'your' : theirs} grade went from ${e.from} to ${e.to}.`;
    case 'reward':
      return `${who} received a reward: ${e.label.toLowerCase()}.`;
    case 'sanctionLifted':
      return `${consequence(e.consequence)} no longer applied to ${who === 'You' ? 'you' : who}.`;
  }
}

/** The explanation of the played protagonist's story so far, and the entries it rests on. */
export function storyOf(
  s: SimState,
  p: PickedProtagonist,
): Pick<GoalStatus, 'explanation' | 'chain'> {
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
  const lines = mine.map((e) => ({ day: e.day, text: sentence(s, e, 'You', 'your') }));
  const unseen = unrecordedActs(s, mergedTimeline(s, agentsOf(s, person)), mine);
  if (unseen.length > 0)
    lines.push({
      day: unseen[unseen.length - 1].day,
      text: `${unseen.length} of your acts were never recorded by anyone (${[...new Set(unseen.map((e) => e.label.toLowerCase()))].join('; ')}).`,
    });
  for (const a of s.roles.apologies)
    lines.push({
      day: a.day,
      text: `you apologised; the apology was ${a.accepted ? 'accepted' : 'judged insincere'}.`,
    });
  // Apologies follow the day's dossier entries (ties broken by position).
  const ordered = lines
    .map((line, i) => ({ line, i }))
    .sort((x, y) => x.line.day - y.line.day || x.i - y.i)
    .map((x) => x.line);
  const explanation = fold(ordered);
  for (const r of [...relatives].sort((x, y) => x - y)) {
    // Their own purchases are their business; what reached the protagonist is their record and listing.
    const beh = s.compiled.behaviours;
    const theirs = relevant(s, mergedTimeline(s, agentsOf(s, r))).filter(
      (e) =>
        (e.type !== 'act' && e.type !== 'observed') ||
        beh.service[beh.ids.indexOf(e.behaviour)] < 0,
    );
    if (theirs.length === 0) continue;
    const name = agentName(s, r);
    explanation.push(`What happened to ${name}, whose listing reached you:`);
    explanation.push(
      ...fold(theirs.map((e) => ({ day: e.day, text: sentence(s, e, name, `${name}'s`) }))),
    );
    for (const e of theirs) chain.push({ ...e, subject: agentId(s, r) });
  }
  return { explanation, chain };
}
