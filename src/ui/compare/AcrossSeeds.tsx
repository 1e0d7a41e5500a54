/**
 * "Across seeds": the same comparison on several seeds, so one lucky seed cannot mislead a class.
 * For each figure, the mean difference B − A with its spread (standard deviation, smallest and
 * largest), and the same for the counts of people whose fate differs.
 */
import type { Spread } from '../../engine/compare/compare';
import { SEED_CHOICES } from '../../store/compareStore';
import { useWorkbench } from '../editor/workbenchContext';
import { messages } from '../strings';
import { useStore } from '../useStore';
import { RunProgress } from './RunProgress';
import { figureLabel, formatDifference, formatFigure, KEY_FIGURES } from './figures';

export function AcrossSeeds(props: { labels: { a: string; b: string }; stale: boolean }) {
  const workbench = useWorkbench();
  const seeds = useStore(workbench.compareStore, (s) => s.seeds);
  const run = useStore(workbench.compareStore, (s) => s.acrossRun);
  const across = useStore(workbench.compareStore, (s) => s.across);
  const scenario = useStore(workbench.compareStore, (s) => s.result?.scenarios.a ?? null);
  const m = messages.compare.across;
  const running = run.status === 'running';

  const summary = across?.comparison.acrossSeeds.summary ?? [];
  const byName = new Map(summary.map((row) => [row.name, row]));
  const rows = KEY_FIGURES.flatMap((name) => byName.get(name) ?? []);
  const counts = across?.comparison.acrossSeeds.counts ?? [];

  return (
    <section class="across" aria-labelledby="across-heading">
      <h3 class="small-heading" id="across-heading">
        {m.heading}
      </h3>
      <p class="small">{m.intro}</p>
      <div class="across-setup">
        <div class="field inline-field">
          <label for="across-seeds">{m.seedsLabel}</label>
          <select
            id="across-seeds"
            value={String(seeds)}
            onChange={(e) => workbench.compare.setSeeds(Number(e.currentTarget.value))}
          >
            {SEED_CHOICES.map((k) => (
              <option key={k} value={String(k)}>
                {m.seedsOption(k)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          class="button"
          disabled={running}
          onClick={() => void workbench.compare.runAcrossSeeds()}
        >
          {m.run(seeds)}
        </button>
      </div>
      <RunProgress
        run={run}
        label={m.running(seeds)}
        onCancel={() => workbench.compare.cancelAcrossSeeds()}
      />
      {across !== null && (
        <>
          {props.stale && !running && <p class="callout small">{m.stale}</p>}
          <p class="compare-meta">
            <span class="timing">{m.timing(across.ms, across.comparison.seeds)}</span>
          </p>
          <table class="figure-table">
            <caption class="visually-hidden">{m.caption(props.labels.a, props.labels.b)}</caption>
            <thead>
              <tr>
                <th scope="col">{m.figure}</th>
                <th scope="col">{m.meanA}</th>
                <th scope="col">{m.meanB}</th>
                <th scope="col">{m.meanDiff}</th>
                <th scope="col">{m.spread}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.name}>
                  <th scope="row">{figureLabel(row.name, scenario)}</th>
                  <td>{formatFigure(row.a?.mean ?? null)}</td>
                  <td>{formatFigure(row.b?.mean ?? null)}</td>
                  <td>{formatDifference(row.diff?.mean ?? null)}</td>
                  <td class="spread">{spreadWords(row.diff, formatDifference)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table class="figure-table counts-table">
            <caption class="visually-hidden">{m.countsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.countsHeading}</th>
                <th scope="col">{m.mean}</th>
                <th scope="col">{m.spreadPlain}</th>
              </tr>
            </thead>
            <tbody>
              {counts.map((row) => (
                <tr key={row.name}>
                  <th scope="row">{m.counts[row.name] ?? row.name}</th>
                  <td>{formatFigure(row.spread.mean)}</td>
                  <td class="spread">{spreadWords(row.spread, formatFigure)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/** Standard deviation and range; `format` writes the range (differences carry a sign). */
function spreadWords(spread: Spread | null, format: (value: number) => string): string {
  if (spread === null) return '—';
  return messages.compare.across.spreadText(
    formatFigure(spread.sd),
    format(spread.min),
    format(spread.max),
  );
}
