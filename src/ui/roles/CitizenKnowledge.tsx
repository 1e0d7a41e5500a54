/**
 * What the protagonist knows, and nothing more: their score and grade if the rules disclose them,
 * the reasons they were told, the lists they know they are on, warnings, refusals, their appeal,
 * debts, their own acts, and the answers to their choices. Newest first.
 */
import type { ComponentChildren } from 'preact';
import type { CitizenView } from '../../engine/types';
import { useApp } from '../appContext';
import { gradeName } from '../gradeName';
import { messages } from '../strings';
import { useStore } from '../useStore';
import { answerWords } from '../../text/replies';
import { useScenarioLabel } from './useRoleText';

/** Entries shown per list before the rest are summed up. */
const SHOWN = 6;

export function CitizenKnowledge(props: { view: CitizenView }) {
  const { view } = props;
  const m = messages.roles.knows;
  const { stores } = useApp();
  const scenario = useStore(stores.session, (s) => s.scenario);
  const ruleset = scenario?.ruleset;
  const label = useScenarioLabel();
  // A refusal and a told reason come with their English text only: their id is found by it.
  const sanction = (english: string) =>
    label(
      'consequences',
      ruleset?.consequences.find((c) => c.label === english)?.id ?? '',
      english,
    );
  const reason = (english: string) =>
    label('rules', ruleset?.rules.find((r) => r.reason === english)?.id ?? '', english);
  const list = (id: string) =>
    label('lists', id, ruleset?.lists.find((l) => l.id === id)?.label ?? id);
  const newest = <T extends { day: number }>(items: T[]) => items.slice().reverse();
  return (
    <section class="role-knows" aria-labelledby="citizen-knows-heading">
      <h3 class="small-heading" id="citizen-knows-heading">
        {m.heading}
      </h3>
      <p class="muted small">{m.disclosure[view.disclosure]}</p>
      <dl class="role-facts">
        <dt>{m.score}</dt>
        <dd>
          {view.score === null
            ? m.scoreUnknown
            : m.scoreKnown(view.score, view.grade === null ? '' : gradeName(scenario, view.grade))}
        </dd>
        <dt>{m.lists}</dt>
        <dd>
          {view.lists.length === 0 ? (
            m.noLists
          ) : (
            <ul>
              {view.lists.map((entry) => (
                <li key={entry.list}>
                  {m.listKnown(
                    entry.business
                      ? m.businessList(label('lists', entry.list, entry.label))
                      : label('lists', entry.list, entry.label),
                    entry.learnedDay,
                    entry.how,
                  )}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{m.appeal}</dt>
        <dd>
          {view.appeal === null
            ? m.noAppeal
            : m.appealState(
                label('lists', view.appeal.list, view.appeal.label),
                view.appeal.filedDay,
                view.appeal.status,
                view.appeal.decidedDay,
              )}
        </dd>
        <dt>{m.debts}</dt>
        <dd>
          {view.debts.length === 0 ? (
            m.noDebts
          ) : (
            <ul>
              {view.debts.map((debt) => (
                <li key={debt.behaviour}>
                  {m.debt(label('behaviours', debt.behaviour, debt.label), debt.count)}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <Known title={m.messages} empty={m.noMessages} items={newest(view.messages)}>
        {(item) => m.dated(item.day, answerWords(item.answer, list, messages))}
      </Known>
      <Known title={m.refusals} empty={m.noRefusals} items={newest(view.refusals)}>
        {(item) => m.refusal(item.day, sanction(item.label), item.throughFamily)}
      </Known>
      <Known title={m.notices} empty={m.noNotices} items={newest(view.notices)}>
        {(item) => m.notice(item.day, label('lists', item.list, item.label))}
      </Known>
      <Known title={m.told} empty={m.noTold} items={newest(view.told)}>
        {(item) => m.toldReason(item.day, reason(item.reason), item.points)}
      </Known>
      <Known title={m.apologies} empty={m.noApologies} items={newest(view.apologies)}>
        {(item) => m.apology(item.day, item.accepted)}
      </Known>
      <Known title={m.acts} empty={m.noActs} items={newest(view.acts)}>
        {(item) => m.dated(item.day, label('behaviours', item.behaviour, item.label))}
      </Known>
    </section>
  );
}

function Known<T>(props: {
  title: string;
  empty: string;
  items: T[];
  children: (item: T) => ComponentChildren;
}) {
  const { items } = props;
  const m = messages.roles.knows;
  return (
    <>
      <h4 class="role-knows-title">{props.title}</h4>
      {items.length === 0 ? (
        <p class="muted small">{props.empty}</p>
      ) : (
        <ul class="role-known">
          {items.slice(0, SHOWN).map((item, index) => (
            <li key={index}>{props.children(item)}</li>
          ))}
          {items.length > SHOWN && <li class="muted">{m.earlier(items.length - SHOWN)}</li>}
        </ul>
      )}
    </>
  );
}
