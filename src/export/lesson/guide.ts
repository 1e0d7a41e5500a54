/**
 * The teacher's guide of a scenario as data: objectives, level and prerequisites, a 45–50 minute
 * plan and the 20-minute short form, the prediction questions with an answer key computed by the
 * engine (median and range over the seeds), a rubric, misconceptions, things to notice, a glossary
 * and discussion questions. `guideMarkdown` writes it for `npm run sim -- guide`; the game shows the
 * same sections (GuideView), so both carry the same figures for the same seeds.
 */
import type { FigureStats } from '../../scenario/claims/claimStats';
import { fillClaims } from '../../scenario/claims/claimText';
import { localizedScenarioText } from '../../scenario/localizedText';
import type { Scenario } from '../../scenario/schema';
import { choiceFor, predictionQuestions, rankingFor, type PredictionQuestion } from './questions';
import { guideWords, type GuideWords } from './guideText';

/** One question with its answer key, worded. */
export interface GuideQuestion {
  id: string;
  text: string;
  kind: string;
  reveal: string;
  plausible: string | null;
  choices: string[];
  /** The answer key's lines (the figures across seeds). */
  key: string[];
  because: string;
}

export interface Guide {
  words: GuideWords;
  title: string;
  question: string;
  summary: string;
  level: string;
  prerequisites: string[];
  objectives: string[];
  fullLesson: string[];
  shortLesson: string[];
  answerKeyIntro: string;
  questions: GuideQuestion[];
  rubric: string[];
  misconceptions: { belief: string; confront: string }[];
  notice: string[];
  discussion: string[];
  glossary: [string, string][];
  stamp: string;
}

/** The figures across seeds by figure id (`figuresAcrossSeeds`), or null while not computed. */
export type AnswerKeyFigures = Record<string, FigureStats> | null;

/** Builds the guide of `scenario` in `locale` from the figures across `seeds`. */
export function buildGuide(
  scenario: Scenario,
  locale: string,
  figures: AnswerKeyFigures,
  seeds: readonly number[],
  stamp: { version: string; hash: string },
): Guide {
  const w = guideWords(locale);
  const text = localizedScenarioText(scenario, locale);
  const notes = text.teacherNotes;
  const questions = predictionQuestions(text);
  const claims = (value: string) => fillClaims(value, scenario.claims);
  return {
    words: w,
    title: w.title(text.title),
    question: text.question,
    summary: text.summary,
    level: notes.level || w.levelDefault,
    prerequisites: notes.prerequisites?.length ? notes.prerequisites : w.prerequisitesDefault,
    objectives: notes.objectives,
    fullLesson: notes.fullLesson?.length
      ? notes.fullLesson
      : w.fullLessonDefault({
          question: text.question,
          questions: questions.length,
          revealDay: Math.max(0, ...questions.map((q) => q.answer.day)),
          tryIt: notes.try[0],
          discussion: notes.discussion[0],
        }),
    shortLesson: notes.lessonPlan,
    answerKeyIntro: w.answerKeyIntro(seeds.length, seeds[0] ?? 0, seeds.at(-1) ?? 0),
    questions: questions.map((q) => guideQuestion(q, figures, w)),
    rubric: w.rubricLevels,
    misconceptions: notes.misconceptions?.length ? notes.misconceptions : w.misconceptionsDefault,
    notice: notes.notice.map(claims),
    discussion: notes.discussion,
    glossary: w.glossaryTerms,
    stamp: w.stamp(stamp.version, stamp.hash),
  };
}

function guideQuestion(
  q: PredictionQuestion,
  figures: AnswerKeyFigures,
  w: GuideWords,
): GuideQuestion {
  const def = q.answer;
  const n = (value: number, digits = def.digits) => w.number(value, digits);
  const stats = q.figures.map((f) => figures?.[f.id]);
  const key: string[] = [];
  if (figures !== null && stats.every((s) => s !== undefined)) {
    const all = stats as FigureStats[];
    if (q.kind === 'ranking') {
      const items = def.rank ?? [];
      const { order } = rankingFor(
        q,
        all.map((s) => s.median),
      );
      key.push(
        `${w.rankKey}: ${order.map((id, i) => `${i + 1}. ${items.find((x) => x.id === id)?.label ?? id}`).join(', ')}`,
      );
      items.forEach((item, i) =>
        key.push(
          `${item.label}: ${w.median(n(all[i].median, 0), n(all[i].min, 0), n(all[i].max, 0), '')}`,
        ),
      );
    } else {
      const s = all[0];
      key.push(w.median(n(s.median), n(s.min), n(s.max), def.unit));
      if (q.kind === 'choice') {
        const choice = def.choices?.find((c) => c.id === choiceFor(q, s.median));
        if (choice) key.push(w.choiceKey(choice.label));
        const counts = (def.choices ?? []).map(
          (c) =>
            `${c.label}: ${w.seedsCount(s.values.filter((v) => choiceFor(q, v) === c.id).length)}`,
        );
        key.push(`${w.choiceCounts}: ${counts.join('; ')}`);
      }
    }
    const missing = Math.max(...all.map((s) => s.undefinedRuns));
    if (missing > 0) key.push(w.noValue(missing));
  }
  return {
    id: q.id,
    text: q.text,
    kind: w.kind[q.kind],
    reveal: w.revealOn(def.day),
    plausible:
      q.kind === 'number' && def.min !== undefined && def.max !== undefined
        ? w.plausible(n(def.min), n(def.max), def.unit)
        : null,
    choices: (def.choices ?? def.rank ?? []).map((c) => c.label),
    key,
    because: def.because,
  };
}

/** The guide as Markdown, for a teacher's own materials. */
export function guideMarkdown(guide: Guide): string {
  const w = guide.words;
  const out: string[] = [`# ${guide.title}`, ''];
  if (guide.question) out.push(`**${w.question}:** ${guide.question}`, '');
  if (guide.summary) out.push(guide.summary, '');
  const list = (title: string, items: readonly string[], numbered = false) => {
    if (items.length === 0) return;
    out.push(`## ${title}`, '');
    items.forEach((item, i) => out.push(`${numbered ? `${i + 1}.` : '-'} ${item}`));
    out.push('');
  };
  out.push(`## ${w.level}`, '', guide.level, '');
  list(w.prerequisites, guide.prerequisites);
  list(w.objectives, guide.objectives);
  list(w.fullLesson, guide.fullLesson);
  list(w.shortLesson, guide.shortLesson);
  out.push(`## ${w.questions}`, '', guide.answerKeyIntro, '');
  guide.questions.forEach((q, i) => {
    out.push(`### ${i + 1}. ${q.text}`, '');
    out.push(`- ${q.kind}. ${q.reveal}${q.plausible ? ` ${q.plausible}` : ''}`);
    if (q.choices.length > 0) out.push(`- ${q.choices.join(' · ')}`);
    for (const line of q.key) out.push(`- **${line}**`);
    if (q.because) out.push(`- ${w.because}: ${q.because}`);
    out.push('');
  });
  list(w.rubric, guide.rubric);
  if (guide.misconceptions.length > 0) {
    out.push(`## ${w.misconceptions}`, '');
    for (const m of guide.misconceptions)
      out.push(`- ${w.belief}: ${m.belief}`, `  ${w.confront}: ${m.confront}`);
    out.push('');
  }
  list(w.notice, guide.notice);
  list(w.discussion, guide.discussion);
  out.push(`## ${w.glossary}`, '');
  for (const [term, meaning] of guide.glossary) out.push(`- **${term}**: ${meaning}`);
  out.push('', `_${guide.stamp}_`, '');
  return out.join('\n');
}
