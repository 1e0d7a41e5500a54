/** What the map's colours and shapes mean, built from the scenario's own grades. */
import { MAP_COLOURS, cssColour, gradeColours, mapPalette } from '../../game/palette';
import { MapIconsLegend } from './MapIconsLegend';
import { localizedScenarioText } from '../../scenario/localizedText';
import { useApp } from '../appContext';
import { gradeName } from '../gradeName';
import { locale, messages } from '../strings';
import { useStore } from '../useStore';

const SHORT_SCREEN = 800;

export function Legend(props: { compact: boolean }) {
  const { stores } = useApp();
  const scenario = useStore(stores.session, (s) => s.scenario);
  const grades = scenario?.ruleset.scoring.grades;
  const reveal = useStore(stores.prefs, (s) => s.revealWrongful);
  const projector = useStore(stores.teacher, (s) => s.settings.projector);
  const m = messages.legend;
  if (!scenario || !grades) return null;
  const text = localizedScenarioText(scenario, locale);
  // Where the rules rate businesses, people are drawn grey (TownScene): say so instead of grades.
  const rated = scenario.town.businesses.rated;
  const colours = rated
    ? [MAP_COLOURS.unknownGrade, MAP_COLOURS.unknownGrade]
    : gradeColours(grades.length);
  const body = (
    <div class="legend-body">
      {rated ? (
        <p class="legend-note small">{m.businessesRated}</p>
      ) : (
        <>
          <h2 class="legend-title">{m.grades}</h2>
          <ul class="legend-grades">
            {grades.map((grade, k) => (
              <li key={grade.id}>
                <span
                  class="swatch square"
                  style={{ background: cssColour(colours[k]) }}
                  aria-hidden="true"
                />
                {gradeName(scenario, grade.id) === grade.id && (
                  <span class="grade-id">{grade.id}</span>
                )}
                <span class="muted">{text.label('grades', grade.id, grade.label)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <ul class="legend-marks">
        <li>
          <span
            class="swatch square"
            style={{ background: cssColour(colours[0]) }}
            aria-hidden="true"
          />
          {m.notListed}
        </li>
        <li>
          <span
            class="swatch diamond"
            style={{ background: cssColour(colours[colours.length - 1]) }}
            aria-hidden="true"
          />
          {m.listed}
        </li>
        <li>
          <span
            class="swatch diamond wrongful"
            style={{ background: cssColour(colours[colours.length - 1]) }}
            aria-hidden="true"
          />
          {m.wrongful}
        </li>
        <li>
          <span
            class="swatch ring"
            style={{ borderColor: cssColour(MAP_COLOURS.selection) }}
            aria-hidden="true"
          />
          {m.selected}
        </li>
      </ul>
      <MapIconsLegend
        palette={mapPalette(projector)}
        businesses={scenario.town.businesses.count > 0}
        gradedBusinesses={rated}
        open={!props.compact}
      />
      {props.compact && (
        <label class="check">
          <input
            type="checkbox"
            checked={reveal}
            onChange={(event) =>
              stores.prefs.setState({ revealWrongful: event.currentTarget.checked })
            }
          />
          {m.revealWrongful}
        </label>
      )}
    </div>
  );
  if (!props.compact) return <div class="legend legend-full">{body}</div>;
  // Open where there is room for it; on short screens it starts folded over the map's corner.
  return (
    <details class="legend" open={window.innerHeight >= SHORT_SCREEN}>
      <summary>{m.heading}</summary>
      {body}
    </details>
  );
}
