/**
 * The legend's "On the map" part: each event icon on its plate (drawn from the same shapes as the
 * map, src/game/mapIcons.ts), the town hall's board, shops and workshops with their list marks,
 * camera posts, and the lines to a selected person's family and friends — in the palette the map
 * uses (projector colours when the teacher sets them).
 */
import type { MarkerIcon } from '../../game/mapEvents';
import { iconSvgShapes, PLATE_RADIUS } from '../../game/mapIcons';
import { cssColour, type MapPalette } from '../../game/palette';
import { messages } from '../strings';

const ICONS: readonly MarkerIcon[] = [
  'refused',
  'listed',
  'appealFiled',
  'appealDecided',
  'camera',
  'relative',
];

export function MapIconsLegend(props: {
  palette: MapPalette;
  businesses: boolean;
  gradedBusinesses: boolean;
  open: boolean;
}) {
  const { palette: p } = props;
  const m = messages.legend;
  const ink = cssColour(p.markerInk);
  return (
    <details class="legend-events" open={props.open}>
      <summary>{m.onMap}</summary>
      <ul class="legend-marks legend-icons">
        {ICONS.map((icon) => (
          <li key={icon}>
            <svg class="legend-icon" viewBox="-12 -12 24 24" aria-hidden="true">
              <circle
                r={PLATE_RADIUS}
                fill={cssColour(p.markerPlates[icon])}
                stroke={p.markerEdge === null ? 'none' : cssColour(p.markerEdge)}
                stroke-width={p.markerEdgeWidth}
              />
              {iconSvgShapes(icon, ink).map(({ tag: Tag, attrs }, k) => (
                <Tag key={k} {...attrs} />
              ))}
            </svg>
            {m.icons[icon]}
          </li>
        ))}
        <li>
          <svg class="legend-icon" viewBox="0 0 24 24" aria-hidden="true">
            <rect x="2" y="3" width="20" height="18" fill={p.board.plate} />
            <path d="M6 9h12M6 13h12M6 17h8" stroke={p.board.text} stroke-width="1.6" />
          </svg>
          {m.board}
        </li>
        <li>
          <svg class="legend-icon" viewBox="0 0 24 24" aria-hidden="true">
            <circle cx="12" cy="12" r="5" fill={cssColour(p.cameraPost)} />
            <circle cx="13.5" cy="12" r="2" fill={ink} />
          </svg>
          {m.cameraPost}
        </li>
        {props.businesses && (
          <>
            <li>
              <svg class="legend-icon" viewBox="0 0 24 24" aria-hidden="true">
                <rect x="3" y="5" width="18" height="16" fill={cssColour(p.business)} />
                <rect x="3" y="5" width="18" height="5" fill={cssColour(p.awning)} />
                <path d="M7 5v5M13 5v5M19 5v5" stroke={ink} stroke-width="2.4" />
              </svg>
              {m.shop}
            </li>
            <li>
              <svg class="legend-icon" viewBox="0 0 24 24" aria-hidden="true">
                <rect x="3" y="8" width="18" height="13" fill={cssColour(p.business)} />
                <path d="M3 10L9 4v6l6-6v6l6-6v6z" fill={cssColour(p.workshopRoof)} />
              </svg>
              {m.workshop}
            </li>
            {props.gradedBusinesses && <li class="legend-note small">{m.businessGrades}</li>}
            <li>
              <svg class="legend-icon" viewBox="0 0 24 24" aria-hidden="true">
                <path
                  d="M12 4l8 8-8 8-8-8z"
                  fill={cssColour(p.listedMark)}
                  stroke={ink}
                  stroke-width="1.5"
                />
              </svg>
              {m.businessListed}
            </li>
            <li>
              <svg class="legend-icon" viewBox="0 0 24 24" aria-hidden="true">
                <path d="M6 22V3" stroke={cssColour(p.listedMark)} stroke-width="2" />
                <path d="M6 3l12 5-12 5z" fill={cssColour(p.namedFlag)} />
              </svg>
              {m.businessNamed}
            </li>
          </>
        )}
        <li>
          <svg class="legend-icon" viewBox="0 0 24 24" aria-hidden="true">
            <path d="M2 12h20" stroke={cssColour(p.familyLine)} stroke-width="3" />
          </svg>
          {m.family}
        </li>
        <li>
          <svg class="legend-icon" viewBox="0 0 24 24" aria-hidden="true">
            <path d="M2 12h20" stroke={cssColour(p.friendLine)} stroke-width="1.4" />
          </svg>
          {m.friends}
        </li>
      </ul>
    </details>
  );
}
