/**
 * The citizen's ending in both languages, worded from the engine's story lines: in English the
 * same sentences the engine's explanation had before the words moved to src/text, in Chinese the
 * same lines with no Latin letters but people's names. Played with fixed weekly choices, as
 * tests/engine/rolesEndings.test.ts does.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/engine/index';
import type { GoalStatus, StoryChapter } from '../../src/engine/types';
import { loadScenario } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';
import { scenarioLabels } from '../../src/ui/dossier/describeEntry';
import { storyWords } from '../../src/text/story';
import { messages as en } from '../../src/ui/strings/en';
import { messages as zh } from '../../src/ui/strings/zh-CN';

function scenario(file: string): Scenario {
  const loaded = loadScenario(readFileSync(`scenarios/${file}.yaml`, 'utf8'), file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return loaded.scenario;
}

/** Play `protagonist` week by week (`policy[w]` for week w, the last one repeating) to the ending. */
function ending(sc: Scenario, protagonist: string, policy: string[]): GoalStatus {
  const sim = createSimulation(sc, sc.seed, { role: { kind: 'citizen', protagonist } });
  const me = sim.roles().protagonists.find((p) => p.id === protagonist)!.person!;
  for (let week = 0; sim.day < sc.days && !sim.goalStatus(me)!.ending; week++) {
    const result = sim.chooseAction(me, policy[Math.min(week, policy.length - 1)]);
    if (!result.ok) throw new Error(`day ${sim.day}: ${result.refusal.kind}`);
    sim.run(7);
  }
  return sim.goalStatus(me)!;
}

/** The people a story names (relatives, namesakes, whoever's listing reached the player). */
function namesIn(story: StoryChapter[]): string[] {
  return story.flatMap((chapter) => [
    ...(chapter.relative ? [chapter.relative.name] : []),
    ...chapter.lines.flatMap(({ fact }) =>
      fact.kind === 'observed'
        ? [fact.actualActor?.name ?? '']
        : fact.kind === 'sanction' || fact.kind === 'refused'
          ? [fact.via?.name ?? '']
          : [],
    ),
  ]);
}

/** A line with the names taken out; the longest names go first ("Wang Lihua" before "Wang Li"). */
const withoutNames = (line: string, names: string[]) =>
  [...names]
    .filter((name) => name !== '')
    .sort((a, b) => b.length - a.length)
    .reduce((text, name) => text.split(name).join(''), line);

/** The journalist's ending in English, as the engine wrote it (GoalStatus.explanation). */
const JOURNALIST_ENDING = [
  'Before the story: You did this: posts found defamatory by a court (an apology ordered).',
  'Before the story: Court records recorded "posts found defamatory by a court (an apology ordered)" under your name.',
  'Before the story: You were put on the List of untrustworthy people, without being told.',
  'Day 1: You did this: publishing an investigative report about an official.',
  'Day 1: Platform rumour flags recorded "publishing an investigative report about an official" under your name.',
  'Day 1: Refused plane tickets applied to you.',
  'Day 1: Refused high-speed train tickets applied to you.',
  'Day 1: Refused bank loans applied to you.',
  'Day 1: Refused property purchases applied to you.',
  'Day 1: Name published on the list applied to you.',
  'Day 8: an appeal against the List of untrustworthy people was filed.',
  'Day 15: what you owed for "posts found defamatory by a court (an apology ordered)" was settled.',
  'Day 15: you apologised; the apology was accepted.',
  'Days 22, 29, 36 and 34 more (the last on day 274): You did this: buying a high-speed train ticket.',
  'Days 22, 29, 36 and 32 more (the last on day 274): Bank records recorded "buying a high-speed train ticket" under your name.',
  'Days 22, 29, 36 and 34 more (the last on day 274): You were refused (train): refused high-speed train tickets.',
  'Day 22: You learned of the listing (by being refused).',
  'Day 23: the appeal was refused (judged insincere); the listing was rightful.',
];

describe('the journalist’s ending, lost after an insincere appeal', { timeout: 120_000 }, () => {
  const journalist = scenario('journalist');
  const status = ending(journalist, 'journalist', ['publish', 'appeal', 'apologise', 'train']);
  const english = storyWords(status.story, scenarioLabels(journalist, 'en'), en);
  const chinese = storyWords(status.story, scenarioLabels(journalist, 'zh-CN'), zh);

  it('reads in English as the engine tells it', () => {
    expect(status.ending).toMatchObject({ kind: 'lose', day: 280 });
    expect(english).toEqual(JOURNALIST_ENDING);
  });

  it('reads in Chinese, line for line, with no Latin letters but names', () => {
    expect(chinese).toHaveLength(english.length);
    const names = namesIn(status.story);
    for (const line of chinese) {
      expect(withoutNames(line, names), line).not.toMatch(/[A-Za-z]/);
      expect(line, line).toMatch(/[\u4e00-\u9fff]{4}/);
    }
    expect(chinese[0]).toMatch(/^故事开始之前：/);
    expect(chinese).toContain('第 1 天：你做了这件事：发表关于某官员的调查报道。');
    expect(chinese.some((l) => l.endsWith('：你得知自己被列入名单（因为被拒绝）。'))).toBe(true);
    expect(
      chinese.some((l) => l.endsWith('：申诉被驳回（被认定为不真诚）；这次列入是有依据的。')),
    ).toBe(true);
    expect(chinese.some((l) => l.endsWith('：你道歉了；道歉被接受了。'))).toBe(true);
    // A year of weekly refusals folds into one line, as in English.
    const refusals = chinese.filter((l) => /你遭到拒绝：被拒购高铁票。$/.test(l));
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatch(
      /^第 \d+、\d+、\d+ 天及另外 \d+ 次（最后一次在第 \d+ 天）：你遭到拒绝：被拒购高铁票。$/,
    );
  });
});

describe('the student’s ending, told through the father’s listing', { timeout: 120_000 }, () => {
  const fathersDebt = scenario('fathers-debt');
  const status = ending(fathersDebt, 'student', ['appeal', 'apply']);
  const father = status.story[1]?.relative;

  it('has the father’s chapter, worded in both languages', () => {
    expect(father).toBeDefined();
    const english = storyWords(status.story, scenarioLabels(fathersDebt, 'en'), en);
    expect(english).toContain(`What happened to ${father!.name}, whose listing reached you:`);
    expect(english.some((l) => l.includes(` — because of ${father!.name}'s listing.`))).toBe(true);
    const chinese = storyWords(status.story, scenarioLabels(fathersDebt, 'zh-CN'), zh);
    expect(chinese).toContain(`${father!.name}的遭遇（此人被列入名单，牵连到了你）：`);
    expect(chinese.some((l) => l.includes(`——因为${father!.name}被列入名单。`))).toBe(true);
    const names = namesIn(status.story);
    for (const line of chinese) expect(withoutNames(line, names), line).not.toMatch(/[A-Za-z]/);
  });
});

describe('story days', () => {
  it('fold into a few days and a count, in each language', () => {
    expect(en.roles.story.days([0])).toBe('Before the story');
    expect(en.roles.story.days([5, 12])).toBe('Days 5, 12');
    expect(en.roles.story.days([5, 12, 19, 26, 40])).toBe(
      'Days 5, 12, 19 and 2 more (the last on day 40)',
    );
    expect(zh.roles.story.days([0])).toBe('故事开始之前');
    expect(zh.roles.story.days([8])).toBe('第 8 天');
    expect(zh.roles.story.days([5, 12, 19, 26, 40])).toBe(
      '第 5、12、19 天及另外 2 次（最后一次在第 40 天）',
    );
  });
});
