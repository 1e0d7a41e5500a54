/**
 * The ending's story in English (GoalStatus.explanation, and what tests and the command line read):
 * each line of story.ts worded with the scenario's English labels. The interface words the same
 * lines in the reader's language (src/ui/roles/storyWords.ts).
 */
import type { StoryChapter, StoryFact } from './storyTypes';
import type { SimState } from '../core/state';

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

/** The scenario's English label lookups, by id (the id itself when unknown). */
function englishLabels(s: SimState) {
  const beh = s.compiled.behaviours;
  return {
    list: (id: string) => s.compiled.lists.find((l) => l.id === id)?.label ?? id,
    consequence: (id: string) => s.compiled.consequences.find((c) => c.id === id)?.label ?? id,
    source: (id: string) => s.scenario.surveillance.sources.find((x) => x.id === id)?.label ?? id,
    behaviour: (id: string) => beh.labels[beh.ids.indexOf(id)] ?? id,
    rule: (id: string) => s.compiled.rules.find((r) => r.id === id)?.reason ?? id,
  };
}

/** One sentence; `who` is "You" or a relative's name, `theirs` the possessive. */
function sentence(
  label: ReturnType<typeof englishLabels>,
  fact: StoryFact,
  who: string,
  theirs: string,
): string {
  const you = who === 'You';
  switch (fact.kind) {
    case 'act':
      return `${who} did this: ${label.behaviour(fact.behaviour).toLowerCase()}.`;
    case 'observed': {
      const recorded = `${label.source(fact.source)} recorded "${label.behaviour(fact.behaviour).toLowerCase()}" under ${theirs} name`;
      if (fact.basis === 'true') return `${recorded}.`;
      if (fact.basis === 'misattributed')
        return `${recorded} — but it was ${fact.actualActor?.name ?? 'someone else'}, a different person with the same name.`;
      return `${recorded} — it never happened (a false report).`;
    }
    case 'rule':
      return `the rule "${label.rule(fact.rule)}" changed ${theirs} score by ${fact.points} to ${fact.score}${fact.told ? '' : ' (nobody told them)'}.`;
    case 'notice':
      return `${who} received a warning of listing on the ${label.list(fact.list)}.`;
    case 'listed':
      return `${who} ${you ? 'were' : 'was'} put on the ${label.list(fact.list)}${fact.wrongful ? ' — wrongfully: no true act of what it lists in the year before' : ''}${fact.told ? '' : ', without being told'}.`;
    case 'learned':
      return `${who} learned of the listing (${fact.how === 'refused' ? 'by being refused' : fact.how === 'published' ? 'from the published list' : fact.how === 'notice' ? 'from the warning' : 'the office said so'}).`;
    case 'sanction':
      return `${label.consequence(fact.consequence)} applied to ${you ? 'you' : who}${fact.via ? `, because ${fact.via.name} is listed` : ''}.`;
    case 'refused':
      return `${who} ${you ? 'were' : 'was'} refused (${fact.service}): ${label.consequence(fact.consequence).toLowerCase()}${fact.via ? ` — because of ${fact.via.name}'s listing` : ''}.`;
    case 'settled':
      return `what ${you ? 'you' : who} owed for "${label.behaviour(fact.behaviour).toLowerCase()}" was settled.`;
    case 'appealFiled':
      return `an appeal against the ${label.list(fact.list)} was filed.`;
    case 'appealDecided':
      return `the appeal was ${fact.granted ? 'granted' : 'refused'}${fact.sincere ? '' : ' (judged insincere)'}; the listing was ${fact.wrongful ? 'wrongful' : 'rightful'}.`;
    case 'delisted':
      return `${who} ${you ? 'were' : 'was'} taken off the ${label.list(fact.list)} (${fact.why === 'appeal' ? 'appeal granted' : fact.why}).`;
    case 'grade':
      return `${theirs} grade went from ${fact.from} to ${fact.to}.`;
    case 'reward':
      return `${who} received a reward: ${label.consequence(fact.consequence).toLowerCase()}.`;
    case 'sanctionLifted':
      return `${label.consequence(fact.consequence)} no longer applied to ${you ? 'you' : who}.`;
    case 'unrecorded':
      return `${fact.count} of your acts were never recorded by anyone (${[...new Set(fact.behaviours.map((b) => label.behaviour(b).toLowerCase()))].join('; ')}).`;
    case 'apology':
      return `you apologised; the apology was ${fact.accepted ? 'accepted' : 'judged insincere'}.`;
  }
}

/** The story in English sentences: "Day 8: You were refused…", a heading before each relative's. */
export function storyText(s: SimState, chapters: StoryChapter[]): string[] {
  const label = englishLabels(s);
  return chapters.flatMap((chapter) => {
    const who = chapter.relative?.name ?? 'You';
    const theirs = chapter.relative ? `${chapter.relative.name}'s` : 'your';
    const lines = chapter.lines.map(
      (line) => `${daysText(line.days)}: ${sentence(label, line.fact, who, theirs)}`,
    );
    return chapter.relative
      ? [`What happened to ${chapter.relative.name}, whose listing reached you:`, ...lines]
      : lines;
  });
}
