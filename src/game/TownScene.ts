/**
 * The town map: districts, places and people, drawn from the store's layout and latest snapshot.
 * People are one Graphics redrawn each frame with plain rectangles and diamonds: under software
 * rendering (no GPU) that measured 59 fps for 2,500 figures with Phaser's Canvas renderer, against
 * 26 fps for the same Graphics and 2 fps for textured sprites under WebGL (see createTownMap.ts).
 */
import * as Phaser from 'phaser';
import type { TownLayout, TownSnapshot } from '../engine/types';
import { localizedScenarioText } from '../scenario/localizedText';
import type { Scenario } from '../scenario/schema';
import type { TownController } from '../store/townController';
import type { TownStores } from '../store/townStores';
import { gradeColours, mapPalette, type MapPalette } from './palette';
import { TownGround } from './TownGround';
import { mapStats } from '../store/mapStats';
import { locale } from '../ui/strings';
import { protagonistPerson } from '../store/roleStore';
import { CELL_PX, FigurePositions } from './townGeometry';

const FIGURE = 4.6;
const LISTED = 4.4;
const MAX_ZOOM = 8;
/** Maps at least this wide (screen px) keep the legend's corner clear when fitted. */
const WIDE_MAP = 900;
const LEGEND_INSET = 280;
/** Pointer travel (screen px) that turns a click into a drag. */
const DRAG_THRESHOLD = 4;
/** How far from a figure (screen px) the pointer still picks it. */
const PICK_RADIUS = 9;
/**
 * A citizen's map hides other people's grades (src/worker/roleHost.ts sends the grade index past
 * the last one): they are drawn in the palette's plain grey. The played protagonist wears a
 * purple double ring.
 */
const PROTAGONIST_RING = 0x6a3d9a;

export interface TownSceneDeps {
  stores: TownStores;
  controller: TownController;
  /** True while the map has keyboard focus: draw the centre ring. */
  hasFocus: () => boolean;
}

/** The scene's controls for the DOM (zoom buttons, keyboard on the focused canvas). */
export interface MapControls {
  zoomBy(factor: number): void;
  panBy(dx: number, dy: number): void;
  fit(): void;
  /** Selects the person nearest the centre of the view; false when nobody is near. */
  openAtCentre(): boolean;
}

export class TownScene extends Phaser.Scene implements MapControls {
  private people!: Phaser.GameObjects.Graphics;
  private ground!: TownGround;
  private positions: FigurePositions | null = null;
  private layout: TownLayout | null = null;
  private snapshot: TownSnapshot | null = null;
  private colours: number[] = [];
  /** The teacher's projector setting picks it; a change redraws the ground. */
  private palette: MapPalette = mapPalette(false);
  /** The scenario whose district names label the ground (they follow the page's language). */
  private named: Scenario | null = null;
  private drag: { x: number; y: number; scrollX: number; scrollY: number; moved: boolean } | null =
    null;
  private fitZoom = 1;
  /** The player moved or zoomed the view: a resize keeps their view instead of refitting. */
  private viewTouched = false;

  constructor(private readonly deps: TownSceneDeps) {
    super('town');
  }

  create(): void {
    const { stores } = this.deps;
    this.palette = mapPalette(stores.teacher.getState().settings.projector);
    this.cameras.main.setBackgroundColor(this.palette.ground);
    this.ground = new TownGround(this);
    this.people = this.add.graphics().setDepth(1);

    const onTown = () => {
      const { layout, snapshot } = stores.town.getState();
      if (layout !== this.layout) this.setLayout(layout);
      if (snapshot !== this.snapshot) {
        this.snapshot = snapshot;
        if (snapshot && this.positions && snapshot.place.length === this.positions.count) {
          this.positions.setDayPlaces(snapshot.place);
        }
      }
    };
    const onScenario = () => {
      const scenario = stores.session.getState().scenario;
      const grades = scenario?.ruleset.scoring.grades.length ?? 1;
      // Where the rules rate businesses, people carry no grade of their own: all plain grey.
      this.colours = scenario?.town.businesses.rated
        ? Array.from({ length: grades + 1 }, () => this.palette.unknownGrade)
        : [...gradeColours(grades), this.palette.unknownGrade];
      // The layout arrives before its scenario: label the ground again once the scenario is known.
      if (scenario !== this.named) {
        this.named = scenario;
        this.drawGround();
      }
    };
    const onTeacher = () => {
      const palette = mapPalette(stores.teacher.getState().settings.projector);
      if (palette === this.palette) return;
      this.palette = palette;
      this.cameras.main.setBackgroundColor(palette.ground);
      this.colours[this.colours.length - 1] = palette.unknownGrade;
      this.drawGround();
    };
    onScenario();
    onTown();
    const unsubscribe = [
      stores.town.subscribe(onTown),
      stores.session.subscribe(onScenario),
      stores.teacher.subscribe(onTeacher),
    ];
    mapStats.locate = (index) => this.locate(index);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unsubscribe.forEach((off) => off());
      mapStats.locate = null;
    });

    this.scale.on(Phaser.Scale.Events.RESIZE, (size: Phaser.Structs.Size) => {
      this.cameras.resize(size.width, size.height);
      this.updateFitZoom();
      // The map may be created while hidden (size 0): fit again once it has a real size.
      if (this.viewTouched) this.clampScroll();
      else this.fit();
    });
    this.input.on(Phaser.Input.Events.POINTER_DOWN, this.onPointerDown, this);
    this.input.on(Phaser.Input.Events.POINTER_MOVE, this.onPointerMove, this);
    this.input.on(Phaser.Input.Events.POINTER_UP, this.onPointerUp, this);
    this.input.on(Phaser.Input.Events.GAME_OUT, () => this.setHover(-1, 0, 0));
    this.input.on(Phaser.Input.Events.POINTER_WHEEL, this.onWheel, this);
  }

  override update(_time: number, delta: number): void {
    const { controller, stores } = this.deps;
    controller.frame(delta);
    mapStats.frames++;
    if (this.positions === null || this.snapshot === null) {
      this.people.clear();
      return;
    }
    this.ground.sizeLabels(this.cameras.main.zoom);
    const still = stores.prefs.getState().reducedMotion;
    this.positions.update(still ? 0.5 : controller.dayFraction());
    this.drawPeople(this.snapshot);
  }

  // ---------------------------------------------------------------------------------------------
  // Drawing
  // ---------------------------------------------------------------------------------------------

  private setLayout(layout: TownLayout | null): void {
    this.layout = layout;
    this.positions = layout ? new FigurePositions(layout) : null;
    this.snapshot = null;
    this.drawGround();
    this.updateFitZoom();
    this.fit();
  }

  /** The still part of the map, in the page's language and the current palette. */
  private drawGround(): void {
    this.ground.draw(this.layout && this.namedLayout(this.layout), this.palette);
  }

  /** The layout with its district names in the page's language, where the scenario has them. */
  private namedLayout(layout: TownLayout): TownLayout {
    if (this.named === null) return layout;
    const text = localizedScenarioText(this.named, locale);
    return {
      ...layout,
      districts: layout.districts.map((d) => ({
        ...d,
        name: text.label('districts', d.id, d.name),
      })),
    };
  }

  private drawPeople(snapshot: TownSnapshot): void {
    const g = this.people;
    const positions = this.positions as FigurePositions;
    const { x, y } = positions;
    g.clear();
    const view = this.cameras.main.worldView;
    const left = view.x - 8;
    const top = view.y - 8;
    const right = view.right + 8;
    const bottom = view.bottom + 8;
    const { grade, listed, wrongful } = snapshot;
    const n = Math.min(positions.count, grade.length);
    const half = FIGURE / 2;
    let drawn = 0;
    // One pass per grade keeps fill-style changes to a handful per frame.
    for (let k = 0; k < this.colours.length; k++) {
      g.fillStyle(this.colours[k]);
      for (let i = 0; i < n; i++) {
        if (grade[i] !== k || listed[i] !== 0) continue;
        const px = x[i];
        const py = y[i];
        if (px < left || px > right || py < top || py > bottom) continue;
        g.fillRect(px - half, py - half, FIGURE, FIGURE);
        drawn++;
      }
    }
    const reveal = this.deps.stores.prefs.getState().revealWrongful;
    const palette = this.palette;
    g.lineStyle(palette.outlineWidth, palette.outline);
    for (let i = 0; i < n; i++) {
      if (listed[i] === 0) continue;
      const px = x[i];
      const py = y[i];
      if (px < left || px > right || py < top || py > bottom) continue;
      g.fillStyle(this.colours[grade[i]] ?? palette.outline);
      g.beginPath();
      g.moveTo(px, py - LISTED);
      g.lineTo(px + LISTED, py);
      g.lineTo(px, py + LISTED);
      g.lineTo(px - LISTED, py);
      g.closePath();
      g.fillPath();
      g.strokePath();
      drawn++;
      if (reveal && wrongful[i] !== 0) {
        g.fillStyle(palette.wrongfulCentre);
        g.fillRect(px - 1.3, py - 1.3, 2.6, 2.6);
      }
    }
    mapStats.figures = drawn;
    this.drawMarks(positions);
  }

  /** Rings for the selected and hovered person, and the keyboard centre ring. */
  private drawMarks(positions: FigurePositions): void {
    const g = this.people;
    const { selected, hover } = this.deps.stores.selection.getState();
    const zoom = this.cameras.main.zoom;
    const protagonist = protagonistPerson(this.deps.stores.role.getState());
    if (protagonist !== null && Number(protagonist.slice(1)) < positions.count) {
      const i = Number(protagonist.slice(1));
      g.lineStyle(2.5 / zoom, PROTAGONIST_RING);
      g.strokeCircle(positions.x[i], positions.y[i], 8 / Math.sqrt(zoom) + 3);
      g.strokeCircle(positions.x[i], positions.y[i], 8 / Math.sqrt(zoom) + 7);
    }
    if (selected !== null && selected.startsWith('p')) {
      const i = Number(selected.slice(1));
      if (i < positions.count) {
        g.lineStyle(2.5 / zoom, this.palette.selection);
        g.strokeCircle(positions.x[i], positions.y[i], 8 / Math.sqrt(zoom) + 3);
      }
    }
    if (hover !== null && hover.index < positions.count) {
      g.lineStyle(1.5 / zoom, this.palette.selection, 0.7);
      g.strokeCircle(positions.x[hover.index], positions.y[hover.index], 7);
    }
    if (this.deps.hasFocus()) {
      const view = this.cameras.main.worldView;
      g.lineStyle(2 / zoom, this.palette.focusRing);
      g.strokeCircle(view.centerX, view.centerY, (PICK_RADIUS * 2) / zoom);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Camera and pointer
  // ---------------------------------------------------------------------------------------------

  private worldSize(): { w: number; h: number } {
    const layout = this.layout;
    return layout ? { w: layout.width * CELL_PX, h: layout.height * CELL_PX } : { w: 1, h: 1 };
  }

  /** Screen px kept clear on the left when fitting a wide map: the legend sits there. */
  private legendInset(): number {
    return this.cameras.main.width >= WIDE_MAP ? LEGEND_INSET : 0;
  }

  private updateFitZoom(): void {
    const { w, h } = this.worldSize();
    const cam = this.cameras.main;
    const width = cam.width - this.legendInset();
    this.fitZoom = Math.max(0.05, Math.min(width / w, cam.height / h) * 0.94);
  }

  fit(): void {
    this.viewTouched = false;
    const { w, h } = this.worldSize();
    const cam = this.cameras.main;
    cam.setZoom(this.fitZoom);
    cam.centerOn(w / 2 - this.legendInset() / 2 / this.fitZoom, h / 2);
  }

  zoomBy(factor: number, screenX?: number, screenY?: number): void {
    const cam = this.cameras.main;
    const sx = screenX ?? cam.width / 2;
    const sy = screenY ?? cam.height / 2;
    const before = this.screenToWorld(sx, sy);
    const zoom = Phaser.Math.Clamp(cam.zoom * factor, this.fitZoom * 0.7, MAX_ZOOM);
    this.viewTouched = true;
    cam.setZoom(zoom);
    cam.scrollX = before.x - cam.width / 2 - (sx - cam.width / 2) / zoom;
    cam.scrollY = before.y - cam.height / 2 - (sy - cam.height / 2) / zoom;
    this.clampScroll();
  }

  panBy(dx: number, dy: number): void {
    const cam = this.cameras.main;
    this.viewTouched = true;
    cam.scrollX += dx / cam.zoom;
    cam.scrollY += dy / cam.zoom;
    this.clampScroll();
  }

  openAtCentre(): boolean {
    const cam = this.cameras.main;
    const centre = this.screenToWorld(cam.width / 2, cam.height / 2);
    const index = this.positions?.nearest(centre.x, centre.y, (PICK_RADIUS * 2) / cam.zoom) ?? -1;
    if (index < 0) return false;
    this.deps.controller.select(`p${index}`);
    return true;
  }

  /** Page position (CSS px) of a person's figure, or null when it is not in view. */
  private locate(index: number): { x: number; y: number } | null {
    const positions = this.positions;
    if (positions === null || index < 0 || index >= positions.count) return null;
    const cam = this.cameras.main;
    const sx = (positions.x[index] - cam.scrollX - cam.width / 2) * cam.zoom + cam.width / 2;
    const sy = (positions.y[index] - cam.scrollY - cam.height / 2) * cam.zoom + cam.height / 2;
    if (sx < 0 || sy < 0 || sx > cam.width || sy > cam.height) return null;
    const box = this.game.canvas.getBoundingClientRect();
    return {
      x: box.left + (sx * box.width) / cam.width,
      y: box.top + (sy * box.height) / cam.height,
    };
  }

  /** World point under a screen point (the camera zooms about its centre). */
  private screenToWorld(sx: number, sy: number): { x: number; y: number } {
    const cam = this.cameras.main;
    return {
      x: cam.scrollX + cam.width / 2 + (sx - cam.width / 2) / cam.zoom,
      y: cam.scrollY + cam.height / 2 + (sy - cam.height / 2) / cam.zoom,
    };
  }

  /** Keeps at least part of the town in view. */
  private clampScroll(): void {
    const cam = this.cameras.main;
    const { w, h } = this.worldSize();
    const centre = this.screenToWorld(cam.width / 2, cam.height / 2);
    const cx = Phaser.Math.Clamp(centre.x, 0, w);
    const cy = Phaser.Math.Clamp(centre.y, 0, h);
    cam.scrollX += cx - centre.x;
    cam.scrollY += cy - centre.y;
  }

  private onPointerDown(pointer: Phaser.Input.Pointer): void {
    const cam = this.cameras.main;
    this.drag = {
      x: pointer.x,
      y: pointer.y,
      scrollX: cam.scrollX,
      scrollY: cam.scrollY,
      moved: false,
    };
  }

  private onPointerMove(pointer: Phaser.Input.Pointer): void {
    const cam = this.cameras.main;
    if (this.drag && pointer.isDown) {
      const dx = pointer.x - this.drag.x;
      const dy = pointer.y - this.drag.y;
      if (!this.drag.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      this.drag.moved = true;
      this.viewTouched = true;
      cam.scrollX = this.drag.scrollX - dx / cam.zoom;
      cam.scrollY = this.drag.scrollY - dy / cam.zoom;
      this.clampScroll();
      this.setHover(-1, 0, 0);
      return;
    }
    this.setHover(this.pick(pointer.x, pointer.y), pointer.x, pointer.y);
  }

  private onPointerUp(pointer: Phaser.Input.Pointer): void {
    const drag = this.drag;
    this.drag = null;
    if (drag === null || drag.moved) return;
    const index = this.pick(pointer.x, pointer.y);
    if (index >= 0) this.deps.controller.select(`p${index}`);
  }

  private onWheel(pointer: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number): void {
    this.zoomBy(dy > 0 ? 1 / 1.2 : 1.2, pointer.x, pointer.y);
  }

  private pick(sx: number, sy: number): number {
    if (this.positions === null || this.snapshot === null) return -1;
    const world = this.screenToWorld(sx, sy);
    return this.positions.nearest(world.x, world.y, PICK_RADIUS / this.cameras.main.zoom);
  }

  private setHover(index: number, x: number, y: number): void {
    const selection = this.deps.stores.selection;
    const hover = selection.getState().hover;
    if (index < 0) {
      if (hover !== null) selection.setState({ hover: null });
      return;
    }
    if (hover?.index === index && hover.x === x && hover.y === y) return;
    selection.setState({ hover: { index, x, y } });
  }
}
