/**
 * The planner's verdict: the target met or missed, the measured change against the bet, the target
 * day by day under both rule sets, and what the plan cost (wrongful listings, families hit, speech,
 * appeals waiting…) against the scenario's own rules and against the bets placed before the run.
 */
import type { PlanFigure } from '../../engine/roles/planner';
import { plannerFor } from './planner';
import { useApp } from '../appContext';
import { useWorkbench } from '../editor/workbenchContext';
import { messages } from '../strings';
import { useStore } from '../useStore';
import { metricLabel } from './metricLabel';
import { PlanChart } from './PlanChart';
import { StageSheet } from './StageSheet';
import { useRoleText } from './useRoleText';

export function PlanDebrief() {
  const { stores, controller } = useApp();
  const workbench = useWorkbench();
  const run = useStore(stores.role, (s) => s.planRun);
  const scenario = useStore(stores.session, (s) => s.scenario);
  const texts = useRoleText();
  const m = messages.roles.verdict;
  if (run.status !== 'done') return null;
  const { result, bets } = run;
  const counted = result.lockedChanged.length === 0;
  const label = (metric: string) => metricLabel(metric, scenario);
  const planner = plannerFor(stores, workbench, controller);
  return (
    <StageSheet
      id="plan-debrief-title"
      eyebrow={m.eyebrow}
      title={!counted ? m.notCounted : result.achieved ? m.met : m.missed}
      tone={!counted ? 'neutral' : result.achieved ? 'win' : 'lose'}
    >
      <p class="role-target">{texts.plannerTarget(result.target.text)}</p>
      {!counted && (
        <p class="role-error">
          {m.lockedChanged(
            result.lockedChanged.map((part) => messages.roles.planner.parts[part] ?? part),
          )}
        </p>
      )}
      {counted && result.assumptionsChanged.length > 0 && (
        <p class="role-note">
          {m.assumptionsChanged(
            result.assumptionsChanged.map((part) => messages.roles.planner.parts[part] ?? part),
          )}
        </p>
      )}
      <dl class="role-figures">
        <div class="role-figure">
          <dt>{m.measured}</dt>
          <dd>
            <span class="role-figure-value">{m.percent(result.change)}</span>
            <span class="muted small">{m.aimed(result.target.change)}</span>
          </dd>
        </div>
        <div class="role-figure">
          <dt>{m.yourBet}</dt>
          <dd>
            <span class="role-figure-value">{m.percent(bets.target)}</span>
            <span class="muted small">{m.betOff(result.change, bets.target)}</span>
          </dd>
        </div>
        <div class="role-figure">
          <dt>{m.ownRules}</dt>
          <dd>
            <span class="role-figure-value">
              {result.target.over === 'vsBaseline'
                ? m.totals(result.figure.baseline)
                : m.percent(result.baselineChange)}
            </span>
            <span class="muted small">
              {m.ownRulesNote(result.target.over, result.figure.plan)}
            </span>
          </dd>
        </div>
      </dl>
      <PlanChart
        baseline={result.daily.baseline}
        plan={result.daily.plan}
        metric={label(result.target.metric)}
      />
      <h3 class="small-heading">{m.costs}</h3>
      <div class="role-table-wrap">
        <table class="role-table">
          <caption class="visually-hidden">{m.costsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.col.cost}</th>
              <th scope="col">{m.col.baseline}</th>
              <th scope="col">{m.col.plan}</th>
              <th scope="col">{m.col.change}</th>
              <th scope="col">{m.col.bet}</th>
            </tr>
          </thead>
          <tbody>
            {result.costs.map((cost) => (
              <CostRow
                key={cost.metric}
                cost={cost}
                label={label(cost.metric)}
                bet={bets.costs[cost.metric] ?? 0}
              />
            ))}
          </tbody>
        </table>
      </div>
      <p class="muted small">{m.costsNote}</p>
      <p class="muted small">{m.facts(result.seed, result.days, run.ms)}</p>
      <div class="role-buttons">
        <button
          type="button"
          class="button button-primary"
          onClick={() => stores.role.setState({ debriefOpen: false })}
        >
          {m.back}
        </button>
        <button type="button" class="button" onClick={planner.planAgain}>
          {m.planAgain}
        </button>
      </div>
    </StageSheet>
  );
}

function CostRow(props: { cost: PlanFigure; label: string; bet: number }) {
  const { cost } = props;
  const m = messages.roles.verdict;
  return (
    <tr>
      <th scope="row">
        {props.label}
        <span class="muted small role-cost-kind">{m.kind[cost.kind]}</span>
      </th>
      <td>{m.number(cost.baseline)}</td>
      <td>{m.number(cost.plan)}</td>
      <td>{cost.relative === null ? m.fromZero(cost.diff) : m.percent(cost.relative)}</td>
      <td>{m.percent(props.bet)}</td>
    </tr>
  );
}
