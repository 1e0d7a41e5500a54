/**
 * Compare A and B: choose two rule sets, run both on this town with the same people and seed (in
 * a worker, with progress and cancel), and read the result: charts over time, a table of figures,
 * the people whose fate differs with the rule that made the difference, and the same comparison
 * across several seeds.
 */
import { useMemo } from 'preact/hooks';
import { useWorkbench } from '../editor/workbenchContext';
import { useApp } from '../appContext';
import { messages } from '../strings';
import { useStore } from '../useStore';
import { AcrossSeeds } from './AcrossSeeds';
import { choiceLabel, choiceOptions, choiceValue, variantsOf } from './choices';
import { CompareResultView } from './CompareResultView';
import { RunProgress } from './RunProgress';

export function ComparePanel() {
  const workbench = useWorkbench();
  const { stores } = useApp();
  const state = useStore(workbench.compareStore, (s) => s);
  const shipped = useStore(workbench.editorStore, (s) => s.shipped);
  const draftInvalid = useStore(workbench.editorStore, (s) => s.check.status === 'invalid');
  const lastValid = useStore(workbench.editorStore, (s) => s.lastValid);
  const seed = useStore(stores.session, (s) => s.seed);
  const days = useStore(stores.session, (s) => s.scenario?.days ?? 0);
  const people = useStore(stores.session, (s) => s.scenario?.town.population ?? 0);
  const catalog = useStore(stores.session, (s) => s.catalog);
  const m = messages.compare;

  const variants = useMemo(() => variantsOf(shipped), [shipped]);
  // The catalog is in the dependencies: the other scenarios' titles come from it.
  const others = useMemo(() => workbench.otherScenarios(), [workbench, catalog]);
  const currentKey = useMemo(
    () => workbench.compare.currentKey(),
    [workbench, state.a, state.b, lastValid, seed, days, shipped],
  );
  const label = (side: 'a' | 'b') => choiceLabel(state[side], variants, others);
  const running = state.run.status === 'running';
  const stale = state.result !== null && state.result.key !== currentKey;

  const select = (side: 'a' | 'b') => {
    const options = choiceOptions(side, variants, others);
    return (
      <div class="field compare-choice">
        <label for={`compare-${side}`}>{m.sideLabel(side)}</label>
        <select
          id={`compare-${side}`}
          value={choiceValue(state[side])}
          onChange={(e) => {
            const chosen = options.find((o) => o.value === e.currentTarget.value);
            if (chosen) workbench.compare.setChoice(side, chosen.choice);
          }}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    );
  };

  return (
    <div class="compare">
      <header class="wb-header">
        <div class="wb-heading">
          <h2 id="workbench-title">{m.heading}</h2>
          <p class="wb-status">{m.intro(people, seed, days)}</p>
        </div>
      </header>

      <form
        class="compare-setup"
        onSubmit={(e) => {
          e.preventDefault();
          void workbench.compare.run();
        }}
      >
        {select('a')}
        <span class="versus" aria-hidden="true">
          {m.versus}
        </span>
        {select('b')}
        <div class="compare-go">
          <button type="submit" class="button button-primary" disabled={running}>
            {state.result === null ? m.run : m.runAgain}
          </button>
          <label class="check">
            <input
              type="checkbox"
              checked={state.auto}
              onChange={(e) => workbench.compare.setAuto(e.currentTarget.checked)}
            />
            {m.auto}
          </label>
        </div>
      </form>
      {(state.a.kind === 'edited' || state.b.kind === 'edited') && draftInvalid && (
        <p class="callout small">{m.editedInvalid}</p>
      )}

      <RunProgress
        run={state.run}
        label={m.runningBoth(label('a'), label('b'))}
        onCancel={() => workbench.compare.cancel()}
      />

      {state.result === null && state.run.status === 'idle' && <p class="empty">{m.empty}</p>}
      {state.result !== null && (
        <div class={running ? 'compare-result is-updating' : 'compare-result'}>
          {stale && !running && (
            <p class="callout small" role="status">
              {state.auto ? m.staleAuto : m.stale}
            </p>
          )}
          <CompareResultView
            result={state.result}
            labels={{
              a: choiceLabel(state.result.choices.a, variants, others),
              b: choiceLabel(state.result.choices.b, variants, others),
            }}
          />
        </div>
      )}
      <AcrossSeeds
        labels={{ a: label('a'), b: label('b') }}
        stale={state.across !== null && state.across.key !== currentKey}
      />
    </div>
  );
}
