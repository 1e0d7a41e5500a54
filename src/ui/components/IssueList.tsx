/** Positioned scenario problems: `file:line:column: field: message`, one per line. */
import { formatIssue, type Issue } from '../../scenario/issue';
import { messages } from '../strings';

export function IssueList(props: { fileName: string; errors: Issue[]; onDismiss?: () => void }) {
  const m = messages.issues;
  return (
    <section class="issue-panel" role="alert" aria-labelledby="issue-heading">
      <h2 id="issue-heading">{m.heading(props.fileName)}</h2>
      <p>{m.explain(props.errors.length)}</p>
      <ol class="issue-list">
        {props.errors.map((issue) => (
          <li key={formatIssue(issue)}>
            <code>{formatIssue(issue)}</code>
          </li>
        ))}
      </ol>
      {props.onDismiss && (
        <button type="button" class="button" onClick={props.onDismiss}>
          {m.dismiss}
        </button>
      )}
    </section>
  );
}
