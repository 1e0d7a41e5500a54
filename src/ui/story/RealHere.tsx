/**
 * "What is real here?": every world-facing number of the scenario's rule set, town, behaviours and
 * surveillance, with its evidence mark, its source (a link) and the note that says where it comes
 * from or why it was chosen.
 */
import { markedNumbers, type MarkedNumber } from '../../scenario/evidenceChecks';
import { localizedScenarioText, type LabelGroup } from '../../scenario/localizedText';
import type { Scenario } from '../../scenario/schema';
import { locale, messages } from '../strings';
import { EvidenceBadge } from './EvidenceBadge';
import { SourceLink } from './SourceList';

/** Which label group names the owner of a number of each kind. */
const LABEL_GROUP: Partial<Record<MarkedNumber['kind'], LabelGroup>> = {
  behaviour: 'behaviours',
  source: 'surveillance',
  rule: 'rules',
  list: 'lists',
  consequence: 'consequences',
  grade: 'grades',
};

export function RealHere(props: { scenario: Scenario }) {
  const { scenario } = props;
  const m = messages.story.real;
  const text = localizedScenarioText(scenario, locale);
  const numbers = markedNumbers(scenario);
  const count = (kind: string) => numbers.filter((n) => n.mark?.mark === kind).length;
  const ownerName = (n: MarkedNumber): string => {
    const group = LABEL_GROUP[n.kind];
    const english = englishLabel(scenario, n);
    const owner = group && n.owner ? text.label(group, n.owner, english ?? n.owner) : undefined;
    return owner ? `${m.groups[n.kind]}: ${owner}` : m.groups[n.kind];
  };
  return (
    <details class="notes real-here" id="real-here">
      <summary>{m.title}</summary>
      <p class="small">{m.intro}</p>
      <p class="small">
        {m.counts(count('documented'), count('secondary'), count('uncertain'), count('assumed'))}
      </p>
      <div class="real-table-wrap">
        <table class="real-table">
          <thead>
            <tr>
              <th scope="col">{m.what}</th>
              <th scope="col">{m.value}</th>
              <th scope="col">{m.mark}</th>
              <th scope="col">{m.source}</th>
              <th scope="col">{m.note}</th>
            </tr>
          </thead>
          <tbody>
            {numbers.map((n) => {
              const source = scenario.sources.find(
                (s) => s.id !== undefined && s.id === n.mark?.source,
              );
              return (
                <tr key={n.path.join('.')}>
                  <th scope="row">
                    {ownerName(n)}
                    <span class="muted small">
                      {' '}
                      · {messages.editor.form.label(n.field.split('.').pop() ?? n.field)}
                    </span>
                  </th>
                  <td>{valueText(n.value)}</td>
                  <td>
                    <EvidenceBadge mark={n.mark} />
                    {n.mark?.range && (
                      <span class="muted small">
                        {' '}
                        {m.range(String(n.mark.range[0]), String(n.mark.range[1]))}
                      </span>
                    )}
                  </td>
                  <td>{source ? <SourceLink source={source} /> : ''}</td>
                  <td class="small">{n.mark?.note ?? ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}

function valueText(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  return '…';
}

/** The English label of the object a number belongs to (a rule's reason, a list's label). */
function englishLabel(scenario: Scenario, n: MarkedNumber): string | undefined {
  const object = n.path
    .slice(0, -n.field.split('.').length)
    .reduce<unknown>(
      (v, key) =>
        v === null || typeof v !== 'object' ? undefined : (v as Record<PropertyKey, unknown>)[key],
      scenario,
    ) as Record<string, unknown> | undefined;
  const label = object?.label ?? object?.reason ?? object?.id;
  return typeof label === 'string' ? label : undefined;
}
