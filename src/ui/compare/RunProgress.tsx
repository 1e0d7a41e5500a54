import { formatIssue } from '../../scenario/issue';
import type { RunStatus } from '../../store/compareStore';
import { messages } from '../strings';

/** A run in progress (with cancel), or why the last one did not finish. */
export function RunProgress(props: { run: RunStatus; label: string; onCancel: () => void }) {
  const m = messages.compare;
  const { run } = props;
  if (run.status === 'running') {
    const share = run.total > 0 ? run.done / run.total : 0;
    return (
      <div class="run-progress" role="status">
        <span>{props.label}</span>
        <progress value={run.done} max={Math.max(1, run.total)} aria-label={props.label} />
        <span class="small muted percent">{m.percent(share)}</span>
        <button type="button" class="button button-small" onClick={props.onCancel}>
          {m.cancel}
        </button>
      </div>
    );
  }
  if (run.status === 'cancelled') return <p class="small muted">{m.cancelled}</p>;
  if (run.status === 'failed') return <p class="callout">{m.failed(run.message)}</p>;
  if (run.status === 'invalid') {
    return (
      <section class="issue-panel" role="alert">
        <h3>{m.invalid(run.side, run.fileName)}</h3>
        <ol class="issue-list">
          {run.errors.map((issue) => (
            <li key={formatIssue(issue)}>
              <code>{formatIssue(issue)}</code>
            </li>
          ))}
        </ol>
      </section>
    );
  }
  return null;
}
