/**
 * The town map: districts, places and people, drawn from the store's layout and latest snapshot.
 * People are one Graphics redrawn each frame with plain rectangles and diamonds: under software
 * rendering (no GPU) that measured 59 fps for 2,500 figures with Phaser's Canvas renderer, against
 * 26 fps for the same Graphics and 2 fps for textured sprites under WebGL (see createTownMap.ts).
 */
import * as Phaser from './phaser';
import type { AgentId, FeedEvent, TownLayout, TownSnapshot } from '../engine/types';
import { localizedScenarioText } from '../scenario/localizedText';
import type { Scenario } from '../scenario/schema';
import type { TownController } from '../store/townController';
import type { TownStores } from '../store/townStores';
import { gradeColours, mapPalette, type MapPalette } from './palette';
import { TownGround } from './TownGround';
import { BusinessLayer, type BusinessLook } from './BusinessLayer';
import { EventLayer } from './EventLayer';
import { feedEventKey, namedOnBoard, type MapEventWords } from './mapEvents';
import { mapStats, type MapInspection } from '../store/mapStats';
import { agentName } from '../store/townStore';
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
  /** The words of event markers and the town hall's board, in the page's language. */
  words: MapEventWords;
  /** Public places' names by kind (school, town_hall…), in the page's language. */
  placeNames: Readonly<Record<string, string>>;
  /** The page's language (district names follow the scenario's translation into it). */
  locale: string;
}

/** A jump or a fast run hands over many days at once: only the newest few are drawn as events. */
const EVENT_DAYS = 3;
/** How fast the view catches up with a followed person (share of the way per frame). */
const FOLLOW_EASE = 0.18;

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
  private businesses!: BusinessLayer;
  private markers!: EventLayer;
  /** How the scenario's businesses are drawn (grades, workshops, published lists). */
  private businessLook: BusinessLook = { gradeColours: null, workshop: [], publishedMask: 0 };
  /** The feed as last read, and its newest event, to find what is new in the next one. */
  private feedSeen: readonly FeedEvent[] = [];
  private feedLast: FeedEvent | null = null;
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
    this.businesses = new BusinessLayer(this);
    this.markers = new EventLayer(this, this.deps.words);
    this.people = this.add.graphics().setDepth(1);

    const onTown = () => {
      const { layout, snapshot, feed } = stores.town.getState();
      if (layout !== this.layout) this.setLayout(layout);
      if (snapshot !== this.snapshot) {
        this.snapshot = snapshot;
        if (snapshot && this.positions && snapshot.place.length === this.positions.count) {
          this.positions.setDayPlaces(snapshot.place);
        }
        this.drawBusinesses();
      }
      if (feed !== this.feedSeen) this.readFeed(feed);
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
        this.businessLook = businessLook(scenario);
        this.setEventTown();
        this.drawGround();
        this.drawBusinesses();
      }
    };
    const onTeacher = () => {
      const palette = mapPalette(stores.teacher.getState().settings.projector);
      if (palette === this.palette) return;
      this.palette = palette;
      this.cameras.main.setBackgroundColor(palette.ground);
      this.colours[this.colours.length - 1] = palette.unknownGrade;
      this.drawGround();
      this.drawBusinesses();
    };
    onScenario();
    onTown();
    const unsubscribe = [
      stores.town.subscribe(onTown),
      stores.session.subscribe(onScenario),
      stores.teacher.subscribe(onTeacher),
    ];
    mapStats.locate = (index) => this.locate(index);
    mapStats.inspect = () => this.inspect();
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unsubscribe.forEach((off) => off());
      mapStats.locate = null;
      mapStats.inspect = null;
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
    const { reducedMotion: still, follow } = stores.prefs.getState();
    this.positions.update(still ? 0.5 : controller.dayFraction());
    if (follow) this.follow(still);
    this.drawPeople(this.snapshot);
    const town = stores.town.getState();
    this.markers.update({
      now: this.game.loop.now,
      day: this.snapshot.day,
      zoom: this.cameras.main.zoom,
      still,
      palette: this.palette,
      positions: this.positions,
      highlight: new Set(stores.selection.getState().highlight),
      name: (id) => agentName(town, id),
    });
    mapStats.markers = this.markers.markers().length;
  }

  /** Keeps the selected person (or business), else the played protagonist, in the middle. */
  private follow(still: boolean): void {
    const target = this.followTarget();
    if (target === null) return;
    const cam = this.cameras.main;
    const cx = cam.scrollX + cam.width / 2;
    const cy = cam.scrollY + cam.height / 2;
    const ease = still ? 1 : FOLLOW_EASE;
    this.viewTouched = true;
    cam.centerOn(cx + (target.x - cx) * ease, cy + (target.y - cy) * ease);
  }

  private followTarget(): { x: number; y: number } | null {
    const positions = this.positions;
    if (positions === null) return null;
    const { selected } = this.deps.stores.selection.getState();
    const id = selected ?? protagonistPerson(this.deps.stores.role.getState());
    if (id === null) return null;
    const index = Number(id.slice(1));
    if (id.startsWith('p')) {
      return index < positions.count ? { x: positions.x[index], y: positions.y[index] } : null;
    }
    const shop = this.businesses.businesses().find((b) => b.id === id);
    return shop === undefined ? null : { x: shop.x, y: shop.y };
  }

  /** New feed events since the last read become markers (the newest few days of them). */
  private readFeed(feed: readonly FeedEvent[]): void {
    const last = this.feedLast;
    const at = last === null ? -1 : feed.lastIndexOf(last);
    this.feedSeen = feed;
    this.feedLast = feed.length > 0 ? feed[feed.length - 1] : null;
    // Not found: a new run or a replay from day 0; its newest days are drawn as new.
    const fresh = feed.slice(at + 1);
    if (fresh.length === 0) return;
    const newest = fresh[fresh.length - 1].day;
    const recent = fresh.filter((event) => event.day > newest - EVENT_DAYS);
    this.markers.add(
      recent,
      recent.map((event) => feedEventKey(event)),
      this.game.loop.now,
    );
    this.updateBoard();
  }

  /** Who the town hall's board names: everyone on a published list now, newest first. */
  private updateBoard(): void {
    const snapshot = this.snapshot;
    const scenario = this.named;
    if (snapshot === null || scenario === null) return;
    const mask = this.businessLook.publishedMask;
    const onBoard = (id: AgentId) => {
      const i = Number(id.slice(1));
      const bits = id.startsWith('b') ? snapshot.businessListed[i] : snapshot.listed[i];
      return ((bits ?? 0) & mask) !== 0;
    };
    const published = new Set(scenario.ruleset.lists.filter((l) => l.published).map((l) => l.id));
    const names = namedOnBoard(this.deps.stores.town.getState().feed, published, onBoard);
    // Where the rules rate businesses the named are businesses (their listing also shows on their
    // owners in snapshot.listed, so people are not counted there); elsewhere people.
    const bits = scenario.town.businesses.rated ? snapshot.businessListed : snapshot.listed;
    let count = 0;
    if (mask !== 0) for (let i = 0; i < bits.length; i++) if ((bits[i] & mask) !== 0) count++;
    this.markers.setBoard(names, Math.max(count, names.length));
  }

  private setEventTown(): void {
    const scenario = this.named;
    this.markers.setTown(
      scenario === null ? null : this.layout,
      scenario?.town.districts.map((d) => d.id) ?? [],
      new Set(scenario?.ruleset.lists.filter((l) => l.published).map((l) => l.id) ?? []),
    );
  }

  private drawBusinesses(): void {
    this.businesses.draw(this.layout, this.snapshot, this.businessLook, this.palette);
    this.updateBoard();
  }

  // ---------------------------------------------------------------------------------------------
  // Drawing
  // ---------------------------------------------------------------------------------------------

  private setLayout(layout: TownLayout | null): void {
    this.layout = layout;
    this.positions = layout ? new FigurePositions(layout) : null;
    this.snapshot = null;
    this.feedLast = null;
    this.setEventTown();
    this.drawGround();
    this.drawBusinesses();
    this.updateFitZoom();
    this.fit();
  }

  /** The still part of the map, in the page's language and the current palette. */
  private drawGround(): void {
    this.ground.draw(
      this.layout && this.namedLayout(this.layout),
      this.palette,
      this.deps.placeNames,
    );
  }

  /** The layout with its district names in the page's language, where the scenario has them. */
  private namedLayout(layout: TownLayout): TownLayout {
    if (this.named === null) return layout;
    const text = localizedScenarioText(this.named, this.deps.locale);
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
    this.drawTies(positions, zoom);
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

  /** While a person is selected: lines to their friends (thin) and family (thick), ringed. */
  private drawTies(positions: FigurePositions, zoom: number): void {
    const { selected, dossier } = this.deps.stores.selection.getState();
    const person = dossier !== null && dossier.id === selected ? dossier.person : undefined;
    if (person === undefined || selected === null) return;
    const i = Number(selected.slice(1));
    if (i >= positions.count) return;
    const { x, y } = positions;
    const g = this.people;
    const ties = (ids: readonly AgentId[], colour: number, width: number) => {
      for (const id of ids) {
        const j = Number(id.slice(1));
        if (!id.startsWith('p') || j >= positions.count) continue;
        g.lineStyle(width, colour, 0.85);
        g.lineBetween(x[i], y[i], x[j], y[j]);
        g.strokeCircle(x[j], y[j], 5 / Math.sqrt(zoom) + 2);
      }
    };
    ties(person.friends, this.palette.friendLine, 1.2 / Math.sqrt(zoom));
    ties(person.family, this.palette.familyLine, 2.6 / Math.sqrt(zoom));
  }

  /** What the map draws now, with page positions, for automation (window.ledgertown.debug.map). */
  private inspect(): MapInspection {
    const layout = this.layout;
    const page = (x: number, y: number) => this.worldToPage(x, y);
    const kindOf = (place: number) => layout?.places[place]?.kind ?? 'camera';
    const cam = this.cameras.main;
    return {
      districts: (layout?.districts ?? []).map((d, k) => ({
        id: d.id,
        name: this.named?.town.districts[k]?.name ?? d.name,
        ...page((d.x + d.w / 2) * CELL_PX, (d.y + d.h / 2) * CELL_PX),
      })),
      places: (layout?.places ?? [])
        .filter((p) => !['home', 'business', 'square'].includes(p.kind))
        .map((p) => ({
          kind: p.kind,
          cell: { x: p.x, y: p.y },
          ...page((p.x + 0.5) * CELL_PX, (p.y + 0.5) * CELL_PX),
        })),
      cameras: (layout?.cameras ?? []).map((c) => ({
        district: layout?.districts[c.district]?.id ?? '',
        ...page(c.x * CELL_PX, c.y * CELL_PX),
      })),
      businesses: this.businesses.businesses().map((b) => ({
        id: b.id,
        building: b.building,
        grade: b.grade,
        listed: b.listed,
        named: b.named,
        cell: { x: Math.floor(b.x / CELL_PX), y: Math.floor(b.y / CELL_PX) },
        ...page(b.x, b.y),
      })),
      markers: this.markers.markers().map((m) => ({
        type: m.group.type,
        place: m.group.camera >= 0 ? 'camera' : kindOf(m.group.place),
        day: m.group.day,
        count: m.group.count,
        subjects: [...m.group.subjects],
        keys: [...m.group.keys],
        label: m.label,
        ...page(m.x, m.y),
      })),
      board: (() => {
        const board = this.markers.boardState();
        return board === null ? null : { ...board, ...page(board.x, board.y) };
      })(),
      view: {
        x: cam.scrollX + cam.width / 2,
        y: cam.scrollY + cam.height / 2,
        follow: this.deps.stores.prefs.getState().follow,
      },
    };
  }

  /** Page position (CSS px) of a world point. */
  private worldToPage(x: number, y: number): { x: number; y: number } {
    const cam = this.cameras.main;
    const sx = (x - cam.scrollX - cam.width / 2) * cam.zoom + cam.width / 2;
    const sy = (y - cam.scrollY - cam.height / 2) * cam.zoom + cam.height / 2;
    const box = this.game.canvas.getBoundingClientRect();
    return {
      x: box.left + (sx * box.width) / cam.width,
      y: box.top + (sy * box.height) / cam.height,
    };
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
    // An event marker first: it opens its (newest) subject's dossier and marks its feed items.
    const world = this.screenToWorld(pointer.x, pointer.y);
    const marker = this.markers.hit(world.x, world.y);
    if (marker !== null) {
      this.deps.stores.selection.setState({ highlight: marker.group.keys });
      this.deps.controller.select(marker.group.subjects[0]);
      return;
    }
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

/** How a scenario's businesses are drawn: graded where the rules rate them, workshops, published lists. */
function businessLook(scenario: Scenario | null): BusinessLook {
  if (scenario === null) return { gradeColours: null, workshop: [], publishedMask: 0 };
  const { businesses } = scenario.town;
  let publishedMask = 0;
  scenario.ruleset.lists.forEach((list, bit) => {
    if (list.published) publishedMask |= 1 << bit;
  });
  return {
    gradeColours: businesses.rated ? gradeColours(scenario.ruleset.scoring.grades.length) : null,
    workshop: businesses.sectors.map(
      (sector) =>
        (sector.building ?? (sector.id === 'manufacturing' ? 'workshop' : 'shop')) === 'workshop',
    ),
    publishedMask,
  };
}
