/**
 * The town's businesses as shops (an awning) and workshops (a saw-tooth roof), filled with their
 * grade's colour where the rules rate businesses (town.businesses.rated), marked with a dark
 * diamond when on a list and a flag when the list is published (named in public). Redrawn when a
 * day's snapshot or the palette changes, never per frame.
 */
import type * as Phaser from './phaser';
import type { TownLayout, TownSnapshot } from '../engine/types';
import type { MapPalette } from './palette';
import { CELL_PX } from './townGeometry';

/** How the scenario wants its businesses drawn. */
export interface BusinessLook {
  /** Grade colours, best first, when the rules rate businesses; null: businesses are not graded. */
  gradeColours: readonly number[] | null;
  /** Per sector: drawn as a workshop (else a shop). */
  workshop: readonly boolean[];
  /** Bits of the lists whose names are published. */
  publishedMask: number;
}

/** A business as drawn (automation reads it through window.ledgertown.debug). */
export interface DrawnBusiness {
  id: string;
  /** Centre of its cell, world px. */
  x: number;
  y: number;
  building: 'shop' | 'workshop';
  /** Grade index, or -1 when not coloured by grade. */
  grade: number;
  listed: boolean;
  named: boolean;
}

const INSET = 3;

export class BusinessLayer {
  private readonly graphics: Phaser.GameObjects.Graphics;
  private drawn: DrawnBusiness[] = [];

  constructor(scene: Phaser.Scene) {
    this.graphics = scene.add.graphics().setDepth(0.3);
  }

  businesses(): readonly DrawnBusiness[] {
    return this.drawn;
  }

  draw(
    layout: TownLayout | null,
    snapshot: TownSnapshot | null,
    look: BusinessLook,
    palette: MapPalette,
  ): void {
    const g = this.graphics;
    g.clear();
    this.drawn = [];
    if (layout === null) return;
    const size = CELL_PX - INSET * 2;
    for (const place of layout.places) {
      if (place.kind !== 'business' || place.ref === undefined) continue;
      const k = Number(place.ref.slice(1));
      const x = place.x * CELL_PX + INSET;
      const y = place.y * CELL_PX + INSET;
      const grade = snapshot?.businessGrade[k] ?? -1;
      const colours = look.gradeColours;
      const graded = colours !== null && grade >= 0 && grade < colours.length;
      const listedBits = snapshot?.businessListed[k] ?? 0;
      const workshop = look.workshop[place.sector ?? -1] ?? false;
      g.fillStyle(graded ? colours[grade] : palette.business);
      g.fillRect(x, y, size, size);
      if (workshop) {
        // A saw-tooth roof along the top edge.
        g.fillStyle(palette.workshopRoof);
        const teeth = 3;
        const w = size / teeth;
        for (let t = 0; t < teeth; t++) {
          g.fillTriangle(x + t * w, y + 5, x + (t + 1) * w, y + 5, x + (t + 1) * w, y - 1);
        }
      } else {
        // An awning: a band with light stripes.
        g.fillStyle(palette.awning);
        g.fillRect(x, y, size, 5);
        g.fillStyle(palette.markerInk);
        for (let sx = x + 3; sx + 3 <= x + size; sx += 6) g.fillRect(sx, y, 3, 5);
      }
      if (palette.businessEdge !== null) {
        g.lineStyle(1.5, palette.businessEdge);
        g.strokeRect(x, y, size, size);
      }
      const listed = listedBits !== 0;
      const named = (listedBits & look.publishedMask) !== 0;
      if (listed) {
        // A dark diamond with a light rim on the top-right corner.
        const cx = x + size - 1;
        const cy = y + 1;
        g.fillStyle(palette.listedMark);
        g.lineStyle(1.5, palette.markerInk);
        g.beginPath();
        g.moveTo(cx, cy - 5.5);
        g.lineTo(cx + 5.5, cy);
        g.lineTo(cx, cy + 5.5);
        g.lineTo(cx - 5.5, cy);
        g.closePath();
        g.fillPath();
        g.strokePath();
      }
      if (named) {
        // A flag on a pole at the top-left corner: named in public.
        g.lineStyle(1.6, palette.listedMark);
        g.lineBetween(x + 1, y + 6, x + 1, y - 8);
        g.fillStyle(palette.namedFlag);
        g.fillTriangle(x + 1, y - 8, x + 9, y - 5, x + 1, y - 2);
      }
      this.drawn.push({
        id: place.ref,
        x: (place.x + 0.5) * CELL_PX,
        y: (place.y + 0.5) * CELL_PX,
        building: workshop ? 'workshop' : 'shop',
        grade: graded ? grade : -1,
        listed,
        named,
      });
    }
  }
}
