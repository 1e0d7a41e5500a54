/** The parts of a scenario's story that both the start screen and the story panel show. */
import type { LocalizedScenarioText } from '../../scenario/localizedText';
import type { ClaimDefinition } from '../../scenario/schema';
import { ClaimText } from '../story/ClaimText';

/** The scenario's question (under its eyebrow label) and its summary, each only when written. */
export function QuestionAndSummary(props: {
  text: Pick<LocalizedScenarioText, 'question' | 'summary'>;
  questionLabel: string;
}) {
  const { text } = props;
  return (
    <>
      {text.question && (
        <p class="question">
          <span class="eyebrow">{props.questionLabel}</span>
          {text.question}
        </p>
      )}
      {text.summary && <p>{text.summary}</p>}
    </>
  );
}

/** One story step's title and text, and the prediction it asks for first, if any. */
export function IntroStepText(props: {
  step: LocalizedScenarioText['intro'][number];
  predictLabel: string;
  /** The scenario's claims, which texts quote as {claim:ID}. */
  claims?: readonly ClaimDefinition[];
  hash?: string | null;
}) {
  const { step, claims } = props;
  const hash = props.hash ?? null;
  return (
    <>
      <h4>{step.title}</h4>
      <p>
        <ClaimText text={step.text} claims={claims} hash={hash} />
      </p>
      {step.predict && (
        <p class="predict">
          <span class="eyebrow">{props.predictLabel}</span>
          <ClaimText text={step.predict} claims={claims} hash={hash} />
        </p>
      )}
    </>
  );
}
