/**
 * The still part of the map: district blocks, homes, businesses, squares and public buildings,
 * and their labels. Drawn once per town; labels are resized when the zoom changes.
 */
import * as Phaser from 'phaser';
import type { TownLayout } from '../engine/types';
import { messages } from '../ui/strings';
import { MAP_COLOURS, MAP_TEXT } from './palette';
import { CELL_PX } from './townGeometry';

export class TownGround {
  private readonly graphics: Phaser.GameObjects.Graphics;
  private labels: MapLabel[] = [];
  /** The zoom the labels were last sized for. */
  private labelZoom = 0;

  constructor(private readonly scene: Phaser.Scene) {
    this.graphics = scene.add.graphics().setDepth(0);
  }

  /** Draws a town (or clears the ground when there is none). */
  draw(layout: TownLayout | null): void {
    const g = this.graphics;
    g.clear();
    this.labels.forEach(({ text }) => text.destroy());
    this.labels = [];
    this.labelZoom = 0;
    if (layout === null) return;
    const fills = MAP_COLOURS.districtFills;
    layout.districts.forEach((d, k) => {
      g.fillStyle(fills[k % fills.length]);
      g.fillRect(d.x * CELL_PX, d.y * CELL_PX, d.w * CELL_PX, d.h * CELL_PX);
    });
    const districtOf = (x: number, y: number) =>
      layout.districts.findIndex((d) => x >= d.x && x < d.x + d.w && y >= d.y && y < d.y + d.h);
    const publicPlaces: { x: number; y: number; kind: string }[] = [];
    for (const place of layout.places) {
      const x = place.x * CELL_PX;
      const y = place.y * CELL_PX;
      switch (place.kind) {
        case 'home': {
          const k = districtOf(place.x, place.y);
          g.fillStyle(MAP_COLOURS.homeFills[Math.max(0, k) % MAP_COLOURS.homeFills.length]);
          g.fillRect(x + 5, y + 5, CELL_PX - 10, CELL_PX - 10);
          break;
        }
        case 'business':
          g.fillStyle(MAP_COLOURS.business);
          g.fillRect(x + 3, y + 3, CELL_PX - 6, CELL_PX - 6);
          break;
        case 'square':
          g.fillStyle(MAP_COLOURS.square);
          g.fillRect(x + 1, y + 1, CELL_PX - 2, CELL_PX - 2);
          break;
        default:
          g.fillStyle(MAP_COLOURS.public);
          g.fillRect(x + 1, y + 1, CELL_PX - 2, CELL_PX - 2);
          publicPlaces.push({ x: x + CELL_PX / 2, y: y + CELL_PX / 2, kind: place.kind });
      }
    }
    // District borders last, so they read as the lines between neighbourhoods.
    g.lineStyle(2, MAP_COLOURS.districtEdge);
    for (const d of layout.districts) {
      g.strokeRect(d.x * CELL_PX, d.y * CELL_PX, d.w * CELL_PX, d.h * CELL_PX);
    }
    for (const d of layout.districts) {
      this.addLabel(d.name, 'district', (d.x + d.w / 2) * CELL_PX, (d.y + d.h / 2) * CELL_PX);
    }
    for (const place of publicPlaces) {
      this.addLabel(messages.map.places[place.kind] ?? place.kind, 'place', place.x, place.y);
    }
  }

  /**
   * Keeps labels readable at every zoom (they follow the map only between 75 % and 125 % of their
   * size) and places the building labels again so that, resized, they still do not overlap.
   */
  sizeLabels(zoom: number): void {
    if (zoom === this.labelZoom) return;
    this.labelZoom = zoom;
    // On screen a label is its font size times the zoom, held between 75 % and 125 %.
    const scale = Math.min(Math.max(zoom, 0.75), 1.25) / zoom;
    const taken: Phaser.Geom.Rectangle[] = [];
    for (const label of this.labels) {
      label.text.setScale(scale);
      if (label.kind === 'district') {
        label.text.setPosition(label.x, label.y);
        taken.push(label.text.getBounds());
      }
    }
    for (const label of this.labels) {
      if (label.kind === 'place') placeLabel(label.text, label.x, label.y, CELL_PX / 2 + 3, taken);
    }
  }

  private addLabel(text: string, kind: MapLabel['kind'], x: number, y: number): void {
    const district = kind === 'district';
    const label = this.scene.add.text(0, 0, text, {
      fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      fontSize: district ? '17px' : '12px',
      fontStyle: 'bold',
      color: district ? MAP_TEXT.district : MAP_TEXT.place,
      backgroundColor: district ? MAP_TEXT.districtPlate : MAP_TEXT.placePlate,
      padding: district ? { x: 8, y: 3 } : { x: 5, y: 2 },
      resolution: 2,
    });
    label.setOrigin(0.5, 0.5);
    // District names sit under the people; place names above them.
    label.setDepth(district ? 0.5 : 3);
    this.labels.push({ text: label, kind, x, y });
  }
}

/** A text on the map and the point it labels (world px). */
interface MapLabel {
  text: Phaser.GameObjects.Text;
  kind: 'district' | 'place';
  x: number;
  y: number;
}

/** Puts a place label beside its building where it overlaps no label placed before it. */
function placeLabel(
  label: Phaser.GameObjects.Text,
  x: number,
  y: number,
  gap: number,
  taken: Phaser.Geom.Rectangle[],
): void {
  const w = label.displayWidth;
  const h = label.displayHeight;
  const spots = [
    [x, y - gap - h / 2],
    [x, y + gap + h / 2],
    [x + gap + w / 2, y],
    [x - gap - w / 2, y],
    [x + gap + w / 2, y - gap - h / 2],
    [x - gap - w / 2, y + gap + h / 2],
  ];
  for (const [sx, sy] of spots) {
    const rect = new Phaser.Geom.Rectangle(sx - w / 2, sy - h / 2, w, h);
    if (!taken.some((other) => Phaser.Geom.Intersects.RectangleToRectangle(rect, other))) {
      label.setPosition(sx, sy);
      taken.push(rect);
      return;
    }
  }
  label.setPosition(spots[0][0], spots[0][1]);
}
