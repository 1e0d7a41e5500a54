/**
 * The citizen's ending in words: each line of GoalStatus.story worded with a language's sentences
 * and the scenario's labels (translated where the scenario translates them). Only the words are
 * chosen here — which lines there are, and which repeats fold together, is the engine's.
 */
import type { StoryChapter, StoryFact } from '../engine/types';
import type { ScenarioLabels } from './labels';
import type { TextWords } from './types';

/** One fact as a sentence; `who` is the relative it is about, or null for the player. */
function sentence(
  fact: StoryFact,
  who: string | null,
  labels: ScenarioLabels,
  words: TextWords,
): string {
  const m = words.roles.story;
  switch (fact.kind) {
    case 'act':
      return m.act(who, labels.behaviour(fact.behaviour));
    case 'observed': {
      const source = labels.source(fact.source);
      const behaviour = labels.behaviour(fact.behaviour);
      if (fact.basis === 'misattributed')
        return m.misattributed(who, source, behaviour, fact.actualActor?.name ?? null);
      return fact.basis === 'false'
        ? m.falseReport(who, source, behaviour)
        : m.observed(who, source, behaviour);
    }
    case 'rule':
      return m.rule(who, labels.rule(fact.rule), fact.points, fact.score, fact.told);
    case 'grade':
      return m.grade(who, labels.grade(fact.from), labels.grade(fact.to));
    case 'notice':
      return m.notice(who, labels.list(fact.list));
    case 'listed':
      return m.listed(who, labels.list(fact.list), fact.wrongful, fact.told);
    case 'delisted':
      return m.delisted(who, labels.list(fact.list), words.entry.delistedWhy[fact.why] ?? fact.why);
    case 'learned':
      return m.learned(who, m.learnedHow[fact.how] ?? fact.how);
    case 'sanction':
      return m.sanction(who, labels.consequence(fact.consequence), fact.via?.name ?? null);
    case 'sanctionLifted':
      return m.sanctionLifted(who, labels.consequence(fact.consequence));
    case 'reward':
      return m.reward(who, labels.consequence(fact.consequence));
    case 'refused':
      return m.refused(
        who,
        fact.service,
        labels.consequence(fact.consequence),
        fact.via?.name ?? null,
      );
    case 'settled':
      return m.settled(who, labels.behaviour(fact.behaviour));
    case 'appealFiled':
      return m.appealFiled(labels.list(fact.list));
    case 'appealDecided':
      return m.appealDecided(fact.granted, fact.sincere, fact.wrongful);
    case 'unrecorded':
      return m.unrecorded(fact.count, fact.behaviours.map(labels.behaviour));
    case 'apology':
      return m.apology(fact.accepted);
  }
}

/** The ending's story as lines of text: "Day 8: …", a heading before each relative's chapter. */
export function storyWords(
  chapters: StoryChapter[],
  labels: ScenarioLabels,
  words: TextWords,
): string[] {
  const m = words.roles.story;
  return chapters.flatMap((chapter) => {
    const who = chapter.relative?.name ?? null;
    const lines = chapter.lines.map((line) =>
      m.line(m.days(line.days), sentence(line.fact, who, labels, words)),
    );
    return who === null ? lines : [m.relative(who), ...lines];
  });
}
