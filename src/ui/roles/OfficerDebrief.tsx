/**
 * The appeals officer's debrief: how many wrong listings stood and how many right ones fell, the
 * backlog and the waiting, the supervisor's targets, and every decided case with the truth.
 */
import type { DecidedCase } from '../../engine/types';
import { useApp } from '../appContext';
import { messages } from '../strings';
import { useStore } from '../useStore';
import { RoleEndButtons } from './RoleEndButtons';
import { StageSheet } from './StageSheet';
import { useScenarioLabel } from './useRoleText';

export function OfficerDebrief() {
  const { stores } = useApp();
  const officer = useStore(stores.role, (s) => s.frame?.officer ?? null);
  const lists = useStore(stores.session, (s) => s.scenario?.ruleset.lists ?? []);
  const label = useScenarioLabel();
  const m = messages.roles.debrief;
  if (officer === null) return null;
  const d = officer.debrief;
  const listLabel = (id: string) => label('lists', id, lists.find((l) => l.id === id)?.label ?? id);
  const cases = d.cases.slice().reverse();
  return (
    <StageSheet
      id="officer-debrief-title"
      eyebrow={m.eyebrow(d.day)}
      title={m.title}
      tone="neutral"
    >
      <p class="role-ending-text">{m.lead(d.decisions, d.wrongStood, d.rightFell)}</p>
      <dl class="role-figures">
        <Figure label={m.wrongStood} value={d.wrongStood} note={m.wrongStoodNote} tone="bad" />
        <Figure label={m.rightFell} value={d.rightFell} note={m.rightFellNote} tone="bad" />
        <Figure label={m.correct} value={d.correct} note={m.correctNote(d.decisions)} />
        <Figure
          label={m.backlog}
          value={d.backlog}
          note={m.backlogNote(d.backlogWrongful, d.oldestWaiting)}
        />
        <Figure
          label={m.waited}
          value={m.days(d.meanDaysWaited)}
          note={m.waitedNote(d.maxDaysWaited)}
        />
        <Figure label={m.granted} value={d.granted} note={m.grantedNote(d.denied)} />
      </dl>
      <h3 class="small-heading">{m.supervisor}</h3>
      <ul class="role-pressure">
        {d.pressure.maxGrantRate !== null && (
          <li class={pressureClass(d.pressure.grantRateMet)}>
            {m.grantRateVerdict(d.grantRate, d.pressure.maxGrantRate, d.pressure.grantRateMet)}
          </li>
        )}
        {d.pressure.maxWaitDays !== null && (
          <li class={pressureClass(d.pressure.waitMet)}>
            {m.waitVerdict(
              Math.max(d.maxDaysWaited, d.oldestWaiting),
              d.pressure.maxWaitDays,
              d.pressure.waitMet,
            )}
          </li>
        )}
      </ul>
      <p class="muted small">{m.pressureNote}</p>
      <h3 class="small-heading">{m.casesHeading}</h3>
      {cases.length === 0 ? (
        <p class="muted">{m.noCases}</p>
      ) : (
        <div class="role-table-wrap">
          <table class="role-table">
            <caption class="visually-hidden">{m.casesCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.col.day}</th>
                <th scope="col">{m.col.appellant}</th>
                <th scope="col">{m.col.list}</th>
                <th scope="col">{m.col.decision}</th>
                <th scope="col">{m.col.truth}</th>
                <th scope="col">{m.col.waited}</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => (
                <CaseRow key={`${c.id}-${c.day}`} decided={c} list={listLabel(c.list)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <RoleEndButtons
        primary={m.openTown}
        onPrimary={() => stores.role.setState({ pane: 'town', debriefOpen: false })}
        labels={m}
      />
    </StageSheet>
  );
}

function pressureClass(met: boolean | null): string {
  return met === null ? 'pressure-none' : met ? 'pressure-met' : 'pressure-missed';
}

function Figure(props: { label: string; value: number | string; note: string; tone?: 'bad' }) {
  return (
    <div class={`role-figure${props.tone ? ` is-${props.tone}` : ''}`}>
      <dt>{props.label}</dt>
      <dd>
        <span class="role-figure-value">{props.value}</span>
        <span class="muted small">{props.note}</span>
      </dd>
    </div>
  );
}

function CaseRow(props: { decided: DecidedCase; list: string }) {
  const c = props.decided;
  const m = messages.roles.debrief;
  // Granting a wrongful listing and denying a rightful one are the right calls.
  const right = c.granted === c.wrongful;
  return (
    <tr class={right ? 'is-right' : 'is-wrong'}>
      <td>{c.day}</td>
      <td>{c.name}</td>
      <td>{props.list}</td>
      <td>{c.granted ? m.grantedCell : m.deniedCell}</td>
      <td>
        {c.wrongful ? m.wrongfulCell : m.rightfulCell}
        <span class="role-verdict">{right ? m.rightCall : m.wrongCall}</span>
      </td>
      <td>{c.waitedDays}</td>
    </tr>
  );
}
