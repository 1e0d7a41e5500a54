/**
 * The planner's desk: the target, the rules to change (in the rule editor, within the parts the
 * scenario lets a planner change), the bets placed before the run, and the run itself (in a worker
 * of its own: the page never waits). The verdict opens over the map (PlanDebrief).
 */
import { useEffect, useState } from 'preact/hooks';
import { RULESET_PARTS } from '../../scenario/rulesetParts';
import { planProblemWords } from '../../text/replies';
import type { PlanBets } from '../../store/roleStore';
import { useApp } from '../appContext';
import { useWorkbench } from '../editor/workbenchContext';
import { usePanelAccess } from '../share/usePanelAccess';
import { messages } from '../strings';
import { useStore } from '../useStore';
import { metricLabel } from './metricLabel';
import { plannerFor } from './planner';
import { useRoleText } from './useRoleText';

export function PlannerDesk() {
  const { stores, controller } = useApp();
  const workbench = useWorkbench();
  const planner = plannerFor(stores, workbench, controller);
  const setup = useStore(stores.role, (s) => s.roles?.planner ?? null);
  const bets = useStore(stores.role, (s) => s.planBets);
  const run = useStore(stores.role, (s) => s.planRun);
  const scenario = useStore(stores.session, (s) => s.scenario);
  const edited = useStore(workbench.editorStore, (s) => s.text !== s.shipped);
  const draftInvalid = useStore(workbench.editorStore, (s) => s.check.status === 'invalid');
  const view = useStore(workbench.editorStore, (s) => s.view);
  const editor = usePanelAccess()('editor');
  const texts = useRoleText();
  const m = messages.roles.planner;
  if (setup === null) return <p class="muted">{messages.roles.loading}</p>;
  const running = run.status === 'running';
  const fixedParts = RULESET_PARTS.filter((part) => !setup.editable.includes(part));

  return (
    <div class="planner-desk">
      <section aria-labelledby="planner-target-heading">
        <h3 class="small-heading" id="planner-target-heading">
          {m.target}
        </h3>
        <p class="role-target">{texts.plannerTarget(setup.target.text)}</p>
        <p class="muted small">
          {m.measured(metricLabel(setup.target.metric, scenario), setup.target.over)}
        </p>
      </section>

      <section aria-labelledby="planner-rules-heading">
        <h3 class="small-heading" id="planner-rules-heading">
          {m.step1}
        </h3>
        <p class="small">
          {m.mayChange(setup.editable.map((part) => m.parts[part]))}
          {fixedParts.length > 0 && <> {m.fixedParts(fixedParts.map((part) => m.parts[part]))}</>}
        </p>
        <p class="small" role="status">
          {draftInvalid ? (
            <span class="role-error-text">{m.rulesInvalid}</span>
          ) : edited ? (
            m.rulesEdited
          ) : (
            m.rulesAsShipped
          )}
        </p>
        {editor === 'open' ? (
          <button
            type="button"
            class="button"
            onClick={() => workbench.show(view === 'rules' ? 'town' : 'rules')}
          >
            {view === 'rules' ? m.closeEditor : m.openEditor}
          </button>
        ) : (
          <p class="muted small">{m.editorLocked}</p>
        )}
      </section>

      <Bets
        bets={bets}
        costs={setup.costs}
        target={setup.target.metric}
        disabled={running}
        label={(metric) => metricLabel(metric, scenario)}
        onTarget={planner.betOnTarget}
        onCost={planner.betOnCost}
      />

      <section aria-labelledby="planner-run-heading">
        <h3 class="small-heading" id="planner-run-heading">
          {m.step3}
        </h3>
        <p class="muted small">{m.runHelp}</p>
        {running ? (
          <Running startedAt={run.startedAt} cancel={planner.cancel} />
        ) : (
          <button
            type="button"
            class="button button-primary button-large"
            onClick={() => void planner.run()}
          >
            {run.status === 'done' ? m.runAgain : m.run}
          </button>
        )}
        {run.status === 'done' && (
          <div class="role-callout" role="status">
            <p>
              <strong>{run.result.achieved ? m.verdictMet : m.verdictMissed}</strong>{' '}
              {m.measuredChange(run.result.change)}
            </p>
            <div class="role-buttons">
              <button
                type="button"
                class="button button-primary"
                onClick={() => stores.role.setState({ debriefOpen: true })}
              >
                {m.openDebrief}
              </button>
              <button type="button" class="button" onClick={planner.planAgain}>
                {m.planAgain}
              </button>
            </div>
          </div>
        )}
        {run.status === 'blocked' && (
          <p class="role-error" role="alert">
            {m.blocked[run.problem]}
          </p>
        )}
        {run.status === 'invalid' && (
          <p class="role-error" role="alert">
            {m.invalid(run.which, run.errors[0]?.message ?? '')}
          </p>
        )}
        {run.status === 'failed' && (
          <p class="role-error" role="alert">
            {m.failed(run.why ? planProblemWords(run.why, messages) : run.message)}
          </p>
        )}
      </section>
    </div>
  );
}

function Bets(props: {
  bets: PlanBets;
  costs: string[];
  target: string;
  disabled: boolean;
  label: (metric: string) => string;
  onTarget: (change: number) => void;
  onCost: (metric: string, change: number) => void;
}) {
  const m = messages.roles.planner;
  return (
    <fieldset class="role-bets" disabled={props.disabled}>
      <legend class="small-heading">{m.step2}</legend>
      <p class="muted small">{m.betsHelp}</p>
      <BetSlider
        id="bet-target"
        label={m.betTarget(props.label(props.target))}
        value={props.bets.target}
        min={-1}
        max={1}
        onChange={props.onTarget}
      />
      {props.costs.map((metric) => (
        <BetSlider
          key={metric}
          id={`bet-${metric}`}
          label={m.betCost(props.label(metric))}
          value={props.bets.costs[metric] ?? 0}
          min={-1}
          max={3}
          onChange={(value) => props.onCost(metric, value)}
        />
      ))}
    </fieldset>
  );
}

function BetSlider(props: {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
}) {
  const m = messages.roles.planner;
  const text = m.percentChange(props.value);
  return (
    <div class="role-bet">
      <label for={props.id}>{props.label}</label>
      <div class="role-bet-control">
        <input
          id={props.id}
          type="range"
          min={props.min}
          max={props.max}
          step={0.05}
          value={props.value}
          aria-valuetext={text}
          onInput={(event) => props.onChange(Number(event.currentTarget.value))}
        />
        <output for={props.id}>{text}</output>
      </div>
    </div>
  );
}

/** The run in progress: how long it has taken so far, and a way to stop it. */
function Running(props: { startedAt: number; cancel: () => void }) {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), 250);
    return () => clearInterval(timer);
  }, []);
  const m = messages.roles.planner;
  const seconds = Math.max(0, (now - props.startedAt) / 1000);
  return (
    <div class="run-progress role-running">
      <progress aria-label={m.runningLabel} />
      <span role="status">{m.runningLabel}</span>
      <span class="muted" aria-hidden="true">
        {m.elapsed(seconds)}
      </span>
      <button type="button" class="button" onClick={props.cancel}>
        {m.cancel}
      </button>
    </div>
  );
}
