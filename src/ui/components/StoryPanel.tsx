/** The scenario's question, story steps, teacher notes, assumptions and sources. */
import { formatIssue } from '../../scenario/issue';
import { localizedScenarioText } from '../../scenario/localizedText';
import { questionsOn } from '../../store/predictionActions';
import { predictionQuestions } from '../../export/lesson/questions';
import { useApp } from '../appContext';
import { PredictionQuestion } from '../lesson/PredictionQuestion';
import { locale, messages } from '../strings';
import { useStore } from '../useStore';
import { ClaimsCheck } from '../story/ClaimsCheck';
import { ClaimText } from '../story/ClaimText';
import { RealHere } from '../story/RealHere';
import { SourceList } from '../story/SourceList';
import { IntroStepText, QuestionAndSummary } from './ScenarioStory';

export function StoryPanel() {
  const { stores } = useApp();
  const scenario = useStore(stores.session, (s) => s.scenario);
  const hash = useStore(stores.session, (s) => s.hash);
  const seed = useStore(stores.session, (s) => s.seed);
  const warnings = useStore(stores.session, (s) => s.warnings);
  const lessonStep = useStore(stores.teacher, (s) => s.settings.storyStep);
  const questionsOff = useStore(stores.teacher, (s) => s.settings.questionsOff);
  const notesShown = useStore(
    stores.teacher,
    (s) => (s.settings.panels.notes ?? 'open') === 'open',
  );
  const m = messages.story;
  if (scenario === null) return null;
  const text = localizedScenarioText(scenario, locale);
  const notes = text.teacherNotes;
  const allQuestions = predictionQuestions(text);
  const questions = questionsOn(allQuestions, questionsOff);
  const noteSections: [string, string[]][] = [
    [m.objectives, notes.objectives],
    [m.notice, notes.notice],
    [m.try, notes.try],
    [m.discussion, notes.discussion],
    [m.lessonPlan, notes.lessonPlan],
  ];
  return (
    <div class="story">
      <h2 class="panel-title">{text.title}</h2>
      <p class="muted small">{m.runFacts(scenario.town.population, seed, hash)}</p>
      <QuestionAndSummary text={text} questionLabel={m.question} />
      <div class="lesson-document-buttons">
        <button
          type="button"
          class="button"
          onClick={() => stores.teacher.setState({ dialog: 'worksheet' })}
        >
          {messages.lesson.worksheet}
        </button>
        {notesShown && (
          <button
            type="button"
            class="button"
            onClick={() => stores.teacher.setState({ dialog: 'guide' })}
          >
            {messages.lesson.guide}
          </button>
        )}
      </div>
      {text.intro.length > 0 && (
        <section>
          <h3>{m.steps}</h3>
          <ol class="steps">
            {text.intro.map((step, index) => (
              <li
                key={step.title}
                class={index === lessonStep ? 'lesson-step' : undefined}
                aria-current={index === lessonStep ? 'step' : undefined}
                ref={
                  index === lessonStep
                    ? (item) => item?.scrollIntoView({ block: 'nearest' })
                    : undefined
                }
              >
                <IntroStepText
                  step={step}
                  predictLabel={m.predict}
                  claims={scenario.claims}
                  hash={hash}
                />
                {questions
                  .filter((question) => question.step === index)
                  .map((question) => (
                    <PredictionQuestion key={question.id} question={question} />
                  ))}
              </li>
            ))}
          </ol>
        </section>
      )}
      {allQuestions.length > 0 && questions.length === 0 && (
        <p class="muted small">{messages.lesson.switchedOff}</p>
      )}
      {notesShown && noteSections.some(([, items]) => items.length > 0) && (
        <details class="notes">
          <summary>{m.teacherNotes}</summary>
          {noteSections
            .filter(([, items]) => items.length > 0)
            .map(([title, items]) => (
              <section key={title}>
                <h4>{title}</h4>
                <ul>
                  {items.map((item) => (
                    <li key={item}>
                      <ClaimText text={item} claims={scenario.claims} hash={hash} />
                    </li>
                  ))}
                </ul>
              </section>
            ))}
        </details>
      )}
      {text.assumptions.length > 0 && (
        <details class="notes">
          <summary>{m.assumptions}</summary>
          <ul>
            {text.assumptions.map((item) => (
              <li key={item}>
                <ClaimText text={item} claims={scenario.claims} hash={hash} />
              </li>
            ))}
          </ul>
        </details>
      )}
      {scenario.sources.length > 0 && (
        <details class="notes">
          <summary>{m.sources}</summary>
          <SourceList sources={scenario.sources} />
        </details>
      )}
      <RealHere scenario={scenario} />
      <ClaimsCheck scenario={scenario} hash={hash} />
      {warnings.length > 0 && (
        <details class="notes">
          <summary>{m.warnings}</summary>
          <ul>
            {warnings.map((warning) => (
              <li key={formatIssue(warning)}>
                <code>{formatIssue(warning)}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
