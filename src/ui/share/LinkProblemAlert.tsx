/** On the start screen: why the lesson link the page was opened with cannot be used. */
import { useApp } from '../appContext';
import { messages } from '../strings';
import { useStore } from '../useStore';

export function LinkProblemAlert() {
  const { stores } = useApp();
  const problem = useStore(stores.teacher, (s) => s.linkProblem);
  const onStart = useStore(stores.session, (s) => s.screen === 'start');
  if (problem === null || !onStart) return null;
  const m = messages.classroom.linkProblem;
  return (
    <section class="link-problem" role="alert" aria-labelledby="link-problem-heading">
      <h2 id="link-problem-heading">{m.heading}</h2>
      <p>{m.text(problem)}</p>
      <p>{m.remedy}</p>
      <button
        type="button"
        class="button"
        onClick={() => stores.teacher.setState({ linkProblem: null })}
      >
        {m.dismiss}
      </button>
    </section>
  );
}
