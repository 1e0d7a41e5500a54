/**
 * The still part of the map: district blocks, homes, businesses, squares and public buildings,
 * and their labels. Drawn once per town, and again when the palette changes (projector colours);
 * labels are resized when the zoom changes.
 */
import * as Phaser from './phaser';
import type { TownLayout } from '../engine/types';
import type { MapPalette } from './palette';
import { CELL_PX } from './townGeometry';

export class TownGround {
  private readonly graphics: Phaser.GameObjects.Graphics;
  private labels: MapLabel[] = [];
  /** The zoom the labels were last sized for. */
  private labelZoom = 0;

  constructor(private readonly scene: Phaser.Scene) {
    this.graphics = scene.add.graphics().setDepth(0);
  }

  /** Draws a town in a palette (or clears the ground when there is none). */
  draw(
    layout: TownLayout | null,
    palette: MapPalette,
    placeNames: Readonly<Record<string, string>>,
  ): void {
    const g = this.graphics;
    g.clear();
    this.labels.forEach(({ text }) => text.destroy());
    this.labels = [];
    this.labelZoom = 0;
    if (layout === null) return;
    const fills = palette.districtFills;
    layout.districts.forEach((d, k) => {
      g.fillStyle(fills[k % fills.length]);
      g.fillRect(d.x * CELL_PX, d.y * CELL_PX, d.w * CELL_PX, d.h * CELL_PX);
    });
    const districtOf = (x: number, y: number) =>
      layout.districts.findIndex((d) => x >= d.x && x < d.x + d.w && y >= d.y && y < d.y + d.h);
    /** A building: a filled square inset in its cell, outlined when the palette says so. */
    const block = (x: number, y: number, inset: number, fill: number, edge: number | null) => {
      const size = CELL_PX - inset * 2;
      g.fillStyle(fill);
      g.fillRect(x + inset, y + inset, size, size);
      if (edge === null) return;
      g.lineStyle(inset >= 5 ? 1.5 : 2, edge);
      g.strokeRect(x + inset, y + inset, size, size);
    };
    const publicPlaces: { x: number; y: number; kind: string }[] = [];
    // A district with a market is a market street: its businesses stand on one paved street.
    const market = new Set(
      layout.places.filter((p) => p.kind === 'market').map((p) => districtOf(p.x, p.y)),
    );
    for (const place of layout.places) {
      const x = place.x * CELL_PX;
      const y = place.y * CELL_PX;
      switch (place.kind) {
        case 'home': {
          const homes = palette.homeFills;
          const k = Math.max(0, districtOf(place.x, place.y));
          block(x, y, 5, homes[k % homes.length], palette.homeEdge);
          break;
        }
        case 'business':
          if (market.has(districtOf(place.x, place.y))) {
            g.fillStyle(palette.marketStreet);
            g.fillRect(x, y, CELL_PX, CELL_PX);
          }
          block(x, y, 3, palette.business, palette.businessEdge);
          break;
        case 'square':
          block(x, y, 1, palette.square, null);
          break;
        default:
          block(x, y, 1, palette.public, palette.publicEdge);
          publicPlaces.push({ x: x + CELL_PX / 2, y: y + CELL_PX / 2, kind: place.kind });
      }
    }
    // District borders last, so they read as the lines between neighbourhoods.
    g.lineStyle(palette.districtEdgeWidth, palette.districtEdge);
    for (const d of layout.districts) {
      g.strokeRect(d.x * CELL_PX, d.y * CELL_PX, d.w * CELL_PX, d.h * CELL_PX);
    }
    // Camera posts on the corners between blocks: a post and its lens.
    for (const camera of layout.cameras) {
      const x = camera.x * CELL_PX;
      const y = camera.y * CELL_PX;
      g.fillStyle(palette.cameraPost);
      g.fillCircle(x, y, 4.5);
      g.fillStyle(palette.markerInk);
      g.fillCircle(x + 1.2, y, 1.6);
    }
    for (const d of layout.districts) {
      const x = (d.x + d.w / 2) * CELL_PX;
      this.addLabel(d.name, 'district', x, (d.y + d.h / 2) * CELL_PX, palette);
    }
    for (const place of publicPlaces) {
      const name = placeNames[place.kind] ?? place.kind;
      this.addLabel(name, 'place', place.x, place.y, palette);
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

  private addLabel(
    text: string,
    kind: MapLabel['kind'],
    x: number,
    y: number,
    palette: MapPalette,
  ): void {
    const district = kind === 'district';
    const label = this.scene.add.text(0, 0, text, {
      fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      fontSize: district ? '17px' : '12px',
      fontStyle: 'bold',
      color: district ? palette.text.district : palette.text.place,
      backgroundColor: district ? palette.text.districtPlate : palette.text.placePlate,
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
