/**
 * Events where they happen: each group of the day's notable events (mapEvents.ts) is a round
 * marker with its icon and a short label at its place, for a moment (a day, and at least
 * LIVE_MS of real time); the town hall's board lists who is publicly named; a sanction that
 * reached a relative is also a line from the listed person to them. Markers pop in and fade out,
 * or, with reduced motion, simply appear and go. Markers and labels keep their size on screen.
 */
import * as Phaser from './phaser';
import type { AgentId, FeedEvent, TownLayout } from '../engine/types';
import {
  businessPlaces,
  groupEvents,
  MARKER_ICON,
  placeEvents,
  type EventGroup,
  type EventPlaces,
  type MapEventWords,
} from './mapEvents';
import { ICON_SHAPES, ICON_STROKE, PLATE_RADIUS } from './mapIcons';
import type { MapPalette } from './palette';
import { CELL_PX, type FigurePositions } from './townGeometry';

/** A marker stays at least this long (ms of real time), and always through its own day. */
export const LIVE_MS = 2400;
const FADE_MS = 500;
const POP_MS = 220;
/** Markers drawn at once, newest first; older ones wait out their time unseen. */
const MAX_MARKERS = 40;
/** Markers that carry a label (the newest); the rest show their icon and count only. */
const MAX_LABELS = 14;
/** Names the board lists before "and N more". */
const BOARD_NAMES = 5;

interface LiveGroup extends EventGroup {
  born: number;
}

/** A marker as drawn: where (world px), how big, and what it stands for (automation reads it). */
export interface DrawnMarker {
  group: LiveGroup;
  x: number;
  y: number;
  r: number;
  label: string;
}

export interface EventFrame {
  now: number;
  /** The day the map shows. */
  day: number;
  zoom: number;
  still: boolean;
  palette: MapPalette;
  positions: FigurePositions;
  /** Feed keys to ring (the feed item under the pointer or focus). */
  highlight: ReadonlySet<string>;
  name: (id: AgentId) => string;
}

export class EventLayer {
  private readonly graphics: Phaser.GameObjects.Graphics;
  private readonly lines: Phaser.GameObjects.Graphics;
  private readonly labels: Phaser.GameObjects.Text[] = [];
  private readonly board: Phaser.GameObjects.Text;
  private live: LiveGroup[] = [];
  private drawn: DrawnMarker[] = [];
  private town: (EventPlaces & { layout: TownLayout; shops: Map<string, number> }) | null = null;
  private boardText = '';
  private boardNames: AgentId[] = [];
  private boardCount = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly words: MapEventWords,
  ) {
    this.lines = scene.add.graphics().setDepth(1.5);
    this.graphics = scene.add.graphics().setDepth(4);
    this.board = scene.add
      .text(0, 0, '', {
        fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        fontSize: '12px',
        padding: { x: 6, y: 4 },
        resolution: 2,
        lineSpacing: 1,
      })
      .setOrigin(0, 0)
      .setDepth(3.5)
      .setVisible(false);
  }

  /** A new town (or none): forget every marker. */
  setTown(layout: TownLayout | null, districtIds: readonly string[], published: Set<string>): void {
    this.live = [];
    this.drawn = [];
    this.boardNames = [];
    this.boardCount = 0;
    this.town =
      layout === null
        ? null
        : { layout, districtIds, publishedLists: published, shops: businessPlaces(layout) };
  }

  /** The day's new feed events, with their keys; `now` in ms. */
  add(events: readonly FeedEvent[], keys: readonly string[], now: number): void {
    const town = this.town;
    if (town === null || events.length === 0) return;
    const groups = groupEvents(placeEvents(events, keys, town, town.shops));
    for (const group of groups) {
      const same = this.live.find((g) => g.id === group.id);
      if (same === undefined) {
        this.live.push({ ...group, born: now });
        continue;
      }
      // The same sort of event at the same place again: one marker, counted up.
      same.count += group.count;
      same.day = Math.max(same.day, group.day);
      same.subjects = [
        ...group.subjects,
        ...same.subjects.filter((s) => !group.subjects.includes(s)),
      ];
      same.lines = [...group.lines, ...same.lines].slice(0, 24);
      same.keys = [...group.keys, ...same.keys].slice(0, 200);
      same.born = now;
    }
    // Newest first, so the cap keeps the newest.
    this.live.sort((a, b) => b.born - a.born || b.day - a.day);
  }

  /** Who the board names now (newest first) and how many in all. */
  setBoard(names: AgentId[], count: number): void {
    this.boardNames = names;
    this.boardCount = count;
  }

  /** Markers in view this frame (for clicks and automation). */
  markers(): readonly DrawnMarker[] {
    return this.drawn;
  }

  /** The marker under a world point, if any. */
  hit(x: number, y: number): DrawnMarker | null {
    for (const m of this.drawn) if ((m.x - x) ** 2 + (m.y - y) ** 2 <= m.r * m.r) return m;
    return null;
  }

  /** The board as drawn: its names, count and world position, or null when hidden. */
  boardState(): { names: string[]; count: number; x: number; y: number } | null {
    if (!this.board.visible) return null;
    return {
      names: this.boardText.split('\n').slice(1),
      count: this.boardCount,
      x: this.board.x,
      y: this.board.y,
    };
  }

  update(f: EventFrame): void {
    const g = this.graphics;
    const lines = this.lines;
    g.clear();
    lines.clear();
    this.drawn = [];
    const town = this.town;
    if (town === null) {
      this.hideLabels(0);
      this.board.setVisible(false);
      return;
    }
    this.live = this.live.filter((m) => m.day >= f.day || f.now - m.born < LIVE_MS);
    // On screen a marker is its size times the zoom, held between 100 % and 140 %; labels
    // between 75 % and 125 %, like the place labels.
    const scale = Math.min(Math.max(f.zoom, 0.75), 1.25) / f.zoom;
    const markerScale = Math.min(Math.max(f.zoom, 1), 1.4) / f.zoom;
    const { palette } = f;
    const shown = this.live.slice(0, MAX_MARKERS);
    const stacks = new Map<string, number>();
    const perAnchor = new Map<string, number>();
    for (const m of shown) {
      const anchor = `${m.place}/${m.camera}`;
      perAnchor.set(anchor, (perAnchor.get(anchor) ?? 0) + 1);
    }
    let labelled = 0;
    for (const m of shown) {
      const anchorKey = `${m.place}/${m.camera}`;
      const at = this.anchor(m, town.layout);
      if (at === null) continue;
      const k = stacks.get(anchorKey) ?? 0;
      stacks.set(anchorKey, k + 1);
      const n = perAnchor.get(anchorKey) ?? 1;
      const age = f.now - m.born;
      const pop = f.still ? 1 : Math.min(1, 0.55 + (0.45 * age) / POP_MS);
      const left = LIVE_MS - age;
      const alpha = f.still || m.day >= f.day || left > FADE_MS ? 1 : Math.max(0, left / FADE_MS);
      const unit = markerScale;
      const r = PLATE_RADIUS * unit;
      const x = at.x + (k - (n - 1) / 2) * r * 2.3;
      const y = at.y - CELL_PX * 0.55 - r;
      const icon = MARKER_ICON[m.type];
      // A sanction that reached a relative: a line from the listed person to each relative.
      if (m.type === 'relative') this.drawRelativeLines(lines, m, f, alpha);
      // The pulse that says "this just happened" (never with reduced motion).
      if (!f.still && age < 900) {
        const t = age / 900;
        g.lineStyle(2 * unit, palette.markerPlates[icon], (1 - t) * 0.8);
        g.strokeCircle(x, y, r * (1 + t * 1.2));
      }
      const highlighted = m.keys.some((key) => f.highlight.has(key));
      if (highlighted) {
        g.lineStyle(3.5 * unit, palette.selection, alpha);
        g.strokeCircle(x, y, r * 1.45);
      }
      g.fillStyle(palette.markerPlates[icon], alpha);
      g.fillCircle(x, y, r * pop);
      if (palette.markerEdge !== null) {
        g.lineStyle(palette.markerEdgeWidth * unit, palette.markerEdge, alpha);
        g.strokeCircle(x, y, r * pop);
      }
      drawIcon(g, icon, x, y, unit * pop, palette.markerInk, alpha);
      const label =
        m.count === 1
          ? this.words.marker[m.type](1, f.name(m.subjects[0]))
          : this.words.marker[m.type](m.count, '');
      this.drawn.push({ group: m, x, y, r: r * 1.2, label });
      if (labelled < MAX_LABELS && k === 0) {
        this.showLabel(labelled++, label, x, y + r + 3 * unit, scale, alpha, palette);
      }
    }
    this.hideLabels(labelled);
    this.drawBoard(town.layout, scale, f, palette);
  }

  private anchor(m: EventGroup, layout: TownLayout): { x: number; y: number } | null {
    if (m.camera >= 0) {
      const c = layout.cameras[m.camera];
      return c === undefined ? null : { x: c.x * CELL_PX, y: c.y * CELL_PX };
    }
    const p = layout.places[m.place];
    return p === undefined ? null : { x: (p.x + 0.5) * CELL_PX, y: (p.y + 0.5) * CELL_PX };
  }

  private drawRelativeLines(
    lines: Phaser.GameObjects.Graphics,
    m: EventGroup,
    f: EventFrame,
    alpha: number,
  ): void {
    const { x, y, count } = f.positions;
    const index = (id: AgentId) => {
      const i = id.startsWith('p') ? Number(id.slice(1)) : -1;
      return i >= 0 && i < count ? i : -1;
    };
    const width = 2.5 / Math.sqrt(f.zoom);
    for (const line of m.lines) {
      const a = index(line.from);
      const b = index(line.to);
      if (a < 0 || b < 0) continue;
      lines.lineStyle(width + 2 / f.zoom, f.palette.markerInk, alpha * 0.9);
      lines.lineBetween(x[a], y[a], x[b], y[b]);
      lines.lineStyle(width, f.palette.relativeLine, alpha);
      lines.lineBetween(x[a], y[a], x[b], y[b]);
      lines.fillStyle(f.palette.relativeLine, alpha);
      lines.fillCircle(x[a], y[a], 3 / Math.sqrt(f.zoom) + 1);
    }
  }

  private showLabel(
    k: number,
    text: string,
    x: number,
    y: number,
    scale: number,
    alpha: number,
    palette: MapPalette,
  ): void {
    let label = this.labels[k];
    if (label === undefined) {
      label = this.scene.add
        .text(0, 0, '', {
          fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
          fontSize: '12px',
          fontStyle: 'bold',
          padding: { x: 4, y: 2 },
          resolution: 2,
        })
        .setOrigin(0.5, 0)
        .setDepth(4.1);
      this.labels[k] = label;
    }
    if (label.text !== text) label.setText(text);
    if (label.style.color !== palette.text.place) {
      label.setColor(palette.text.place);
      label.setBackgroundColor(palette.text.placePlate);
    }
    label.setPosition(x, y).setScale(scale).setAlpha(alpha).setVisible(true);
  }

  private hideLabels(from: number): void {
    for (let k = from; k < this.labels.length; k++) this.labels[k].setVisible(false);
  }

  private drawBoard(layout: TownLayout, scale: number, f: EventFrame, palette: MapPalette): void {
    const hall = layout.places[layout.anchors.townHall];
    if (this.boardCount === 0 || hall === undefined || hall.kind !== 'town_hall') {
      this.board.setVisible(false);
      return;
    }
    const names = this.boardNames.slice(0, BOARD_NAMES).map((id) => f.name(id));
    const more = this.boardCount - names.length;
    const lines = [this.words.board(this.boardCount), ...names];
    if (more > 0) lines.push(this.words.boardMore(more));
    const text = lines.join('\n');
    if (text !== this.boardText) {
      this.boardText = text;
      this.board.setText(text);
    }
    if (this.board.style.color !== palette.board.text) {
      this.board.setColor(palette.board.text);
      this.board.setBackgroundColor(palette.board.plate);
    }
    // The board opens upward (clear of the legend in the view's lower left corner) unless the hall
    // is too near the top of the town for it, and toward the middle of the town sideways.
    const right = hall.x < layout.width / 2;
    const down = hall.y * CELL_PX < this.board.height * scale + CELL_PX;
    this.board
      .setOrigin(right ? 0 : 1, down ? 0 : 1)
      .setPosition(
        right ? (hall.x + 1) * CELL_PX + 2 : hall.x * CELL_PX - 2,
        down ? hall.y * CELL_PX + 2 : (hall.y + 1) * CELL_PX - 2,
      )
      .setScale(scale)
      .setVisible(true);
  }
}

/** Draws an icon's shapes centred on (x, y), `unit` world px per icon unit. */
export function drawIcon(
  g: Phaser.GameObjects.Graphics,
  icon: keyof typeof ICON_SHAPES,
  x: number,
  y: number,
  unit: number,
  ink: number,
  alpha: number,
): void {
  g.lineStyle(ICON_STROKE * unit, ink, alpha);
  g.fillStyle(ink, alpha);
  for (const s of ICON_SHAPES[icon]) {
    switch (s.shape) {
      case 'circle':
        if (s.fill) g.fillCircle(x + s.x * unit, y + s.y * unit, s.r * unit);
        else g.strokeCircle(x + s.x * unit, y + s.y * unit, s.r * unit);
        break;
      case 'rect':
        if (s.fill) g.fillRect(x + s.x * unit, y + s.y * unit, s.w * unit, s.h * unit);
        else g.strokeRect(x + s.x * unit, y + s.y * unit, s.w * unit, s.h * unit);
        break;
      case 'line':
      case 'poly': {
        g.beginPath();
        g.moveTo(x + s.points[0] * unit, y + s.points[1] * unit);
        for (let i = 2; i < s.points.length; i += 2)
          g.lineTo(x + s.points[i] * unit, y + s.points[i + 1] * unit);
        if (s.shape === 'poly') {
          g.closePath();
          if (s.fill) g.fillPath();
          else g.strokePath();
        } else g.strokePath();
        break;
      }
    }
  }
}
