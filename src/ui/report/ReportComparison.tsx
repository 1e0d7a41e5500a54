/**
 * The report's comparison, when Compare A and B has run: which rule sets, on which town and seed,
 * the key figures under A and B with the difference, and how many people's fate differed.
 */
import { DIFFERENCE_COUNT_KEYS } from '../../engine/compare/compare';
import type { Workbench } from '../editor/createWorkbench';
import { useOptionalWorkbench } from '../editor/workbenchContext';
import { choiceLabel, variantsOf } from '../compare/choices';
import { useApp } from '../appContext';
import { intlLocale, messages } from '../strings';
import { useStore } from '../useStore';

export function ReportComparison() {
  const workbench = useOptionalWorkbench();
  return workbench === null ? null : <ComparisonSection workbench={workbench} />;
}

function ComparisonSection({ workbench }: { workbench: Workbench }) {
  const { stores } = useApp();
  const result = useStore(workbench.compareStore, (s) => s.result);
  const shipped = useStore(workbench.editorStore, (s) => s.shipped);
  if (result === null) return null;
  const m = messages.classroom.reportView;
  const c = result.comparison;
  const variants = variantsOf(shipped || (stores.session.getState().source?.text ?? ''));
  const others = workbench.otherScenarios();
  const stale = result.key !== workbench.compare.currentKey();
  const number = (value: number | null, options: { signed?: boolean; percent?: boolean } = {}) =>
    value === null
      ? '—'
      : `${options.signed && value > 0 ? '+' : ''}${(options.percent ? value * 100 : value).toLocaleString(intlLocale, { maximumFractionDigits: 1 })}${options.percent ? ' %' : ''}`;
  const rows = c.summary.flatMap((row) => {
    const label = m.figureLabel(row.name);
    return label === undefined ? [] : [{ ...row, label }];
  });
  const counts = DIFFERENCE_COUNT_KEYS.filter((key) => m.compareCounts[key] !== undefined);
  return (
    <section class="report-figures report-comparison" aria-labelledby="report-comparison-title">
      <h2 id="report-comparison-title">{m.comparison}</h2>
      <p>
        <strong>
          {m.compareSides(
            choiceLabel(result.choices.a, variants, others),
            choiceLabel(result.choices.b, variants, others),
          )}
        </strong>{' '}
        <span class="muted">{m.compareRun(c.seeds[0], c.days)}</span>
      </p>
      {stale && <p class="report-stale">{m.compareStale}</p>}
      <p class="muted small">{m.compareHow}</p>
      <table>
        {/* Two columns, filled top to bottom, like the key figures above. */}
        <tbody
          style={{
            gridTemplateRows: `repeat(${Math.ceil((rows.length + counts.length) / 2)}, auto)`,
          }}
        >
          {rows.map((row) => {
            const percent = row.name === 'wrongfulShare';
            return (
              <tr key={row.name}>
                <th scope="row">{row.label}</th>
                <td>
                  {number(row.a, { percent })} → {number(row.b, { percent })}{' '}
                  <span class="muted">({number(row.diff, { signed: true, percent })})</span>
                </td>
              </tr>
            );
          })}
          {counts.map((key) => (
            <tr key={key}>
              <th scope="row">{m.compareCounts[key]}</th>
              <td>{number(c.counts[key] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
